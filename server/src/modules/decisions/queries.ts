// Kysely queries of decisions and weerwoorden. No business rules: the services decide who may see what.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, DecisionOutcome, ObjectionStatus } from "../../db/types.ts";

export type Db = Kysely<Database> | Transaction<Database>;

export interface DecisionRow {
  id: string;
  candidacyId: string;
  outcome: DecisionOutcome;
  motivation: string;
  preparedBy: string | null;
  preparedAt: Date;
  publishedOutcome: DecisionOutcome | null;
  publishedMotivation: string | null;
  publishedAt: Date | null;
  reopenedAt: Date | null;
}

function decisionsQuery(db: Db) {
  return db
    .selectFrom("decisions")
    .leftJoin("users", "users.id", "decisions.prepared_by")
    .select([
      "decisions.id",
      "decisions.candidacy_id as candidacyId",
      "decisions.outcome",
      "decisions.motivation",
      "users.display_name as preparedBy",
      "decisions.prepared_at as preparedAt",
      "decisions.published_outcome as publishedOutcome",
      "decisions.published_motivation as publishedMotivation",
      "decisions.published_at as publishedAt",
      "decisions.reopened_at as reopenedAt",
    ]);
}

export function decisionOf(db: Db, candidacyId: string): Promise<DecisionRow | undefined> {
  return decisionsQuery(db).where("decisions.candidacy_id", "=", candidacyId).executeTakeFirst();
}

/** The decisions of a call's candidacies. */
export function decisionsOfCall(db: Db, callId: string): Promise<DecisionRow[]> {
  return decisionsQuery(db)
    .innerJoin("candidacies", "candidacies.id", "decisions.candidacy_id")
    .where("candidacies.call_id", "=", callId)
    .execute();
}

export async function upsertDecision(
  db: Db,
  values: { candidacyId: string; outcome: DecisionOutcome; motivation: string; userId: string; now: Date },
): Promise<void> {
  await db
    .insertInto("decisions")
    .values({
      candidacy_id: values.candidacyId,
      outcome: values.outcome,
      motivation: values.motivation,
      prepared_by: values.userId,
      prepared_at: values.now,
    })
    .onConflict((oc) =>
      oc.column("candidacy_id").doUpdateSet({
        outcome: values.outcome,
        motivation: values.motivation,
        prepared_by: values.userId,
        prepared_at: values.now,
      }),
    )
    .execute();
}

/** Copies the working decisions of these candidacies to what the applicant is told, stamped `now`. */
export async function publishDecisions(db: Db, candidacyIds: string[], now: Date): Promise<void> {
  if (candidacyIds.length === 0) return;
  await db
    .updateTable("decisions")
    .set((eb) => ({
      published_outcome: eb.ref("outcome"),
      published_motivation: eb.ref("motivation"),
      published_at: now,
      reopened_at: null,
    }))
    .where("candidacy_id", "in", candidacyIds)
    .execute();
}

export async function setCallDecisionsPublished(db: Db, callId: string, now: Date): Promise<void> {
  await db.updateTable("calls").set({ decisions_published_at: now }).where("id", "=", callId).execute();
}

export async function reopenDecision(db: Db, candidacyId: string, now: Date): Promise<void> {
  await db.updateTable("decisions").set({ reopened_at: now }).where("candidacy_id", "=", candidacyId).execute();
}

/** Who receives a letter: the candidacy's contact e-mail (latest revision) and the organisation's applicant staff. */
export async function letterRecipients(
  db: Db,
  candidacy: { id: string; organisationId: string },
): Promise<{ email: string; name: string | null }[]> {
  const latest = await db
    .selectFrom("candidacy_revisions")
    .select("content")
    .where("candidacy_id", "=", candidacy.id)
    .orderBy("number", "desc")
    .limit(1)
    .executeTakeFirst();
  const staff = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.email", "users.display_name as name"])
    .where("memberships.organisation_id", "=", candidacy.organisationId)
    .where("memberships.role", "=", "applicant")
    .where("users.disabled_at", "is", null)
    .orderBy("users.email")
    .execute();
  const contact = latest?.content.contact;
  const all = [
    ...(contact && contact.email.trim() !== "" ? [{ email: contact.email, name: contact.name || null }] : []),
    ...staff,
  ];
  const seen = new Set<string>();
  return all.filter((r) => {
    const key = r.email.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface ObjectionRow {
  id: string;
  candidacyId: string;
  callId: string;
  regionId: string;
  organisationId: string;
  organisationName: string;
  decisionPublishedAt: Date;
  filedBy: string;
  filedAt: Date;
  text: string;
  status: ObjectionStatus;
  answer: string | null;
  handledBy: string | null;
  handledAt: Date | null;
}

function objectionsQuery(db: Db) {
  return db
    .selectFrom("objections")
    .innerJoin("candidacies", "candidacies.id", "objections.candidacy_id")
    .innerJoin("calls", "calls.id", "candidacies.call_id")
    .innerJoin("organisations", "organisations.id", "candidacies.organisation_id")
    .innerJoin("users as filer", "filer.id", "objections.filed_by")
    .leftJoin("users as handler", "handler.id", "objections.handled_by")
    .select([
      "objections.id",
      "objections.candidacy_id as candidacyId",
      "candidacies.call_id as callId",
      "calls.region_id as regionId",
      "candidacies.organisation_id as organisationId",
      "organisations.name as organisationName",
      "objections.decision_published_at as decisionPublishedAt",
      "filer.display_name as filedBy",
      "objections.filed_at as filedAt",
      "objections.text",
      "objections.status",
      "objections.answer",
      "handler.display_name as handledBy",
      "objections.handled_at as handledAt",
    ]);
}

export function findObjection(db: Db, id: string): Promise<ObjectionRow | undefined> {
  return objectionsQuery(db).where("objections.id", "=", id).executeTakeFirst();
}

export function objectionsOfCall(db: Db, callId: string): Promise<ObjectionRow[]> {
  return objectionsQuery(db)
    .where("candidacies.call_id", "=", callId)
    .orderBy("objections.filed_at")
    .orderBy("objections.id")
    .execute();
}

export function objectionsOfCandidacy(db: Db, candidacyId: string): Promise<ObjectionRow[]> {
  return objectionsQuery(db)
    .where("objections.candidacy_id", "=", candidacyId)
    .orderBy("objections.filed_at")
    .orderBy("objections.id")
    .execute();
}

export function insertObjection(
  db: Db,
  values: { candidacyId: string; decisionPublishedAt: Date; userId: string; text: string; now: Date },
) {
  return db
    .insertInto("objections")
    .values({
      candidacy_id: values.candidacyId,
      decision_published_at: values.decisionPublishedAt,
      filed_by: values.userId,
      filed_at: values.now,
      text: values.text,
    })
    .onConflict((oc) => oc.columns(["candidacy_id", "decision_published_at"]).doNothing())
    .returning("id")
    .executeTakeFirst();
}

export async function handleObjection(
  db: Db,
  values: { id: string; status: "upheld" | "rejected"; answer: string; userId: string; now: Date },
): Promise<void> {
  await db
    .updateTable("objections")
    .set({ status: values.status, answer: values.answer, handled_by: values.userId, handled_at: values.now })
    .where("id", "=", values.id)
    .execute();
}

/** Whether the call has a weerwoord not yet handled. */
export async function hasUnhandledObjection(db: Db, callId: string): Promise<boolean> {
  const row = await db
    .selectFrom("objections")
    .innerJoin("candidacies", "candidacies.id", "objections.candidacy_id")
    .select("objections.id")
    .where("candidacies.call_id", "=", callId)
    .where("objections.status", "=", "filed")
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** What the weerwoord's mails say: who filed it, about which candidacy of which call, and how it was handled. */
export function objectionMailFacts(db: Db, id: string) {
  return db
    .selectFrom("objections")
    .innerJoin("candidacies", "candidacies.id", "objections.candidacy_id")
    .innerJoin("calls", "calls.id", "candidacies.call_id")
    .innerJoin("regions", "regions.id", "calls.region_id")
    .innerJoin("organisations", "organisations.id", "candidacies.organisation_id")
    .innerJoin("users as filer", "filer.id", "objections.filed_by")
    .select((eb) => [
      "objections.id",
      "objections.candidacy_id as candidacyId",
      "calls.id as callId",
      "calls.title as callTitle",
      "calls.region_id as regionId",
      "regions.name as regionName",
      "candidacies.organisation_id as organisationId",
      "organisations.name as organisationName",
      eb
        .selectFrom("candidacy_revisions as r")
        .select(sql<string>`r.content->>'title'`.as("title"))
        .whereRef("r.candidacy_id", "=", "candidacies.id")
        .orderBy("r.number", "desc")
        .limit(1)
        .as("candidacyTitle"),
      "filer.email as filerEmail",
      "filer.display_name as filerName",
      "filer.locale as filerLocale",
      "filer.disabled_at as filerDisabledAt",
      "objections.filed_at as filedAt",
      "objections.text",
      "objections.status",
      "objections.answer",
      "objections.handled_at as handledAt",
    ])
    .where("objections.id", "=", id)
    .executeTakeFirstOrThrow();
}

export type ObjectionMailFacts = Awaited<ReturnType<typeof objectionMailFacts>>;

/** The region's enabled coordinators, who handle its weerwoorden. */
export function coordinatorsOfRegion(db: Db, regionId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.email", "users.display_name as name", "users.locale"])
    .where("memberships.region_id", "=", regionId)
    .where("memberships.role", "=", "coordinator")
    .where("users.disabled_at", "is", null)
    .distinct()
    .orderBy("users.email")
    .execute();
}
