// The days a call's pitches may be planned on: the local days (Europe/Brussels) of its "pitches en jury" and matching
// moments, as the addendum names them (dates, a range, ISO weeks, sessions). Pure.
import { formatDate, formatDateRange, formatDates, formatList, type Locale } from "./belgian-format.ts";
import type { Milestone, MilestoneKey } from "./milestone-types.ts";
import { addDaysToLocalDate, resolveMilestones, startOfLocalDay, utcToLocal, type Interval } from "./milestones.ts";

const matchingKeys: readonly MilestoneKey[] = ["pitches_jury", "matching_moments"];

function daysOf(interval: Interval): string[] {
  const days: string[] = [];
  const end = Date.parse(interval.end);
  for (let day = utcToLocal(interval.start).date; Date.parse(startOfLocalDay(day)) < end;) {
    days.push(day);
    day = addDaysToLocalDate(day, 1);
  }
  return days;
}

/**
 * The sorted local days of the call's pitch and matching milestones. Empty when they name no days (no such
 * milestone, one that waits for an event, or an open start or end): then any day is allowed.
 */
export function matchingDays(milestones: Milestone[]): string[] {
  const days = new Set<string>();
  for (const milestone of resolveMilestones(milestones)) {
    if (!matchingKeys.includes(milestone.key)) continue;
    const { resolved } = milestone;
    if (resolved.pending) continue;
    const parts =
      resolved.parts ??
      (resolved.start !== null && resolved.end !== null ? [{ start: resolved.start, end: resolved.end }] : []);
    for (const part of parts) for (const day of daysOf(part)) days.add(day);
  }
  return [...days].sort();
}

/** The days as a reader expects them: "dinsdag 1 en donderdag 3 december 2026", runs of days as ranges. */
export function formatMatchingDays(days: readonly string[], locale: Locale): string {
  const runs: { from: string; to: string }[] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last !== undefined && addDaysToLocalDate(last.to, 1) === day) last.to = day;
    else runs.push({ from: day, to: day });
  }
  if (runs.every((run) => run.from === run.to)) return formatDates(days, locale);
  return formatList(
    runs.map((run) => (run.from === run.to ? formatDate(run.from, locale) : formatDateRange(run.from, run.to, locale))),
    locale,
  );
}
