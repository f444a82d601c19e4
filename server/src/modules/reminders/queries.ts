// Kysely queries of the reminders. No business rules: which reminder is due is reminders.ts's and the domain's.
import type { Kysely, Transaction } from "kysely";
import type { Database, Locale, ReminderKind } from "../../db/types.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** Calls whose decisions are not yet published: the only ones with a deadline or an assessment ahead. */
export function undecidedCalls(db: Db) {
  return db
    .selectFrom("calls")
    .innerJoin("regions", "regions.id", "calls.region_id")
    .select([
      "calls.id",
      "calls.region_id as regionId",
      "regions.name as regionName",
      "calls.title",
      "calls.milestones",
      "calls.decisions_published_at as decisionsPublishedAt",
    ])
    .where("calls.decisions_published_at", "is", null)
    .orderBy("calls.id")
    .execute();
}

export type UndecidedCall = Awaited<ReturnType<typeof undecidedCalls>>[number];

/** The call's candidacies that existed at `createdBy` (a reminder is for those who had started by its moment). */
export function candidacyIdsOfCall(db: Db, callId: string, createdBy: Date) {
  return db
    .selectFrom("candidacies")
    .select(["id", "organisation_id as organisationId"])
    .where("call_id", "=", callId)
    .where("created_at", "<=", createdBy)
    .orderBy("id")
    .execute();
}

export interface Person {
  userId: string;
  email: string;
  name: string;
  locale: Locale;
}

/** The enabled staff (applicant role) of these organisations. */
export function applicantsOf(db: Db, organisationIds: string[]): Promise<(Person & { organisationId: string })[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select([
      "memberships.organisation_id as organisationId",
      "users.id as userId",
      "users.email",
      "users.display_name as name",
      "users.locale",
    ])
    .where("memberships.organisation_id", "in", organisationIds)
    .where("memberships.role", "=", "applicant")
    .where("users.disabled_at", "is", null)
    .distinct()
    .orderBy("users.email")
    .execute();
}

/** The call's jury members who can still sign in. */
export function juryOf(db: Db, callId: string): Promise<Person[]> {
  return db
    .selectFrom("jury_assignments")
    .innerJoin("users", "users.id", "jury_assignments.user_id")
    .select(["users.id as userId", "users.email", "users.display_name as name", "users.locale"])
    .where("jury_assignments.call_id", "=", callId)
    .where("users.disabled_at", "is", null)
    .orderBy("users.email")
    .execute();
}

/**
 * Records a reminder as sent, unless it already was: true when this call inserted it. Two app servers running the
 * job at once both try; the unique key lets one through and makes the other wait for it, then do nothing.
 */
export async function claimReminder(
  trx: Transaction<Database>,
  reminder: { kind: ReminderKind; subjectId: string; userId: string; dueAt: Date; endsAt: Date; now: Date },
): Promise<string | null> {
  const row = await trx
    .insertInto("reminders")
    .values({
      kind: reminder.kind,
      subject_id: reminder.subjectId,
      user_id: reminder.userId,
      due_at: reminder.dueAt,
      ends_at: reminder.endsAt,
      created_at: reminder.now,
    })
    .onConflict((oc) => oc.columns(["kind", "subject_id", "user_id", "due_at"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

export function linkMessage(trx: Transaction<Database>, reminderId: string, messageId: string) {
  return trx.updateTable("reminders").set({ outbox_message_id: messageId }).where("id", "=", reminderId).execute();
}

/** Who already got the reminder due at `dueAt` about this subject. */
export async function remindedUsers(db: Db, kind: ReminderKind, subjectId: string, dueAt: Date): Promise<Set<string>> {
  const rows = await db
    .selectFrom("reminders")
    .select("user_id")
    .where("kind", "=", kind)
    .where("subject_id", "=", subjectId)
    .where("due_at", "=", dueAt)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}
