// The trajectory's use cases: changing its status (domain/trajectory-status.ts decides which change may follow which),
// closing it with the outcome at exit and the follow-up six months later, recording that follow-up, and the case
// director naming another companion. Each change is a trajectory event and an audited write, under the row lock.
// A trajectory closes only once none of its referrals is open (409 naming how many); closing cancels its appointments
// still planned for later.
import type { Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { formatDate } from "../../domain/belgian-format.ts";
import type { ExitOutcome, TrajectoryStatus } from "../../domain/trajectory-codes.ts";
import {
  brusselsDate,
  followUpDueOn,
  isEnded,
  judgeTransition,
  type TransitionRefusal,
} from "../../domain/trajectory-status.ts";
import { conflict, forbidden, validationFailed, type HttpError } from "../../platform/errors.ts";
import { regionsWhere, type Actor } from "../../platform/permissions.ts";
import { openReferralStates } from "../../domain/referral-state.ts";
import { translate } from "../../platform/i18n.ts";
import { auditClientRecord, withClientAccess, type ClientAccess } from "./access.ts";
import { presentFile } from "./present.ts";
import * as q from "./queries.ts";
import type { ClientFile, ClosureBody, CompanionBody, FollowUpBody, StatusChangeBody } from "./schemas.ts";
import type { Deps } from "./service.ts";

async function event(
  trx: Transaction<Database>,
  trajectoryId: string,
  values: { kind: "status" | "companion" | "closure" | "follow_up"; from: string | null; to: string; reason: string },
  actor: Actor,
  at: Date,
): Promise<void> {
  await trx
    .insertInto("trajectory_events")
    .values({
      trajectory_id: trajectoryId,
      kind: values.kind,
      from_value: values.from,
      to_value: values.to,
      reason: values.reason,
      at,
      by_user_id: actor.userId,
    })
    .execute();
}

function refuse(refusal: TransitionRefusal): HttpError {
  switch (refusal) {
    case "not_allowed":
      return conflict("clients.status_not_allowed");
    case "reason_required":
      return validationFailed([{ path: "reason", code: "clients.reason_required" }]);
    case "outcome_required":
      return validationFailed([{ path: "exitOutcome", code: "clients.outcome_required" }]);
    case "outcome_only_at_end":
      return validationFailed([{ path: "exitOutcome", code: "clients.outcome_only_at_end" }]);
  }
}

/** A trajectory closes only when none of its referrals is still open: each must be completed or ended first. */
async function refuseWhileReferralsOpen(trx: Transaction<Database>, trajectoryId: string): Promise<void> {
  const { count } = await trx
    .selectFrom("referrals")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("trajectory_id", "=", trajectoryId)
    .where("state", "in", [...openReferralStates])
    .executeTakeFirstOrThrow();
  if (Number(count) > 0) throw conflict("clients.open_referrals", { count: Number(count) });
}

/**
 * At closure, the trajectory's appointments still planned for later are cancelled: each counts up its iCalendar
 * sequence (a calendar that imported it sees the cancellation), says why in the closer's language and is audited.
 */
async function cancelPlannedAppointments(
  trx: Transaction<Database>,
  actor: Actor,
  access: ClientAccess,
  trajectoryId: string,
  now: Date,
): Promise<void> {
  const cancelled = await trx
    .updateTable("appointments")
    .set((eb) => ({
      attendance: "cancelled",
      attendance_note: translate(actor.locale, "clients.cancelled_at_closure"),
      ical_sequence: eb("ical_sequence", "+", 1),
      updated_at: now,
    }))
    .where("trajectory_id", "=", trajectoryId)
    .where("attendance", "=", "planned")
    .where("starts_at", ">", now)
    .returning("id")
    .execute();
  for (const { id } of cancelled) {
    await auditClientRecord(
      trx,
      actor,
      access,
      { operation: "write", entity: "appointment", entityId: id, what: "cancelled_at_closure" },
      now,
    );
  }
}

/** Moves the trajectory on (or closes it when `exitOutcome` is given with an ending status). */
async function transition(
  deps: Deps,
  actor: Actor,
  trajectoryId: string,
  input: { status: TrajectoryStatus; reason: string; exitOutcome: ExitOutcome | null },
  what: string,
): Promise<ClientFile> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "write", entity: "trajectory", what },
    now,
    async (trx, access) => {
      const t = await q.trajectoryForUpdate(trx, trajectoryId);
      // Only the client's latest trajectory moves: an older one is history.
      const latest = await q.latestTrajectoryRow(trx, t.client_id);
      if (latest?.id !== t.id) throw conflict("clients.trajectory_not_current");
      const from = t.status as TrajectoryStatus;
      const refusal = judgeTransition(from, input.status, input);
      if (refusal !== null) throw refuse(refusal);
      const reason = input.reason.trim();
      const ended = isEnded(input.status);
      if (ended) await refuseWhileReferralsOpen(trx, t.id);
      await trx
        .updateTable("trajectories")
        .set({
          status: input.status,
          status_reason: reason,
          status_changed_at: now,
          ...(ended ? { ended_at: now, exit_outcome: input.exitOutcome, follow_up_due_on: followUpDueOn(now) } : {}),
        })
        .where("id", "=", t.id)
        .execute();
      await event(trx, t.id, { kind: "status", from, to: input.status, reason }, actor, now);
      if (ended && input.exitOutcome) {
        await event(trx, t.id, { kind: "closure", from: null, to: input.exitOutcome, reason: "" }, actor, now);
      }
      if (ended) await cancelPlannedAppointments(trx, actor, access, t.id, now);
      return presentFile(trx, actor, access);
    },
  );
}

export async function changeStatus(
  deps: Deps,
  actor: Actor,
  trajectoryId: string,
  body: StatusChangeBody,
): Promise<ClientFile> {
  // Ending is closing: it needs the outcome at exit, through /closure.
  if (isEnded(body.status)) throw validationFailed([{ path: "status", code: "clients.close_with_outcome" }]);
  return transition(deps, actor, trajectoryId, { ...body, exitOutcome: null }, `status:${body.status}`);
}

export async function closeTrajectory(
  deps: Deps,
  actor: Actor,
  trajectoryId: string,
  body: ClosureBody,
): Promise<ClientFile> {
  return transition(deps, actor, trajectoryId, body, `closed:${body.status}`);
}

/** The follow-up six months after the end (ESF+ longer-term result): once, from its due date. */
export async function recordFollowUp(
  deps: Deps,
  actor: Actor,
  trajectoryId: string,
  body: FollowUpBody,
): Promise<ClientFile> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "write", entity: "trajectory", what: "follow_up" },
    now,
    async (trx, access) => {
      const t = await q.trajectoryForUpdate(trx, trajectoryId);
      if (t.ended_at === null || t.follow_up_due_on === null) throw conflict("clients.follow_up_not_ended");
      if (t.follow_up_done_at !== null) throw conflict("clients.follow_up_recorded");
      if (brusselsDate(now) < t.follow_up_due_on) {
        throw conflict("clients.follow_up_not_due", { date: formatDate(t.follow_up_due_on, actor.locale) });
      }
      await trx
        .updateTable("trajectories")
        .set({ follow_up_done_at: now, follow_up_outcome: body.outcome, follow_up_note: body.note.trim() })
        .where("id", "=", t.id)
        .execute();
      await event(trx, t.id, { kind: "follow_up", from: null, to: body.outcome, reason: "" }, actor, now);
      return presentFile(trx, actor, access);
    },
  );
}

/**
 * The case director names another companion as the central contact. The former companion loses the file on their
 * next request (access.ts judges by the latest trajectory's companion).
 */
export async function assignCompanion(
  deps: Deps,
  actor: Actor,
  trajectoryId: string,
  body: CompanionBody,
): Promise<ClientFile> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "write", entity: "trajectory", what: "companion_assigned" },
    now,
    async (trx, access) => {
      if (!regionsWhere(actor, "case_director").includes(access.regionId)) {
        throw forbidden("clients.case_director_only");
      }
      const t = await q.trajectoryForUpdate(trx, trajectoryId);
      if (isEnded(t.status as TrajectoryStatus)) throw conflict("clients.trajectory_ended");
      const companions = await q.companionsOfRegion(trx, access.regionId);
      const next = companions.find((c) => c.userId === body.userId);
      if (!next) throw validationFailed([{ path: "userId", code: "clients.companion_not_in_region" }]);
      if (next.userId === t.companion_user_id) return presentFile(trx, actor, access);
      const previous = await trx
        .selectFrom("users")
        .select("display_name")
        .where("id", "=", t.companion_user_id)
        .executeTakeFirstOrThrow();
      await trx
        .updateTable("trajectories")
        .set({ companion_user_id: next.userId, companion_organisation_id: next.organisationId })
        .where("id", "=", t.id)
        .execute();
      await event(
        trx,
        t.id,
        { kind: "companion", from: previous.display_name, to: next.name, reason: body.reason.trim() },
        actor,
        now,
      );
      return presentFile(trx, actor, access);
    },
  );
}
