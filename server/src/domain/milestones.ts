// Turns an addendum's "Lokale timing" (domain/milestone-types.ts, local to Europe/Brussels) into UTC instants and
// half-open intervals [start, end), and tells where "now" stands relative to a milestone. Pure: no I/O, no clock.
//
// Local time rules (DESIGN §4 "Time"), applied in localToUtc:
// - A local time that does not exist (spring forward, last Sunday of March, 02:00–03:00 is skipped) is shifted
//   forward by the length of the gap: 02:30 becomes 03:30 summer time. The clocks say 03:30 at the moment a
//   clock that did not change would say 02:30, so nobody loses time against a deadline written as "02:30".
// - A local time that exists twice (fall back, last Sunday of October, 02:00–03:00 happens twice) is read as the
//   earlier of the two, still in summer time (+02:00). A deadline then never ends later than its wording allows.
// - Midnight never falls in either window in Brussels, so days, weeks and ranges are unaffected.
import { DateTime } from "luxon";
import type { Milestone, MilestoneKey, When } from "./milestone-types.ts";

export const BRUSSELS = "Europe/Brussels";

/** A half-open interval of UTC ISO instants: `end` is the first moment no longer inside. */
export interface Interval {
  start: string;
  end: string;
}

/** Why a milestone cannot be placed in time because of the addendum data itself (not because of a pending event). */
export type ResolveProblem =
  /** It refers to a milestone the addendum does not have. */
  | { code: "milestone.missing"; key: MilestoneKey }
  /** It refers, directly or through others, to itself. `keys` is the loop, first key repeated at the end. */
  | { code: "milestone.cycle"; keys: MilestoneKey[] }
  /** It counts days from the end of a milestone that has no end ("vanaf …"). */
  | { code: "milestone.open_ended"; key: MilestoneKey };

export interface Resolved {
  /** Inclusive start (UTC ISO), or null when the milestone has no start ("vóór …", "ten laatste …"). */
  start: string | null;
  /** Exclusive end (UTC ISO), or null when open-ended ("vanaf …") or not yet known. */
  end: string | null;
  /** Set for a single moment ("9 juni 2023 om 23u59"); then start = end = instant. */
  instant: string | null;
  /** True while the date depends on something that has not happened yet (or on broken data, see `problem`). */
  pending: boolean;
  /** What it waits for: the event as the addendum words it, or an explanation of the data problem. */
  waitingFor: string | null;
  /** The separate days, sessions or weeks of `dates`, `sessions` and `isoWeeks`, sorted; absent otherwise. */
  parts?: Interval[];
  /** Set when the addendum data cannot be resolved (missing target, cycle, open-ended target). */
  problem?: ResolveProblem;
}

export type ResolvedMilestone = Milestone & { resolved: Resolved };

export type MilestoneStatus = "upcoming" | "ongoing" | "past" | "waiting";

// ---------------------------------------------------------------------------------------------------------------
// Local ↔ UTC in Europe/Brussels

export interface LocalDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM (seconds and milliseconds are kept only in the UTC value) */
  time: string;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,3}))?)?$/;

/**
 * The years a local date in an addendum may have. Outside them a date is a typing error ("0223", "20233"), and
 * years 0–99 would be read as 1900–1999 by some date functions.
 */
export const minLocalYear = 2000;
export const maxLocalYear = 2100;

/** True for a real calendar date written YYYY-MM-DD (so not 2023-02-30). */
export function isValidLocalDate(date: string): boolean {
  const match = datePattern.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return DateTime.fromObject({ year, month, day }, { zone: "UTC" }).isValid;
}

function parseDate(date: string): { year: number; month: number; day: number } {
  const match = datePattern.exec(date);
  if (!match || !isValidLocalDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function parseTime(time: string): { hour: number; minute: number; second: number; millisecond: number } {
  const match = timePattern.exec(time);
  if (!match) throw new RangeError(`Not a local time (HH:MM): ${time}`);
  return {
    hour: Number(match[1]),
    minute: Number(match[2]),
    second: Number(match[3] ?? 0),
    millisecond: Number((match[4] ?? "0").padEnd(3, "0")),
  };
}

const HOUR = 3_600_000;

/** Epoch milliseconds of a UTC date and time. Unlike Date.UTC, which reads years 0–99 as 1900–1999, any year stays. */
function utcMillis(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

function offsetMsAt(utcMillis: number): number {
  return DateTime.fromMillis(utcMillis, { zone: BRUSSELS }).offset * 60_000;
}

/**
 * Brussels wall-clock → UTC epoch milliseconds, with the gap and ambiguity rules at the top of this file.
 * Luxon alone would read an ambiguous time as the later (winter) one, so the candidates are checked here.
 */
function wallClockToMillis(fields: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}): number {
  const naive = utcMillis(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
    fields.millisecond,
  );
  // The offsets in force a few hours around the wall-clock time: before and after any transition that day.
  const offsetBefore = offsetMsAt(naive - 6 * HOUR);
  const offsetAfter = offsetMsAt(naive + 6 * HOUR);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => naive - offset)
    .filter((millis) => millis + offsetMsAt(millis) === naive)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest !== undefined) return earliest;
  // In the spring-forward gap: read with the offset from before the change, which lands the same distance past it.
  return naive - offsetBefore;
}

/** A Brussels local date and time ("2023-06-09", "23:59") as a UTC ISO instant ("2023-06-09T21:59:00.000Z"). */
export function localToUtc(date: string, time = "00:00"): string {
  return new Date(wallClockToMillis({ ...parseDate(date), ...parseTime(time) })).toISOString();
}

/** The Brussels local date and time (HH:MM) of a UTC instant. */
export function utcToLocal(instantUtc: string): LocalDateTime {
  const local = toBrussels(instantUtc);
  return { date: local.toFormat("yyyy-MM-dd"), time: local.toFormat("HH:mm") };
}

function toBrussels(instantUtc: string): DateTime {
  const parsed = DateTime.fromISO(instantUtc, { zone: "UTC" });
  if (!parsed.isValid) throw new RangeError(`Not an ISO instant: ${instantUtc}`);
  return parsed.setZone(BRUSSELS);
}

/** The start of a Brussels local day, as a UTC ISO instant. */
export function startOfLocalDay(date: string): string {
  return localToUtc(date, "00:00");
}

/** The local date `days` calendar days after `date` (negative goes back). */
export function addDaysToLocalDate(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  return DateTime.fromObject({ year, month, day }, { zone: "UTC" }).plus({ days }).toISODate() as string;
}

/**
 * `days` calendar days after an instant, keeping the Brussels wall-clock time: 23:59 stays 23:59 across a
 * daylight-saving change, so the result is 23 or 25 hours per changed day away rather than a multiple of 24h.
 * If the wall-clock time does not exist or exists twice on the new day, the rules at the top of this file apply.
 */
export function addCalendarDays(instantUtc: string, days: number): string {
  const local = toBrussels(instantUtc);
  const target = DateTime.fromObject({ year: local.year, month: local.month, day: local.day }, { zone: "UTC" }).plus({
    days,
  });
  return new Date(
    wallClockToMillis({
      year: target.year,
      month: target.month,
      day: target.day,
      hour: local.hour,
      minute: local.minute,
      second: local.second,
      millisecond: local.millisecond,
    }),
  ).toISOString();
}

/** The Monday (local date) that starts ISO week `week` of ISO week-year `year`; throws if that week does not exist. */
export function isoWeekMonday(year: number, week: number): string {
  const monday = DateTime.fromObject({ weekYear: year, weekNumber: week, weekday: 1 }, { zone: "UTC" });
  if (!monday.isValid || monday.weekYear !== year || monday.weekNumber !== week) {
    throw new RangeError(`ISO week ${week} does not exist in ${year}`);
  }
  return monday.toISODate() as string;
}

/** The ISO week-year and week of a local date ("week van 5 juni" → { year: 2023, week: 23 }). */
export function isoWeekOf(date: string): { year: number; week: number } {
  const parsed = DateTime.fromObject(parseDate(date), { zone: "UTC" });
  return { year: parsed.weekYear, week: parsed.weekNumber };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

/** One problem of a `When`: `field` is the path inside it ("date", "dates.1", "sessions.0.to"), "" for the whole. */
export interface WhenIssue {
  field: string;
  code: string;
  params?: Record<string, number>;
}

/**
 * What is wrong with a `When` that the schema's patterns cannot see, each at its own field: impossible dates,
 * years outside 2000–2100, weeks a year does not have, ranges and sessions that end before they start.
 */
export function whenIssues(when: When): WhenIssue[] {
  const issues: WhenIssue[] = [];
  /** Adds the date's problem, if any; true when the date is fine. */
  const checkDate = (date: string, field: string): boolean => {
    if (!isValidLocalDate(date)) {
      issues.push({ field, code: "when.invalid_date" });
      return false;
    }
    const year = Number(date.slice(0, 4));
    if (year < minLocalYear || year > maxLocalYear) {
      issues.push({ field, code: "when.year_out_of_range", params: { min: minLocalYear, max: maxLocalYear } });
      return false;
    }
    return true;
  };
  switch (when.kind) {
    case "instant":
    case "date":
    case "from":
    case "before":
    case "onOrBefore":
      checkDate(when.date, "date");
      break;
    case "dates":
      when.dates.forEach((date, i) => checkDate(date, `dates.${i}`));
      if (when.dates.length === 0) issues.push({ field: "dates", code: "when.empty" });
      break;
    case "range": {
      const fromOk = checkDate(when.from, "from");
      const toOk = checkDate(when.to, "to");
      if (fromOk && toOk && when.to < when.from) issues.push({ field: "to", code: "when.range_reversed" });
      break;
    }
    case "isoWeeks":
      if (when.weeks.length === 0) issues.push({ field: "weeks", code: "when.empty" });
      when.weeks.forEach((week, i) => {
        try {
          isoWeekMonday(when.year, week);
        } catch {
          issues.push({ field: `weeks.${i}`, code: "when.invalid_week" });
        }
      });
      break;
    case "sessions":
      if (when.sessions.length === 0) issues.push({ field: "sessions", code: "when.empty" });
      when.sessions.forEach((session, i) => {
        checkDate(session.date, `sessions.${i}.date`);
        if (session.to <= session.from) issues.push({ field: `sessions.${i}.to`, code: "when.session_reversed" });
      });
      break;
    case "relative":
      break;
    case "pending":
      if (when.onOrBefore !== undefined) checkDate(when.onOrBefore, "onOrBefore");
      break;
  }
  return issues;
}

/** The catalogue codes of `whenIssues`, each once (empty when the `When` is fine). */
export function whenProblems(when: When): string[] {
  return [...new Set(whenIssues(when).map((issue) => issue.code))];
}

// ---------------------------------------------------------------------------------------------------------------
// Resolving

function dayInterval(date: string): Interval {
  return { start: startOfLocalDay(date), end: startOfLocalDay(addDaysToLocalDate(date, 1)) };
}

function fromParts(parts: Interval[]): Resolved {
  const sorted = [...parts].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : 1));
  const first = sorted[0];
  if (first === undefined) throw new RangeError("A milestone needs at least one day, week or session");
  const end = sorted.reduce((latest, part) => (part.end > latest ? part.end : latest), first.end);
  return { start: first.start, end, instant: null, pending: false, waitingFor: null, parts: sorted };
}

const settled = (start: string | null, end: string | null, instant: string | null = null): Resolved => ({
  start,
  end,
  instant,
  pending: false,
  waitingFor: null,
});

const unresolvable = (problem: ResolveProblem, waitingFor: string): Resolved => ({
  start: null,
  end: null,
  instant: null,
  pending: true,
  waitingFor,
  problem,
});

/**
 * Places one `When` in time. `resolveKey` gives the resolved milestone that a `relative` counts from
 * (undefined when the addendum has none). Throws a RangeError for dates the calendar does not have
 * (see `whenProblems`, which callers use to refuse such input with a clear message first).
 */
export function resolveWhen(when: When, resolveKey: (key: MilestoneKey) => Resolved | undefined): Resolved {
  switch (when.kind) {
    case "instant": {
      const instant = localToUtc(when.date, when.time);
      return settled(instant, instant, instant);
    }
    case "date": {
      const day = dayInterval(when.date);
      return settled(day.start, day.end);
    }
    case "dates":
      return fromParts([...new Set(when.dates)].map(dayInterval));
    case "range": {
      if (when.to < when.from) throw new RangeError(`Range ends (${when.to}) before it starts (${when.from})`);
      return settled(startOfLocalDay(when.from), startOfLocalDay(addDaysToLocalDate(when.to, 1)));
    }
    case "isoWeeks":
      return fromParts(
        [...new Set(when.weeks)].map((week) => {
          const monday = isoWeekMonday(when.year, week);
          return { start: startOfLocalDay(monday), end: startOfLocalDay(addDaysToLocalDate(monday, 7)) };
        }),
      );
    case "sessions":
      return fromParts(
        when.sessions.map((session) => {
          if (session.to <= session.from) {
            throw new RangeError(`Session on ${session.date} ends (${session.to}) before it starts (${session.from})`);
          }
          return { start: localToUtc(session.date, session.from), end: localToUtc(session.date, session.to) };
        }),
      );
    case "from":
      return settled(startOfLocalDay(when.date), null);
    case "before":
      // "Vóór 7 juli": over when 7 July starts.
      return settled(null, startOfLocalDay(when.date));
    case "onOrBefore":
      // "Ten laatste 16 juni": 16 June is still in time.
      return settled(null, startOfLocalDay(addDaysToLocalDate(when.date, 1)));
    case "pending":
      return {
        start: null,
        end: when.onOrBefore === undefined ? null : startOfLocalDay(addDaysToLocalDate(when.onOrBefore, 1)),
        instant: null,
        pending: true,
        waitingFor: when.event,
      };
    case "relative":
      return resolveRelative(when.to, when.days, resolveKey(when.to));
  }
}

// "Einddatum + 14 dagen": counted in calendar days from the end of the target, keeping the Brussels wall clock.
function resolveRelative(key: MilestoneKey, days: number, target: Resolved | undefined): Resolved {
  if (target === undefined) {
    return unresolvable({ code: "milestone.missing", key }, `the addendum has no milestone "${key}"`);
  }
  if (target.problem !== undefined) {
    // A loop or a missing milestone further down the chain makes this one unresolvable too.
    return {
      start: null,
      end: null,
      instant: null,
      pending: true,
      waitingFor: target.waitingFor,
      problem: target.problem,
    };
  }
  if (target.end === null) {
    if (target.pending) {
      return { start: null, end: null, instant: null, pending: true, waitingFor: target.waitingFor };
    }
    return unresolvable({ code: "milestone.open_ended", key }, `milestone "${key}" has no end date to count from`);
  }
  const end = addCalendarDays(target.end, days);
  if (target.pending) {
    // The target's latest date gives this one a latest date; the real date follows the event.
    return { start: null, end, instant: null, pending: true, waitingFor: target.waitingFor };
  }
  return settled(target.end, end);
}

/**
 * Resolves every milestone of an addendum, following `relative` references. A reference to a milestone that is
 * not there, or a loop of references, leaves the milestones involved pending with a `problem` that says why.
 * When a key occurs twice, references go to the first one.
 */
export function resolveMilestones(milestones: Milestone[]): ResolvedMilestone[] {
  const byKey = new Map<MilestoneKey, Milestone>();
  for (const milestone of milestones) if (!byKey.has(milestone.key)) byKey.set(milestone.key, milestone);

  const done = new Map<MilestoneKey, Resolved>();
  const visiting: MilestoneKey[] = [];

  const resolveKey = (key: MilestoneKey): Resolved | undefined => {
    const known = done.get(key);
    if (known) return known;
    const milestone = byKey.get(key);
    if (!milestone) return undefined;
    const loopStart = visiting.indexOf(key);
    if (loopStart >= 0) {
      const keys = [...visiting.slice(loopStart), key];
      return unresolvable({ code: "milestone.cycle", keys }, `circular reference: ${keys.join(" → ")}`);
    }
    visiting.push(key);
    const resolved = resolveWhen(milestone.when, resolveKey);
    visiting.pop();
    done.set(key, resolved);
    return resolved;
  };

  return milestones.map((milestone) => {
    const resolved = milestone === byKey.get(milestone.key) ? resolveKey(milestone.key) : undefined;
    return { ...milestone, resolved: resolved ?? resolveWhen(milestone.when, resolveKey) };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Where "now" stands

function millis(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso);
}

/** True once the milestone has begun (always true when it has no start, e.g. "vóór …"). False while waiting. */
export function hasStarted(resolved: Resolved, now: Date): boolean {
  if (resolved.pending) return false;
  const start = millis(resolved.start);
  return start === null || now.getTime() >= start;
}

/**
 * True once the (exclusive) end has passed. A pending milestone with a latest date is over after that date. An
 * instant is over only after its moment: a deadline "om 23u59" still accepts at 23:59:00.000 (call-phase.ts).
 */
export function hasEnded(resolved: Resolved, now: Date): boolean {
  if (resolved.instant !== null) return now.getTime() > Date.parse(resolved.instant);
  const end = millis(resolved.end);
  return end !== null && now.getTime() >= end;
}

/**
 * True while `now` falls inside the milestone; for separate days, sessions or weeks only inside one of them
 * (the evening between two jury sessions is not "during the pitches").
 */
export function isWithin(resolved: Resolved, now: Date): boolean {
  if (!hasStarted(resolved, now) || hasEnded(resolved, now)) return false;
  if (resolved.instant !== null) return false;
  if (resolved.parts === undefined) return true;
  const t = now.getTime();
  return resolved.parts.some((part) => t >= Date.parse(part.start) && t < Date.parse(part.end));
}

/**
 * - "waiting": depends on an event (or broken data) and its latest date, if any, has not passed;
 * - "upcoming": before the start (an instant: before the moment);
 * - "past": at or after the exclusive end (an instant: after the moment, so 23:59:00.001 is too late);
 * - "ongoing": otherwise, including the days between separate parts, before an end without a start
 *   ("vóór 7 juli" is ongoing until 7 July starts) and after the start of an open-ended "vanaf …".
 */
export function milestoneStatus(resolved: Resolved, now: Date): MilestoneStatus {
  if (hasEnded(resolved, now)) return "past";
  if (resolved.pending) return "waiting";
  const start = millis(resolved.start);
  if (start !== null && now.getTime() < start) return "upcoming";
  return "ongoing";
}
