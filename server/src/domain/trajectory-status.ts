// The trajectory's status (DESIGN §3.4, issue 4 item 4): which change may follow which, and what it needs. Pure; the
// routes in modules/clients/trajectory.ts record every change as a trajectory event.
//
// aanmelding → intake → actief, with a pause from intake or actief and back; a trajectory ends as afgerond
// (completed), gestopt (stopped, a decision) or afgehaakt (dropped out, the client stayed away). An ended trajectory
// is history: a client who comes back starts a new one.
import { DateTime } from "luxon";
import { endedTrajectoryStatuses, type ExitOutcome, type TrajectoryStatus } from "./trajectory-codes.ts";

const next: Record<TrajectoryStatus, readonly TrajectoryStatus[]> = {
  // Stopped or dropped out before the intake: the person did not come back after registering.
  registered: ["intake", "active", "stopped", "dropped_out"],
  intake: ["active", "paused", "stopped", "dropped_out"],
  // Completed only from active: a trajectory that never became active has not reached anything to complete.
  active: ["paused", "completed", "stopped", "dropped_out"],
  paused: ["intake", "active", "stopped", "dropped_out"],
  completed: [],
  stopped: [],
  dropped_out: [],
};

/** A pause, a stop or a drop-out says why: the case director and the ESF+ report read it. */
export const statusesNeedingReason: readonly TrajectoryStatus[] = ["paused", "stopped", "dropped_out"];

export function isEnded(status: TrajectoryStatus): boolean {
  return endedTrajectoryStatuses.includes(status);
}

/** The statuses a trajectory may move to from `from`. */
export function nextStatuses(from: TrajectoryStatus): readonly TrajectoryStatus[] {
  return next[from];
}

export type TransitionRefusal = "not_allowed" | "reason_required" | "outcome_required" | "outcome_only_at_end";

/**
 * Whether `from` → `to` may happen with this reason and exit outcome. Ending a trajectory (completed, stopped,
 * dropped out) records the outcome at exit (ESF+); any other change must not carry one.
 */
export function judgeTransition(
  from: TrajectoryStatus,
  to: TrajectoryStatus,
  input: { reason: string; exitOutcome: ExitOutcome | null },
): TransitionRefusal | null {
  if (!next[from].includes(to)) return "not_allowed";
  if (statusesNeedingReason.includes(to) && input.reason.trim() === "") return "reason_required";
  if (isEnded(to) && input.exitOutcome === null) return "outcome_required";
  if (!isEnded(to) && input.exitOutcome !== null) return "outcome_only_at_end";
  return null;
}

/** The follow-up moment: six months after the end, as a Brussels calendar date (the end of a month clamps). */
export function followUpDueOn(endedAt: Date): string {
  return DateTime.fromJSDate(endedAt, { zone: "Europe/Brussels" }).plus({ months: 6 }).toISODate() as string;
}

/** The Brussels calendar date of an instant. */
export function brusselsDate(at: Date): string {
  return DateTime.fromJSDate(at, { zone: "Europe/Brussels" }).toISODate() as string;
}
