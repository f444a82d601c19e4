// The weerwoorden of a call, for its coordinator: each with its text and when it was filed; an unhandled one gets a
// form to judge it (gegrond / ongegrond) with an answer the applicant reads. Handled once, then it stays as it is.
import { Alert, Button, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useHandleObjection, useObjections } from "../../api/decisions.ts";
import type { HandleObjectionBody, ObjectionView } from "../../api/types.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatInstant } from "../../format/dates.ts";
import { fieldId } from "../editor/fields.tsx";
import { objectionStatusWords } from "./words.ts";

type Verdict = HandleObjectionBody["status"];
const verdicts: readonly Verdict[] = ["rejected", "upheld"];
const isVerdict = (value: string): value is Verdict => (verdicts as readonly string[]).includes(value);

export function ObjectionsSection({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const query = useObjections(callId);
  return (
    <section aria-labelledby="objections-title">
      <Title order={2} id="objections-title" mb="sm">
        {t("decisions.objections.title")}
      </Title>
      {query.data ? (
        query.data.objections.length === 0 ? (
          <Text>{t("decisions.objections.none")}</Text>
        ) : (
          <Stack gap="md">
            {query.data.objections.map((o) => (
              <ObjectionCard key={o.id} callId={callId} objection={o} />
            ))}
          </Stack>
        )
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function ObjectionCard({ callId, objection }: { callId: string; objection: ObjectionView }) {
  const { t, i18n } = useTranslation();
  const headingId = `objection-${objection.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId} tabIndex={-1}>
          {t("decisions.objections.item", { organisation: objection.organisation })}
        </Title>
        <Text size="sm">
          {t("decisions.objections.filed", {
            name: objection.filedBy,
            date: formatInstant(objection.filedAt, i18n.language),
          })}
        </Text>
        <blockquote className="objection-text">
          <Text style={{ whiteSpace: "pre-wrap" }}>{objection.text}</Text>
        </blockquote>
        <Text>
          <strong>{t("decisions.objections.status")}:</strong> {objectionStatusWords(t, objection.status)}
        </Text>
        {objection.status === "filed" ? (
          <HandleForm callId={callId} objection={objection} />
        ) : (
          <>
            {objection.handledBy && objection.handledAt && (
              <Text size="sm">
                {t("decisions.objections.handled", {
                  name: objection.handledBy,
                  date: formatInstant(objection.handledAt, i18n.language),
                })}
              </Text>
            )}
            <Text fw={600}>{t("decisions.objections.answer")}</Text>
            <Text style={{ whiteSpace: "pre-wrap" }}>{objection.answer}</Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function HandleForm({ callId, objection }: { callId: string; objection: ObjectionView }) {
  const { t } = useTranslation();
  const handle = useHandleObjection(callId);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [answer, setAnswer] = useState("");
  const [errors, setErrors] = useState<PathError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const base = `objections.${objection.id}`;
  const statusPath = `${base}.status`;
  const answerPath = `${base}.answer`;
  const organisation = objection.organisation;
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;
  const statusError = errorOf(statusPath);
  const refusalId = `${fieldId(base)}-refusal`;
  const describe = (path: string) =>
    path === answerPath ? t("decisions.objections.answerLabel") : t("decisions.objections.legend", { organisation });

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (handle.isPending) return;
    setRefusal(null);
    const found: PathError[] = [];
    if (!verdict) found.push({ path: statusPath, message: t("decisions.form.chooseOutcome") });
    if (!answer.trim()) found.push({ path: answerPath, message: t("decisions.objections.answerRequired") });
    if (found.length > 0 || !verdict) {
      setErrors(found);
      focusSoon(() => summaryRef.current);
      return;
    }
    handle.mutate(
      { objectionId: objection.id, body: { status: verdict, answer: answer.trim() } },
      {
        onSuccess: () => {
          setErrors([]);
          // The form goes away with the answer in its place: the card's heading keeps the keyboard user's place.
          focusSoon(() => document.getElementById(`objection-${objection.id}`));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length > 0) {
            setErrors(
              error.fields.map((f) => ({
                path: /status$/.test(f.path) ? statusPath : answerPath,
                message: f.message,
              })),
            );
            focusSoon(() => summaryRef.current);
          } else {
            setRefusal(error.message);
            focusSoon(() => document.getElementById(refusalId));
          }
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <ErrorSummary errors={errors} describe={describe} headingRef={summaryRef} />
        <fieldset
          className="plain-fieldset"
          id={fieldId(statusPath)}
          aria-describedby={statusError ? `${fieldId(statusPath)}-error` : undefined}
        >
          <legend className="fieldset-legend">{t("decisions.objections.legend", { organisation })}</legend>
          {statusError && (
            <Text c="red" size="sm" fw={600} id={`${fieldId(statusPath)}-error`} mb="xs">
              {statusError}
            </Text>
          )}
          <Radio.Group
            name={`verdict-${objection.id}`}
            value={verdict ?? ""}
            onChange={(value) => {
              if (isVerdict(value)) setVerdict(value);
            }}
          >
            <Stack gap="sm">
              {verdicts.map((v) => (
                <Radio
                  key={v}
                  value={v}
                  label={t(`decisions.objections.${v}`)}
                  description={t(`decisions.objections.${v}Help`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        </fieldset>
        <Textarea
          id={fieldId(answerPath)}
          label={t("decisions.objections.answerLabel")}
          description={t("decisions.objections.answerHelp")}
          required
          value={answer}
          onChange={(e) => setAnswer(e.currentTarget.value)}
          error={errorOf(answerPath)}
          autosize
          minRows={3}
          maxLength={10000}
        />
        {refusal && (
          <Alert color="red" role="alert" id={refusalId} tabIndex={-1}>
            {refusal}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={handle.isPending}>
            {t("decisions.objections.handle")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
