// The delivery job: hands queued outbox messages to SMTP (platform/mail.ts), stamps sent_at, and retries a failure
// later with a growing pause. Nothing is ever dropped: a message that keeps failing stays in the outbox, readable in
// the app, with its attempts and last error, and is tried again every few hours.
//
// Safe with several app servers: a message is claimed (attempt counted, held for a while) in a short transaction
// with SKIP LOCKED, then sent outside it. Should the process die between sending and stamping, the hold runs out
// and the message goes again with the same Message-ID: at least once, never silently lost.
import type { Kysely } from "kysely";
import type { MailConfig } from "../../config.ts";
import type { Database } from "../../db/types.ts";
import { recordAudit } from "../../platform/audit.ts";
import { mailErrorText, type Mailer } from "../../platform/mail.ts";
import { claimDue, markFailed, markSent, type ClaimedMessage } from "./queries.ts";

/** Messages per run; the job runs every minute, so a backlog of letters drains at this pace. */
export const deliveryBatchSize = 25;
/** How long a claimed message is held for its sender; longer than any SMTP timeout (platform/mail.ts). */
const holdMs = 10 * 60_000;
/**
 * A message queued while no mail server was configured and never tried is not sent once one is: after a week a
 * receipt, reminder or invitation would mislead more than inform. It stays readable in the app.
 */
export const maxWaitWithoutAttemptMs = 7 * 24 * 3_600_000;

/** The pause after the n-th failed attempt: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  const minutes = 2 ** Math.min(Math.max(attempts - 1, 0), 20);
  return Math.min(minutes * 60_000, 6 * 3_600_000);
}

export interface DeliveryDeps {
  db: Kysely<Database>;
  /** Null when BRUG_SMTP_URL is not set: nothing is sent. */
  mailer: Mailer | null;
  /** For taking secrets out of error texts. */
  mail: MailConfig | null;
  now: () => Date;
}

export interface DeliveryResult {
  sent: number;
  failed: { id: string; attempt: number; error: string }[];
}

export async function deliverOutbox(deps: DeliveryDeps): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: [] };
  if (deps.mailer === null) return result;
  const now = deps.now();
  const claimed = await deps.db.transaction().execute((trx) =>
    claimDue(trx, {
      now,
      notBefore: new Date(now.getTime() - maxWaitWithoutAttemptMs),
      holdUntil: new Date(now.getTime() + holdMs),
      limit: deliveryBatchSize,
    }),
  );
  // One at a time: a small organisation's SMTP server may limit parallel connections, and the order is kept.
  for (const message of claimed) {
    const outcome = await sendOne(deps, deps.mailer, message);
    if (outcome === null) result.sent++;
    else result.failed.push({ id: message.id, attempt: message.attempts, error: outcome });
  }
  return result;
}

/** Null when sent; else the error as stored. */
async function sendOne(deps: DeliveryDeps, mailer: Mailer, message: ClaimedMessage): Promise<string | null> {
  try {
    await mailer.send({
      id: message.id,
      to: message.to_address,
      toName: message.to_name,
      subject: message.subject,
      text: message.body_text,
      attachments: message.attachments,
    });
  } catch (error) {
    const text = mailErrorText(error, deps.mail);
    const at = deps.now();
    const next = new Date(at.getTime() + retryDelayMs(message.attempts));
    await deps.db.transaction().execute(async (trx) => {
      await markFailed(trx, message.id, text, next);
      await recordAudit(
        trx,
        { kind: "system" },
        {
          action: "outbox.delivery_failed",
          entityType: "outbox_message",
          entityId: message.id,
          payload: { attempt: message.attempts, error: text, nextAttemptAt: next.toISOString() },
        },
        { at },
      );
    });
    return text;
  }
  const at = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await markSent(trx, message.id, at);
    await recordAudit(
      trx,
      { kind: "system" },
      {
        action: "outbox.sent",
        entityType: "outbox_message",
        entityId: message.id,
        payload: { attempt: message.attempts },
      },
      { at },
    );
  });
  return null;
}
