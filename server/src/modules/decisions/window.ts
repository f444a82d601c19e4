// The weerwoord window of a published decision and whether a call's decisions are still provisional. Pure rules on
// top of domain/call-phase.ts: 14 calendar days after the decision was communicated, at the same Brussels
// wall-clock time (a DST change in between makes it 335 or 337 hours).
import { weerwoordDays } from "../../domain/call-phase.ts";
import { addCalendarDays } from "../../domain/milestones.ts";

/** The exclusive end of the weerwoord window (UTC ISO): filing is possible while now < this. */
export function weerwoordUntil(publishedAt: Date): string {
  return addCalendarDays(publishedAt.toISOString(), weerwoordDays);
}

export function weerwoordOpen(publishedAt: Date, now: Date): boolean {
  return now.getTime() < Date.parse(weerwoordUntil(publishedAt));
}

/**
 * Decisions stay provisional until every weerwoord window of the call has closed, every weerwoord is handled and no
 * decision waits to be published again after an upheld weerwoord. Before publication nothing is final either.
 */
export function isProvisional(
  decisions: { publishedAt: Date | null; reopenedAt: Date | null }[],
  unhandledObjection: boolean,
  now: Date,
): boolean {
  if (unhandledObjection) return true;
  if (decisions.length === 0) return true;
  return decisions.some((d) => d.publishedAt === null || d.reopenedAt !== null || weerwoordOpen(d.publishedAt, now));
}
