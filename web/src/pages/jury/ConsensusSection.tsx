// The jury's consensus on one candidacy, recorded by the coordinator after the jury met: per criterion a score and
// a motivation.
import { Alert, Button, NativeSelect, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useSaveConsensus } from "../../api/jury.ts";
import type { ConsensusBody, ProgressCandidacy, ReviewProgress } from "../../api/types.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { fieldId } from "../editor/fields.tsx";
import { formPath } from "./words.ts";

type Entry = { score: string; motivation: string };

function entriesOf(progress: ReviewProgress, candidacy: ProgressCandidacy | undefined): Record<string, Entry> {
  return Object.fromEntries(
    progress.criteria.map((c) => {
      const found = candidacy?.consensus?.scores[c.key];
      return [c.key, { score: found ? String(found.score) : "", motivation: found?.motivation ?? "" }];
    }),
  );
}

export function ConsensusSection({ callId, progress }: { callId: string; progress: ReviewProgress }) {
  const { t } = useTranslation();
  const save = useSaveConsensus(callId);
  const [candidacyId, setCandidacyId] = useState(progress.candidacies[0]?.id ?? "");
  const candidacy = progress.candidacies.find((c) => c.id === candidacyId);
  const [entries, setEntries] = useState<Record<string, Entry>>(() => entriesOf(progress, candidacy));
  const [errors, setErrors] = useState<PathError[]>([]);
  const [message, setMessage] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;
  const labelOf = (key: string) => progress.criteria.find((c) => c.key === key)?.label ?? key;

  if (progress.candidacies.length === 0) return null;

  const describe = (path: string) => {
    const [, key, part] = path.split(".");
    if (!key) return t("jury.consensus.title");
    return part === "motivation" ? t("jury.consensus.motivation", { criterion: labelOf(key) }) : labelOf(key);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setMessage("");
    setRefusal(null);
    const found: PathError[] = [];
    for (const c of progress.criteria) {
      const e = entries[c.key];
      if (!e?.score) found.push({ path: `scores.${c.key}.score`, message: t("jury.consensus.choose") });
      if (!e?.motivation.trim()) {
        found.push({ path: `scores.${c.key}.motivation`, message: t("jury.declaration.reasonRequired") });
      }
    }
    if (found.length > 0) {
      setErrors(found);
      focusSoon(() => summaryRef.current);
      return;
    }
    const scores: ConsensusBody["scores"] = Object.fromEntries(
      progress.criteria.map((c) => [
        c.key,
        { score: Number(entries[c.key]!.score), motivation: entries[c.key]!.motivation.trim() },
      ]),
    );
    save.mutate(
      { candidacyId, scores },
      {
        onSuccess: () => {
          setErrors([]);
          setMessage(t("jury.consensus.saved", { organisation: candidacy?.organisation.name ?? "" }));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length > 0) {
            setErrors(error.fields.map((f) => ({ path: formPath(f.path), message: f.message })));
            focusSoon(() => summaryRef.current);
          } else {
            setRefusal(error.message);
            focusSoon(() => document.getElementById("consensus-refusal"));
          }
        },
      },
    );
  };

  return (
    <section aria-labelledby="consensus-title">
      <Title order={2} size="h3" id="consensus-title" mb="xs">
        {t("jury.consensus.title")}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Text>{t("jury.consensus.help")}</Text>
          <ErrorSummary errors={errors} describe={describe} headingRef={summaryRef} />
          <NativeSelect
            id="consensus-candidacy"
            label={t("jury.consensus.candidacy")}
            value={candidacyId}
            onChange={(e) => {
              const next = e.currentTarget.value;
              setCandidacyId(next);
              setEntries(
                entriesOf(
                  progress,
                  progress.candidacies.find((c) => c.id === next),
                ),
              );
              setErrors([]);
              setMessage("");
            }}
            data={progress.candidacies.map((c) => ({ value: c.id, label: c.organisation.name }))}
          />
          {progress.criteria.map((c) => {
            const entry = entries[c.key] ?? { score: "", motivation: "" };
            const set = (patch: Partial<Entry>) =>
              setEntries((current) => ({ ...current, [c.key]: { ...entry, ...patch } }));
            return (
              <Paper withBorder p="sm" key={c.key}>
                <Stack gap="xs">
                  <NativeSelect
                    id={fieldId(`scores.${c.key}.score`)}
                    label={t("jury.consensus.scoreLabel", { criterion: c.label, max: c.maxScore })}
                    value={entry.score}
                    error={errorOf(`scores.${c.key}.score`)}
                    required
                    onChange={(e) => set({ score: e.currentTarget.value })}
                    data={[
                      { value: "", label: t("jury.consensus.choose") },
                      ...Array.from({ length: c.maxScore + 1 }, (_, n) => ({ value: String(n), label: String(n) })),
                    ]}
                  />
                  <Textarea
                    id={fieldId(`scores.${c.key}.motivation`)}
                    label={t("jury.consensus.motivation", { criterion: c.label })}
                    value={entry.motivation}
                    error={errorOf(`scores.${c.key}.motivation`)}
                    required
                    autosize
                    minRows={2}
                    maxLength={4000}
                    onChange={(e) => set({ motivation: e.currentTarget.value })}
                  />
                </Stack>
              </Paper>
            );
          })}
          {refusal && (
            <Alert color="red" role="alert" id="consensus-refusal" tabIndex={-1}>
              {refusal}
            </Alert>
          )}
          <Text role="status" fw={600}>
            {message}
          </Text>
          <div>
            <Button type="submit">{t("jury.consensus.save")}</Button>
          </div>
        </Stack>
      </form>
    </section>
  );
}
