// The coordinator's decision on one candidacy: an outcome in a fieldset (a motivation is required for "Niet
// geselecteerd", said before anyone chooses) and the motivation the letter quotes. Saved on its own; a decision
// reopened after an upheld weerwoord can also be published again from here.
import { Alert, Button, Group, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { usePrepareDecision, usePublishDecision } from "../../api/decisions.ts";
import type { CoordinatorDecision, DecisionOutcome } from "../../api/types.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { fieldId } from "../editor/fields.tsx";
import { isOutcome, outcomes } from "./words.ts";

export function DecisionForm({ callId, candidacy }: { callId: string; candidacy: CoordinatorDecision }) {
  const { t } = useTranslation();
  const prepare = usePrepareDecision(callId);
  const republish = usePublishDecision(callId);
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(candidacy.decision?.outcome ?? null);
  const [motivation, setMotivation] = useState(candidacy.decision?.motivation ?? "");
  const [errors, setErrors] = useState<PathError[]>([]);
  const [message, setMessage] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const base = `candidacies.${candidacy.candidacyId}`;
  const outcomePath = `${base}.outcome`;
  const motivationPath = `${base}.motivation`;
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;
  const organisation = candidacy.organisation;
  const refusalId = `${fieldId(base)}-refusal`;
  const helpId = `${fieldId(outcomePath)}-help`;
  const outcomeError = errorOf(outcomePath);
  const reopened = candidacy.decision?.reopenedAt != null;

  const describe = (path: string) =>
    path === motivationPath ? t("decisions.form.motivation") : t("decisions.form.legend", { organisation });

  const showErrors = (found: PathError[]) => {
    setErrors(found);
    focusSoon(() => summaryRef.current);
  };
  const showRefusal = (error: Error) => {
    setRefusal(error.message);
    focusSoon(() => document.getElementById(refusalId));
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (prepare.isPending) return;
    setMessage("");
    setRefusal(null);
    if (!outcome) {
      showErrors([{ path: outcomePath, message: t("decisions.form.chooseOutcome") }]);
      return;
    }
    prepare.mutate(
      { candidacyId: candidacy.candidacyId, body: { outcome, motivation: motivation.trim() } },
      {
        onSuccess: () => {
          setErrors([]);
          setMessage(t("decisions.form.saved", { organisation }));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length > 0) {
            showErrors(
              error.fields.map((f) => ({
                path: /motivation$/.test(f.path) ? motivationPath : outcomePath,
                message: f.message,
              })),
            );
          } else {
            showRefusal(error);
          }
        },
      },
    );
  };

  const onRepublish = () => {
    if (republish.isPending) return;
    setMessage("");
    setRefusal(null);
    republish.mutate(candidacy.candidacyId, {
      onSuccess: () => setMessage(t("decisions.form.republished", { organisation })),
      onError: showRefusal,
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <ErrorSummary errors={errors} describe={describe} headingRef={summaryRef} />
        <fieldset
          className="plain-fieldset"
          id={fieldId(outcomePath)}
          aria-describedby={`${helpId}${outcomeError ? ` ${fieldId(outcomePath)}-error` : ""}`}
        >
          <legend className="fieldset-legend">{t("decisions.form.legend", { organisation })}</legend>
          <Text size="sm" id={helpId} mb="xs">
            {t("decisions.outcomeHelp.not_selected")}
          </Text>
          {outcomeError && (
            <Text c="red" size="sm" fw={600} id={`${fieldId(outcomePath)}-error`} mb="xs">
              {outcomeError}
            </Text>
          )}
          <Radio.Group
            name={`outcome-${candidacy.candidacyId}`}
            value={outcome ?? ""}
            onChange={(value) => {
              if (isOutcome(value)) setOutcome(value);
            }}
          >
            <Stack gap="sm">
              {outcomes.map((o) => (
                <Radio
                  key={o}
                  value={o}
                  label={t(`decisions.outcome.${o}`)}
                  description={t(`decisions.outcomeHelp.${o}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
        </fieldset>
        <Textarea
          id={fieldId(motivationPath)}
          label={t("decisions.form.motivation")}
          description={t("decisions.form.motivationHelp")}
          required={outcome === "not_selected"}
          value={motivation}
          onChange={(e) => setMotivation(e.currentTarget.value)}
          error={errorOf(motivationPath)}
          autosize
          minRows={3}
          maxLength={5000}
        />
        {refusal && (
          <Alert color="red" role="alert" id={refusalId} tabIndex={-1}>
            {refusal}
          </Alert>
        )}
        <Text role="status" fw={600}>
          {message}
        </Text>
        <Group gap="sm" className="wrap-buttons">
          <Button type="submit">{t("decisions.form.save")}</Button>
          {reopened && (
            <Button variant="outline" onClick={onRepublish} loading={republish.isPending}>
              {t("decisions.form.republish")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
