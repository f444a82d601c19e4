// What a milestone's timing means exactly, and where it stands relative to now.
import { describeWhen as describe } from "../../../server/src/domain/belgian-format.ts";
import type { MilestoneKey, ResolvedMilestone } from "../api/types.ts";
import { toLocale } from "./dates.ts";

export function describeMilestone(
  m: ResolvedMilestone,
  language: string,
  labelOf: (key: MilestoneKey) => string,
): string {
  return describe(m.when, m.resolved, toLocale(language), labelOf);
}

export type MilestoneStatus = "past" | "current" | "upcoming" | "pending" | "unknown";

export function milestoneStatus(m: ResolvedMilestone, now: number): MilestoneStatus {
  const r = m.resolved;
  if (r.pending) return "pending";
  const start = r.start ?? r.instant;
  const end = r.end ?? r.instant;
  // An instant ("om 23u59") is still in time at its very moment; a period ends at its exclusive end.
  if (r.instant ? Date.parse(r.instant) < now : end && Date.parse(end) <= now) return "past";
  if (start && Date.parse(start) > now) return "upcoming";
  if (start && end) return "current";
  return "unknown";
}
