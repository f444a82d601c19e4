// Taking a new timeline into a running call: the coordinator sets a date the addendum left open ("dag na
// bekrachtiging …"), extends the deadline, or moves the pitch days, by publishing the addendum again and taking its
// timeline over. What has already happened stays as it happened, and nobody loses time they were promised:
// - a milestone that has begun keeps its dates (its wording may still be corrected);
// - a dated milestone cannot be moved to begin in the past (that would skip or replay a phase without anyone being
//   told); a milestone that waited for an event may get the date the event happened, even a past one;
// - once candidacies are accepted, the deadline can move later, never earlier.
// Pure: compares two timelines at `now`.
import type { Milestone, MilestoneKey } from "./milestone-types.ts";
import { hasStarted, resolveMilestones, type Resolved } from "./milestones.ts";
import { lastAcceptedMoment } from "./call-phase.ts";

export type MilestoneChangeKind = "added" | "removed" | "changed" | "reworded" | "unchanged";

/** Why a change cannot be taken over; the message catalogue has each as `call_opening.<code>`. */
export type TimelineRefusal = "started_milestone" | "moved_into_past" | "deadline_earlier";

export interface MilestoneChange {
  key: MilestoneKey;
  kind: MilestoneChangeKind;
  /** The wording before and after ("9 juni 2023 om 23u59"); null where the milestone is absent. */
  before: string | null;
  after: string | null;
  refusal: TimelineRefusal | null;
}

const sameWhen = (a: Milestone, b: Milestone) => JSON.stringify(a.when) === JSON.stringify(b.when);
const sameWords = (a: Milestone, b: Milestone) =>
  a.label === b.label && a.original === b.original && a.provisional === b.provisional && a.note === b.note;

function startsInPast(resolved: Resolved, now: Date): boolean {
  return !resolved.pending && hasStarted(resolved, now);
}

/** Every milestone of either timeline, in the order of the proposed one (removed ones last), with what changes. */
export function compareTimelines(current: Milestone[], proposed: Milestone[], now: Date): MilestoneChange[] {
  const before = new Map(resolveMilestones(current).map((m) => [m.key, m]));
  const after = new Map(resolveMilestones(proposed).map((m) => [m.key, m]));
  const changes: MilestoneChange[] = [];

  for (const next of after.values()) {
    const previous = before.get(next.key);
    if (previous === undefined) {
      const refusal = startsInPast(next.resolved, now) ? "moved_into_past" : null;
      changes.push({ key: next.key, kind: "added", before: null, after: next.original, refusal });
      continue;
    }
    const kind: MilestoneChangeKind = !sameWhen(previous, next)
      ? "changed"
      : sameWords(previous, next)
        ? "unchanged"
        : "reworded";
    let refusal: TimelineRefusal | null = null;
    if (kind === "changed") {
      if (startsInPast(previous.resolved, now)) refusal = "started_milestone";
      else if (!previous.resolved.pending && startsInPast(next.resolved, now)) refusal = "moved_into_past";
      else if (next.key === "candidacy_deadline") {
        // The call takes candidacies once its launch has begun (or when it names no launch).
        const launch = before.get("launch");
        const open = launch === undefined || startsInPast(launch.resolved, now);
        if (open && movedEarlier(previous.resolved, next.resolved)) refusal = "deadline_earlier";
      }
    }
    changes.push({ key: next.key, kind, before: previous.original, after: next.original, refusal });
  }
  for (const previous of before.values()) {
    if (after.has(previous.key)) continue;
    const refusal = startsInPast(previous.resolved, now) ? "started_milestone" : null;
    changes.push({ key: previous.key, kind: "removed", before: previous.original, after: null, refusal });
  }
  return changes;
}

// Applicants plan on the deadline they were given: while candidacies are accepted it may move later, never earlier
// (a deadline that becomes unset counts as earlier).
function movedEarlier(previous: Resolved, next: Resolved): boolean {
  const was = lastAcceptedMoment(previous);
  const will = lastAcceptedMoment(next);
  if (was === null) return false;
  return will === null || Date.parse(will) < Date.parse(was);
}

/** True when the proposed timeline differs from the current one in anything, and nothing of it is refused. */
export function canTakeOver(changes: readonly MilestoneChange[]): boolean {
  return changes.some((c) => c.kind !== "unchanged") && changes.every((c) => c.refusal === null);
}
