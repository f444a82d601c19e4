import { Button, Card, Checkbox, Group, MultiSelect, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Challenge, Obstacle, References } from "../../api/types.ts";
import { nameIn } from "../../format/names.ts";
import { GroupError, ItemControls, TextField, TextListEditor, applyItemOp, fieldId, useFieldError } from "./fields.tsx";

interface Props {
  index: number;
  count: number;
  challenge: Challenge;
  references: References;
  onChange: (challenge: Challenge) => void;
  onItemOp: (op: "up" | "down" | "remove") => void;
}

function BarrierSelect({
  path,
  value,
  onChange,
  references,
  label,
}: {
  path: string;
  value: string[];
  onChange: (v: string[]) => void;
  references: References;
  label: string;
}) {
  const { i18n } = useTranslation();
  const error = useFieldError(path);
  const data = useMemo(
    () =>
      references.lifeDomains
        .map((d) => ({
          group: nameIn(d.name, i18n.language),
          items: references.barriers
            .filter((b) => b.lifeDomain === d.code)
            .map((b) => ({ value: b.code, label: nameIn(b.name, i18n.language) })),
        }))
        .filter((g) => g.items.length > 0),
    [references, i18n.language],
  );
  return (
    <MultiSelect
      id={fieldId(path)}
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable={false}
      error={error}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}

export function ChallengeEditor({ index, count, challenge, references, onChange, onItemOp }: Props) {
  const { t } = useTranslation();
  const base = `document.challenges.${index}`;
  const set = <K extends keyof Challenge>(key: K, value: Challenge[K]) => onChange({ ...challenge, [key]: value });
  const headingId = `edit-challenge-${index}`;
  const personasError = useFieldError(`${base}.personas`);
  const title = t("addendum.challenge", { number: challenge.number || index + 1 });

  const setObstacle = (i: number, obstacle: Obstacle) =>
    set(
      "obstacles",
      challenge.obstacles.map((o, k) => (k === i ? obstacle : o)),
    );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} id={fieldId(base)}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} id={headingId}>
            {title}
          </Title>
          <ItemControls index={index} count={count} itemLabel={title} onChange={onItemOp} />
        </Group>
        <GroupError path={base} />
        <TextField
          path={`${base}.number`}
          label={t("editor.challengeNumber")}
          type="number"
          value={String(challenge.number)}
          onChange={(v) => set("number", Number.parseInt(v, 10) || 0)}
        />
        <fieldset
          style={{ border: 0, padding: 0, margin: 0 }}
          aria-describedby={personasError ? `${fieldId(`${base}.personas`)}-error` : undefined}
        >
          <legend>
            <Text fw={600} size="sm">
              {t("editor.personas")}
            </Text>
          </legend>
          <GroupError path={`${base}.personas`} />
          <Checkbox.Group
            value={challenge.personas}
            onChange={(v) => set("personas", v)}
            id={fieldId(`${base}.personas`)}
          >
            <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing={6} mt={6}>
              {references.personas.map((p) => (
                <Checkbox key={p.slug} value={p.slug} label={p.name} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </fieldset>
        <TextField
          path={`${base}.personaNote`}
          label={t("editor.personaNote")}
          value={challenge.personaNote ?? ""}
          lang="nl"
          onChange={(v) => onChange({ ...challenge, personaNote: v || undefined })}
        />
        <TextListEditor
          path={`${base}.context`}
          title={t("editor.context")}
          itemLabel={(n) => t("editor.paragraph", { n })}
          addLabel={t("editor.addParagraph")}
          items={challenge.context}
          onChange={(v) => set("context", v)}
          multiline
          lang="nl"
        />
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t("addendum.obstacles")}
          </Title>
          <GroupError path={`${base}.obstacles`} />
          {challenge.obstacles.map((o, i) => {
            const label = t("editor.obstacle", { n: i + 1 });
            return (
              <Stack key={i} gap={6} className="editor-item">
                <Group justify="space-between" wrap="nowrap" align="flex-end">
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <TextField
                      path={`${base}.obstacles.${i}.text`}
                      label={label}
                      value={o.text}
                      multiline
                      lang="nl"
                      onChange={(text) => setObstacle(i, { ...o, text })}
                    />
                  </div>
                  <ItemControls
                    index={i}
                    count={challenge.obstacles.length}
                    itemLabel={label}
                    onChange={(op) => set("obstacles", applyItemOp(challenge.obstacles, i, op))}
                  />
                </Group>
                <BarrierSelect
                  path={`${base}.obstacles.${i}.barriers`}
                  label={t("editor.obstacleBarriers", { n: i + 1 })}
                  value={o.barriers}
                  references={references}
                  onChange={(barriers) => setObstacle(i, { ...o, barriers })}
                />
              </Stack>
            );
          })}
          <div>
            <Button
              variant="light"
              size="xs"
              onClick={() => set("obstacles", [...challenge.obstacles, { text: "", barriers: [] }])}
            >
              {t("editor.addObstacle")}
            </Button>
          </div>
        </Stack>
        <TextListEditor
          path={`${base}.intendedResults`}
          title={t("addendum.intendedResults")}
          itemLabel={(n) => t("editor.result", { n })}
          addLabel={t("editor.addResult")}
          items={challenge.intendedResults}
          onChange={(v) => set("intendedResults", v)}
          lang="nl"
        />
        <TextListEditor
          path={`${base}.questions`}
          title={t("addendum.questions")}
          itemLabel={(n) => t("editor.question", { n })}
          addLabel={t("editor.addQuestion")}
          items={challenge.questions}
          onChange={(v) => set("questions", v)}
          multiline
          lang="nl"
        />
      </Stack>
    </Card>
  );
}
