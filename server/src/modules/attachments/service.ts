// The use cases of candidacy attachments: the draft's list, uploading to the draft, removing from it, and the
// downloads per role. Uploads and removals follow the rule for saving the draft: the organisation's own staff, while
// the call's phase lets applicants edit, judged inside the transaction after the candidacy's row is locked (the
// same lock as saving and submitting, so a submission records exactly the attachments the draft had).
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Clock } from "../../platform/clock.ts";
import { conflict, notFound, validationFailed, type HttpError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { applyingRefusal, stateOf } from "../calls/phase.ts";
import { authorizeCandidacy } from "../calls/policy.ts";
import * as calls from "../calls/queries.ts";
import { loadForMember } from "../jury/member.ts";
import { acceptedExtensions, maxAttachmentBytes, maxAttachmentsPerCandidacy } from "./files.ts";
import { judgeFile, tooLargeParams, uploadRefusalCodes, type AcceptedFile, type UploadedFile } from "./intake.ts";
import { authorizeCoordinatorDownload, authorizeJuryDownload, authorizeStaffDownload } from "./policy.ts";
import * as q from "./queries.ts";
import type { AttachmentView, DraftAttachmentList } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

export type { UploadedFile };

export interface Download {
  filename: string;
  mediaType: string;
  content: Buffer;
}

const fileError = (code: string, params?: Record<string, string | number>): HttpError =>
  validationFailed([{ path: "file", code, ...(params ? { params } : {}) }]);

export const tooLarge = (): HttpError => fileError(uploadRefusalCodes.too_large, tooLargeParams);
export const fileRequired = (): HttpError => fileError("attachment.file_required");

function present(row: q.AttachmentRow): AttachmentView {
  return {
    id: row.id,
    filename: row.filename,
    mediaType: row.mediaType,
    size: row.size,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt.toISOString(),
    uploadedBy: row.uploadedBy,
  };
}

/** The candidacy and its call, for a change by its staff while the phase allows; throws 404 or 409 otherwise. */
async function editableCandidacy(db: q.Db, actor: Actor, candidacyId: string, now: Date, forUpdate: boolean) {
  const candidacy = authorizeCandidacy(actor, "save_draft", await calls.findCandidacy(db, candidacyId, { forUpdate }));
  const call = await calls.findCall(db, candidacy.callId);
  if (!call) throw new Error(`candidacy ${candidacyId} has no call`);
  const refusal = applyingRefusal(stateOf(call, now), actor.locale);
  if (refusal) throw refusal;
  return candidacy;
}

export async function listDraftAttachments(
  deps: Deps,
  actor: Actor,
  candidacyId: string,
): Promise<DraftAttachmentList> {
  const { db, clock } = deps;
  const candidacy = authorizeCandidacy(actor, "read", await calls.findCandidacy(db, candidacyId));
  const call = await calls.findCall(db, candidacy.callId);
  if (!call) throw new Error(`candidacy ${candidacyId} has no call`);
  return {
    attachments: (await q.draftAttachments(db, candidacyId)).map(present),
    editable: applyingRefusal(stateOf(call, clock.now()), actor.locale) === null,
    limits: { maxBytes: maxAttachmentBytes, maxCount: maxAttachmentsPerCandidacy, types: acceptedExtensions },
  };
}

/**
 * Adds a file to the draft. `readFile` is called only once the actor is known to reach the candidacy and the phase
 * allows it, so nobody else makes us read a body. A refused file changes nothing.
 */
export async function uploadAttachment(
  deps: Deps,
  actor: Actor,
  candidacyId: string,
  readFile: () => Promise<UploadedFile | null>,
): Promise<AttachmentView> {
  const { db, clock } = deps;
  await editableCandidacy(db, actor, candidacyId, clock.now(), false);
  const file = await readFile();
  if (file === null) throw fileRequired();
  const judged = await judgeFile(file);
  if (!judged.accepted) throw fileError(uploadRefusalCodes[judged.reason], judged.params);

  return db.transaction().execute(async (trx) => {
    const now = clock.now();
    await editableCandidacy(trx, actor, candidacyId, now, true);
    const inDraft = await q.draftAttachments(trx, candidacyId);
    if (inDraft.length >= maxAttachmentsPerCandidacy)
      throw conflict("attachment.too_many", { max: maxAttachmentsPerCandidacy });
    const id = await addToDraft(trx, actor, candidacyId, judged.file, now);
    const stored = await q.findDraftAttachment(trx, candidacyId, id);
    if (!stored) throw new Error("the attachment just written is missing");
    return present(stored);
  });
}

/** Stores an accepted file in the candidacy's draft, audited; in the caller's transaction, under its lock. */
export async function addToDraft(
  trx: Transaction<Database>,
  actor: Actor,
  candidacyId: string,
  file: AcceptedFile,
  now: Date,
): Promise<string> {
  const { filename, mediaType, sha256, bytes } = file;
  const { id } = await q.insertAttachment(trx, {
    candidacyId,
    filename,
    mediaType,
    sha256,
    content: bytes,
    userId: actor.userId,
    now,
  });
  await recordAudit(
    trx,
    { kind: "user", userId: actor.userId },
    {
      action: "attachment.uploaded",
      entityType: "candidacy",
      entityId: candidacyId,
      payload: { attachmentId: id, filename, mediaType, size: bytes.length, sha256 },
    },
    { at: now },
  );
  return id;
}

/**
 * Takes an attachment out of the draft, audited; in the caller's transaction, under the candidacy's lock. A revision
 * that had it keeps it (the bytes stay); otherwise the bytes go.
 */
export async function takeFromDraft(
  trx: Transaction<Database>,
  actor: Actor,
  candidacyId: string,
  attachment: { id: string; filename: string; sha256: string },
  now: Date,
): Promise<void> {
  const keptForRevisions = await q.isInRevision(trx, attachment.id);
  if (keptForRevisions) await q.markRemoved(trx, { id: attachment.id, userId: actor.userId, now });
  else await q.deleteAttachment(trx, attachment.id);
  await recordAudit(
    trx,
    { kind: "user", userId: actor.userId },
    {
      action: "attachment.removed",
      entityType: "candidacy",
      entityId: candidacyId,
      payload: {
        attachmentId: attachment.id,
        filename: attachment.filename,
        sha256: attachment.sha256,
        keptForRevisions,
      },
    },
    { at: now },
  );
}

/** Takes a file out of the draft. A revision that had it keeps it (the bytes stay); otherwise the bytes go. */
export async function removeAttachment(
  deps: Deps,
  actor: Actor,
  candidacyId: string,
  attachmentId: string,
): Promise<void> {
  const { db, clock } = deps;
  await db.transaction().execute(async (trx) => {
    const now = clock.now();
    await editableCandidacy(trx, actor, candidacyId, now, true);
    const attachment = await q.findDraftAttachment(trx, candidacyId, attachmentId);
    if (!attachment) throw notFound();
    await takeFromDraft(trx, actor, candidacyId, attachment, now);
  });
}

async function download(db: q.Db, row: q.DownloadRow): Promise<Download> {
  const content = await q.findContent(db, row.id);
  if (content === undefined) throw notFound();
  return { filename: row.filename, mediaType: row.mediaType, content };
}

export async function downloadForStaff(deps: Deps, actor: Actor, candidacyId: string, attachmentId: string) {
  const row = authorizeStaffDownload(actor, await q.findForDownload(deps.db, attachmentId), candidacyId);
  return download(deps.db, row);
}

export async function downloadForCoordinator(
  deps: Deps,
  actor: Actor,
  at: { callId: string; candidacyId: string },
  attachmentId: string,
) {
  const row = authorizeCoordinatorDownload(actor, await q.findForDownload(deps.db, attachmentId), at);
  return download(deps.db, row);
}

export async function downloadForJury(deps: Deps, actor: Actor, candidacyId: string, attachmentId: string) {
  const loaded = await loadForMember(deps.db, actor, candidacyId, { now: deps.clock.now() });
  const row = authorizeJuryDownload(await q.findForDownload(deps.db, attachmentId), loaded);
  return download(deps.db, row);
}
