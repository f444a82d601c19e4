// The decision on the applicant's candidacy page, once published: the outcome in words, the motivation, "Voorlopig"
// while the call's decisions are provisional, and the weerwoord: until when it can be filed (14 calendar days after
// the letter, Belgian time), a form to file it, then its status and the coordinator's answer. After the window the
// server refuses and says until when it ran; that message is shown as it comes.
import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useFileObjection, useOwnDecision } from "../../api/decisions.ts";
import type { ApplicantDecision, ObjectionView } from "../../api/types.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { ErrorMessage } from "../../components/QueryState.tsx";
import { formatInstant } from "../../format/dates.ts";
import { fieldId } from "../editor/fields.tsx";
import { objectionStatusWords, outcomeWords } from "./words.ts";

export function DecisionSection({ candidacyId }: { candidacyId: string }) {
  const { t } = useTranslation();
  const query = useOwnDecision(candidacyId);
  if (query.isError) {
    return (
      <section aria-labelledby="decision-title">
        <Title order={2} id="decision-title" mb="sm">
          {t("decisions.applicant.title")}
        </Title>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </section>
    );
  }
  // Nothing published yet (or still loading): the page says nothing about a decision.
  if (!query.data) return null;
  return <PublishedDecision candidacyId={candidacyId} decision={query.data} />;
}

function PublishedDecision({ candidacyId, decision }: { candidacyId: string; decision: ApplicantDecision }) {
  const { t, i18n } = useTranslation();
  const until = formatInstant(decision.weerwoordUntil, i18n.language);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="decision-title">
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <Title order={2} id="decision-title">
            {t("decisions.applicant.title")}
          </Title>
          {decision.provisional && (
            <Badge color="orange" variant="light" size="lg" tt="none">
              {t("decisions.applicant.provisional")}
            </Badge>
          )}
        </Group>
        <Text fw={700}>{t("decisions.applicant.outcome", { outcome: outcomeWords(t, decision.outcome) })}</Text>
        <Text size="sm">
          {t("decisions.applicant.publishedAt", { date: formatInstant(decision.publishedAt, i18n.language) })}
        </Text>
        {decision.motivation && (
          <div>
            <Title order={3} size="h4">
              {t("decisions.applicant.motivation")}
            </Title>
            <Text style={{ whiteSpace: "pre-wrap" }}>{decision.motivation}</Text>
          </div>
        )}
        {decision.provisional && <Text size="sm">{t("decisions.applicant.provisionalText")}</Text>}
        {decision.reopened && <Alert color="brug">{t("decisions.applicant.reopened")}</Alert>}
        {decision.objections.map((o) => (
          <ObjectionStatus key={o.id} objection={o} />
        ))}
        {decision.objections.length === 0 && (
          <ObjectionForm candidacyId={candidacyId} open={decision.canObject} until={until} />
        )}
      </Stack>
    </Paper>
  );
}

function ObjectionStatus({ objection }: { objection: ObjectionView }) {
  const { t, i18n } = useTranslation();
  return (
    <div id={`own-objection-${objection.id}`} tabIndex={-1}>
      <Title order={3} size="h4">
        {t("decisions.applicant.objectionTitle")}
      </Title>
      <Text size="sm">{t("decisions.applicant.filed", { date: formatInstant(objection.filedAt, i18n.language) })}</Text>
      <Text style={{ whiteSpace: "pre-wrap" }}>{objection.text}</Text>
      <Text mt="xs">
        <strong>{t("decisions.applicant.status", { status: objectionStatusWords(t, objection.status) })}</strong>
      </Text>
      {objection.answer && (
        <>
          <Text fw={600} mt="xs">
            {t("decisions.applicant.answer")}
          </Text>
          <Text style={{ whiteSpace: "pre-wrap" }}>{objection.answer}</Text>
        </>
      )}
    </div>
  );
}

function ObjectionForm({ candidacyId, open, until }: { candidacyId: string; open: boolean; until: string }) {
  const { t } = useTranslation();
  const file = useFileObjection(candidacyId);
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<PathError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (file.isPending) return;
    setRefusal(null);
    if (!text.trim()) {
      setErrors([{ path: "objection.text", message: t("decisions.applicant.textRequired") }]);
      focusSoon(() => summaryRef.current);
      return;
    }
    file.mutate(text.trim(), {
      onSuccess: (objection) => {
        setErrors([]);
        focusSoon(() => document.getElementById(`own-objection-${objection.id}`));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields.length > 0) {
          setErrors(error.fields.map((f) => ({ path: "objection.text", message: f.message })));
          focusSoon(() => summaryRef.current);
        } else {
          setRefusal(error.message);
          focusSoon(() => document.getElementById("objection-refusal"));
        }
      },
    });
  };

  // The refusal keeps its place (and the focus) when the window has closed meanwhile and the form goes away.
  return (
    <Stack gap="sm">
      {refusal && (
        <Alert
          color="red"
          role="alert"
          id="objection-refusal"
          tabIndex={-1}
          title={t("decisions.applicant.refusalTitle")}
        >
          {refusal}
        </Alert>
      )}
      {open ? (
        <form onSubmit={onSubmit} noValidate aria-labelledby="objection-form-title">
          <Stack gap="sm">
            <Title order={3} size="h4" id="objection-form-title">
              {t("decisions.applicant.formTitle")}
            </Title>
            <Text fw={600}>{t("decisions.applicant.canObject", { date: until })}</Text>
            <ErrorSummary errors={errors} describe={() => t("decisions.applicant.text")} headingRef={summaryRef} />
            <Textarea
              id={fieldId("objection.text")}
              label={t("decisions.applicant.text")}
              description={t("decisions.applicant.textHelp")}
              required
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={errorOf("objection.text")}
              autosize
              minRows={4}
              maxLength={10000}
            />
            <div>
              <Button type="submit" loading={file.isPending}>
                {t("decisions.applicant.submit")}
              </Button>
            </div>
          </Stack>
        </form>
      ) : (
        !refusal && <Text>{t("decisions.applicant.closed", { date: until })}</Text>
      )}
    </Stack>
  );
}
