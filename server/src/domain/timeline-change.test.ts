import { describe, expect, it } from "vitest";
import type { Milestone } from "./milestone-types.ts";
import { canTakeOver, compareTimelines } from "./timeline-change.ts";

const launch = (date: string): Milestone => ({
  key: "launch",
  label: "Lancering",
  original: date,
  when: { kind: "date", date },
});
const deadline = (date: string, time = "23:59"): Milestone => ({
  key: "candidacy_deadline",
  label: "Deadline kandidaturen",
  original: `${date} om ${time}`,
  when: { kind: "instant", date, time },
});
const pitches = (when: Milestone["when"], original = "pitches"): Milestone => ({
  key: "pitches_jury",
  label: "Pitches en jury",
  original,
  when,
});
const waitingPitches = pitches(
  { kind: "pending", event: "na bekrachtiging door het beheerscomité" },
  "na bekrachtiging",
);

// 23 November 2026, 11:00 in Brussels.
const now = new Date("2026-11-23T10:00:00Z");

describe("taking a new timeline into a running call", () => {
  it("lets a waiting step get the date the event happened, even one that has passed", () => {
    const current = [launch("2026-11-01"), deadline("2026-12-18"), waitingPitches];
    const proposed = [launch("2026-11-01"), deadline("2026-12-18"), pitches({ kind: "date", date: "2026-11-20" })];
    const changes = compareTimelines(current, proposed, now);
    expect(changes.find((c) => c.key === "pitches_jury")).toMatchObject({ kind: "changed", refusal: null });
    expect(canTakeOver(changes)).toBe(true);
  });

  it("keeps a step that has begun as it happened, but lets its wording be corrected", () => {
    const current = [launch("2026-11-01"), deadline("2026-12-18")];
    const moved = compareTimelines(current, [launch("2026-11-02"), deadline("2026-12-18")], now);
    expect(moved[0]).toMatchObject({ key: "launch", kind: "changed", refusal: "started_milestone" });
    expect(canTakeOver(moved)).toBe(false);

    const reworded = compareTimelines(
      current,
      [{ ...launch("2026-11-01"), original: "1 november" }, deadline("2026-12-18")],
      now,
    );
    expect(reworded[0]).toMatchObject({ kind: "reworded", before: "2026-11-01", after: "1 november", refusal: null });
    expect(canTakeOver(reworded)).toBe(true);
  });

  it("never moves a dated step into the past, and refuses removing one that began", () => {
    const current = [launch("2026-11-01"), deadline("2026-12-18"), pitches({ kind: "date", date: "2027-01-12" })];
    const intoPast = compareTimelines(
      current,
      [launch("2026-11-01"), deadline("2026-12-18"), pitches({ kind: "date", date: "2026-11-22" })],
      now,
    );
    expect(intoPast.find((c) => c.key === "pitches_jury")?.refusal).toBe("moved_into_past");
    const removed = compareTimelines(current, [deadline("2026-12-18"), current[2]!], now);
    expect(removed.find((c) => c.key === "launch")).toMatchObject({ kind: "removed", refusal: "started_milestone" });
  });

  it("moves the deadline of an open call later, never earlier, not even by a minute", () => {
    const current = [launch("2026-11-01"), deadline("2026-12-18")];
    const later = compareTimelines(current, [launch("2026-11-01"), deadline("2027-01-08")], now);
    expect(later[1]).toMatchObject({ kind: "changed", refusal: null, before: "2026-12-18 om 23:59" });
    const earlier = compareTimelines(current, [launch("2026-11-01"), deadline("2026-12-18", "23:58")], now);
    expect(earlier[1]?.refusal).toBe("deadline_earlier");
    expect(canTakeOver(earlier)).toBe(false);
  });

  it("lets the deadline of a call that has not opened yet move either way", () => {
    const current = [launch("2027-01-04"), deadline("2027-02-26")];
    const changes = compareTimelines(current, [launch("2027-01-04"), deadline("2027-02-12")], now);
    expect(changes[1]).toMatchObject({ kind: "changed", refusal: null });
  });

  it("has nothing to take over when the timelines are the same", () => {
    const current = [launch("2026-11-01"), deadline("2026-12-18")];
    const changes = compareTimelines(current, structuredClone(current), now);
    expect(changes.map((c) => c.kind)).toEqual(["unchanged", "unchanged"]);
    expect(canTakeOver(changes)).toBe(false);
  });
});
