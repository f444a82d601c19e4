// The outbox: every message Brug sends (receipts, letters, invitations, notices, reminders) is written here first, in
// the transaction of the change it reports, so a message exists exactly when its change does. The delivery job
// (delivery.ts) hands it to SMTP and sets sent_at; without a mail server it stays here, readable in the app (DESIGN
// §5 "without SMTP the outbox is stored and readable in the app"), and the screen says so per message.
import type { Kysely, Transaction } from "kysely";
import type { Config } from "../../config.ts";
import type { Database, Locale, OutboxAttachment } from "../../db/types.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { AuditActor } from "../../platform/audit-events.ts";
import { notFound } from "../../platform/errors.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Actor } from "../../platform/permissions.ts";
import type { OutboxDelivery, OutboxList, OutboxMessageView } from "../calls/schemas.ts";
import { maxWaitWithoutAttemptMs } from "./delivery.ts";
import { outboxScope } from "./policy.ts";
import { findMessage, insertMessage, listMessages, type MessageRow } from "./queries.ts";

/** The kinds of message, so that the screens (and anyone reading the outbox) can tell them apart. */
export type MessageKind =
  | "candidacy.receipt"
  | "pitch.invitation"
  | "pitch.cancellation"
  | "decision.letter"
  | "jury.assignment"
  | "objection.receipt"
  | "objection.filed"
  | "objection.answer"
  | "reminder.candidacy_deadline"
  | "reminder.jury_assessment"
  | "call.deadline_changed"
  | "referral.received";

export interface OutgoingMessage {
  kind: MessageKind;
  to: string;
  toName: string | null;
  locale: Locale;
  subject: string;
  /** Plain text: readable in any mail client and in the app as it is. */
  bodyText: string;
  attachments: OutboxAttachment[];
  /** Who may read it in the app: the region's coordinators and the organisation's staff. */
  regionId: string | null;
  organisationId: string | null;
}

/** Queues a message in the caller's transaction and audits it there. Returns the message's id. */
export async function queueMessage(
  trx: Transaction<Database>,
  message: OutgoingMessage,
  context: { actor: AuditActor; now: Date },
): Promise<string> {
  const toAddress = message.to.trim().toLowerCase();
  const { id } = await insertMessage(trx, {
    kind: message.kind,
    toAddress,
    toName: message.toName,
    locale: message.locale,
    subject: message.subject,
    bodyText: message.bodyText,
    attachments: message.attachments,
    regionId: message.regionId,
    organisationId: message.organisationId,
    createdAt: context.now,
  });
  await recordAudit(
    trx,
    context.actor,
    { action: "outbox.queued", entityType: "outbox_message", entityId: id, payload: { kind: message.kind, toAddress } },
    { at: context.now },
  );
  return id;
}

/** At most this many messages in one list; the newest first. */
export const outboxPageSize = 200;

export interface ReadDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: Pick<Config, "mail">;
}

/** What the reader is told about a message's delivery; see OutboxDeliverySchema. */
export function deliveryOf(
  row: MessageRow,
  context: { now: Date; mailConfigured: boolean; showErrors: boolean },
): OutboxDelivery {
  const base = {
    attempts: row.attempts,
    lastAttemptAt: row.last_attempt_at?.toISOString() ?? null,
    nextAttemptAt: null,
    lastError: null,
    keptBecause: null,
  };
  if (row.sent_at !== null) return { ...base, state: "sent" };
  if (!context.mailConfigured) return { ...base, state: "kept", keptBecause: "no_smtp" };
  if (row.attempts === 0 && context.now.getTime() - row.created_at.getTime() > maxWaitWithoutAttemptMs) {
    return { ...base, state: "kept", keptBecause: "too_old" };
  }
  const nextAttemptAt = row.next_attempt_at?.toISOString() ?? null;
  if (row.attempts > 0 && row.last_error !== null) {
    return { ...base, state: "failed", nextAttemptAt, lastError: context.showErrors ? row.last_error : null };
  }
  return { ...base, state: "waiting", nextAttemptAt };
}

/** SMTP errors can name servers and addresses: for administrators and coordinators, not for applicants. */
function showsErrors(actor: Actor): boolean {
  return actor.memberships.some((m) => m.role === "admin" || m.role === "coordinator");
}

function summary(row: MessageRow, delivery: OutboxDelivery) {
  return {
    id: row.id,
    kind: row.kind,
    toAddress: row.to_address,
    toName: row.to_name,
    subject: row.subject,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    delivery,
    attachmentNames: row.attachments.map((a) => a.filename),
  };
}

function readContext(deps: ReadDeps, actor: Actor) {
  return { now: deps.clock.now(), mailConfigured: deps.config.mail !== null, showErrors: showsErrors(actor) };
}

export async function listOutbox(deps: ReadDeps, actor: Actor): Promise<OutboxList> {
  const rows = await listMessages(deps.db, outboxScope(actor), outboxPageSize);
  const context = readContext(deps, actor);
  return {
    messages: rows.map((row) => summary(row, deliveryOf(row, context))),
    mailConfigured: context.mailConfigured,
  };
}

export async function getOutboxMessage(deps: ReadDeps, actor: Actor, id: string): Promise<OutboxMessageView> {
  const row = await findMessage(deps.db, outboxScope(actor), id);
  if (!row) throw notFound();
  const delivery = deliveryOf(row, readContext(deps, actor));
  return { ...summary(row, delivery), locale: row.locale, bodyText: row.body_text, attachments: row.attachments };
}
