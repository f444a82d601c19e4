// Kysely queries of the call: calls, candidacies, their drafts and immutable revisions. No business rules here:
// the caller decides who may see what and passes the organisations or regions in reach.
import { sql, type Kysely, type Transaction } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database, ReceivedVia } from "../../db/types.ts";
import type { Milestone } from "../../domain/milestone-types.ts";
import type { CandidacyContent } from "./document.ts";

export type Db = Kysely<Database> | Transaction<Database>;

export interface CallRow {
  id: string;
  regionId: string;
  regionSlug: string;
  regionName: string;
  title: string;
  milestones: Milestone[];
  isDemo: boolean;
  addendumVersionId: string | null;
  /** When the decisions were published in one batch; null until then. */
  decisionsPublishedAt: Date | null;
  /** The latest publication of any of its decisions (a reopened one published again is later than the batch). */
  lastDecisionPublishedAt: Date | null;
}

function callsQuery(db: Db) {
  return db
    .selectFrom("calls")
    .innerJoin("regions", "regions.id", "calls.region_id")
    .select([
      "calls.id",
      "calls.region_id as regionId",
      "regions.slug as regionSlug",
      "regions.name as regionName",
      "calls.title",
      "calls.milestones",
      "calls.is_demo as isDemo",
      "calls.addendum_version_id as addendumVersionId",
      "calls.decisions_published_at as decisionsPublishedAt",
      (eb) =>
        eb
          .selectFrom("decisions")
          .innerJoin("candidacies", "candidacies.id", "decisions.candidacy_id")
          .select((inner) => inner.fn.max("decisions.published_at").as("last"))
          .whereRef("candidacies.call_id", "=", "calls.id")
          .as("lastDecisionPublishedAt"),
    ]);
}

/** Every call, by region name, the newest first within a region. */
export function listCalls(db: Db): Promise<CallRow[]> {
  return callsQuery(db).orderBy("regions.name").orderBy("calls.created_at", "desc").orderBy("calls.id").execute();
}

/** The calls of one region, the newest first. */
export function callsOfRegion(db: Db, regionId: string): Promise<CallRow[]> {
  return callsQuery(db).where("calls.region_id", "=", regionId).orderBy("calls.created_at", "desc").execute();
}

export function findCall(db: Db, callId: string): Promise<CallRow | undefined> {
  return callsQuery(db).where("calls.id", "=", callId).executeTakeFirst();
}

export function findCalls(db: Db, callIds: string[]): Promise<CallRow[]> {
  if (callIds.length === 0) return Promise.resolve([]);
  return callsQuery(db).where("calls.id", "in", callIds).execute();
}

export function insertCall(
  db: Db,
  values: {
    regionId: string;
    addendumVersionId: string | null;
    title: string;
    milestones: Milestone[];
    isDemo: boolean;
    createdBy: string | null;
    now: Date;
  },
) {
  return db
    .insertInto("calls")
    .values({
      region_id: values.regionId,
      addendum_version_id: values.addendumVersionId,
      title: values.title,
      milestones: JSON.stringify(values.milestones),
      is_demo: values.isDemo,
      created_by: values.createdBy,
      created_at: values.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

/** The region's municipalities in the addendum's order, and the challenges of the version the call was opened on. */
export async function callContext(db: Db, call: Pick<CallRow, "regionId" | "addendumVersionId">) {
  const municipalities = await db
    .selectFrom("municipalities")
    .select("name")
    .where("region_id", "=", call.regionId)
    .orderBy("sort_order")
    .orderBy("name")
    .execute();
  const version =
    call.addendumVersionId === null
      ? undefined
      : await db
          .selectFrom("addendum_versions")
          .select("content")
          .where("id", "=", call.addendumVersionId)
          .executeTakeFirst();
  return {
    municipalities: municipalities.map((m) => m.name),
    challenges: (version?.content.challenges ?? []).map((c) => ({ number: c.number, personas: c.personas })),
  };
}

export async function serviceTypeCodes(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom("service_types").select("code").execute();
  return new Set(rows.map((r) => r.code));
}

export interface CandidacyRow {
  id: string;
  callId: string;
  organisationId: string;
  organisationName: string;
  enterpriseNumber: string;
  draft: CandidacyContent;
  draftRevision: number;
  draftSavedAt: Date;
  draftSavedBy: string | null;
  /** The attachments in the draft, in upload order (modules/attachments). */
  draftAttachmentIds: string[];
}

function candidaciesQuery(db: Db) {
  return db
    .selectFrom("candidacies")
    .innerJoin("organisations", "organisations.id", "candidacies.organisation_id")
    .leftJoin("users", "users.id", "candidacies.draft_saved_by")
    .select([
      "candidacies.id",
      "candidacies.call_id as callId",
      "candidacies.organisation_id as organisationId",
      "organisations.name as organisationName",
      "organisations.enterprise_number as enterpriseNumber",
      "candidacies.draft",
      "candidacies.draft_revision as draftRevision",
      "candidacies.draft_saved_at as draftSavedAt",
      "users.display_name as draftSavedBy",
      sql<string[]>`coalesce((
        select array_agg(a.id::text order by a.upload_order) from candidacy_attachments a
        where a.candidacy_id = candidacies.id and a.removed_at is null
      ), '{}'::text[])`.as("draftAttachmentIds"),
    ]);
}

/** One candidacy; `forUpdate` locks its row until the transaction ends, so saves and submissions take turns. */
export async function findCandidacy(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CandidacyRow | undefined> {
  if (options.forUpdate) {
    // Lock the candidacy row alone: FOR UPDATE on the join would also lock the organisation and the user.
    await db.selectFrom("candidacies").select("id").where("id", "=", id).forUpdate().executeTakeFirst();
  }
  return candidaciesQuery(db).where("candidacies.id", "=", id).executeTakeFirst();
}

export function findCandidacyOf(db: Db, callId: string, organisationId: string) {
  return db
    .selectFrom("candidacies")
    .select(["id", "draft_revision as draftRevision"])
    .where("call_id", "=", callId)
    .where("organisation_id", "=", organisationId)
    .forUpdate()
    .executeTakeFirst();
}

/** The candidacies of these organisations, the newest first. */
export function candidaciesOfOrganisations(db: Db, organisationIds: string[]): Promise<CandidacyRow[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return candidaciesQuery(db)
    .where("candidacies.organisation_id", "in", organisationIds)
    .orderBy("candidacies.created_at", "desc")
    .orderBy("candidacies.id")
    .execute();
}

/** The candidacies of a call that have at least one submitted revision: a draft alone is never the region's. */
export function submittedCandidaciesOfCall(db: Db, callId: string): Promise<CandidacyRow[]> {
  return candidaciesQuery(db)
    .where("candidacies.call_id", "=", callId)
    .where(({ exists, selectFrom }) =>
      exists(selectFrom("candidacy_revisions as r").select("r.id").whereRef("r.candidacy_id", "=", "candidacies.id")),
    )
    .orderBy("organisations.name")
    .orderBy("candidacies.id")
    .execute();
}

export function insertCandidacy(
  db: Db,
  values: { callId: string; organisationId: string; draft: CandidacyContent; userId: string; now: Date },
) {
  return db
    .insertInto("candidacies")
    .values({
      call_id: values.callId,
      organisation_id: values.organisationId,
      draft: JSON.stringify(values.draft),
      draft_revision: 1,
      draft_saved_at: values.now,
      draft_saved_by: values.userId,
      created_at: values.now,
      created_by: values.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

export async function updateDraft(
  db: Db,
  values: { id: string; draft: CandidacyContent; draftRevision: number; userId: string; now: Date },
): Promise<void> {
  await db
    .updateTable("candidacies")
    .set({
      draft: JSON.stringify(values.draft),
      draft_revision: values.draftRevision,
      draft_saved_at: values.now,
      draft_saved_by: values.userId,
    })
    .where("id", "=", values.id)
    .execute();
}

export interface RevisionRow {
  id: string;
  candidacyId: string;
  number: number;
  content: CandidacyContent;
  receivedAt: Date;
  receivedVia: ReceivedVia;
  receiptCode: string;
  submittedBy: string | null;
  /** The attachments the revision had, in their order (modules/attachments); never their bytes. */
  attachments: RevisionAttachment[];
}

export interface RevisionAttachment {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

function revisionsQuery(db: Db) {
  return db
    .selectFrom("candidacy_revisions as r")
    .leftJoin("users", "users.id", "r.submitted_by")
    .select([
      "r.id",
      "r.candidacy_id as candidacyId",
      "r.number",
      "r.content",
      "r.received_at as receivedAt",
      "r.received_via as receivedVia",
      "r.receipt_code as receiptCode",
      "users.display_name as submittedBy",
      (eb) =>
        jsonArrayFrom(
          eb
            .selectFrom("candidacy_revision_attachments as ra")
            .innerJoin("candidacy_attachments as a", "a.id", "ra.attachment_id")
            .select(["a.id", "a.filename", "a.media_type as mediaType", "a.size_bytes as size", "a.sha256"])
            .whereRef("ra.revision_id", "=", "r.id")
            .orderBy("ra.position"),
        ).as("attachments"),
    ]);
}

/** Every revision of these candidacies, oldest first. */
export function revisionsOf(db: Db, candidacyIds: string[]): Promise<RevisionRow[]> {
  if (candidacyIds.length === 0) return Promise.resolve([]);
  return revisionsQuery(db).where("r.candidacy_id", "in", candidacyIds).orderBy("r.number").execute();
}

export function findRevision(db: Db, candidacyId: string, number: number): Promise<RevisionRow | undefined> {
  return revisionsQuery(db).where("r.candidacy_id", "=", candidacyId).where("r.number", "=", number).executeTakeFirst();
}

export function insertRevision(
  db: Db,
  values: {
    candidacyId: string;
    number: number;
    content: CandidacyContent;
    receivedAt: Date;
    receivedVia: ReceivedVia;
    submittedBy: string;
    receiptCode: string;
    now: Date;
  },
) {
  return db
    .insertInto("candidacy_revisions")
    .values({
      candidacy_id: values.candidacyId,
      number: values.number,
      content: JSON.stringify(values.content),
      received_at: values.receivedAt,
      received_via: values.receivedVia,
      submitted_by: values.submittedBy,
      receipt_code: values.receiptCode,
      created_at: values.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

/** The first revision's receipt code of a candidacy: later revisions keep its sequence number. */
export async function firstReceiptCode(db: Db, candidacyId: string): Promise<string | null> {
  const row = await db
    .selectFrom("candidacy_revisions")
    .select("receipt_code")
    .where("candidacy_id", "=", candidacyId)
    .orderBy("number")
    .limit(1)
    .executeTakeFirst();
  return row?.receipt_code ?? null;
}

// Advisory-lock namespace (accounts uses 1 and 2 for logins).
const receiptPrefixLock = 3;

/**
 * The highest sequence number used under a receipt prefix ("MAA-2023"), under a lock on that prefix until the
 * transaction ends, so two first submissions in one region cannot both take the next number.
 */
export async function lastReceiptSequence(db: Transaction<Database>, prefix: string): Promise<number> {
  await sql`select pg_advisory_xact_lock(${receiptPrefixLock}, hashtext(${prefix}))`.execute(db);
  // The prefix is upper-case letters, digits and hyphens only, so it holds no LIKE wildcard.
  const { rows } = await sql<{ last: number | null }>`
    select max(split_part(receipt_code, '-', 3)::int) as last
    from candidacy_revisions where receipt_code like ${`${prefix}-%`}
  `.execute(db);
  return rows[0]?.last ?? 0;
}

export function findOrganisation(db: Db, id: string) {
  return db.selectFrom("organisations").select(["id", "name"]).where("id", "=", id).executeTakeFirst();
}

export function organisationsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom("organisations").select(["id", "name"]).where("id", "in", ids).orderBy("name").execute();
}

export function findUser(db: Db, id: string) {
  return db
    .selectFrom("users")
    .select(["id", "email", "display_name", "locale"])
    .where("id", "=", id)
    .executeTakeFirst();
}
