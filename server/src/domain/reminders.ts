// When reminders are due, from the moment they announce and the clock. Pure; modules/reminders queues them.
//
// A reminder "N days before" is due at the same Brussels wall-clock time N calendar days earlier (a deadline of
// Sunday 25 October 2026 at 23:59, the night the clocks go back, has its 1-day reminder on Saturday at 23:59: 25
// hours before, not 24). Each reminder is due from its moment until the next one's moment, the last one until the
// end itself: a run that comes late (the server was down) still sends the reminder that is due now, but never one
// whose moment was overtaken by a later reminder or by the end. So after a long outage a person gets at most the
// latest reminder, never a burst of stale ones.
import { callPhase } from "./call-phase.ts";
import type { Milestone } from "./milestone-types.ts";
import { addCalendarDays } from "./milestones.ts";

/** Applicants with a draft that is not submitted (or changed since): 7 days and 1 day before the deadline. */
export const candidacyReminderDays = [7, 1] as const;
/** Jury members with candidacies to declare or score: 3 days before the assessment phase ends. */
export const juryReminderDays = [3] as const;

export interface ReminderMoment {
  daysBefore: number;
  /** When it becomes due (UTC ISO). */
  dueAt: string;
  /** When it is no longer sent (UTC ISO, exclusive): the next reminder's moment, or the end. */
  staleAt: string;
}

/**
 * The reminders before `end`, earliest first. `notBefore` (e.g. the start of the assessment phase) moves a moment
 * that would come before it onto it; moments that would then coincide are kept once (the closest to the end).
 */
export function reminderMoments(end: string, daysBefore: readonly number[], notBefore?: string): ReminderMoment[] {
  const endMs = Date.parse(end);
  const floor = notBefore === undefined ? -Infinity : Date.parse(notBefore);
  const due = [...new Set(daysBefore)]
    .sort((a, b) => b - a)
    .map((days) => ({ days, at: Math.max(Date.parse(addCalendarDays(end, -days)), floor) }))
    .filter((m) => m.at < endMs);
  const kept = due.filter((m, i) => due.slice(i + 1).every((later) => later.at > m.at));
  return kept.map((m, i) => ({
    daysBefore: m.days,
    dueAt: new Date(m.at).toISOString(),
    staleAt: i + 1 < kept.length ? new Date(kept[i + 1]!.at).toISOString() : new Date(endMs).toISOString(),
  }));
}

/** The reminder due at `now`, or null: before the first moment, after the end, or none planned. */
export function dueReminder(moments: readonly ReminderMoment[], now: Date): ReminderMoment | null {
  const t = now.getTime();
  return moments.find((m) => Date.parse(m.dueAt) <= t && t < Date.parse(m.staleAt)) ?? null;
}

/**
 * The assessment phase of a timeline (call-phase.ts): from just after the deadline until the pitches start or the
 * written assessment ends. Null when the call has no deadline, goes straight on to the pitches or the decision, or
 * its assessment waits for an event (no end to remind anyone of).
 */
export function assessmentWindow(milestones: Milestone[]): { start: string; end: string } | null {
  const deadline = callPhase({ milestones, decisionsPublishedAt: null }, new Date(0)).deadline;
  if (deadline === null) return null;
  const start = new Date(Date.parse(deadline) + 1);
  const state = callPhase({ milestones, decisionsPublishedAt: null }, start);
  if (state.phase !== "assessment" || state.until === null) return null;
  return { start: start.toISOString(), end: state.until };
}
