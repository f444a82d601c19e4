// The receiving side: a partner worker's inbox and their answers, feedback and the hand-over. A partner worker sees a
// referral only while it is open and a consent covering their organisation stands (modules/clients/access.ts); once
// the consent is revoked or expires, or the referral is closed, the referral answers 404 and the inbox leaves it out
// altogether (not even "access ended": the client's name is data too, and the referral's existence says enough).
import type { Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { openReferralStates } from "../../domain/referral-state.ts";
import { conflict, notFound } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import {
  auditClientReads,
  auditClientRecord,
  consentsCovering,
  referralAccess,
  standingConsentsOfClients,
  type ClientAccess,
} from "../clients/access.ts";
import * as q from "./queries.ts";
import type { FeedbackBody, HandoverBody, Inbox, ReceiverStepBody, ReferralDetail, StepDone } from "./schemas.ts";
import type { Deps } from "./service.ts";
import { judgeStep, planHandover, writeStep } from "./steps.ts";
import { presentDetail, presentSummary } from "./view.ts";

/** The referrals the partner worker may open now, newest first; each listed one is audited as read. */
export async function partnerInbox(deps: Deps, actor: Actor): Promise<Inbox> {
  const now = deps.clock.now();
  const memberships = actor.memberships.filter((m) => m.role === "partner_worker" && m.regionId !== null);
  const organisationIds = [...new Set(memberships.map((m) => m.organisationId))];
  return deps.db.transaction().execute(async (trx) => {
    const rows = (await q.referralsToOrganisations(trx, organisationIds, openReferralStates)).filter((r) =>
      memberships.some((m) => m.organisationId === r.organisationId && m.regionId === r.regionId),
    );
    const clientIds = rows.map((r) => r.clientId);
    const [consentsByClient, names] = await Promise.all([
      standingConsentsOfClients(trx, clientIds, now),
      q.clientNames(trx, clientIds),
    ]);
    const items: Inbox["referrals"] = [];
    const reads: Parameters<typeof auditClientReads>[2] = [];
    for (const row of rows) {
      const covering = consentsCovering(consentsByClient.get(row.clientId) ?? [], row.organisationId);
      const covered = new Set<string>(covering.flatMap((c) => c.categories));
      // The same rule as access.ts: without "general" under consent nothing of the client may be shown.
      if (!covered.has("general") || !row.categories.includes("general")) continue;
      const client = names.get(row.clientId);
      if (client === undefined) continue;
      items.push({ ...presentSummary(row, now), client: { id: row.clientId, ...client } });
      const access = { clientId: row.clientId, via: "partner" as const, consentIds: covering.map((c) => c.id) };
      reads.push({ access, entity: "referral" as const, entityId: row.id, what: "inbox" });
    }
    await auditClientReads(trx, actor, reads, now);
    return { referrals: items };
  });
}

/**
 * Runs `fn` for the receiving partner worker in one transaction: the referral must be theirs to see now (open, to
 * their organisation, under a standing consent), else 404; it is locked and audited as written.
 */
async function asReceiver<T>(
  deps: Deps,
  actor: Actor,
  referralId: string,
  what: string,
  fn: (trx: Transaction<Database>, row: q.ReferralRow, access: ClientAccess, now: Date) => Promise<T>,
): Promise<T> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await q.lockReferral(trx, referralId);
    const access = await referralAccess(trx, actor, referralId, now);
    if (access.side !== "receiver") throw notFound();
    const row = await q.findReferral(trx, referralId);
    if (!row) throw notFound();
    const result = await fn(trx, row, access, now);
    await auditClientRecord(
      trx,
      actor,
      access,
      { operation: "write", entity: "referral", entityId: referralId, what },
      now,
    );
    return result;
  });
}

const stepDone: Record<ReceiverStepBody["step"], string> = {
  accept: "accepted",
  waitlist: "waitlisted",
  decline: "declined",
  start: "started",
  complete: "completed",
  end: "ended",
};

export function receiverStep(deps: Deps, actor: Actor, referralId: string, body: ReceiverStepBody): Promise<StepDone> {
  return asReceiver(deps, actor, referralId, stepDone[body.step], async (trx, row, _, now) => {
    const step = judgeStep(row, "receiver", body.step, body.reason);
    await writeStep(trx, row, { ...step, note: body.note?.trim() ?? "", byUserId: actor.userId, at: now });
    return {
      id: row.id,
      state: step.to,
      stateReason: step.reason,
      stillVisible: openReferralStates.includes(step.to),
    };
  });
}

export async function giveFeedback(
  deps: Deps,
  actor: Actor,
  referralId: string,
  body: FeedbackBody,
): Promise<ReferralDetail> {
  return asReceiver(deps, actor, referralId, "feedback", async (trx, row, access, now) => {
    if (row.state !== "accepted" && row.state !== "started") throw conflict("referrals.feedback_not_possible");
    await trx
      .insertInto("referral_feedback")
      .values({
        referral_id: row.id,
        given_at: now,
        given_by: actor.userId,
        attendance: body.attendance,
        progress: body.progress,
        summary: body.summary.trim(),
        next_step: body.nextStep?.trim() ?? "",
      })
      .execute();
    await trx.updateTable("referrals").set({ last_feedback_at: now }).where("id", "=", row.id).execute();
    const updated = await q.findReferral(trx, row.id);
    return presentDetail(trx, updated!, "receiver", access.categories, now);
  });
}

export function receiverHandover(
  deps: Deps,
  actor: Actor,
  referralId: string,
  body: HandoverBody,
): Promise<ReferralDetail> {
  return asReceiver(deps, actor, referralId, "handover", async (trx, row, access, now) => {
    await planHandover(trx, row, body, { userId: actor.userId, now });
    const updated = await q.findReferral(trx, row.id);
    return presentDetail(trx, updated!, "receiver", access.categories, now);
  });
}
