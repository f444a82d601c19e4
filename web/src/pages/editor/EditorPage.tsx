// The coordinator's editor for a region's addendum. Saving writes a new draft version on top of the version the
// editor started from (409 when someone saved in between); refused input comes back as field errors shown next to
// the fields, and what the user typed stays on the page — also across an expired session (kept in sessionStorage).
import { Alert, Anchor, Box, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { sessionKey, useDraft, usePublish, useSaveDraft } from "../../api/queries.ts";
import type { AddendumDocument, Challenge, DraftAddendum } from "../../api/types.ts";
import { focusSoon } from "../../components/ErrorSummary.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatInstant } from "../../format/dates.ts";
import { ChallengeEditor } from "./ChallengeEditor.tsx";
import { ApplicationEditor, ContactsEditor } from "./ContactsEditor.tsx";
import { FieldErrorsContext, GroupError, TextField, applyItemOp, fieldId, focusPath } from "./fields.tsx";
import { MilestonesEditor } from "./MilestonesEditor.tsx";

type Notice = { kind: "success" | "error" | "conflict" | "info"; text: string } | null;
const unsavedKey = (slug: string) => `brug.unsaved.${slug}`;

function restoreUnsaved(slug: string): { baseVersion: number; document: AddendumDocument } | null {
  try {
    const raw = sessionStorage.getItem(unsavedKey(slug));
    return raw ? (JSON.parse(raw) as { baseVersion: number; document: AddendumDocument }) : null;
  } catch {
    return null;
  }
}

export function EditorPage() {
  const { slug = "" } = useParams();
  const { t } = useTranslation();
  const client = useQueryClient();
  const query = useDraft(slug);
  const [generation, setGeneration] = useState(0);

  if (query.isPending || query.isError) {
    return (
      <Stack>
        <PageTitle>{t("editor.loadingTitle")}</PageTitle>
        {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  const reload = async () => {
    await client.refetchQueries({ queryKey: ["coordinator", "draft", slug] });
    setGeneration((g) => g + 1);
  };
  return <DraftEditor key={`${slug}-${generation}`} slug={slug} data={query.data} onReload={() => void reload()} />;
}

function DraftEditor({ slug, data, onReload }: { slug: string; data: DraftAddendum; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const save = useSaveDraft(slug);
  const publish = usePublish(slug);
  const [restored] = useState(() => restoreUnsaved(slug));
  const [doc, setDoc] = useState<AddendumDocument>(() => restored?.document ?? structuredClone(data.document));
  const [baseVersion, setBaseVersion] = useState(restored?.baseVersion ?? data.version.number);
  const [publishedVersion, setPublishedVersion] = useState<number | null>(data.publishedVersion);
  const [dirty, setDirty] = useState(restored !== null);
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const [notice, setNotice] = useState<Notice>(restored ? { kind: "info", text: t("editor.restored") } : null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const saveShortcut = useRef(() => {});
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        saveShortcut.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const errorMap = useMemo(() => new Map(errors.map((e) => [e.path, e.message])), [errors]);
  const regionName = data.region.name;
  const update = (next: AddendumDocument) => {
    setDoc(next);
    setDirty(true);
  };
  const setChallenge = (i: number, c: Challenge) =>
    update({ ...doc, challenges: doc.challenges.map((x, k) => (k === i ? c : x)) });

  const showNotice = (n: Notice) => {
    setNotice(n);
    focusSoon(() => noticeRef.current);
  };

  const onSave = () => {
    setNotice(null);
    save.mutate(
      { baseVersion, document: doc },
      {
        onSuccess: (version) => {
          setErrors([]);
          setDirty(false);
          sessionStorage.removeItem(unsavedKey(slug));
          const changed = version !== baseVersion;
          setBaseVersion(version);
          showNotice({
            kind: "success",
            text: changed ? t("editor.saved", { version }) : t("editor.savedUnchanged", { version }),
          });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) {
            setErrors(error.fields.map((f) => ({ path: f.path, message: f.message })));
            setNotice(null);
            focusSoon(() => summaryRef.current);
          } else if (error instanceof ApiError && error.status === 409) {
            setErrors([]);
            showNotice({ kind: "conflict", text: t("editor.conflict") });
          } else if (error instanceof ApiError && error.status === 401) {
            // Keep what was typed, then let the guard send the user to sign in; the editor restores it afterwards.
            sessionStorage.setItem(unsavedKey(slug), JSON.stringify({ baseVersion, document: doc }));
            client.setQueryData(sessionKey, { user: null, csrfToken: null, abilities: [] });
          } else {
            showNotice({ kind: "error", text: error.message || t("errors.unexpected") });
          }
        },
      },
    );
  };

  saveShortcut.current = () => {
    if (!save.isPending) onSave();
  };

  const onPublish = () => {
    setNotice(null);
    publish.mutate(baseVersion, {
      onSuccess: () => {
        setPublishedVersion(baseVersion);
        showNotice({ kind: "success", text: t("editor.published", { version: baseVersion }) });
      },
      onError: (error) =>
        showNotice({
          kind: error instanceof ApiError && error.status === 409 ? "conflict" : "error",
          text: error.message || t("errors.unexpected"),
        }),
    });
  };

  const reloadLatest = () => {
    sessionStorage.removeItem(unsavedKey(slug));
    setDirty(false);
    onReload();
  };

  const publicState = dirty
    ? t("editor.stateDirty")
    : publishedVersion === null
      ? t("editor.stateNeverPublished")
      : publishedVersion === baseVersion
        ? t("editor.statePublished", { version: baseVersion })
        : t("editor.stateDiffers", { published: publishedVersion, version: baseVersion });

  const describePath = (path: string): string => {
    const parts = path.split(".");
    if (parts[0] === "document") parts.shift();
    const [section, index, field, sub, subField] = parts;
    const n = Number(index);
    const item = (key: string, i: string | undefined) =>
      i !== undefined && /^\d+$/.test(i) ? t(key, { n: Number(i) + 1 }) : null;
    const join = (...bits: (string | null | undefined)[]) => bits.filter(Boolean).join(" › ");
    if (section === "challenges" && Number.isInteger(n)) {
      const challenge = t("addendum.challenge", { number: doc.challenges[n]?.number ?? n + 1 });
      const detail: Record<string, string | null> = {
        number: t("editor.challengeNumber"),
        personas: t("editor.personas"),
        personaNote: t("editor.personaNote"),
        context: item("editor.paragraph", sub) ?? t("editor.context"),
        obstacles: join(
          item("editor.obstacle", sub) ?? t("addendum.obstacles"),
          subField === "barriers" ? t("addendum.barriersOf") : null,
        ),
        intendedResults: item("editor.result", sub) ?? t("addendum.intendedResults"),
        questions: item("editor.question", sub) ?? t("addendum.questions"),
      };
      return join(challenge, field ? (detail[field] ?? null) : null);
    }
    if (section === "milestones" && Number.isInteger(n)) {
      const detail: Record<string, string> = {
        key: t("editor.milestoneKey"),
        label: t("editor.milestoneLabel"),
        original: t("editor.milestoneOriginal"),
        when: t("editor.whenKind"),
        note: t("editor.note"),
      };
      return join(
        doc.milestones[n]?.label || t("editor.milestoneN", { n: n + 1 }),
        field ? (detail[field] ?? null) : null,
      );
    }
    if (section === "contacts" && Number.isInteger(n)) {
      const detail: Record<string, string | null> = {
        name: t("editor.contactName"),
        role: t("editor.contactRole"),
        email: t("contact.email"),
        phones: item("editor.phoneN", sub) ?? t("editor.phones"),
        purposes: t("editor.purposes"),
      };
      return join(doc.contacts[n]?.name || t("editor.contactN", { n: n + 1 }), field ? (detail[field] ?? null) : null);
    }
    if (section === "application") {
      const detail: Record<string, string> = {
        instructions: t("editor.instructions"),
        email: t("editor.applicationEmail"),
        subject: t("application.subject"),
      };
      return join(t("addendum.section.kandidatuur"), index ? (detail[index] ?? null) : null);
    }
    if (section === "title") return t("editor.docTitle");
    if (section === "challenges") return t("addendum.section.uitdagingen");
    if (section === "milestones") return t("addendum.section.timing");
    if (section === "contacts") return t("addendum.section.contact");
    return t("editor.otherPart");
  };

  return (
    <FieldErrorsContext.Provider value={errorMap}>
      <Stack gap="lg" pb={96}>
        <Group gap="md">
          <Anchor component={Link} to="/beheer" size="sm">
            {t("editor.back")}
          </Anchor>
          {/* The form is long: one step from the top to the save bar, for keyboard users above all. */}
          <Anchor component="button" type="button" size="sm" onClick={() => saveRef.current?.focus()}>
            {t("editor.skipToActions")}
          </Anchor>
          <Anchor component={Link} to={`/beheer/addenda/${slug}/geschiedenis`} size="sm">
            {t("editor.historyLink")}
          </Anchor>
          {publishedVersion !== null && (
            <Anchor component={Link} to={`/addenda/${slug}`} size="sm">
              {t("editor.publicLink")}
            </Anchor>
          )}
        </Group>
        <div>
          <PageTitle>{t("editor.title", { name: regionName })}</PageTitle>
          <Paper
            withBorder
            p="md"
            style={{ borderLeft: `6px solid ${dirty || publishedVersion !== baseVersion ? "#96470c" : "#1e6b36"}` }}
          >
            <Title order={2} size="h5" mb={4}>
              {t("editor.stateTitle")}
            </Title>
            <Text>{publicState}</Text>
            <Text size="sm" mt={4}>
              {t("editor.baseInfo", {
                version: baseVersion,
                date: formatInstant(data.version.createdAt, i18n.language),
              })}
            </Text>
          </Paper>
        </div>

        <div ref={noticeRef} tabIndex={-1}>
          {notice && (
            <Alert
              color={notice.kind === "success" ? "green" : notice.kind === "info" ? "brug" : "red"}
              title={t(`editor.notice.${notice.kind}`)}
              withCloseButton
              closeButtonLabel={t("common.close")}
              onClose={() => setNotice(null)}
            >
              <Text>{notice.text}</Text>
              {notice.kind === "conflict" && (
                <Stack gap="xs" mt="sm" align="flex-start">
                  <Text size="sm">{t("editor.conflictHelp")}</Text>
                  <Button variant="outline" color="red" onClick={reloadLatest}>
                    {t("editor.reloadLatest")}
                  </Button>
                </Stack>
              )}
            </Alert>
          )}
        </div>

        {errors.length > 0 && (
          <Alert color="red" role="alert">
            <Title order={2} size="h4" ref={summaryRef} tabIndex={-1} mb="xs">
              {t("editor.errorSummary", { count: errors.length })}
            </Title>
            <Text size="sm" mb="xs">
              {t("editor.errorSummaryHelp")}
            </Text>
            <List spacing={4}>
              {errors.map((e) => (
                <List.Item key={e.path}>
                  <Anchor component="button" type="button" onClick={() => focusPath(e.path)} ta="left">
                    {describePath(e.path)}: {e.message}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Alert>
        )}

        <Box component="section" aria-labelledby="edit-general">
          <Title order={2} id="edit-general" mb="sm">
            {t("editor.general")}
          </Title>
          <TextField
            path="document.title"
            label={t("editor.docTitle")}
            value={doc.title}
            lang="nl"
            onChange={(title) => update({ ...doc, title })}
          />
          <Text size="sm" mt="sm">
            {t("editor.untouchedParts")}
          </Text>
        </Box>

        <Box component="section" aria-labelledby="edit-challenges" id={fieldId("document.challenges")}>
          <Title order={2} id="edit-challenges" mb="sm">
            {t("addendum.section.uitdagingen")}
          </Title>
          <Stack gap="md">
            <GroupError path="document.challenges" />
            {doc.challenges.map((c, i) => (
              <ChallengeEditor
                key={i}
                index={i}
                count={doc.challenges.length}
                challenge={c}
                references={data.references}
                onChange={(next) => setChallenge(i, next)}
                onItemOp={(op) => {
                  // A whole challenge is a lot of text to lose by one click: ask first.
                  if (op === "remove" && !window.confirm(t("editor.confirmRemoveChallenge", { number: c.number })))
                    return;
                  update({ ...doc, challenges: applyItemOp(doc.challenges, i, op) });
                }}
              />
            ))}
            <div>
              <Button
                variant="light"
                onClick={() =>
                  update({
                    ...doc,
                    challenges: [
                      ...doc.challenges,
                      {
                        number: Math.max(0, ...doc.challenges.map((c) => c.number)) + 1,
                        personas: [],
                        context: [],
                        obstacles: [],
                        intendedResults: [],
                        questions: [],
                      },
                    ],
                  })
                }
              >
                {t("editor.addChallenge")}
              </Button>
            </div>
          </Stack>
        </Box>

        <Box component="section" aria-labelledby="edit-timing" id={fieldId("document.milestones")}>
          <Title order={2} id="edit-timing" mb="sm">
            {t("addendum.section.timing")}
          </Title>
          <MilestonesEditor milestones={doc.milestones} onChange={(milestones) => update({ ...doc, milestones })} />
        </Box>

        <Box component="section" aria-labelledby="edit-contacts" id={fieldId("document.contacts")}>
          <Title order={2} id="edit-contacts" mb="sm">
            {t("addendum.section.contact")}
          </Title>
          <ContactsEditor contacts={doc.contacts} onChange={(contacts) => update({ ...doc, contacts })} />
        </Box>

        <Box component="section" aria-labelledby="edit-application" id={fieldId("document.application")}>
          <Title order={2} id="edit-application" mb="sm">
            {t("addendum.section.kandidatuur")}
          </Title>
          <ApplicationEditor
            application={doc.application}
            onChange={(application) => update({ ...doc, application })}
          />
        </Box>

        <Box
          component="section"
          aria-label={t("editor.actions")}
          style={{
            position: "sticky",
            bottom: 0,
            background: "#fff",
            borderTop: "1px solid #dee2e6",
            padding: "0.75rem 0",
            zIndex: 5,
          }}
        >
          <Group gap="sm" wrap="wrap">
            <Button ref={saveRef} onClick={onSave} loading={save.isPending}>
              {t("editor.save")}
            </Button>
            <Button
              variant="outline"
              onClick={onPublish}
              loading={publish.isPending}
              disabled={dirty || publishedVersion === baseVersion}
            >
              {t("editor.publish")}
            </Button>
            <Text size="sm">{t("editor.saveShortcut")}</Text>
            <Text size="sm">
              {dirty
                ? t("editor.publishNeedsSave")
                : publishedVersion === baseVersion
                  ? t("editor.nothingToPublish")
                  : ""}
            </Text>
          </Group>
        </Box>
      </Stack>
    </FieldErrorsContext.Provider>
  );
}
