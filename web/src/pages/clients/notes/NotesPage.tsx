// A trajectory's notes (/clienten/:clientId/notities): writing a note with a life domain (optional), a category (by
// default the life domain's) and who may read it — only the companion, the trajectory team, or also partners under
// the client's consent — and the notes the reader may see, newest first. The server sends only those.
import { Alert, Badge, Button, Group, NativeSelect, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNotes, useWriteNote, type NoteList, type NoteView } from "../../../api/notes.ts";
import { formatInstant } from "../../../format/dates.ts";
import {
  categoryOfLifeDomain,
  dataCategories,
  noteConfidentiality,
} from "../../../../../server/src/domain/trajectory-codes.ts";
import {
  TrajectoryTab,
  noRefusal,
  refusalOf,
  useLifeDomainNames,
  useTabTrajectory,
  type LifeDomainNames,
  type Refusal,
} from "../plan/common.tsx";

export function NotesPage() {
  const { t } = useTranslation();
  const tab = useTabTrajectory();
  const notes = useNotes(tab.trajectoryId);
  const domains = useLifeDomainNames();
  return (
    <TrajectoryTab title={t("plans.notes.title")} tab={tab} query={notes}>
      {(data, trajectoryId) => <NotesBody list={data} trajectoryId={trajectoryId} domains={domains} />}
    </TrajectoryTab>
  );
}

function NotesBody({
  list,
  trajectoryId,
  domains,
}: {
  list: NoteList;
  trajectoryId: string;
  domains: LifeDomainNames;
}) {
  const { t } = useTranslation();
  return (
    <>
      {list.canWrite && <NoteForm trajectoryId={trajectoryId} domains={domains} />}
      <section aria-labelledby="notes-list">
        <Title order={2} size="h3" id="notes-list" mb="xs">
          {t("plans.notes.list")}
        </Title>
        {list.notes.length === 0 ? (
          <Text>{t("plans.notes.empty")}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {list.notes.map((note) => (
              <li key={note.id}>
                <NoteItem note={note} domains={domains} />
              </li>
            ))}
          </Stack>
        )}
      </section>
    </>
  );
}

function NoteItem({ note, domains }: { note: NoteView; domains: LifeDomainNames }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="sm" component="article" aria-label={t("plans.notes.noteBy", { name: note.author.name })}>
      <Stack gap={4}>
        <Text size="sm">
          {t("plans.notes.meta", { date: formatInstant(note.writtenAt, i18n.language), name: note.author.name })}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline" color="dark">
            {t(`plans.confidentiality.${note.confidentiality}`)}
          </Badge>
          <Badge variant="light" color="gray">
            {t(`plans.category.${note.category}`)}
          </Badge>
          {note.lifeDomain && (
            <Badge variant="light" color="blue">
              {domains.name(note.lifeDomain)}
            </Badge>
          )}
        </Group>
        <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{note.text}</Text>
      </Stack>
    </Paper>
  );
}

function NoteForm({ trajectoryId, domains }: { trajectoryId: string; domains: LifeDomainNames }) {
  const { t } = useTranslation();
  const write = useWriteNote(trajectoryId);
  const [text, setText] = useState("");
  const [lifeDomain, setLifeDomain] = useState("");
  const [category, setCategory] = useState("");
  const [confidentiality, setConfidentiality] = useState<NoteView["confidentiality"]>("team");
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [message, setMessage] = useState("");
  const ofDomain = categoryOfLifeDomain(lifeDomain || null);
  // A note about a special-category domain stays in that category; only a general domain's note may go higher.
  const categories = ofDomain === "general" ? dataCategories : [ofDomain];
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage("");
    if (!text.trim()) {
      setRefusal({ fields: { text: t("plans.notes.textRequired") }, general: null });
      document.getElementById("note-new-text")?.focus();
      return;
    }
    write.mutate(
      {
        text,
        lifeDomain: lifeDomain || null,
        category:
          category && (categories as readonly string[]).includes(category) ? (category as NoteView["category"]) : null,
        confidentiality,
      },
      {
        onSuccess: () => {
          setRefusal(noRefusal);
          setText("");
          setMessage(t("plans.notes.saved"));
        },
        onError: (e) => setRefusal(refusalOf(e, t("errors.unexpected"))),
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="note-new-title">
      <Title order={2} size="h3" id="note-new-title" mb="sm">
        {t("plans.notes.newTitle")}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" maw={640}>
          <Textarea
            id="note-new-text"
            label={t("plans.notes.text")}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={refusal.fields.text}
            maxLength={8000}
            autosize
            minRows={3}
            required
          />
          <NativeSelect
            id="note-new-lifeDomain"
            label={t("plans.notes.lifeDomain")}
            value={lifeDomain}
            onChange={(e) => setLifeDomain(e.currentTarget.value)}
            data={[
              { value: "", label: t("plans.notes.noLifeDomain") },
              ...domains.list.map((d) => ({ value: d.code, label: d.name })),
            ]}
            error={refusal.fields.lifeDomain}
          />
          <NativeSelect
            id="note-new-category"
            label={t("plans.notes.category")}
            description={t("plans.notes.categoryHelp")}
            value={(categories as readonly string[]).includes(category) ? category : ""}
            onChange={(e) => setCategory(e.currentTarget.value)}
            data={[
              { value: "", label: t("plans.notes.categoryDefault", { category: t(`plans.category.${ofDomain}`) }) },
              ...categories.filter((c) => c !== ofDomain).map((c) => ({ value: c, label: t(`plans.category.${c}`) })),
            ]}
            error={refusal.fields.category}
          />
          <Radio.Group
            id="note-new-confidentiality"
            label={t("plans.notes.confidentiality")}
            value={confidentiality}
            onChange={(value) => setConfidentiality(value as NoteView["confidentiality"])}
            error={refusal.fields.confidentiality}
          >
            <Stack gap="xs" mt="xs">
              {noteConfidentiality.map((level) => (
                <Radio
                  key={level}
                  value={level}
                  label={t(`plans.confidentiality.${level}`)}
                  description={t(`plans.confidentialityHelp.${level}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {refusal.general && (
            <Alert color="red" role="alert">
              {refusal.general}
            </Alert>
          )}
          <Text role="status" fw={600}>
            {message}
          </Text>
          <Group>
            <Button type="submit" loading={write.isPending}>
              {t("plans.notes.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
