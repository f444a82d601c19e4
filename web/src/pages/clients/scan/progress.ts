// The numbers of the progress between scans, oldest first: per life domain scored in any scan its score in each
// scan (null where that scan did not score it) and the ladder rung. The chart and its table both draw from here.
import type { ScanView } from "../../../api/scans.ts";
import { formatDate } from "../../../format/dates.ts";
import type { ScanNames } from "./names.ts";

export interface ProgressSeries {
  /** Column labels: each scan's day (and moment). */
  labels: string[];
  /** Per life domain scored in any scan: the score in each scan, null where not scored. */
  domains: { code: string; name: string; scores: (number | null)[] }[];
  ladder: (number | null)[];
}

export function progressOf(
  scans: readonly ScanView[],
  names: Pick<ScanNames, "lifeDomains">,
  language: string,
  momentName: (m: string) => string,
): ProgressSeries {
  const ordered = [...scans].reverse();
  const scored = new Set(ordered.flatMap((s) => s.domains.map((d) => d.lifeDomain)));
  return {
    labels: ordered.map((s) => `${formatDate(s.takenOn, language, false)} (${momentName(s.moment)})`),
    domains: names.lifeDomains
      .filter((d) => scored.has(d.code))
      .map((d) => ({
        code: d.code,
        name: d.name,
        scores: ordered.map((s) => s.domains.find((x) => x.lifeDomain === d.code)?.score ?? null),
      })),
    ladder: ordered.map((s) => s.ladderRung),
  };
}
