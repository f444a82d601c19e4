import { describe, expect, it } from "vitest";
import type { ScanView } from "../../../api/scans.ts";
import { progressOf } from "./progress.ts";

function scan(takenOn: string, moment: ScanView["moment"], ladderRung: number | null, scores: Record<string, number>) {
  return {
    id: takenOn,
    trajectoryId: "t",
    takenOn,
    moment,
    ladderRung,
    talents: "",
    clientWish: "",
    takenBy: { userId: "u", name: "Sanne" },
    createdAt: `${takenOn}T10:00:00.000Z`,
    domains: Object.entries(scores).map(([lifeDomain, score]) => ({
      lifeDomain,
      score,
      barriers: [],
      strengths: "",
      wish: "",
    })),
  } satisfies ScanView;
}

const names = {
  lifeDomains: [
    { code: "housing", name: "Wonen" },
    { code: "language", name: "Taal" },
    { code: "work", name: "Werk" },
  ],
};

describe("the progress between scans", () => {
  it("puts the oldest scan first, one row per domain scored in any scan, gaps where a scan skipped it", () => {
    // The API lists the newest first.
    const scans = [
      scan("2026-11-19", "during", 3, { language: 3 }),
      scan("2026-10-01", "start", null, { housing: 1, language: 2 }),
    ];
    const series = progressOf(scans, names, "nl", (m) => m);
    expect(series.labels).toEqual(["1 oktober 2026 (start)", "19 november 2026 (during)"]);
    expect(series.domains).toEqual([
      { code: "housing", name: "Wonen", scores: [1, null] },
      { code: "language", name: "Taal", scores: [2, 3] },
    ]);
    expect(series.ladder).toEqual([null, 3]);
  });
});
