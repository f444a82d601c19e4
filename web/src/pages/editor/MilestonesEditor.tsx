import { Button, Card, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useContext, useState } from "react";
import { useTranslation } from "react-i18next";
import { milestoneKeys } from "../../../../server/src/domain/milestone-types.ts";
import type { Milestone, MilestoneKey, When } from "../../api/types.ts";
import {
  FieldErrorsContext,
  GroupError,
  ItemControls,
  TextField,
  applyItemOp,
  fieldId,
  useFieldError,
} from "./fields.tsx";

const kinds = [
  "instant",
  "date",
  "dates",
  "range",
  "isoWeeks",
  "sessions",
  "from",
  "before",
  "onOrBefore",
  "relative",
  "pending",
] as const;
type Kind = (typeof kinds)[number];

/** A new `when` of another kind, keeping the date that was filled in where the new kind has one. */
function switchKind(when: When, kind: Kind): When {
  const date =
    "date" in when
      ? when.date
      : "from" in when && typeof when.from === "string" && when.kind === "range"
        ? when.from
        : "dates" in when
          ? (when.dates[0] ?? "")
          : "";
  switch (kind) {
    case "instant":
      return { kind, date, time: "23:59" };
    case "date":
    case "from":
    case "before":
    case "onOrBefore":
      return { kind, date };
    case "dates":
      return { kind, dates: [date] };
    case "range":
      return { kind, from: date, to: date };
    case "isoWeeks":
      return { kind, year: Number(date.slice(0, 4)) || new Date().getFullYear(), weeks: [1] };
    case "sessions":
      return { kind, sessions: [{ date, from: "09:00", to: "12:00" }] };
    case "relative":
      return { kind, to: "decision_communication", days: 14 };
    case "pending":
      return { kind, event: "" };
  }
}

function NumbersField({
  path,
  label,
  value,
  onChange,
  description,
}: {
  path: string;
  label: string;
  value: number[];
  onChange: (v: number[]) => void;
  description?: string;
}) {
  const [text, setText] = useState(value.join(", "));
  const error = useFieldError(path);
  return (
    <TextInput
      id={fieldId(path)}
      label={label}
      description={description}
      value={text}
      inputMode="numeric"
      error={error}
      onChange={(e) => {
        const raw = e.currentTarget.value;
        setText(raw);
        onChange(
          raw
            .split(/[^\d]+/)
            .filter(Boolean)
            .map(Number),
        );
      }}
    />
  );
}

function WhenFields({
  path,
  when,
  onChange,
  labelOf,
}: {
  path: string;
  when: When;
  onChange: (w: When) => void;
  labelOf: (k: MilestoneKey) => string;
}) {
  const { t } = useTranslation();
  const errors = useContext(FieldErrorsContext);
  const date = (p: string, label: string, value: string, set: (v: string) => void) => (
    <TextField path={`${path}.${p}`} label={label} type="date" value={value} onChange={set} />
  );
  switch (when.kind) {
    case "instant":
      return (
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {date("date", t("editor.when.date"), when.date, (v) => onChange({ ...when, date: v }))}
          <TextField
            path={`${path}.time`}
            label={t("editor.when.time")}
            type="time"
            value={when.time}
            onChange={(v) => onChange({ ...when, time: v })}
          />
        </SimpleGrid>
      );
    case "date":
    case "from":
    case "before":
    case "onOrBefore":
      return date("date", t(`editor.when.dateFor.${when.kind}`), when.date, (v) => onChange({ ...when, date: v }));
    case "range":
      return (
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {date("from", t("editor.when.from"), when.from, (v) => onChange({ ...when, from: v }))}
          {date("to", t("editor.when.to"), when.to, (v) => onChange({ ...when, to: v }))}
        </SimpleGrid>
      );
    case "dates":
      return (
        <Stack gap="xs">
          <GroupError path={`${path}.dates`} />
          {when.dates.map((d, i) => (
            <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
              <div style={{ flex: 1 }}>
                {date(`dates.${i}`, t("editor.when.nthDate", { n: i + 1 }), d, (v) =>
                  onChange({ ...when, dates: when.dates.map((x, k) => (k === i ? v : x)) }),
                )}
              </div>
              <ItemControls
                index={i}
                count={when.dates.length}
                itemLabel={t("editor.when.nthDate", { n: i + 1 })}
                onChange={(op) => onChange({ ...when, dates: applyItemOp(when.dates, i, op) })}
              />
            </Group>
          ))}
          <div>
            <Button size="xs" variant="light" onClick={() => onChange({ ...when, dates: [...when.dates, ""] })}>
              {t("editor.when.addDate")}
            </Button>
          </div>
        </Stack>
      );
    case "isoWeeks":
      return (
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextField
            path={`${path}.year`}
            label={t("editor.when.year")}
            type="number"
            value={String(when.year)}
            onChange={(v) => onChange({ ...when, year: Number.parseInt(v, 10) || 0 })}
          />
          <NumbersField
            path={`${path}.weeks`}
            label={t("editor.when.weeks")}
            description={t("editor.when.weeksHelp")}
            value={when.weeks}
            onChange={(weeks) => onChange({ ...when, weeks })}
          />
        </SimpleGrid>
      );
    case "sessions":
      return (
        <Stack gap="xs">
          <GroupError path={`${path}.sessions`} />
          {when.sessions.map((s, i) => {
            const label = t("editor.when.session", { n: i + 1 });
            const setS = (patch: Partial<typeof s>) =>
              onChange({ ...when, sessions: when.sessions.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
            return (
              <fieldset key={i} className="editor-item" style={{ border: 0, margin: 0 }}>
                <legend>
                  <Text size="sm" fw={600}>
                    {label}
                  </Text>
                </legend>
                <Group align="flex-end" gap="xs" wrap="wrap">
                  {date(`sessions.${i}.date`, t("editor.when.date"), s.date, (v) => setS({ date: v }))}
                  <TextField
                    path={`${path}.sessions.${i}.from`}
                    label={t("editor.when.fromTime")}
                    type="time"
                    value={s.from}
                    onChange={(v) => setS({ from: v })}
                  />
                  <TextField
                    path={`${path}.sessions.${i}.to`}
                    label={t("editor.when.toTime")}
                    type="time"
                    value={s.to}
                    onChange={(v) => setS({ to: v })}
                  />
                  <ItemControls
                    index={i}
                    count={when.sessions.length}
                    itemLabel={label}
                    onChange={(op) => onChange({ ...when, sessions: applyItemOp(when.sessions, i, op) })}
                  />
                </Group>
              </fieldset>
            );
          })}
          <div>
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                onChange({ ...when, sessions: [...when.sessions, { date: "", from: "09:00", to: "12:00" }] })
              }
            >
              {t("editor.when.addSession")}
            </Button>
          </div>
        </Stack>
      );
    case "relative":
      return (
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextField
            path={`${path}.days`}
            label={t("editor.when.days")}
            type="number"
            value={String(when.days)}
            onChange={(v) => onChange({ ...when, days: Number.parseInt(v, 10) || 0 })}
          />
          <NativeSelect
            id={fieldId(`${path}.to`)}
            label={t("editor.when.after")}
            value={when.to}
            error={errors.get(`${path}.to`)}
            onChange={(e) => onChange({ ...when, to: e.currentTarget.value as MilestoneKey })}
            data={milestoneKeys.map((k) => ({ value: k, label: labelOf(k) }))}
          />
        </SimpleGrid>
      );
    case "pending":
      return (
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextField
            path={`${path}.event`}
            label={t("editor.when.event")}
            value={when.event}
            lang="nl"
            onChange={(v) => onChange({ ...when, event: v })}
          />
          {date("onOrBefore", t("editor.when.latest"), when.onOrBefore ?? "", (v) =>
            onChange({ ...when, onOrBefore: v || undefined }),
          )}
        </SimpleGrid>
      );
  }
}

export function MilestonesEditor({
  milestones,
  onChange,
}: {
  milestones: Milestone[];
  onChange: (m: Milestone[]) => void;
}) {
  const { t } = useTranslation();
  const errors = useContext(FieldErrorsContext);
  const labelOf = (key: MilestoneKey) => milestones.find((m) => m.key === key)?.label ?? t(`milestone.${key}`);
  const set = (i: number, m: Milestone) => onChange(milestones.map((x, k) => (k === i ? m : x)));
  return (
    <Stack gap="md">
      <GroupError path="document.milestones" />
      {milestones.map((m, i) => {
        const base = `document.milestones.${i}`;
        const title = m.label || t("editor.milestoneN", { n: i + 1 });
        return (
          <Card key={i} withBorder padding="md" component="section" aria-labelledby={`edit-ms-${i}`} id={fieldId(base)}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap">
                <Title order={3} size="h4" id={`edit-ms-${i}`} lang="nl">
                  {title}
                </Title>
                <ItemControls
                  index={i}
                  count={milestones.length}
                  itemLabel={title}
                  onChange={(op) => onChange(applyItemOp(milestones, i, op))}
                />
              </Group>
              <GroupError path={base} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  id={fieldId(`${base}.key`)}
                  label={t("editor.milestoneKey")}
                  value={m.key}
                  error={errors.get(`${base}.key`)}
                  onChange={(e) => set(i, { ...m, key: e.currentTarget.value as MilestoneKey })}
                  data={milestoneKeys.map((k) => ({ value: k, label: t(`milestone.${k}`) }))}
                />
                <TextField
                  path={`${base}.label`}
                  label={t("editor.milestoneLabel")}
                  value={m.label}
                  lang="nl"
                  onChange={(v) => set(i, { ...m, label: v })}
                />
              </SimpleGrid>
              <TextField
                path={`${base}.original`}
                label={t("editor.milestoneOriginal")}
                description={t("editor.milestoneOriginalHelp")}
                value={m.original}
                lang="nl"
                onChange={(v) => set(i, { ...m, original: v })}
              />
              <NativeSelect
                id={fieldId(`${base}.when`)}
                label={t("editor.whenKind")}
                value={m.when.kind}
                error={errors.get(`${base}.when`) ?? errors.get(`${base}.when.kind`)}
                onChange={(e) => set(i, { ...m, when: switchKind(m.when, e.currentTarget.value as Kind) })}
                data={kinds.map((k) => ({ value: k, label: t(`editor.kind.${k}`) }))}
              />
              <WhenFields
                path={`${base}.when`}
                when={m.when}
                labelOf={labelOf}
                onChange={(when) => set(i, { ...m, when })}
              />
              <Checkbox
                label={t("editor.provisional")}
                checked={m.provisional ?? false}
                onChange={(e) => set(i, { ...m, provisional: e.currentTarget.checked || undefined })}
              />
              <TextField
                path={`${base}.note`}
                label={t("editor.note")}
                value={m.note ?? ""}
                lang="nl"
                onChange={(v) => set(i, { ...m, note: v || undefined })}
              />
            </Stack>
          </Card>
        );
      })}
      <div>
        <Button
          variant="light"
          onClick={() =>
            onChange([...milestones, { key: "launch", label: "", original: "", when: { kind: "date", date: "" } }])
          }
        >
          {t("editor.addMilestone")}
        </Button>
      </div>
    </Stack>
  );
}
