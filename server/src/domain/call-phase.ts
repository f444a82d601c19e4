// Where a call stands, from its milestones and the clock (Europe/Brussels) — never from a manual switch.
//
//   not_open → open → assessment → pitches → decision → weerwoord → closed
//
// - not_open: before the launch starts (or while the launch waits for an event).
// - open: from the launch until the candidacy deadline. A deadline instant ("9 juni 2023 om 23u59") is the last
//   moment a candidacy is accepted: 23:59:00.000 Brussels time is in time, 23:59:00.001 is late. A deadline given as
//   a day ("ten laatste 16 juni") accepts the whole day, until 23:59:59.999 Brussels time.
// - assessment: after the deadline, until the pitches start (the earlier of "pitches en jury" and the matching
//   moments); the written proposals are judged. A call without pitches or matching moments stays in assessment
//   until the written assessment ("Beoordelen schriftelijke projectvoorstellen") ends; without that milestone, or
//   when it has no end, the decision phase follows the deadline at once.
// - pitches: from the first pitch or matching moment until the last one ends, days in between included.
// - decision: after the pitches (or after the assessment when the call has none) until the decisions are published.
//   Publishing the decisions is the event that moves the call on; the addendum's "vóór 15 juli" is when it is due.
// - weerwoord: from the publication of the decisions until 14 calendar days later, at the same Brussels wall-clock
//   time (a daylight-saving change in between makes the window 335 or 337 hours instead of 336).
//   A publication later than "now" has not happened yet at "now".
// - closed: after that.
//
// A milestone that waits for an event ("dag na bekrachtiging … door beheerscomité") holds the procedure at that step
// and says what it waits for; so does broken data (a milestone that refers to one the call does not have).
import type { Milestone, MilestoneKey } from "./milestone-types.ts";
import { addCalendarDays, resolveMilestones, type Resolved } from "./milestones.ts";

export const callPhases = ["not_open", "open", "assessment", "pitches", "decision", "weerwoord", "closed"] as const;
export type CallPhase = (typeof callPhases)[number];

/** Days an applicant has to file a weerwoord after the decision was communicated (the programme's rule). */
export const weerwoordDays = 14;

export interface CallClock {
  /** The call's timeline. */
  milestones: Milestone[];
  /** When the decisions were published (the letters sent); null until then. */
  decisionsPublishedAt: Date | null;
  /**
   * The latest publication of any decision of the call: later than the batch when a decision reopened by an upheld
   * weerwoord was published again, which opens a new window for it. Absent: the batch's moment.
   */
  lastDecisionPublishedAt?: Date | null;
}

export interface PhaseState {
  phase: CallPhase;
  /** When this phase began (UTC ISO), where known. */
  since: string | null;
  /** When this phase ends (UTC ISO): the first moment of the next phase, where known. */
  until: string | null;
  /** The milestone the procedure waits for, with the event as the call words it; null when nothing waits. */
  waiting: { key: MilestoneKey; event: string } | null;
  /** The last moment a candidacy is accepted (UTC ISO, inclusive); null while the deadline is not set. */
  deadline: string | null;
  /** The last moment a weerwoord is accepted (UTC ISO, exclusive end); null until the decisions are published. */
  weerwoordUntil: string | null;
}

const pitchKeys: readonly MilestoneKey[] = ["pitches_jury", "matching_moments"];

/** The last accepted moment of a resolved deadline: the instant itself, or just before the end of the day(s). */
export function lastAcceptedMoment(resolved: Resolved): string | null {
  if (resolved.pending) return null;
  if (resolved.instant !== null) return resolved.instant;
  if (resolved.end !== null) return new Date(Date.parse(resolved.end) - 1).toISOString();
  return null;
}

/** True when something received at `at` is in time for the deadline (inclusive). A deadline not yet set accepts. */
export function isInTime(deadline: string | null, at: Date): boolean {
  return deadline === null || at.getTime() <= Date.parse(deadline);
}

function waitingOn(key: MilestoneKey, resolved: Resolved | undefined): PhaseState["waiting"] {
  if (resolved === undefined || !resolved.pending) return null;
  return { key, event: resolved.waitingFor ?? "" };
}

// Resolving a timeline takes a fifth of a millisecond (time-zone arithmetic) and does not depend on "now", while the
// phase is asked for every call on every list request: keep the last few hundred timelines resolved. Bounded, and
// keyed by the timeline's content, so an edited timeline is simply a new key.
const resolvedTimelines = new Map<string, ReadonlyMap<MilestoneKey, Resolved>>();
const maxResolvedTimelines = 500;

function resolvedByKey(milestones: Milestone[]): ReadonlyMap<MilestoneKey, Resolved> {
  const key = JSON.stringify(milestones);
  const known = resolvedTimelines.get(key);
  if (known) return known;
  const resolved = new Map(resolveMilestones(milestones).map((m) => [m.key, m.resolved]));
  if (resolvedTimelines.size >= maxResolvedTimelines) resolvedTimelines.clear();
  resolvedTimelines.set(key, resolved);
  return resolved;
}

export function callPhase(call: CallClock, now: Date): PhaseState {
  const byKey = resolvedByKey(call.milestones);
  const t = now.getTime();
  const at = (iso: string | null) => (iso === null ? null : Date.parse(iso));

  const launch = byKey.get("launch");
  const deadlineMilestone = byKey.get("candidacy_deadline");
  const deadline = deadlineMilestone ? lastAcceptedMoment(deadlineMilestone) : null;
  const afterDeadline = deadline === null ? null : new Date(Date.parse(deadline) + 1).toISOString();
  const base = { deadline, weerwoordUntil: null };

  // Not yet open: before the launch, or the launch waits for an event.
  const launchWaiting = waitingOn("launch", launch);
  const launchStart = launch && !launch.pending ? launch.start : null;
  if (launchWaiting || (launchStart !== null && t < (at(launchStart) as number))) {
    return { ...base, phase: "not_open", since: null, until: launchStart, waiting: launchWaiting };
  }

  // Open until the deadline; a deadline that waits (or is missing) keeps the call open, visibly.
  if (deadline === null || t <= Date.parse(deadline)) {
    const waiting = deadlineMilestone ? waitingOn("candidacy_deadline", deadlineMilestone) : null;
    return { ...base, phase: "open", since: launchStart, until: afterDeadline, waiting };
  }

  // From here on the deadline has passed: every later phase begins after it. Once the decisions are published (at or
  // before now), only the weerwoord window counts.
  if (call.decisionsPublishedAt !== null && t >= call.decisionsPublishedAt.getTime()) {
    const published = call.decisionsPublishedAt.toISOString();
    const last = call.lastDecisionPublishedAt ?? call.decisionsPublishedAt;
    const latest = last > call.decisionsPublishedAt ? last : call.decisionsPublishedAt;
    // The weerwoord phase lasts until the last window closes: that of a decision published again, if any.
    const weerwoordUntil = addCalendarDays(latest.toISOString(), weerwoordDays);
    if (t < Date.parse(weerwoordUntil)) {
      return { ...base, weerwoordUntil, phase: "weerwoord", since: published, until: weerwoordUntil, waiting: null };
    }
    return { ...base, weerwoordUntil, phase: "closed", since: weerwoordUntil, until: null, waiting: null };
  }

  // Pitches: from the first pitch or matching moment to the end of the last one. A pitch milestone that waits for an
  // event holds the call in assessment, saying what it waits for.
  const pitches = pitchKeys.flatMap((key) => {
    const resolved = byKey.get(key);
    return resolved ? [{ key, resolved }] : [];
  });
  const pitchWaiting = pitches.map((p) => waitingOn(p.key, p.resolved)).find((w) => w !== null) ?? null;
  const starts = pitches.map((p) => at(p.resolved.start)).filter((s): s is number => s !== null);
  const ends = pitches.map((p) => p.resolved.end);
  const pitchStart = starts.length > 0 ? Math.min(...starts) : null;
  // An open end ("vanaf 21 juni") or a waiting milestone: the pitches last until the decisions are published.
  const pitchEnd =
    ends.length > 0 && ends.every((e) => e !== null) ? Math.max(...ends.map((e) => Date.parse(e!))) : null;
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  // A phase after the deadline never begins before it, even when a pitch window opened earlier.
  const afterDeadlineMs = Date.parse(deadline) + 1;
  const notBeforeDeadline = (ms: number | null) => iso(Math.max(ms ?? afterDeadlineMs, afterDeadlineMs));

  if (pitches.length > 0 && (pitchWaiting !== null || (pitchStart !== null && t < pitchStart))) {
    return {
      ...base,
      phase: "assessment",
      since: afterDeadline,
      until: pitchWaiting ? null : iso(pitchStart),
      waiting: pitchWaiting,
    };
  }
  if (pitches.length > 0 && (pitchEnd === null || t < pitchEnd)) {
    // A pitch milestone with no start ("vóór 30 juni") runs from the end of the deadline.
    return { ...base, phase: "pitches", since: notBeforeDeadline(pitchStart), until: iso(pitchEnd), waiting: null };
  }

  // Without pitches, the written assessment is the assessment phase. One that waits for an event holds the call here.
  let assessmentEnd: number | null = null;
  if (pitches.length === 0) {
    const written = byKey.get("written_assessment");
    const writtenWaiting = waitingOn("written_assessment", written);
    if (writtenWaiting !== null) {
      return { ...base, phase: "assessment", since: afterDeadline, until: null, waiting: writtenWaiting };
    }
    assessmentEnd = at(written?.end ?? null);
    if (assessmentEnd !== null && t < assessmentEnd) {
      return { ...base, phase: "assessment", since: afterDeadline, until: iso(assessmentEnd), waiting: null };
    }
  }

  // Decision: until the coordinator publishes. A decision milestone that waits for an event says so.
  const decision = byKey.get("decision_communication");
  return {
    ...base,
    phase: "decision",
    since: notBeforeDeadline(pitches.length > 0 ? pitchEnd : assessmentEnd),
    until: null,
    waiting: waitingOn("decision_communication", decision),
  };
}

/** What each phase allows. Record-level checks (whose candidacy, which region, conflicts) come on top. */
export const phaseAllows = {
  /** Applicants create, edit and submit candidacies. */
  applying: (phase: CallPhase) => phase === "open",
  /** Jury members score the submitted candidacies. */
  scoring: (phase: CallPhase) => phase === "assessment" || phase === "pitches" || phase === "decision",
  /** The coordinator plans pitch slots. */
  planningPitches: (phase: CallPhase) => phase === "assessment" || phase === "pitches",
  /** The coordinator prepares and publishes decisions. */
  deciding: (phase: CallPhase) => phase === "pitches" || phase === "decision",
  /** Applicants file a weerwoord. */
  weerwoord: (phase: CallPhase) => phase === "weerwoord",
} as const;
