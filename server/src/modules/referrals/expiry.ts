// The system's one step (a periodic job, platform/jobs.ts): a referral sent and unanswered for 30 calendar days
// ends as expired_without_answer, timed and audited as the system's. Each referral in its own transaction under its
// row lock, judged again there, so two runners (or a partner answering at that moment) never both win.
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { expiresAt, expiryDays } from "../../domain/referral-state.ts";
import { recordAudit } from "../../platform/audit.ts";
import * as q from "./queries.ts";
import { judgeStep, writeStep } from "./steps.ts";

export async function expireUnansweredReferrals(db: Kysely<Database>, now: Date): Promise<number> {
  // A day's margin for the clock change; the exact moment is judged per referral in Brussels days.
  const roughly = new Date(now.getTime() - (expiryDays - 1) * 24 * 3600 * 1000);
  const candidates = await db
    .selectFrom("referrals")
    .select("id")
    .where("state", "=", "sent")
    .where("sent_at", "<=", roughly)
    .orderBy("sent_at")
    .execute();
  let expired = 0;
  for (const { id } of candidates) {
    const done = await db.transaction().execute(async (trx) => {
      await q.lockReferral(trx, id);
      const row = await q.findReferral(trx, id);
      if (row?.state !== "sent" || row.sentAt === null || expiresAt(row.sentAt) > now) return false;
      const step = judgeStep(row, "system", "end", "expired_without_answer");
      await writeStep(trx, row, { ...step, note: "", byUserId: null, at: now });
      await recordAudit(
        trx,
        { kind: "system" },
        {
          action: "client_record.written",
          entityType: "referral",
          entityId: id,
          payload: { clientId: row.clientId, via: "system", consentIds: [], what: "expired" },
        },
        { at: now },
      );
      return true;
    });
    if (done) expired += 1;
  }
  return expired;
}
