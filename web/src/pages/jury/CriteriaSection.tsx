// The call's criteria, editable by the coordinator until a review is submitted (then locked), and the choice of
// when jury members see each other's scores.
import { Alert, Button, Group, Paper, Radio, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { usePutCriteria, useSetScoreVisibility } from "../../api/jury.ts";
import type { CriteriaView, CriterionInput, ScoreVisibility } from "../../api/types.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { formatNumber } from "../../format/dates.ts";
import { fieldId } from "../editor/fields.tsx";
import { CriterionFacts } from "./ReviewForm.tsx";
import { formPath } from "./words.ts";

interface Row {
  key: string;
  label: string;
  description: string;
  weight: string;
  maxScore: string;
  threshold: string;
}

const visibilities: ScoreVisibility[] = ["never", "after_own", "always"];
const toRow = (c: CriterionInput, language: string): Row => ({
  key: c.key,
  label: c.label,
  description: c.description,
  weight: String(c.weight),
  maxScore: String(c.maxScore),
  threshold: c.threshold === null ? "" : formatNumber(c.threshold, language),
});
/** A number as typed in Belgium ("2,5"); NaN when it is none. */
const parseNumber = (text: string) => (/^\s*\d+([.,]\d+)?\s*$/.test(text) ? Number(text.replace(",", ".")) : NaN);

export function CriteriaSection({ callId, view }: { callId: string; view: CriteriaView }) {
  const { t, i18n } = useTranslation();
  const put = usePutCriteria(callId);
  const [rows, setRows] = useState<Row[]>(() => view.criteria.map((c) => toRow(c, i18n.language)));
  const [errors, setErrors] = useState<PathError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;
  const update = (i: number, patch: Partial<Row>) =>
    setRows((current) => current.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const describe = (path: string) => {
    const [, index, field] = path.split(".");
    const n = Number(index) + 1;
    const part = field && ["label", "description", "weight", "maxScore", "threshold"].includes(field) ? field : null;
    return part
      ? `${t("jury.criteria.item", { n })}, ${t(`jury.criteria.${part}`)}`
      : t("jury.criteria.item", { n: Number.isNaN(n) ? 1 : n });
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (put.isPending) return;
    setMessage(null);
    setRefusal(null);
    const found: PathError[] = [];
    const criteria: CriterionInput[] = rows.map((r, i) => {
      const numbers = { weight: parseNumber(r.weight), maxScore: parseNumber(r.maxScore) };
      for (const [name, value] of Object.entries(numbers)) {
        if (Number.isNaN(value)) found.push({ path: `criteria.${i}.${name}`, message: t("jury.criteria.notANumber") });
      }
      const threshold = r.threshold.trim() ? parseNumber(r.threshold) : null;
      if (Number.isNaN(threshold)) {
        found.push({ path: `criteria.${i}.threshold`, message: t("jury.criteria.notANumber") });
      }
      return { key: r.key, label: r.label.trim(), description: r.description.trim(), ...numbers, threshold };
    });
    if (rows.length === 0) found.push({ path: "criteria", message: t("jury.criteria.empty") });
    if (found.length > 0) {
      setErrors(found);
      focusSoon(() => summaryRef.current);
      return;
    }
    put.mutate(criteria, {
      onSuccess: (saved) => {
        setErrors([]);
        setRows(saved.criteria.map((c) => toRow(c, i18n.language)));
        setMessage(t("jury.criteria.saved"));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields.length > 0) {
          setErrors(error.fields.map((f) => ({ path: formPath(f.path), message: f.message })));
          focusSoon(() => summaryRef.current);
        } else {
          setRefusal(error.message);
          focusSoon(() => document.getElementById("criteria-refusal"));
        }
      },
    });
  };

  const field = (i: number, name: keyof Omit<Row, "key">, props: { numeric?: boolean } = {}) => {
    const path = `criteria.${i}.${name}`;
    const common = {
      id: fieldId(path),
      label: t(`jury.criteria.${name}`),
      value: rows[i]![name],
      error: errorOf(path),
      required: name !== "threshold" && name !== "description",
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        update(i, { [name]: e.currentTarget.value }),
    };
    return name === "description" ? (
      <Textarea {...common} autosize minRows={2} maxLength={1000} />
    ) : (
      <TextInput {...common} inputMode={props.numeric ? "decimal" : undefined} style={{ minWidth: 0 }} />
    );
  };

  return (
    <section aria-labelledby="criteria-title">
      <Title order={2} size="h3" id="criteria-title" mb="xs">
        {t("jury.criteria.title")}
      </Title>
      {view.locked ? (
        <Stack gap="sm">
          <Alert color="blue">{t("jury.criteria.locked")}</Alert>
          {view.criteria.map((c) => (
            <Paper withBorder p="sm" key={c.key}>
              <Text fw={700}>{c.label}</Text>
              {c.description && <Text size="sm">{c.description}</Text>}
              <CriterionFacts criterion={c} />
            </Paper>
          ))}
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <Text>{t("jury.criteria.help")}</Text>
            <ErrorSummary errors={errors} describe={describe} headingRef={summaryRef} />
            {rows.map((r, i) => (
              <Paper withBorder p="sm" key={r.key}>
                <fieldset className="plain-fieldset" id={fieldId(`criteria.${i}`)}>
                  <legend className="fieldset-legend">{t("jury.criteria.item", { n: i + 1 })}</legend>
                  <Stack gap="xs">
                    {field(i, "label")}
                    {field(i, "description")}
                    <Group grow gap="xs" wrap="wrap" align="flex-start">
                      {field(i, "weight", { numeric: true })}
                      {field(i, "maxScore", { numeric: true })}
                      {field(i, "threshold", { numeric: true })}
                    </Group>
                    <div>
                      <Button
                        variant="default"
                        color="red"
                        size="xs"
                        onClick={() => setRows((current) => current.filter((_, j) => j !== i))}
                      >
                        {t("jury.criteria.remove", { n: i + 1 })}
                      </Button>
                    </div>
                  </Stack>
                </fieldset>
              </Paper>
            ))}
            {errorOf("criteria") && (
              <Text c="red" fw={600} id={`${fieldId("criteria")}-error`}>
                {errorOf("criteria")}
              </Text>
            )}
            {refusal && (
              <Alert color="red" role="alert" id="criteria-refusal" tabIndex={-1}>
                {refusal}
              </Alert>
            )}
            <Text role="status" fw={600}>
              {message ?? ""}
            </Text>
            <Group gap="sm" className="wrap-buttons">
              <Button
                variant="default"
                onClick={() =>
                  setRows((current) => [
                    ...current,
                    {
                      key: `criterium_${Date.now().toString(36)}`,
                      label: "",
                      description: "",
                      weight: "1",
                      maxScore: "5",
                      threshold: "",
                    },
                  ])
                }
              >
                {t("jury.criteria.add")}
              </Button>
              <Button type="submit">{t("jury.criteria.save")}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </section>
  );
}

export function VisibilitySection({ callId, view }: { callId: string; view: CriteriaView }) {
  const { t } = useTranslation();
  const set = useSetScoreVisibility(callId);
  const [choice, setChoice] = useState<ScoreVisibility>(view.scoreVisibility);
  const [message, setMessage] = useState("");
  return (
    <section aria-labelledby="visibility-title">
      <Title order={2} size="h3" id="visibility-title" mb="xs">
        {t("jury.visibility.title")}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (set.isPending) return;
          setMessage("");
          set.mutate(choice, {
            onSuccess: () => setMessage(t("jury.visibility.saved")),
            onError: (error) => setMessage(error.message),
          });
        }}
      >
        <Stack gap="sm" align="flex-start">
          <fieldset className="plain-fieldset">
            <legend className="fieldset-legend">{t("jury.visibility.legend")}</legend>
            <Radio.Group
              name="score-visibility"
              value={choice}
              onChange={(v) => {
                const found = visibilities.find((s) => s === v);
                if (found) setChoice(found);
              }}
            >
              <Stack gap="xs" mt={4}>
                {visibilities.map((v) => (
                  <Radio key={v} value={v} label={t(`jury.visibilityRule.${v}`)} />
                ))}
              </Stack>
            </Radio.Group>
          </fieldset>
          <Text role="status" fw={600}>
            {message}
          </Text>
          <Button type="submit">{t("jury.visibility.save")}</Button>
        </Stack>
      </form>
    </section>
  );
}
