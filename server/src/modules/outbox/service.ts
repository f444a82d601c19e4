// The outbox: every message Brug sends (receipts now; letters and invitations later) is written here first, in the
// transaction of the change it reports, so a message exists exactly when its change does. No SMTP sending yet:
// sent_at stays null and the messages are readable in the app (DESIGN §5 "without SMTP the outbox is stored and
// readable in the app"); a later job hands them to nodemailer and sets sent_at.
import type { Kysely, Transaction } from "kysely";
import type { Database, Locale, OutboxAttachment } from "../../db/types.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { AuditActor } from "../../platform/audit-events.ts";
import { notFound } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import type { OutboxList, OutboxMessageView } from "../calls/schemas.ts";
import { outboxScope } from "./policy.ts";
import { findMessage, insertMessage, listMessages, type MessageRow } from "./queries.ts";

/** The kinds of message, so that a later sender and the screens can tell them apart. */
export type MessageKind = "candidacy.receipt" | "pitch.invitation" | "pitch.cancellation" | "decision.letter";

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

function summary(row: MessageRow) {
  return {
    id: row.id,
    kind: row.kind,
    toAddress: row.to_address,
    toName: row.to_name,
    subject: row.subject,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    attachmentNames: row.attachments.map((a) => a.filename),
  };
}

export async function listOutbox(db: Kysely<Database>, actor: Actor): Promise<OutboxList> {
  const rows = await listMessages(db, outboxScope(actor), outboxPageSize);
  return { messages: rows.map(summary) };
}

export async function getOutboxMessage(db: Kysely<Database>, actor: Actor, id: string): Promise<OutboxMessageView> {
  const row = await findMessage(db, outboxScope(actor), id);
  if (!row) throw notFound();
  return { ...summary(row), locale: row.locale, bodyText: row.body_text, attachments: row.attachments };
}
