// The applicant's candidacy. The draft saves itself as the user goes (1.5 s after the last change, and when a field
// loses the focus) on top of the draft revision it started from; "Indienen" submits exactly the saved draft revision
// as a new, immutable revision. Nothing typed is lost: until the server has it, the draft is kept in sessionStorage,
// and after the deadline it stays on screen (read-only) with the server's message.
import { Alert, Anchor, Box, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import {
  useCandidacy,
  usePublicCall,
  saveCandidacyDraft,
  submitCandidacy,
  myCandidaciesKey,
  useTaxonomy,
} from "../../api/calls.ts";
import { ApiError } from "../../api/client.ts";
import { sessionKey } from "../../api/queries.ts";
import type { CallView, CandidacyContent, CandidacyView, RevisionView } from "../../api/types.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatClock, formatInstant, isToday } from "../../format/dates.ts";
import { DecisionSection } from "../decisions/DecisionSection.tsx";
import { OwnOffersLink } from "../partnerships/OwnOffersLink.tsx";
import { FieldErrorsContext } from "../editor/fields.tsx";
import { AttachmentsSection } from "./AttachmentsSection.tsx";
import { CandidacyFields, contentFieldLabel } from "./CandidacyFields.tsx";
import { DemoBadge, PhaseLine } from "./phase.tsx";
import { usePersonaNames } from "./references.ts";
import { candidacyStatus } from "./status.ts";

const autosaveDelay = 1500;
const keptKey = (id: string) => `brug.candidacy.${id}`;

interface Kept {
  baseDraftRevision: number;
  draft: CandidacyContent;
}

function readKept(id: string): Kept | null {
  try {
    const raw = sessionStorage.getItem(keptKey(id));
    return raw ? (JSON.parse(raw) as Kept) : null;
  } catch {
    return null;
  }
}
function keep(id: string, kept: Kept): void {
  try {
    sessionStorage.setItem(keptKey(id), JSON.stringify(kept));
  } catch {
    // Storage full or blocked: the draft is still on screen.
  }
}
function forget(id: string): void {
  try {
    sessionStorage.removeItem(keptKey(id));
  } catch {
    // Nothing kept.
  }
}

/** Field paths from the server as the editor's: "draft.title", "content.title" and "title" alike → "draft.title". */
function draftPath(path: string): string {
  return `draft.${path.replace(/^(body\.)?(draft|content)(\.|$)/, "")}`.replace(/\.$/, "");
}

export function CandidacyPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const client = useQueryClient();
  const query = useCandidacy(id);
  const callQuery = usePublicCall(query.data?.call.id ?? "");
  const [generation, setGeneration] = useState(0);

  const failed = query.isError ? query.error : query.data && callQuery.isError ? callQuery.error : null;
  if (!query.data || !callQuery.data) {
    return (
      <Stack>
        <PageTitle>{t("candidacy.loadingTitle")}</PageTitle>
        {failed ? (
          <ErrorMessage error={failed} onRetry={() => void (query.isError ? query.refetch() : callQuery.refetch())} />
        ) : (
          <Loading />
        )}
      </Stack>
    );
  }
  const reload = async () => {
    forget(id);
    await client.refetchQueries({ queryKey: ["applicant", "candidacy", id], exact: true });
    setGeneration((g) => g + 1);
  };
  return (
    <CandidacyEditor
      key={`${id}-${generation}`}
      view={query.data}
      call={callQuery.data}
      onReload={() => void reload()}
    />
  );
}

type SaveState =
  | { kind: "saved"; at: string }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "failed"; message: string }
  | { kind: "conflict"; message: string };

function CandidacyEditor({ view, call, onReload }: { view: CandidacyView; call: CallView; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const taxonomy = useTaxonomy();
  const personaNames = usePersonaNames();
  const id = view.id;

  const [kept] = useState(() => {
    const found = readKept(id);
    // Kept work that equals the server's draft is nothing to restore.
    return found && JSON.stringify(found.draft) !== JSON.stringify(view.draft) ? found : null;
  });
  const [content, setContent] = useState<CandidacyContent>(() => kept?.draft ?? structuredClone(view.draft));
  const [save, setSave] = useState<SaveState>(kept ? { kind: "dirty" } : { kind: "saved", at: view.draftSavedAt });
  // The deadline passed: the server's message, or ours from the view's deadline.
  const [closed, setClosed] = useState<string | null>(() =>
    view.editable
      ? null
      : view.call.state.phase === "not_open"
        ? t("call.notOpen")
        : view.call.state.deadline
          ? t("candidacy.closedSince", { deadline: formatInstant(view.call.state.deadline, i18n.language) })
          : t("candidacy.closed"),
  );
  const [errors, setErrors] = useState<PathError[]>([]);
  const [receipt, setReceipt] = useState<RevisionView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [unsubmitted, setUnsubmitted] = useState(view.hasUnsubmittedChanges || kept !== null);
  const [submitting, setSubmitting] = useState(false);

  const contentRef = useRef(content);
  const baseRef = useRef(kept?.baseDraftRevision ?? view.draftRevision);
  const dirtyRef = useRef(kept !== null);
  const inflight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const blockedRef = useRef(closed !== null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const closedRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const receiptRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const errorMap = useMemo(() => new Map(errors.map((e) => [e.path, e.message])), [errors]);

  // Leaving the page inside the app (a link) within the autosave delay: save what is pending on the way out.
  const flushRef = useRef<() => Promise<boolean>>(async () => true);
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (dirtyRef.current && !blockedRef.current) void flushRef.current();
    },
    [],
  );
  useEffect(() => {
    if (save.kind === "saved") return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [save.kind]);

  /** The deadline passed. The focus moves to the message only when the user asked for something (Indienen). */
  const markClosed = (message: string, moveFocus: boolean) => {
    blockedRef.current = true;
    window.clearTimeout(timer.current);
    // What was typed stays: on screen, and in this tab's storage for a reload.
    keep(id, { baseDraftRevision: baseRef.current, draft: contentRef.current });
    setClosed(message);
    if (moveFocus) focusSoon(() => closedRef.current);
  };

  /** Saves what is on screen when it changed; true when the server has all of it. */
  const flush = async (asked = false): Promise<boolean> => {
    window.clearTimeout(timer.current);
    if (inflight.current) await inflight.current;
    if (blockedRef.current) return false;
    if (!dirtyRef.current) return true;
    const sending = contentRef.current;
    dirtyRef.current = false;
    setSave({ kind: "saving" });
    const attempt = (async () => {
      try {
        const saved = await saveCandidacyDraft(id, baseRef.current, sending);
        baseRef.current = saved.draftRevision;
        if (!dirtyRef.current) {
          forget(id);
          setSave({ kind: "saved", at: saved.draftSavedAt });
        }
        void client.invalidateQueries({ queryKey: myCandidaciesKey });
        return true;
      } catch (error) {
        dirtyRef.current = true;
        const message = error instanceof Error && error.message ? error.message : t("errors.unexpected");
        if (error instanceof ApiError && error.code === "call.deadline_passed") {
          setSave({ kind: "failed", message });
          markClosed(message, asked);
        } else if (error instanceof ApiError && error.status === 409) {
          blockedRef.current = true;
          setSave({ kind: "conflict", message });
          setNotice(message);
          if (asked) focusSoon(() => noticeRef.current);
        } else if (error instanceof ApiError && error.status === 401) {
          // The session ended: keep the work, let the guard send the user to sign in; it is restored afterwards.
          keep(id, { baseDraftRevision: baseRef.current, draft: contentRef.current });
          client.setQueryData(sessionKey, { user: null, csrfToken: null, abilities: [] });
        } else {
          const fields = error instanceof ApiError && error.status === 400 ? error.fields : [];
          if (fields.length > 0) setErrors(fields.map((f) => ({ path: draftPath(f.path), message: f.message })));
          setSave({ kind: "failed", message });
          // Asked to submit: say why nothing was sent, where the focus is.
          if (asked && fields.length > 0) focusSoon(() => summaryRef.current);
          else if (asked) {
            setNotice(message);
            focusSoon(() => noticeRef.current);
          }
        }
        return false;
      } finally {
        inflight.current = null;
      }
    })();
    inflight.current = attempt;
    const ok = await attempt;
    // Typed while the save was on its way: save that too.
    if (ok && dirtyRef.current && !blockedRef.current) return flush(asked);
    return ok;
  };

  useEffect(() => {
    flushRef.current = flush;
  });

  const update = (next: CandidacyContent) => {
    if (blockedRef.current) return;
    contentRef.current = next;
    dirtyRef.current = true;
    setContent(next);
    setUnsubmitted(true);
    setSave((s) => (s.kind === "saving" ? s : { kind: "dirty" }));
    keep(id, { baseDraftRevision: baseRef.current, draft: next });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), autosaveDelay);
  };

  // Restored work goes to the server as soon as the page is back.
  useEffect(() => {
    if (kept && !blockedRef.current) void flush();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = async () => {
    if (submitting) return;
    setSubmitting(true);
    setNotice(null);
    setReceipt(null);
    try {
      if (!(await flush(true))) return;
      try {
        const revision = await submitCandidacy(id, baseRef.current);
        setErrors([]);
        setReceipt(revision);
        setUnsubmitted(false);
        forget(id);
        void client.invalidateQueries({ queryKey: ["applicant", "candidacy", id], exact: true });
        void client.invalidateQueries({ queryKey: myCandidaciesKey });
        void client.invalidateQueries({ queryKey: ["outbox"] });
        focusSoon(() => receiptRef.current);
      } catch (error) {
        const message = error instanceof Error && error.message ? error.message : t("errors.unexpected");
        if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) {
          setErrors(error.fields.map((f) => ({ path: draftPath(f.path), message: f.message })));
          focusSoon(() => summaryRef.current);
        } else if (error instanceof ApiError && error.code === "call.deadline_passed") {
          markClosed(message, true);
        } else {
          setNotice(message);
          focusSoon(() => noticeRef.current);
        }
      }
    } finally {
      setSubmitting(false);
    }
  };

  const revisions = view.revisions;
  const deadline = call.state.deadline;
  const readOnly = closed !== null || save.kind === "conflict";

  const saveText = (() => {
    switch (save.kind) {
      case "saved":
        return isToday(save.at)
          ? t("candidacy.save.saved", { time: formatClock(save.at, i18n.language) })
          : t("candidacy.save.savedOn", { date: formatInstant(save.at, i18n.language) });
      case "dirty":
        return closed ? t("candidacy.save.notSavedClosed") : t("candidacy.save.dirty");
      case "saving":
        return t("candidacy.save.saving");
      case "failed":
        return t("candidacy.save.failed", { message: save.message });
      case "conflict":
        return t("candidacy.save.failed", { message: save.message });
    }
  })();

  return (
    <FieldErrorsContext.Provider value={errorMap}>
      <Stack gap="lg" pb={120} className="wrap-buttons">
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to="/kandidaturen" size="sm">
            {t("candidacy.back")}
          </Anchor>
          <Anchor component="button" type="button" size="sm" onClick={() => submitRef.current?.focus()}>
            {t("candidacy.skipToSubmit")}
          </Anchor>
          <Anchor component={Link} to={`/oproepen/${call.id}`} size="sm">
            {t("candidacy.callLink")}
          </Anchor>
        </Group>
        <div>
          <Text fw={600} size="sm" c="dimmed">
            {view.organisation.name}
          </Text>
          <PageTitle>{t("candidacy.title", { region: call.region.name })}</PageTitle>
          <Paper withBorder p="md">
            <Stack gap={4}>
              <Text lang="nl">{call.title}</Text>
              {call.isDemo && (
                <Group>
                  <DemoBadge />
                </Group>
              )}
              <PhaseLine state={call.state} />
              <Text>
                <strong>{t("candidacy.statusLabel")}:</strong>{" "}
                {candidacyStatus(revisions.at(-1) ?? null, unsubmitted, t, i18n.language)}
              </Text>
            </Stack>
          </Paper>
        </div>

        <DecisionSection candidacyId={id} />
        <OwnOffersLink candidacyId={id} />

        <div ref={closedRef} tabIndex={-1}>
          {closed && (
            <Alert color="red" title={t("candidacy.closedTitle")} role="alert">
              <Stack gap="xs">
                <Text>{closed}</Text>
                <Text size="sm">{t("candidacy.closedKept")}</Text>
              </Stack>
            </Alert>
          )}
        </div>

        {kept && !closed && save.kind !== "saved" && (
          <Alert color="brug" title={t("editor.notice.info")}>
            {t("candidacy.restored")}
          </Alert>
        )}

        <div ref={noticeRef} tabIndex={-1}>
          {notice && (
            <Alert color="red" title={t("candidacy.noticeTitle")} role="alert">
              <Text>{notice}</Text>
              {save.kind === "conflict" && (
                <Stack gap="xs" mt="sm" align="flex-start">
                  <Text size="sm">{t("candidacy.conflictHelp")}</Text>
                  <Button variant="outline" color="red" onClick={onReload}>
                    {t("candidacy.reload")}
                  </Button>
                </Stack>
              )}
            </Alert>
          )}
        </div>

        <ErrorSummary
          errors={errors}
          headingRef={summaryRef}
          describe={(path) => contentFieldLabel(path.replace(/^draft\.?/, ""), t)}
        />

        <div ref={receiptRef} tabIndex={-1}>
          {receipt && (
            <Alert color="green" title={t("candidacy.receipt.title", { version: receipt.number })}>
              <Stack gap={4}>
                <Text>
                  {t("candidacy.receipt.code")}: <strong className="receipt-code">{receipt.receiptCode}</strong>
                </Text>
                <Text>{t("candidacy.receipt.at", { date: formatInstant(receipt.receivedAt, i18n.language) })}</Text>
                <Text>
                  {receipt.attachments.length === 0
                    ? t("attachments.receiptNone")
                    : t("attachments.receiptCount", { count: receipt.attachments.length })}
                </Text>
                {deadline && (
                  <Text>{t("candidacy.receipt.amend", { deadline: formatInstant(deadline, i18n.language) })}</Text>
                )}
                <Text size="sm">{t("candidacy.receipt.mail")}</Text>
              </Stack>
            </Alert>
          )}
        </div>

        <Box
          component="form"
          aria-label={t("candidacy.formLabel")}
          onSubmit={(e) => e.preventDefault()}
          onBlur={() => {
            if (dirtyRef.current && !blockedRef.current) void flush();
          }}
        >
          <CandidacyFields
            base="draft"
            value={content}
            onChange={update}
            call={call}
            personaNames={personaNames}
            taxonomy={taxonomy.data}
            readOnly={readOnly}
          />
        </Box>

        <AttachmentsSection candidacyId={id} closed={closed !== null} onChanged={() => setUnsubmitted(true)} />

        <section aria-labelledby="candidacy-revisions">
          <Title order={2} id="candidacy-revisions" mb="sm">
            {t("candidacy.revisions.title")}
          </Title>
          {revisions.length === 0 ? (
            <Text>{t("candidacy.revisions.none")}</Text>
          ) : (
            <Table className="stack-table" withTableBorder striped verticalSpacing="sm">
              <caption className="table-caption">{t("candidacy.revisions.caption")}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("candidacy.revisions.version")}</Table.Th>
                  <Table.Th scope="col">{t("candidacy.revisions.when")}</Table.Th>
                  <Table.Th scope="col">{t("candidacy.revisions.via")}</Table.Th>
                  <Table.Th scope="col">{t("candidacy.revisions.code")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...revisions].reverse().map((r) => (
                  <Table.Tr key={r.number}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/kandidaturen/${id}/versies/${r.number}`}>
                        {t("candidacy.revisions.view", { version: r.number })}
                      </Anchor>
                    </Table.Th>
                    <Table.Td data-label={t("candidacy.revisions.when")}>
                      {formatInstant(r.receivedAt, i18n.language)}
                    </Table.Td>
                    <Table.Td data-label={t("candidacy.revisions.via")}>
                      {t(`candidacy.via.${r.receivedVia}`)}
                      {r.submittedBy ? ` (${r.submittedBy})` : ""}
                    </Table.Td>
                    <Table.Td data-label={t("candidacy.revisions.code")}>
                      <span className="receipt-code">{r.receiptCode}</span>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </section>

        <Box component="section" aria-label={t("candidacy.actions")} className="action-bar">
          <Group gap="sm" wrap="wrap" align="center">
            <Button ref={submitRef} onClick={() => void onSubmit()} loading={submitting} disabled={closed !== null}>
              {t("candidacy.submit")}
            </Button>
            <Text size="sm" role="status" aria-live="polite" aria-atomic="true" className="save-status">
              {saveText}
            </Text>
          </Group>
        </Box>
      </Stack>
    </FieldErrorsContext.Provider>
  );
}
