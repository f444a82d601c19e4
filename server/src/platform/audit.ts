// The append-only, hash-chained audit log (DESIGN §4). Each row's hash covers the previous row's hash and the
// row's own content, so changing or removing any row breaks the chain from that row on; the database trigger
// refuses UPDATE/DELETE/TRUNCATE for everyone who does not first disable it as superuser.
// recordAudit must run inside the transaction of the change it records (STYLE.md "Audit").
import { createHash } from "node:crypto";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../db/types.ts";
import type { AuditActor, AuditEvent } from "./audit-events.ts";

export const genesisHash = "0".repeat(64);

// One constant key for pg_advisory_xact_lock: writers take turns, so each reads the true last hash.
// 0x42727567 is "Brug" in ASCII.
const auditLockKey = 0x42727567;

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

interface HashedFields {
  occurredAt: Date;
  actorUserId: string | null;
  actorKind: string;
  action: string;
  entityType: string;
  entityId: string | null;
  payload: unknown;
}

export function auditHash(prevHash: string, row: HashedFields): string {
  const content = canonicalJson({
    occurred_at: row.occurredAt.toISOString(),
    actor_user_id: row.actorUserId,
    actor_kind: row.actorKind,
    action: row.action,
    entity_type: row.entityType,
    entity_id: row.entityId,
    payload: row.payload,
  });
  return createHash("sha256")
    .update(prevHash + content)
    .digest("hex");
}

/**
 * Appends one event to the audit log. Pass the transaction of the change; `at` is the clock's "now" so that the
 * recorded instant (which the hash covers) is the one the rest of the change used.
 */
export async function recordAudit(
  trx: Transaction<Database>,
  actor: AuditActor,
  event: AuditEvent,
  options: { at?: Date } = {},
): Promise<{ id: string; hash: string }> {
  const [appended] = await appendChained(trx, actor, [event], options.at ?? new Date());
  if (appended === undefined) throw new Error("audit row not written");
  return appended;
}

/**
 * Appends several events of one actor at one instant, in order, under one lock and with one insert: what a list
 * that shows many records (a caseload, an inbox) records. The chain is the same as with one recordAudit per event.
 */
export async function recordAuditBatch(
  trx: Transaction<Database>,
  actor: AuditActor,
  events: AuditEvent[],
  options: { at?: Date } = {},
): Promise<void> {
  if (events.length > 0) await appendChained(trx, actor, events, options.at ?? new Date());
}

/** Takes the chain's lock, reads its end and inserts the events, each hashed over the one before. */
async function appendChained(
  trx: Transaction<Database>,
  actor: AuditActor,
  events: AuditEvent[],
  occurredAt: Date,
): Promise<{ id: string; hash: string }[]> {
  await sql`select pg_advisory_xact_lock(${auditLockKey})`.execute(trx);
  const last = await trx.selectFrom("audit_log").select("hash").orderBy("id", "desc").limit(1).executeTakeFirst();
  let prevHash = last?.hash ?? genesisHash;
  const rows = events.map((event) => {
    // Round-trip through JSON as jsonb will: undefined fields vanish, dates become strings.
    const payload = JSON.parse(JSON.stringify(event.payload)) as Record<string, unknown>;
    const fields: HashedFields = {
      occurredAt,
      actorUserId: actor.kind === "user" ? actor.userId : null,
      actorKind: actor.kind,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      payload,
    };
    const hash = auditHash(prevHash, fields);
    const row = {
      occurred_at: occurredAt,
      actor_user_id: fields.actorUserId,
      actor_kind: fields.actorKind,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      payload: JSON.stringify(payload),
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  // Ids are given in the order of the VALUES list, so the chain's order is the ids' order.
  const inserted = await trx.insertInto("audit_log").values(rows).returning(["id", "hash"]).execute();
  return inserted.map((r) => ({ id: String(r.id), hash: r.hash }));
}

/** Runs `fn` in a transaction with a `record` function bound to it and to the actor. */
export async function withAudit<T>(
  db: Kysely<Database>,
  actor: AuditActor,
  fn: (trx: Transaction<Database>, record: (event: AuditEvent) => Promise<unknown>) => Promise<T>,
  options: { at?: Date } = {},
): Promise<T> {
  return db.transaction().execute((trx) => fn(trx, (event) => recordAudit(trx, actor, event, options)));
}

export type AuditChainResult =
  | { ok: true; rows: number }
  | { ok: false; rows: number; firstBrokenId: string; reason: "prev_hash_mismatch" | "hash_mismatch" };

/** Recomputes every row in id order. `rows` counts the rows checked (up to and including a broken one). */
export async function verifyAuditChain(db: Kysely<Database>, batchSize = 1000): Promise<AuditChainResult> {
  let prevHash = genesisHash;
  let rows = 0;
  let afterId: string | null = null;
  for (;;) {
    let query = db.selectFrom("audit_log").selectAll().orderBy("id").limit(batchSize);
    if (afterId !== null) query = query.where("id", ">", afterId);
    const batch = await query.execute();
    for (const row of batch) {
      rows += 1;
      const id = String(row.id);
      if (row.prev_hash !== prevHash) return { ok: false, rows, firstBrokenId: id, reason: "prev_hash_mismatch" };
      const expected = auditHash(prevHash, {
        occurredAt: row.occurred_at,
        actorUserId: row.actor_user_id,
        actorKind: row.actor_kind,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        payload: row.payload,
      });
      if (expected !== row.hash) return { ok: false, rows, firstBrokenId: id, reason: "hash_mismatch" };
      prevHash = row.hash;
      afterId = id;
    }
    if (batch.length < batchSize) return { ok: true, rows };
  }
}
