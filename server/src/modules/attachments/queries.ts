// Kysely queries of attachments. No business rules: the caller decides who may see or change what. The bytes are
// read only by findContent; every other query leaves them in the database.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/types.ts";

export type Db = Kysely<Database> | Transaction<Database>;

export interface AttachmentRow {
  id: string;
  candidacyId: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: Date;
  uploadedBy: string | null;
}

function attachmentsQuery(db: Db) {
  return db
    .selectFrom("candidacy_attachments as a")
    .leftJoin("users", "users.id", "a.uploaded_by")
    .select([
      "a.id",
      "a.candidacy_id as candidacyId",
      "a.filename",
      "a.media_type as mediaType",
      "a.size_bytes as size",
      "a.sha256",
      "a.uploaded_at as uploadedAt",
      "users.display_name as uploadedBy",
    ]);
}

/** The attachments in a candidacy's draft, in the order they were uploaded. */
export function draftAttachments(db: Db, candidacyId: string): Promise<AttachmentRow[]> {
  return attachmentsQuery(db)
    .where("a.candidacy_id", "=", candidacyId)
    .where("a.removed_at", "is", null)
    .orderBy("a.upload_order")
    .execute();
}

export function findDraftAttachment(db: Db, candidacyId: string, id: string): Promise<AttachmentRow | undefined> {
  return attachmentsQuery(db)
    .where("a.id", "=", id)
    .where("a.candidacy_id", "=", candidacyId)
    .where("a.removed_at", "is", null)
    .executeTakeFirst();
}

export function insertAttachment(
  db: Db,
  values: {
    candidacyId: string;
    filename: string;
    mediaType: string;
    sha256: string;
    content: Buffer;
    userId: string;
    now: Date;
  },
) {
  return db
    .insertInto("candidacy_attachments")
    .values({
      candidacy_id: values.candidacyId,
      filename: values.filename,
      media_type: values.mediaType,
      size_bytes: values.content.length,
      sha256: values.sha256,
      content: values.content,
      uploaded_by: values.userId,
      uploaded_at: values.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

/** Whether any submitted revision holds the attachment. */
export async function isInRevision(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom("candidacy_revision_attachments")
    .select("revision_id")
    .where("attachment_id", "=", id)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function markRemoved(db: Db, values: { id: string; userId: string; now: Date }): Promise<void> {
  await db
    .updateTable("candidacy_attachments")
    .set({ removed_at: values.now, removed_by: values.userId })
    .where("id", "=", values.id)
    .execute();
}

export async function deleteAttachment(db: Db, id: string): Promise<void> {
  await db.deleteFrom("candidacy_attachments").where("id", "=", id).execute();
}

/** Records which attachments a new revision had, in the given order. */
export async function snapshot(db: Db, revisionId: string, attachmentIds: string[]): Promise<void> {
  if (attachmentIds.length === 0) return;
  await db
    .insertInto("candidacy_revision_attachments")
    .values(attachmentIds.map((id, i) => ({ revision_id: revisionId, attachment_id: id, position: i + 1 })))
    .execute();
}

export interface DownloadRow {
  id: string;
  candidacyId: string;
  organisationId: string;
  callId: string;
  regionId: string;
  filename: string;
  mediaType: string;
  /** Whether the draft holds it now. */
  inDraft: boolean;
  /** The submitted revisions that hold it. */
  revisionIds: string[];
}

/** An attachment with what decides who may download it; the bytes are read separately, once allowed. */
export async function findForDownload(db: Db, id: string): Promise<DownloadRow | undefined> {
  const row = await db
    .selectFrom("candidacy_attachments as a")
    .innerJoin("candidacies as c", "c.id", "a.candidacy_id")
    .innerJoin("calls", "calls.id", "c.call_id")
    .select([
      "a.id",
      "a.candidacy_id as candidacyId",
      "c.organisation_id as organisationId",
      "c.call_id as callId",
      "calls.region_id as regionId",
      "a.filename",
      "a.media_type as mediaType",
      "a.removed_at as removedAt",
      sql<string[]>`coalesce((
        select array_agg(ra.revision_id::text) from candidacy_revision_attachments ra where ra.attachment_id = a.id
      ), '{}'::text[])`.as("revisionIds"),
    ])
    .where("a.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { removedAt, revisionIds, ...rest } = row;
  return { ...rest, inDraft: removedAt === null, revisionIds };
}

export async function findContent(db: Db, id: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom("candidacy_attachments").select("content").where("id", "=", id).executeTakeFirst();
  return row?.content;
}
