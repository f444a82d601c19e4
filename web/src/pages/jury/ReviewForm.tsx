// A jury member's review: per criterion a score from 0 to its maximum (radio buttons in a fieldset) and a comment;
// saved as a draft as often as wanted, submitted once (after a confirmation: a submitted review is final).
import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useSaveReview, useSubmitReview } from "../../api/jury.ts";
import type { Criterion, ReviewScores, ReviewView } from "../../api/types.ts";
import { Dialog } from "../../components/Dialog.tsx";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { formatInstant, formatNumber } from "../../format/dates.ts";
import { fieldId } from "../editor/fields.tsx";
import { formPath } from "./words.ts";

function initialScores(criteria: Criterion[], review: ReviewView | null): ReviewScores {
  return Object.fromEntries(
    criteria.map((c) => [c.key, review?.scores[c.key] ?? { score: null, comment: "" }]),
  ) as ReviewScores;
}

export function CriterionFacts({ criterion }: { criterion: Criterion }) {
  const { t, i18n } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t("jury.review.weight", { weight: criterion.weight })} · {t("jury.review.max", { max: criterion.maxScore })} ·{" "}
      {criterion.threshold === null
        ? t("jury.review.noThreshold")
        : t("jury.review.threshold", { threshold: formatNumber(criterion.threshold, i18n.language) })}
    </Text>
  );
}

export function ReviewForm({
  candidacyId,
  organisation,
  criteria,
  review,
  scoringOpen,
}: {
  candidacyId: string;
  organisation: string;
  criteria: Criterion[];
  review: ReviewView | null;
  scoringOpen: boolean;
}) {
  const { t, i18n } = useTranslation();
  const saveReview = useSaveReview(candidacyId);
  const submitReview = useSubmitReview(candidacyId);
  const [scores, setScores] = useState<ReviewScores>(() => initialScores(criteria, review));
  const [stored, setStored] = useState<ReviewView | null>(review);
  const [errors, setErrors] = useState<PathError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const submitted = stored?.submittedAt ?? null;
  const readOnly = submitted !== null || !scoringOpen;
  const busy = saveReview.isPending || submitReview.isPending;

  const labelOf = (key: string) => criteria.find((c) => c.key === key)?.label ?? key;
  const describe = (path: string) => {
    const [, key, part] = path.split(".");
    if (!key) return t("jury.review.title");
    return part === "comment" ? t("jury.review.comment", { criterion: labelOf(key) }) : labelOf(key);
  };
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;

  const refused = (error: Error) => {
    if (error instanceof ApiError && error.fields.length > 0) {
      setErrors(
        error.fields.map((f) => {
          const path = formPath(f.path);
          const required = f.code === "field.required" && path.endsWith(".score");
          return { path, message: required ? t("jury.review.scoreRequired") : f.message };
        }),
      );
      focusSoon(() => summaryRef.current);
    } else {
      setErrors([]);
      setRefusal(error.message);
      focusSoon(() => document.getElementById("review-refusal"));
    }
  };

  const setScore = (key: string, patch: Partial<ReviewScores[string]>) =>
    setScores((current) => ({ ...current, [key]: { ...current[key]!, ...patch } }));

  const saveDraft = (event: React.FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setRefusal(null);
    saveReview.mutate(scores, {
      onSuccess: (view) => {
        setErrors([]);
        setStored(view);
      },
      onError: refused,
    });
  };

  const submit = async () => {
    setConfirming(false);
    setRefusal(null);
    try {
      await saveReview.mutateAsync(scores);
      const view = await submitReview.mutateAsync();
      setErrors([]);
      setStored(view);
      focusSoon(() => document.getElementById("review-status"));
    } catch (error) {
      refused(error instanceof Error ? error : new Error(String(error)));
    }
  };

  return (
    <section aria-labelledby="review-title">
      <Title order={2} size="h3" id="review-title" mb="xs">
        {t("jury.review.title")}
      </Title>
      <form onSubmit={saveDraft} noValidate>
        <Stack gap="md">
          <Text>{t("jury.review.help")}</Text>
          {!scoringOpen && !submitted && (
            <Alert color="orange" role="status">
              {t("jury.review.notOpen")}
            </Alert>
          )}
          <ErrorSummary errors={errors} describe={describe} headingRef={summaryRef} />
          {criteria.map((c) => {
            const value = scores[c.key] ?? { score: null, comment: "" };
            const scorePath = `scores.${c.key}.score`;
            const scoreError = errorOf(scorePath) ?? errorOf(`scores.${c.key}`);
            const errorId = `${fieldId(scorePath)}-error`;
            return (
              <Paper withBorder p="md" key={c.key} component="section" aria-labelledby={`criterion-${c.key}`}>
                <Stack gap="xs">
                  <Title order={3} size="h4" id={`criterion-${c.key}`}>
                    {c.label}
                  </Title>
                  {c.description && <Text id={`criterion-${c.key}-description`}>{c.description}</Text>}
                  <CriterionFacts criterion={c} />
                  {readOnly ? (
                    <Stack gap={2}>
                      <Text fw={600}>
                        {value.score === null
                          ? t("jury.review.noScore")
                          : t("jury.review.yourScore", { score: value.score, max: c.maxScore })}
                      </Text>
                      {value.comment && (
                        <Text className="pre-line">{t("jury.review.commentShown", { comment: value.comment })}</Text>
                      )}
                    </Stack>
                  ) : (
                    <>
                      <fieldset
                        className="plain-fieldset"
                        id={fieldId(scorePath)}
                        aria-describedby={scoreError ? errorId : undefined}
                      >
                        <legend className="fieldset-legend">
                          {t("jury.review.scoreLegend", { criterion: c.label })}
                        </legend>
                        {scoreError && (
                          <Text c="red" size="sm" fw={600} id={errorId} mb={4}>
                            {scoreError}
                          </Text>
                        )}
                        <Radio.Group
                          name={`score-${c.key}`}
                          value={value.score === null ? "" : String(value.score)}
                          onChange={(v) => setScore(c.key, { score: Number(v) })}
                        >
                          <Group gap="md" wrap="wrap" mt={4}>
                            {Array.from({ length: c.maxScore + 1 }, (_, n) => (
                              <Radio key={n} value={String(n)} label={String(n)} />
                            ))}
                          </Group>
                        </Radio.Group>
                      </fieldset>
                      <Textarea
                        id={fieldId(`scores.${c.key}.comment`)}
                        label={t("jury.review.comment", { criterion: c.label })}
                        value={value.comment}
                        onChange={(e) => setScore(c.key, { comment: e.currentTarget.value })}
                        error={errorOf(`scores.${c.key}.comment`)}
                        autosize
                        minRows={2}
                        maxLength={4000}
                      />
                    </>
                  )}
                </Stack>
              </Paper>
            );
          })}
          {refusal && (
            <Alert color="red" role="alert" id="review-refusal" tabIndex={-1} title={t("jury.review.refused")}>
              {refusal}
            </Alert>
          )}
          <Text role="status" id="review-status" tabIndex={-1} fw={600}>
            {submitted
              ? t("jury.review.submitted", { date: formatInstant(submitted, i18n.language) })
              : stored
                ? t("jury.review.draftSaved", { date: formatInstant(stored.savedAt, i18n.language) })
                : ""}
          </Text>
          {!readOnly && (
            <>
              <Text>{t("jury.review.final")}</Text>
              <Group gap="sm" className="wrap-buttons">
                <Button type="submit" variant="default">
                  {t("jury.review.saveDraft")}
                </Button>
                <Button type="button" onClick={() => !busy && setConfirming(true)}>
                  {t("jury.review.submit")}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t("jury.review.confirmTitle")}
        closeLabel={t("jury.review.cancel")}
      >
        <Stack gap="md">
          <Text>{t("jury.review.confirmText", { organisation })}</Text>
          <Group gap="sm" className="wrap-buttons">
            <Button onClick={() => void submit()}>{t("jury.review.confirm")}</Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("jury.review.cancel")}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </section>
  );
}
