// Kysely queries of the jury: criteria, assignments, declarations, reviews and consensus. No business rules here:
// the services decide who may see what.
import type { ConflictStatus, ConsensusScores, Locale, ReviewScores, ScoreVisibility } from "../../db/types.ts";
import type { Db } from "../calls/queries.ts";

export type { Db };
import type { Criterion } from "./schemas.ts";

export async function criteriaOf(db: Db, callId: string): Promise<Criterion[]> {
  const rows = await db
    .selectFrom("call_criteria")
    .select(["key", "label", "description", "weight", "max_score", "threshold"])
    .where("call_id", "=", callId)
    .orderBy("sort_order")
    .execute();
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    description: r.description,
    weight: r.weight,
    maxScore: r.max_score,
    threshold: r.threshold,
  }));
}

export async function hasSubmittedReview(db: Db, callId: string, userId?: string): Promise<boolean> {
  let query = db
    .selectFrom("reviews")
    .innerJoin("candidacies", "candidacies.id", "reviews.candidacy_id")
    .select("reviews.id")
    .where("candidacies.call_id", "=", callId)
    .where("reviews.submitted_at", "is not", null);
  if (userId !== undefined) query = query.where("reviews.user_id", "=", userId);
  return (await query.limit(1).executeTakeFirst()) !== undefined;
}

export async function scoreVisibilityOf(db: Db, callId: string): Promise<ScoreVisibility> {
  const row = await db
    .selectFrom("calls")
    .select("score_visibility")
    .where("id", "=", callId)
    .executeTakeFirstOrThrow();
  return row.score_visibility;
}

export async function setScoreVisibility(db: Db, callId: string, value: ScoreVisibility): Promise<void> {
  await db.updateTable("calls").set({ score_visibility: value }).where("id", "=", callId).execute();
}

export interface Person {
  userId: string;
  displayName: string;
  email: string;
}

export function assignedMembers(db: Db, callId: string): Promise<(Person & { assignedAt: Date })[]> {
  return db
    .selectFrom("jury_assignments")
    .innerJoin("users", "users.id", "jury_assignments.user_id")
    .select([
      "users.id as userId",
      "users.display_name as displayName",
      "users.email",
      "jury_assignments.assigned_at as assignedAt",
    ])
    .where("jury_assignments.call_id", "=", callId)
    .orderBy("users.display_name")
    .orderBy("users.id")
    .execute();
}

/** Enabled users with the jury role in the region. */
export function jurorsOfRegion(db: Db, regionId: string): Promise<Person[]> {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.id as userId", "users.display_name as displayName", "users.email"])
    .where("memberships.region_id", "=", regionId)
    .where("memberships.role", "=", "jury")
    .where("users.disabled_at", "is", null)
    .distinct()
    .orderBy("users.display_name")
    .orderBy("users.id")
    .execute();
}

/** The language the user reads Brug in, for their mail. */
export async function localeOf(db: Db, userId: string): Promise<Locale> {
  const row = await db.selectFrom("users").select("locale").where("id", "=", userId).executeTakeFirstOrThrow();
  return row.locale;
}

export async function isAssigned(db: Db, callId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("jury_assignments")
    .select("id")
    .where("call_id", "=", callId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function assignedCallIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom("jury_assignments").select("call_id").where("user_id", "=", userId).execute();
  return rows.map((r) => r.call_id);
}

export interface DeclarationRow {
  candidacyId: string;
  userId: string;
  displayName: string;
  status: ConflictStatus;
  reason: string | null;
  declaredAt: Date;
  clearedAt: Date | null;
}

export function declarationsOf(db: Db, candidacyIds: string[], userId?: string): Promise<DeclarationRow[]> {
  if (candidacyIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom("conflict_declarations as d")
    .innerJoin("users", "users.id", "d.user_id")
    .select([
      "d.candidacy_id as candidacyId",
      "d.user_id as userId",
      "users.display_name as displayName",
      "d.status",
      "d.reason",
      "d.declared_at as declaredAt",
      "d.cleared_at as clearedAt",
    ])
    .where("d.candidacy_id", "in", candidacyIds);
  if (userId !== undefined) query = query.where("d.user_id", "=", userId);
  return query.orderBy("users.display_name").execute();
}

export async function findDeclaration(
  db: Db,
  candidacyId: string,
  userId: string,
): Promise<DeclarationRow | undefined> {
  return (await declarationsOf(db, [candidacyId], userId))[0];
}

export async function upsertDeclaration(
  db: Db,
  values: { candidacyId: string; userId: string; status: ConflictStatus; reason: string | null; now: Date },
): Promise<void> {
  const row = {
    status: values.status,
    reason: values.reason,
    declared_at: values.now,
    cleared_by: null,
    cleared_at: null,
  };
  await db
    .insertInto("conflict_declarations")
    .values({ candidacy_id: values.candidacyId, user_id: values.userId, ...row })
    .onConflict((oc) => oc.columns(["user_id", "candidacy_id"]).doUpdateSet(row))
    .execute();
}

export async function clearDeclaration(
  db: Db,
  values: { candidacyId: string; userId: string; by: string; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable("conflict_declarations")
    .set({ cleared_by: values.by, cleared_at: values.now })
    .where("candidacy_id", "=", values.candidacyId)
    .where("user_id", "=", values.userId)
    .where("status", "=", "possible")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface ReviewRow {
  id: string;
  userId: string;
  displayName: string;
  candidacyId: string;
  revisionId: string;
  scores: ReviewScores;
  savedAt: Date;
  submittedAt: Date | null;
}

export function reviewsOf(db: Db, candidacyIds: string[], options: { forUpdate?: boolean } = {}): Promise<ReviewRow[]> {
  if (candidacyIds.length === 0) return Promise.resolve([]);
  const query = db
    .selectFrom("reviews")
    .innerJoin("users", "users.id", "reviews.user_id")
    .select([
      "reviews.id",
      "reviews.user_id as userId",
      "users.display_name as displayName",
      "reviews.candidacy_id as candidacyId",
      "reviews.revision_id as revisionId",
      "reviews.scores",
      "reviews.saved_at as savedAt",
      "reviews.submitted_at as submittedAt",
    ])
    .where("reviews.candidacy_id", "in", candidacyIds)
    .orderBy("users.display_name")
    .orderBy("reviews.id");
  return options.forUpdate ? query.forUpdate("reviews").execute() : query.execute();
}

export function insertReview(
  db: Db,
  values: { userId: string; candidacyId: string; revisionId: string; scores: ReviewScores; now: Date },
) {
  return db
    .insertInto("reviews")
    .values({
      user_id: values.userId,
      candidacy_id: values.candidacyId,
      revision_id: values.revisionId,
      scores: JSON.stringify(values.scores),
      saved_at: values.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

export async function updateReview(
  db: Db,
  id: string,
  values: { scores: ReviewScores; now: Date; submit: boolean },
): Promise<void> {
  await db
    .updateTable("reviews")
    .set({
      scores: JSON.stringify(values.scores),
      saved_at: values.now,
      ...(values.submit ? { submitted_at: values.now } : {}),
    })
    .where("id", "=", id)
    .execute();
}

export interface ConsensusRow {
  candidacyId: string;
  revisionId: string;
  scores: ConsensusScores;
  recordedBy: string;
  recordedAt: Date;
}

export function consensusOf(db: Db, candidacyIds: string[]): Promise<ConsensusRow[]> {
  if (candidacyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("consensus")
    .innerJoin("users", "users.id", "consensus.recorded_by")
    .select([
      "consensus.candidacy_id as candidacyId",
      "consensus.revision_id as revisionId",
      "consensus.scores",
      "users.display_name as recordedBy",
      "consensus.recorded_at as recordedAt",
    ])
    .where("consensus.candidacy_id", "in", candidacyIds)
    .execute();
}

/** Records the consensus on a revision; true when it replaced an earlier one. */
export async function upsertConsensus(
  db: Db,
  values: { candidacyId: string; revisionId: string; scores: ConsensusScores; by: string; now: Date },
): Promise<boolean> {
  const existing = await db
    .selectFrom("consensus")
    .select("id")
    .where("candidacy_id", "=", values.candidacyId)
    .where("revision_id", "=", values.revisionId)
    .forUpdate()
    .executeTakeFirst();
  const row = { scores: JSON.stringify(values.scores), recorded_by: values.by, recorded_at: values.now };
  if (existing) await db.updateTable("consensus").set(row).where("id", "=", existing.id).execute();
  else
    await db
      .insertInto("consensus")
      .values({ candidacy_id: values.candidacyId, revision_id: values.revisionId, ...row })
      .execute();
  return existing !== undefined;
}
