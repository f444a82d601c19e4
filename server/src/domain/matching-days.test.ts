import { describe, expect, it } from "vitest";
import { formatMatchingDays, matchingDays } from "./matching-days.ts";
import type { Milestone, When } from "./milestone-types.ts";

const milestone = (key: Milestone["key"], when: When): Milestone => ({ key, label: key, original: key, when });

describe("the matching days of a call", () => {
  it("are the days of the pitches and matching moments, whatever form the addendum uses", () => {
    expect(
      matchingDays([
        milestone("pitches_jury", {
          kind: "sessions",
          sessions: [
            { date: "2026-12-03", from: "13:00", to: "17:00" },
            { date: "2026-12-01", from: "09:00", to: "12:00" },
          ],
        }),
        milestone("matching_moments", { kind: "range", from: "2026-12-07", to: "2026-12-08" }),
        milestone("written_assessment", { kind: "date", date: "2026-11-25" }),
      ]),
    ).toEqual(["2026-12-01", "2026-12-03", "2026-12-07", "2026-12-08"]);
    expect(matchingDays([milestone("pitches_jury", { kind: "isoWeeks", year: 2026, weeks: [49] })])).toHaveLength(7);
  });

  it("are none when the call names no days (any day is then allowed)", () => {
    expect(matchingDays([milestone("pitches_jury", { kind: "from", date: "2026-12-01" })])).toEqual([]);
    expect(matchingDays([milestone("pitches_jury", { kind: "pending", event: "beheerscomité" })])).toEqual([]);
    expect(matchingDays([])).toEqual([]);
  });

  it("read in Belgian format, runs of days as ranges", () => {
    expect(formatMatchingDays(["2026-12-01", "2026-12-03"], "nl")).toBe("dinsdag 1 en donderdag 3 december 2026");
    expect(formatMatchingDays(["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-08"], "nl")).toBe(
      "1 december – 3 december 2026 en dinsdag 8 december 2026",
    );
  });
});
