// What both sides share when they change a referral: judging a step (domain/referral-state.ts) into the right
// answer, writing the step with its timed event, and planning the warm hand-over.
import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { takeStep, type ReferralSide, type ReferralState, type ReferralStep } from "../../domain/referral-state.ts";
import { conflict, validationFailed } from "../../platform/errors.ts";
import * as q from "./queries.ts";
import type { HandoverBody } from "./schemas.ts";

/** Judges the step; a refusal becomes a translated 409 (not from this state) or 400 (the reason). */
export function judgeStep(
  row: q.ReferralRow,
  side: ReferralSide,
  step: ReferralStep,
  reason: string | undefined,
): { to: ReferralState; reason: string | null } {
  const result = takeStep(row.state, side, step, reason ?? null);
  if (result.ok) return { to: result.to, reason: result.reason };
  switch (result.refusal) {
    case "not_from_state":
    case "not_for_side":
      throw conflict("referrals.step_not_possible", { state: row.state });
    case "reason_required":
      throw validationFailed([{ path: "reason", code: "field.required" }]);
    case "reason_not_allowed":
      throw validationFailed([{ path: "reason", code: "referrals.reason_not_allowed" }]);
  }
}

/** Moves the referral to its next state and records the timed step. */
export async function writeStep(
  trx: Transaction<Database>,
  row: q.ReferralRow,
  step: { to: ReferralState; reason: string | null; note: string; byUserId: string | null; at: Date },
  extra: { sent_at?: Date; answer_due_at?: Date; consent_id?: string } = {},
): Promise<void> {
  await trx
    .updateTable("referrals")
    .set({ state: step.to, state_reason: step.reason, state_changed_at: step.at, ...extra })
    .where("id", "=", row.id)
    .execute();
  await q.insertEvent(trx, {
    referralId: row.id,
    from: row.state,
    to: step.to,
    reason: step.reason,
    note: step.note,
    at: step.at,
    byUserId: step.byUserId,
  });
}

/**
 * Plans the warm hand-over (the first appointment at the partner, together), or changes the one planned: one per
 * referral, visible to both sides, in the trajectory's appointments. A change counts up its iCalendar sequence.
 */
export async function planHandover(
  trx: Transaction<Database>,
  row: q.ReferralRow,
  body: HandoverBody,
  context: { userId: string; now: Date },
): Promise<void> {
  if (!["sent", "accepted", "waitlisted", "started"].includes(row.state)) {
    throw conflict("referrals.handover_not_possible");
  }
  const startsAt = new Date(body.startsAt);
  const endsAt = new Date(body.endsAt);
  if (endsAt <= startsAt) throw validationFailed([{ path: "endsAt", code: "referrals.ends_before_start" }]);
  const existing = await q.handoverOf(trx, row.id);
  const values = {
    title: body.title.trim(),
    starts_at: startsAt,
    ends_at: endsAt,
    place: body.place?.trim() ?? "",
    online_url: body.onlineUrl?.trim() ?? "",
    updated_at: context.now,
  };
  if (existing) {
    await trx
      .updateTable("appointments")
      .set({ ...values, ical_sequence: existing.icalSequence + 1 })
      .where("id", "=", existing.id)
      .execute();
    return;
  }
  await trx
    .insertInto("appointments")
    .values({
      ...values,
      trajectory_id: row.trajectoryId,
      referral_id: row.id,
      ical_uid: `${randomUUID()}@brug`,
      created_by: context.userId,
      created_at: context.now,
    })
    .execute();
}
