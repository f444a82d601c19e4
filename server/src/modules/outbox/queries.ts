// Kysely queries of the outbox. No business rules: the caller passes the regions and organisations the actor may
// read, so the list filters inside the query.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, Locale, OutboxAttachment } from "../../db/types.ts";

type Db = Kysely<Database> | Transaction<Database>;

export interface NewOutboxMessage {
  kind: string;
  toAddress: string;
  toName: string | null;
  locale: Locale;
  subject: string;
  bodyText: string;
  attachments: OutboxAttachment[];
  regionId: string | null;
  organisationId: string | null;
  createdAt: Date;
}

export function insertMessage(db: Db, message: NewOutboxMessage) {
  return db
    .insertInto("outbox_messages")
    .values({
      kind: message.kind,
      to_address: message.toAddress,
      to_name: message.toName,
      locale: message.locale,
      subject: message.subject,
      body_text: message.bodyText,
      attachments: JSON.stringify(message.attachments),
      region_id: message.regionId,
      organisation_id: message.organisationId,
      created_at: message.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

/** What a reader may see: everything, or the messages of some regions and organisations. */
export type OutboxScope = { all: true } | { all: false; regionIds: string[]; organisationIds: string[] };

const columns = [
  "id",
  "kind",
  "to_address",
  "to_name",
  "locale",
  "subject",
  "body_text",
  "attachments",
  "region_id",
  "organisation_id",
  "created_at",
  "sent_at",
  "attempts",
  "last_attempt_at",
  "next_attempt_at",
  "last_error",
] as const;

function scoped(db: Db, scope: OutboxScope) {
  let query = db.selectFrom("outbox_messages").select(columns);
  if (!scope.all) {
    const { regionIds, organisationIds } = scope;
    query = query.where((eb) => {
      const reachable = [];
      if (regionIds.length > 0) reachable.push(eb("region_id", "in", regionIds));
      if (organisationIds.length > 0) reachable.push(eb("organisation_id", "in", organisationIds));
      // Nothing in reach: a condition that is never true, rather than no condition at all.
      return reachable.length > 0 ? eb.or(reachable) : eb.lit(false);
    });
  }
  return query;
}

/** Newest first; the outbox of a busy region grows, so a page holds the latest `limit`. */
export function listMessages(db: Db, scope: OutboxScope, limit: number) {
  return scoped(db, scope).orderBy("created_at", "desc").orderBy("id").limit(limit).execute();
}

export function findMessage(db: Db, scope: OutboxScope, id: string) {
  return scoped(db, scope).where("id", "=", id).executeTakeFirst();
}

export type MessageRow = NonNullable<Awaited<ReturnType<typeof findMessage>>>;

// ---------------------------------------------------------------------------------------------------------------
// Delivery (delivery.ts)

/**
 * Takes up to `limit` messages that are due, oldest first: unsent, past their next attempt, and either tried before
 * or created after `notBefore` (older untried ones stay in the outbox). Counts the attempt and holds each message
 * until `holdUntil`, so another app server's delivery run skips it (SKIP LOCKED now, next_attempt_at afterwards).
 */
export function claimDue(db: Db, input: { now: Date; notBefore: Date; holdUntil: Date; limit: number }) {
  return db
    .updateTable("outbox_messages")
    .set((eb) => ({
      attempts: eb("attempts", "+", 1),
      last_attempt_at: input.now,
      next_attempt_at: input.holdUntil,
    }))
    .where("id", "in", (eb) =>
      eb
        .selectFrom("outbox_messages")
        .select("id")
        .where("sent_at", "is", null)
        .where(sql<Date>`coalesce(next_attempt_at, created_at)`, "<=", input.now)
        .where((w) => w.or([w("attempts", ">", 0), w("created_at", ">=", input.notBefore)]))
        .orderBy(sql`coalesce(next_attempt_at, created_at)`)
        .orderBy("id")
        .limit(input.limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(["id", "to_address", "to_name", "subject", "body_text", "attachments", "attempts"])
    .execute();
}

export type ClaimedMessage = Awaited<ReturnType<typeof claimDue>>[number];

export function markSent(db: Db, id: string, at: Date) {
  return db
    .updateTable("outbox_messages")
    .set({ sent_at: at, last_error: null, next_attempt_at: null })
    .where("id", "=", id)
    .where("sent_at", "is", null)
    .executeTakeFirst();
}

export function markFailed(db: Db, id: string, error: string, nextAttemptAt: Date) {
  return db
    .updateTable("outbox_messages")
    .set({ last_error: error, next_attempt_at: nextAttemptAt })
    .where("id", "=", id)
    .where("sent_at", "is", null)
    .executeTakeFirst();
}
