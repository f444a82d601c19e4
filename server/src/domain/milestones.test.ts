import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Milestone, MilestoneKey, When } from "./milestone-types.ts";
import {
  addCalendarDays,
  addDaysToLocalDate,
  hasEnded,
  hasStarted,
  isoWeekMonday,
  isoWeekOf,
  isValidLocalDate,
  isWithin,
  localToUtc,
  milestoneStatus,
  resolveMilestones,
  resolveWhen,
  utcToLocal,
  whenIssues,
  whenProblems,
  type Resolved,
} from "./milestones.ts";

const noTargets = (): Resolved | undefined => undefined;
const at = (iso: string): Date => new Date(iso);

function milestone(key: MilestoneKey, when: When, extra: Partial<Milestone> = {}): Milestone {
  return { key, label: key, original: key, when, ...extra };
}

describe("localToUtc and utcToLocal (Europe/Brussels)", () => {
  it("reads the candidacy deadline '9 juni 2023 om 23u59' as 21:59 UTC (summer time)", () => {
    expect(localToUtc("2023-06-09", "23:59")).toBe("2023-06-09T21:59:00.000Z");
  });

  it("uses +01:00 in winter", () => {
    expect(localToUtc("2023-01-15", "12:00")).toBe("2023-01-15T11:00:00.000Z");
    expect(localToUtc("2023-12-31", "23:59")).toBe("2023-12-31T22:59:00.000Z");
  });

  it("defaults to the start of the local day", () => {
    expect(localToUtc("2023-07-07")).toBe("2023-07-06T22:00:00.000Z");
    expect(localToUtc("2024-01-01")).toBe("2023-12-31T23:00:00.000Z");
  });

  it("turns instants back into Brussels wall-clock time", () => {
    expect(utcToLocal("2023-06-09T21:59:00.000Z")).toEqual({ date: "2023-06-09", time: "23:59" });
    expect(utcToLocal("2023-12-31T23:30:00Z")).toEqual({ date: "2024-01-01", time: "00:30" });
  });

  it("rejects impossible dates and times", () => {
    expect(() => localToUtc("2023-02-30")).toThrow(RangeError);
    expect(() => localToUtc("2023-13-01")).toThrow(RangeError);
    expect(() => localToUtc("9 juni 2023")).toThrow(RangeError);
    expect(() => localToUtc("2023-06-09", "24:00")).toThrow(RangeError);
    expect(() => localToUtc("2023-06-09", "23u59")).toThrow(RangeError);
    expect(() => utcToLocal("not a date")).toThrow(RangeError);
  });

  it("knows leap days", () => {
    expect(isValidLocalDate("2024-02-29")).toBe(true);
    expect(isValidLocalDate("2023-02-29")).toBe(false);
    expect(isValidLocalDate("2100-02-29")).toBe(false);
    expect(isValidLocalDate("2000-02-29")).toBe(true);
  });

  // Spring forward: on these Sundays the clocks jump from 02:00 to 03:00; 02:xx does not exist.
  describe.each([
    ["2023-03-26", "2023-03-26T01:00:00.000Z"],
    ["2026-03-29", "2026-03-29T01:00:00.000Z"],
  ])("spring forward on %s", (date, changeUtc) => {
    it("has +01:00 just before and +02:00 from 03:00", () => {
      expect(localToUtc(date, "01:59")).toBe(new Date(Date.parse(changeUtc) - 60_000).toISOString());
      expect(localToUtc(date, "03:00")).toBe(changeUtc);
    });

    it("shifts a time in the gap forward by the length of the gap (02:30 → 03:30 summer time)", () => {
      expect(localToUtc(date, "02:00")).toBe(changeUtc);
      const halfPast = localToUtc(date, "02:30");
      expect(halfPast).toBe(new Date(Date.parse(changeUtc) + 30 * 60_000).toISOString());
      expect(utcToLocal(halfPast)).toEqual({ date, time: "03:30" });
      expect(localToUtc(date, "02:30")).toBe(localToUtc(date, "03:30"));
    });

    it("keeps midnight, so the day has 23 hours", () => {
      const start = Date.parse(localToUtc(date));
      const end = Date.parse(localToUtc(addDaysToLocalDate(date, 1)));
      expect((end - start) / 3_600_000).toBe(23);
    });
  });

  // Fall back: the clocks go from 03:00 back to 02:00; 02:xx happens twice.
  describe.each([
    ["2023-10-29", "2023-10-29T01:00:00.000Z"],
    ["2026-10-25", "2026-10-25T01:00:00.000Z"],
  ])("fall back on %s", (date, changeUtc) => {
    it("reads an ambiguous time as the earlier one, still in summer time (+02:00)", () => {
      expect(localToUtc(date, "02:00")).toBe(new Date(Date.parse(changeUtc) - 3_600_000).toISOString());
      expect(localToUtc(date, "02:30")).toBe(new Date(Date.parse(changeUtc) - 30 * 60_000).toISOString());
      expect(localToUtc(date, "02:59")).toBe(new Date(Date.parse(changeUtc) - 60_000).toISOString());
    });

    it("is unambiguous before 02:00 (+02:00) and again from 03:00 (+01:00)", () => {
      expect(localToUtc(date, "01:59")).toBe(new Date(Date.parse(changeUtc) - 3_600_000 - 60_000).toISOString());
      expect(localToUtc(date, "03:00")).toBe(new Date(Date.parse(changeUtc) + 3_600_000).toISOString());
    });

    it("shows both occurrences of 02:30 as 02:30", () => {
      expect(utcToLocal(new Date(Date.parse(changeUtc) - 30 * 60_000).toISOString())).toEqual({ date, time: "02:30" });
      expect(utcToLocal(new Date(Date.parse(changeUtc) + 30 * 60_000).toISOString())).toEqual({ date, time: "02:30" });
    });

    it("keeps midnight, so the day has 25 hours", () => {
      const start = Date.parse(localToUtc(date));
      const end = Date.parse(localToUtc(addDaysToLocalDate(date, 1)));
      expect((end - start) / 3_600_000).toBe(25);
    });
  });

  it("round-trips every existing local minute of 2020–2030 (property)", () => {
    const localMinute = fc.record({
      day: fc.integer({ min: Date.UTC(2020, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    });
    fc.assert(
      fc.property(localMinute, ({ day, hour, minute }) => {
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
        const back = utcToLocal(localToUtc(date, time));
        // Only the spring-forward hour does not exist; it is shifted forward by exactly one hour.
        if (back.time !== time) {
          expect(hour).toBe(2);
          expect(back).toEqual({ date, time: `03:${time.slice(3)}` });
        } else {
          expect(back.date).toBe(date);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips every day of 2020–2030 at midnight and at 23:59 (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01T12:00:00Z"), max: new Date("2030-12-31T12:00:00Z"), noInvalidDate: true }),
        (d) => {
          const date = d.toISOString().slice(0, 10);
          expect(utcToLocal(localToUtc(date, "00:00"))).toEqual({ date, time: "00:00" });
          expect(utcToLocal(localToUtc(date, "23:59"))).toEqual({ date, time: "23:59" });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("maps every UTC instant of 2020–2030 to a local time that maps back to it, except the repeated autumn hour (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2031, 0, 1) / 60_000 }), (minutes) => {
        const iso = new Date(minutes * 60_000).toISOString();
        const local = utcToLocal(iso);
        const again = localToUtc(local.date, local.time);
        if (again !== iso) {
          // The second (winter-time) occurrence of 02:xx reads back as the first, one hour earlier.
          expect(local.time.startsWith("02:")).toBe(true);
          expect(Date.parse(iso) - Date.parse(again)).toBe(3_600_000);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("addCalendarDays", () => {
  it("keeps 23:59 across the spring change (one day is 23 hours)", () => {
    const saturday = localToUtc("2023-03-25", "23:59");
    const sunday = addCalendarDays(saturday, 1);
    expect(utcToLocal(sunday)).toEqual({ date: "2023-03-26", time: "23:59" });
    expect((Date.parse(sunday) - Date.parse(saturday)) / 3_600_000).toBe(23);
  });

  it("keeps 23:59 across the autumn change (one day is 25 hours)", () => {
    const start = localToUtc("2023-10-20", "23:59");
    const later = addCalendarDays(start, 14);
    expect(utcToLocal(later)).toEqual({ date: "2023-11-03", time: "23:59" });
    expect((Date.parse(later) - Date.parse(start)) / 3_600_000).toBe(14 * 24 + 1);
  });

  it("counts back with negative days", () => {
    expect(addCalendarDays(localToUtc("2026-10-26", "10:00"), -2)).toBe(localToUtc("2026-10-24", "10:00"));
  });

  it("lands a time in the spring gap one hour later, and an ambiguous one in summer time", () => {
    expect(addCalendarDays(localToUtc("2026-03-28", "02:30"), 1)).toBe(localToUtc("2026-03-29", "03:30"));
    expect(addCalendarDays(localToUtc("2026-10-24", "02:30"), 1)).toBe("2026-10-25T00:30:00.000Z");
  });

  it("keeps seconds and milliseconds", () => {
    expect(addCalendarDays("2023-06-09T21:59:30.250Z", 1)).toBe("2023-06-10T21:59:30.250Z");
  });

  it("crosses months, years and leap days", () => {
    expect(utcToLocal(addCalendarDays(localToUtc("2023-12-25", "12:00"), 14))).toEqual({
      date: "2024-01-08",
      time: "12:00",
    });
    expect(utcToLocal(addCalendarDays(localToUtc("2024-02-28", "12:00"), 1))).toEqual({
      date: "2024-02-29",
      time: "12:00",
    });
  });

  it("keeps the Brussels wall-clock time for any N (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }),
        fc.integer({ min: -400, max: 400 }),
        (minutes, days) => {
          const start = new Date(minutes * 60_000).toISOString();
          const local = utcToLocal(start);
          const result = utcToLocal(addCalendarDays(start, days));
          expect(result.date).toBe(addDaysToLocalDate(local.date, days));
          // Only a time that falls in the spring gap on the new day moves, and by exactly one hour.
          if (result.time !== local.time) {
            expect(local.time.startsWith("02:")).toBe(true);
            expect(result.time).toBe(`03:${local.time.slice(3)}`);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("ISO weeks", () => {
  it("week 20 of 2023 starts on Monday 15 May", () => {
    expect(isoWeekMonday(2023, 20)).toBe("2023-05-15");
    expect(isoWeekMonday(2023, 21)).toBe("2023-05-22");
  });

  it("finds the week of a Monday ('week van 5 en 12 juni')", () => {
    expect(isoWeekOf("2023-06-05")).toEqual({ year: 2023, week: 23 });
    expect(isoWeekOf("2023-06-12")).toEqual({ year: 2023, week: 24 });
  });

  it("uses the ISO week-year around New Year", () => {
    expect(isoWeekMonday(2021, 1)).toBe("2021-01-04");
    expect(isoWeekMonday(2020, 53)).toBe("2020-12-28");
    expect(isoWeekOf("2021-01-01")).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf("2024-12-30")).toEqual({ year: 2025, week: 1 });
  });

  it("refuses week 53 in a year that has 52", () => {
    expect(() => isoWeekMonday(2023, 53)).toThrow(RangeError);
    expect(() => isoWeekMonday(2023, 0)).toThrow(RangeError);
  });
});

describe("resolveWhen", () => {
  it("instant: start = end = instant", () => {
    expect(resolveWhen({ kind: "instant", date: "2023-06-09", time: "23:59" }, noTargets)).toEqual({
      start: "2023-06-09T21:59:00.000Z",
      end: "2023-06-09T21:59:00.000Z",
      instant: "2023-06-09T21:59:00.000Z",
      pending: false,
      waitingFor: null,
    });
  });

  it("date: the whole local day, end exclusive", () => {
    expect(resolveWhen({ kind: "date", date: "2023-04-28" }, noTargets)).toMatchObject({
      start: "2023-04-27T22:00:00.000Z",
      end: "2023-04-28T22:00:00.000Z",
      instant: null,
      pending: false,
    });
  });

  it("date on a DST Sunday lasts 23 or 25 hours", () => {
    const spring = resolveWhen({ kind: "date", date: "2023-03-26" }, noTargets);
    expect(spring).toMatchObject({ start: "2023-03-25T23:00:00.000Z", end: "2023-03-26T22:00:00.000Z" });
    const autumn = resolveWhen({ kind: "date", date: "2023-10-29" }, noTargets);
    expect(autumn).toMatchObject({ start: "2023-10-28T22:00:00.000Z", end: "2023-10-29T23:00:00.000Z" });
  });

  it("dates: 'Pitches en jury 19, 21 en 23 juni 2023' covers 19 June 00:00 to 24 June 00:00, with three parts", () => {
    const resolved = resolveWhen(
      { kind: "dates", dates: ["2023-06-23", "2023-06-19", "2023-06-21", "2023-06-21"] },
      noTargets,
    );
    expect(resolved.start).toBe("2023-06-18T22:00:00.000Z");
    expect(resolved.end).toBe("2023-06-23T22:00:00.000Z");
    expect(resolved.parts).toEqual([
      { start: "2023-06-18T22:00:00.000Z", end: "2023-06-19T22:00:00.000Z" },
      { start: "2023-06-20T22:00:00.000Z", end: "2023-06-21T22:00:00.000Z" },
      { start: "2023-06-22T22:00:00.000Z", end: "2023-06-23T22:00:00.000Z" },
    ]);
  });

  it("range: both days included ('05/06/2023 t/m 14/06/2023')", () => {
    expect(resolveWhen({ kind: "range", from: "2023-06-05", to: "2023-06-14" }, noTargets)).toMatchObject({
      start: "2023-06-04T22:00:00.000Z",
      end: "2023-06-14T22:00:00.000Z",
    });
  });

  it("range across the autumn change switches offset in the middle", () => {
    expect(resolveWhen({ kind: "range", from: "2023-09-25", to: "2023-10-31" }, noTargets)).toMatchObject({
      start: "2023-09-24T22:00:00.000Z",
      end: "2023-10-31T23:00:00.000Z",
    });
  });

  it("range that ends before it starts is refused", () => {
    expect(() => resolveWhen({ kind: "range", from: "2023-06-14", to: "2023-06-05" }, noTargets)).toThrow(RangeError);
  });

  it("isoWeeks: 'week 20 & week 21' of 2023 is Monday 15 May to Monday 29 May, one part per week", () => {
    const resolved = resolveWhen({ kind: "isoWeeks", year: 2023, weeks: [21, 20] }, noTargets);
    expect(resolved).toMatchObject({ start: "2023-05-14T22:00:00.000Z", end: "2023-05-28T22:00:00.000Z" });
    expect(resolved.parts).toEqual([
      { start: "2023-05-14T22:00:00.000Z", end: "2023-05-21T22:00:00.000Z" },
      { start: "2023-05-21T22:00:00.000Z", end: "2023-05-28T22:00:00.000Z" },
    ]);
  });

  it("isoWeeks: 'week van 5 en 12 juni' resolves through the weeks of those Mondays", () => {
    const weeks = [isoWeekOf("2023-06-05").week, isoWeekOf("2023-06-12").week];
    expect(resolveWhen({ kind: "isoWeeks", year: 2023, weeks }, noTargets)).toMatchObject({
      start: "2023-06-04T22:00:00.000Z",
      end: "2023-06-18T22:00:00.000Z",
    });
  });

  it("isoWeeks: the week of the spring change ends at +02:00", () => {
    expect(resolveWhen({ kind: "isoWeeks", year: 2023, weeks: [12] }, noTargets)).toMatchObject({
      start: "2023-03-19T23:00:00.000Z",
      end: "2023-03-26T22:00:00.000Z",
    });
  });

  it("sessions: 'Dinsdag 20/06 (9:00-17:00), donderdag 22/06 (9:00-12:00)'", () => {
    const resolved = resolveWhen(
      {
        kind: "sessions",
        sessions: [
          { date: "2023-06-22", from: "09:00", to: "12:00" },
          { date: "2023-06-20", from: "09:00", to: "17:00" },
        ],
      },
      noTargets,
    );
    expect(resolved).toMatchObject({
      start: "2023-06-20T07:00:00.000Z",
      end: "2023-06-22T10:00:00.000Z",
      instant: null,
    });
    expect(resolved.parts).toEqual([
      { start: "2023-06-20T07:00:00.000Z", end: "2023-06-20T15:00:00.000Z" },
      { start: "2023-06-22T07:00:00.000Z", end: "2023-06-22T10:00:00.000Z" },
    ]);
  });

  it("sessions: the overall end is the latest end, not the end of the latest start", () => {
    const resolved = resolveWhen(
      {
        kind: "sessions",
        sessions: [
          { date: "2023-06-20", from: "09:00", to: "17:00" },
          { date: "2023-06-20", from: "10:00", to: "11:00" },
        ],
      },
      noTargets,
    );
    expect(resolved.end).toBe("2023-06-20T15:00:00.000Z");
  });

  it("sessions that end before they start are refused", () => {
    expect(() =>
      resolveWhen({ kind: "sessions", sessions: [{ date: "2023-06-20", from: "17:00", to: "09:00" }] }, noTargets),
    ).toThrow(RangeError);
  });

  it("from: 'vanaf 21 juni 2023' has a start and no end", () => {
    expect(resolveWhen({ kind: "from", date: "2023-06-21" }, noTargets)).toEqual({
      start: "2023-06-20T22:00:00.000Z",
      end: null,
      instant: null,
      pending: false,
      waitingFor: null,
    });
  });

  it("before: 'Vóór 7 juli 2023' ends when 7 July starts", () => {
    expect(resolveWhen({ kind: "before", date: "2023-07-07" }, noTargets)).toMatchObject({
      start: null,
      end: "2023-07-06T22:00:00.000Z",
    });
  });

  it("onOrBefore: 'uiterlijk 23 oktober 2023' includes that day", () => {
    expect(resolveWhen({ kind: "onOrBefore", date: "2023-10-23" }, noTargets)).toMatchObject({
      start: null,
      end: "2023-10-23T22:00:00.000Z",
    });
  });

  it("pending: no date yet, waits for the event", () => {
    const event = "dag na bekrachtiging (=einddatum) van het matchingsverslag door beheerscomité SEVA";
    expect(resolveWhen({ kind: "pending", event }, noTargets)).toEqual({
      start: null,
      end: null,
      instant: null,
      pending: true,
      waitingFor: event,
    });
  });

  it("pending with a latest date ends after that day", () => {
    expect(resolveWhen({ kind: "pending", event: "bekrachtiging", onOrBefore: "2023-07-14" }, noTargets)).toMatchObject(
      {
        end: "2023-07-14T22:00:00.000Z",
        pending: true,
        waitingFor: "bekrachtiging",
      },
    );
  });

  it("relative: 'einddatum + 14 dagen' after 'Vóór 7 juli 2023' ends when 21 July starts", () => {
    const decision = resolveWhen({ kind: "before", date: "2023-07-07" }, noTargets);
    const objection = resolveWhen({ kind: "relative", to: "decision_communication", days: 14 }, (key) =>
      key === "decision_communication" ? decision : undefined,
    );
    expect(objection).toEqual({
      start: "2023-07-06T22:00:00.000Z",
      end: "2023-07-20T22:00:00.000Z",
      instant: null,
      pending: false,
      waitingFor: null,
    });
  });

  it("relative: keeps the wall-clock time of an instant across the autumn change (14 × 24h + 1h)", () => {
    const deadline = resolveWhen({ kind: "instant", date: "2023-10-20", time: "23:59" }, noTargets);
    const after = resolveWhen({ kind: "relative", to: "candidacy_deadline", days: 14 }, () => deadline);
    expect(after.start).toBe("2023-10-20T21:59:00.000Z");
    expect(after.end).toBe("2023-11-03T22:59:00.000Z");
    expect(utcToLocal(after.end as string)).toEqual({ date: "2023-11-03", time: "23:59" });
  });

  it("relative: 0 days ends with its target", () => {
    const decision = resolveWhen({ kind: "date", date: "2023-07-07" }, noTargets);
    expect(resolveWhen({ kind: "relative", to: "decision_communication", days: 0 }, () => decision).end).toBe(
      decision.end,
    );
  });

  it("relative to a pending milestone is pending and waits for the same event", () => {
    const decision = resolveWhen({ kind: "pending", event: "bekrachtiging door SEVA" }, noTargets);
    expect(resolveWhen({ kind: "relative", to: "decision_communication", days: 14 }, () => decision)).toEqual({
      start: null,
      end: null,
      instant: null,
      pending: true,
      waitingFor: "bekrachtiging door SEVA",
    });
  });

  it("relative to a pending milestone with a latest date gets a latest date N days after it", () => {
    const decision = resolveWhen({ kind: "pending", event: "bekrachtiging", onOrBefore: "2023-10-23" }, noTargets);
    expect(resolveWhen({ kind: "relative", to: "decision_communication", days: 14 }, () => decision)).toMatchObject({
      start: null,
      end: "2023-11-06T23:00:00.000Z",
      pending: true,
      waitingFor: "bekrachtiging",
    });
  });

  it("relative to a missing milestone is pending and says so", () => {
    const resolved = resolveWhen({ kind: "relative", to: "decision_communication", days: 14 }, noTargets);
    expect(resolved).toMatchObject({
      pending: true,
      end: null,
      problem: { code: "milestone.missing", key: "decision_communication" },
    });
    expect(resolved.waitingFor).toContain("decision_communication");
  });

  it("relative to an open-ended milestone ('vanaf …') cannot be counted", () => {
    const from = resolveWhen({ kind: "from", date: "2023-06-21" }, noTargets);
    expect(resolveWhen({ kind: "relative", to: "matching_moments", days: 7 }, () => from)).toMatchObject({
      pending: true,
      problem: { code: "milestone.open_ended", key: "matching_moments" },
    });
  });

  it("throws for an ISO week the year does not have", () => {
    expect(() => resolveWhen({ kind: "isoWeeks", year: 2023, weeks: [53] }, noTargets)).toThrow(RangeError);
  });
});

describe("whenProblems", () => {
  it("finds nothing wrong with the seed shapes", () => {
    expect(whenProblems({ kind: "instant", date: "2023-06-09", time: "23:59" })).toEqual([]);
    expect(whenProblems({ kind: "isoWeeks", year: 2020, weeks: [53] })).toEqual([]);
    expect(whenProblems({ kind: "relative", to: "decision_communication", days: 14 })).toEqual([]);
  });

  it("names what the patterns cannot see", () => {
    expect(whenProblems({ kind: "date", date: "2023-02-30" })).toEqual(["when.invalid_date"]);
    expect(whenProblems({ kind: "range", from: "2023-06-14", to: "2023-06-05" })).toEqual(["when.range_reversed"]);
    expect(whenProblems({ kind: "isoWeeks", year: 2023, weeks: [20, 53] })).toEqual(["when.invalid_week"]);
    expect(whenProblems({ kind: "sessions", sessions: [{ date: "2023-06-20", from: "12:00", to: "12:00" }] })).toEqual([
      "when.session_reversed",
    ]);
    expect(whenProblems({ kind: "dates", dates: ["2023-06-19", "2023-06-31"] })).toEqual(["when.invalid_date"]);
    expect(whenProblems({ kind: "pending", event: "x", onOrBefore: "2023-04-31" })).toEqual(["when.invalid_date"]);
  });

  it("refuses years outside 2000–2100, each at its own field", () => {
    expect(whenProblems({ kind: "date", date: "0023-06-09" })).toEqual(["when.year_out_of_range"]);
    expect(whenProblems({ kind: "onOrBefore", date: "2101-01-01" })).toEqual(["when.year_out_of_range"]);
    expect(whenProblems({ kind: "date", date: "2000-01-01" })).toEqual([]);
    expect(whenProblems({ kind: "date", date: "2100-12-31" })).toEqual([]);
    expect(whenIssues({ kind: "range", from: "2023-06-01", to: "1999-06-09" })).toEqual([
      { field: "to", code: "when.year_out_of_range", params: { min: 2000, max: 2100 } },
    ]);
    const sessions = [
      { date: "2023-06-20", from: "09:00", to: "12:00" },
      { date: "0099-06-21", from: "09:00", to: "12:00" },
    ];
    expect(whenIssues({ kind: "sessions", sessions })).toEqual([
      { field: "sessions.1.date", code: "when.year_out_of_range", params: { min: 2000, max: 2100 } },
    ]);
  });
});

describe("years 0–99", () => {
  // Date.UTC(99, …) means 1999: any date arithmetic through it would move such a year by 1900 years.
  it("stay themselves when days are added", () => {
    expect(addDaysToLocalDate("0099-12-31", 1)).toBe("0100-01-01");
    expect(addDaysToLocalDate("0050-03-01", -1)).toBe("0050-02-28");
  });

  it("stay themselves when a local time becomes an instant", () => {
    expect(localToUtc("0099-06-15", "12:00").slice(0, 10)).toBe("0099-06-15");
  });
});

describe("resolveMilestones", () => {
  // Lokaal Addendum Baldemore, as in the seed.
  const baldemore: Milestone[] = [
    milestone("launch", { kind: "date", date: "2023-03-31" }),
    milestone("candidacy_deadline", { kind: "instant", date: "2023-05-12", time: "23:59" }),
    milestone("written_assessment", { kind: "isoWeeks", year: 2023, weeks: [20, 21] }),
    milestone("pitches_jury", { kind: "isoWeeks", year: 2023, weeks: [22, 23] }),
    milestone("matching_moments", { kind: "range", from: "2023-05-29", to: "2023-06-09" }),
    milestone("decision_communication", { kind: "onOrBefore", date: "2023-06-16" }),
    milestone("objection", { kind: "relative", to: "decision_communication", days: 14 }, { provisional: true }),
  ];

  it("keeps every milestone, its order and its fields, and adds `resolved`", () => {
    const resolved = resolveMilestones(baldemore);
    expect(resolved.map((m) => m.key)).toEqual(baldemore.map((m) => m.key));
    expect(resolved[6]).toMatchObject({ key: "objection", provisional: true, when: baldemore[6]?.when });
  });

  it("counts the objection period from the decision: ten laatste 16 juni + 14 dagen = through 30 June", () => {
    const objection = resolveMilestones(baldemore).find((m) => m.key === "objection");
    expect(objection?.resolved).toEqual({
      start: "2023-06-16T22:00:00.000Z",
      end: "2023-06-30T22:00:00.000Z",
      instant: null,
      pending: false,
      waitingFor: null,
    });
  });

  it("resolves references declared after the milestone that uses them", () => {
    const [objection] = resolveMilestones([...baldemore].reverse());
    expect(objection?.key).toBe("objection");
    expect(objection?.resolved.end).toBe("2023-06-30T22:00:00.000Z");
  });

  it("follows chains of references", () => {
    const resolved = resolveMilestones([
      milestone("decision_communication", { kind: "relative", to: "pitches_jury", days: 7 }),
      milestone("objection", { kind: "relative", to: "decision_communication", days: 14 }),
      milestone("pitches_jury", { kind: "date", date: "2023-06-20" }),
    ]);
    expect(resolved[0]?.resolved.end).toBe(localToUtc("2023-06-28"));
    expect(resolved[1]?.resolved.end).toBe(localToUtc("2023-07-12"));
  });

  it("makes the objection wait for SEVA when the decision waits for SEVA", () => {
    const event = "dag na bekrachtiging (=einddatum) van het matchingsverslag door beheerscomité SEVA";
    const resolved = resolveMilestones([
      milestone("decision_communication", { kind: "pending", event }),
      milestone("objection", { kind: "relative", to: "decision_communication", days: 14 }),
    ]);
    expect(resolved.map((m) => [m.resolved.pending, m.resolved.waitingFor])).toEqual([
      [true, event],
      [true, event],
    ]);
  });

  it("leaves a loop of references pending, naming the loop, without throwing", () => {
    const resolved = resolveMilestones([
      milestone("decision_communication", { kind: "relative", to: "objection", days: 1 }),
      milestone("objection", { kind: "relative", to: "decision_communication", days: 14 }),
      milestone("launch", { kind: "date", date: "2023-03-31" }),
    ]);
    for (const m of resolved.slice(0, 2)) {
      expect(m.resolved.pending).toBe(true);
      expect(m.resolved.problem?.code).toBe("milestone.cycle");
      expect(m.resolved.waitingFor).toMatch(/circular reference: .* → /);
    }
    expect(resolved[0]?.resolved.problem).toEqual({
      code: "milestone.cycle",
      keys: ["decision_communication", "objection", "decision_communication"],
    });
    expect(resolved[2]?.resolved.pending).toBe(false);
  });

  it("leaves a milestone that refers to itself pending", () => {
    const [self] = resolveMilestones([milestone("objection", { kind: "relative", to: "objection", days: 14 })]);
    expect(self?.resolved.problem).toEqual({ code: "milestone.cycle", keys: ["objection", "objection"] });
  });

  it("leaves a reference to a milestone that is not there pending", () => {
    const [objection] = resolveMilestones([
      milestone("objection", { kind: "relative", to: "decision_communication", days: 14 }),
    ]);
    expect(objection?.resolved).toMatchObject({
      pending: true,
      problem: { code: "milestone.missing", key: "decision_communication" },
    });
  });

  it("resolves a repeated key on its own, referring to the first", () => {
    const resolved = resolveMilestones([
      milestone("launch", { kind: "date", date: "2023-03-31" }),
      milestone("launch", { kind: "date", date: "2023-04-30" }),
      milestone("objection", { kind: "relative", to: "launch", days: 1 }),
    ]);
    expect(resolved[1]?.resolved.start).toBe(localToUtc("2023-04-30"));
    expect(resolved[2]?.resolved.end).toBe(localToUtc("2023-04-02"));
  });

  const localDate = fc
    .integer({ min: Date.UTC(2020, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 })
    .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
  const localTime = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
  const key = fc.constantFrom<MilestoneKey>(
    "launch",
    "candidacy_deadline",
    "written_assessment",
    "pitches_jury",
    "matching_moments",
    "decision_communication",
    "objection",
  );
  const when: fc.Arbitrary<When> = fc.oneof(
    fc.record({ kind: fc.constant("instant" as const), date: localDate, time: localTime }),
    fc.record({ kind: fc.constant("date" as const), date: localDate }),
    fc.record({ kind: fc.constant("dates" as const), dates: fc.array(localDate, { minLength: 1, maxLength: 4 }) }),
    fc
      .tuple(localDate, localDate)
      .map(([a, b]) => ({ kind: "range" as const, from: a < b ? a : b, to: a < b ? b : a })),
    fc.record({
      kind: fc.constant("isoWeeks" as const),
      year: fc.integer({ min: 2020, max: 2030 }),
      weeks: fc.array(fc.integer({ min: 1, max: 52 }), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant("from" as const), date: localDate }),
    fc.record({ kind: fc.constant("before" as const), date: localDate }),
    fc.record({ kind: fc.constant("onOrBefore" as const), date: localDate }),
    fc.record({ kind: fc.constant("relative" as const), to: key, days: fc.integer({ min: 0, max: 366 }) }),
    fc.record(
      { kind: fc.constant("pending" as const), event: fc.string({ minLength: 1 }), onOrBefore: localDate },
      { requiredKeys: ["kind", "event"] },
    ),
  );
  const addendum = fc.array(fc.record({ key, label: fc.constant("x"), original: fc.constant("x"), when }), {
    maxLength: 8,
  });

  it("is deterministic and never throws on valid input, whatever the references (property)", () => {
    fc.assert(
      fc.property(addendum, (milestones) => {
        const first = resolveMilestones(milestones);
        expect(resolveMilestones(structuredClone(milestones))).toEqual(first);
        expect(first).toHaveLength(milestones.length);
      }),
      { numRuns: 500 },
    );
  });

  it("gives every resolved interval a start before its end (property)", () => {
    fc.assert(
      fc.property(addendum, (milestones) => {
        for (const { resolved } of resolveMilestones(milestones)) {
          if (resolved.start !== null && resolved.end !== null) expect(resolved.start <= resolved.end).toBe(true);
          if (resolved.instant !== null)
            expect([resolved.start, resolved.end]).toEqual([resolved.instant, resolved.instant]);
          for (const part of resolved.parts ?? []) {
            expect(part.start < part.end).toBe(true);
            expect(part.start >= (resolved.start as string) && part.end <= (resolved.end as string)).toBe(true);
          }
          if (resolved.pending) expect(resolved.waitingFor).not.toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("milestoneStatus and friends", () => {
  const deadline = resolveWhen({ kind: "instant", date: "2023-06-09", time: "23:59" }, noTargets);

  it("a deadline is upcoming until its moment, ongoing at the moment itself (still in time), then past", () => {
    expect(milestoneStatus(deadline, at("2023-06-09T21:58:59.999Z"))).toBe("upcoming");
    expect(milestoneStatus(deadline, at("2023-06-09T21:59:00.000Z"))).toBe("ongoing");
    expect(milestoneStatus(deadline, at("2023-06-09T21:59:00.001Z"))).toBe("past");
    expect(milestoneStatus(deadline, at("2023-06-09T22:00:00.000Z"))).toBe("past");
    expect(isWithin(deadline, at("2023-06-09T21:59:00.000Z"))).toBe(false);
  });

  it("a day is ongoing from local midnight to the next local midnight", () => {
    const day = resolveWhen({ kind: "date", date: "2023-04-28" }, noTargets);
    expect(milestoneStatus(day, at("2023-04-27T21:59:59.999Z"))).toBe("upcoming");
    expect(milestoneStatus(day, at("2023-04-27T22:00:00.000Z"))).toBe("ongoing");
    expect(milestoneStatus(day, at("2023-04-28T21:59:59.999Z"))).toBe("ongoing");
    expect(milestoneStatus(day, at("2023-04-28T22:00:00.000Z"))).toBe("past");
  });

  it("between two jury sessions the pitches are ongoing overall, but not within a session", () => {
    const pitches = resolveWhen(
      {
        kind: "sessions",
        sessions: [
          { date: "2023-06-20", from: "09:00", to: "17:00" },
          { date: "2023-06-22", from: "09:00", to: "12:00" },
        ],
      },
      noTargets,
    );
    const wednesday = at("2023-06-21T10:00:00Z");
    expect(milestoneStatus(pitches, wednesday)).toBe("ongoing");
    expect(isWithin(pitches, wednesday)).toBe(false);
    expect(isWithin(pitches, at("2023-06-20T07:00:00Z"))).toBe(true);
    expect(isWithin(pitches, at("2023-06-20T15:00:00Z"))).toBe(false);
    expect(isWithin(pitches, at("2023-06-22T09:59:59Z"))).toBe(true);
  });

  it("'vanaf' is upcoming, then ongoing for ever", () => {
    const from = resolveWhen({ kind: "from", date: "2023-06-21" }, noTargets);
    expect(milestoneStatus(from, at("2023-06-20T21:59:59Z"))).toBe("upcoming");
    expect(milestoneStatus(from, at("2030-01-01T00:00:00Z"))).toBe("ongoing");
    expect(hasEnded(from, at("2030-01-01T00:00:00Z"))).toBe(false);
  });

  it("'vóór 7 juli' is ongoing until 7 July starts in Brussels", () => {
    const before = resolveWhen({ kind: "before", date: "2023-07-07" }, noTargets);
    expect(milestoneStatus(before, at("2023-01-01T00:00:00Z"))).toBe("ongoing");
    expect(hasStarted(before, at("2023-01-01T00:00:00Z"))).toBe(true);
    expect(milestoneStatus(before, at("2023-07-06T21:59:59Z"))).toBe("ongoing");
    expect(milestoneStatus(before, at("2023-07-06T22:00:00Z"))).toBe("past");
  });

  it("'ten laatste 16 juni' still counts on 16 June at 23:59 Brussels time", () => {
    const onOrBefore = resolveWhen({ kind: "onOrBefore", date: "2023-06-16" }, noTargets);
    expect(milestoneStatus(onOrBefore, at("2023-06-16T21:59:00Z"))).toBe("ongoing");
    expect(milestoneStatus(onOrBefore, at("2023-06-16T22:00:00Z"))).toBe("past");
  });

  it("a pending milestone is waiting, until its latest date has passed", () => {
    const open = resolveWhen({ kind: "pending", event: "SEVA" }, noTargets);
    expect(milestoneStatus(open, at("2040-01-01T00:00:00Z"))).toBe("waiting");
    expect(hasStarted(open, at("2040-01-01T00:00:00Z"))).toBe(false);
    expect(isWithin(open, at("2040-01-01T00:00:00Z"))).toBe(false);
    const bounded = resolveWhen({ kind: "pending", event: "SEVA", onOrBefore: "2023-10-23" }, noTargets);
    expect(milestoneStatus(bounded, at("2023-10-23T21:59:59Z"))).toBe("waiting");
    expect(milestoneStatus(bounded, at("2023-10-23T22:00:00Z"))).toBe("past");
  });

  it("a broken reference is waiting", () => {
    const broken = resolveWhen({ kind: "relative", to: "objection", days: 1 }, noTargets);
    expect(milestoneStatus(broken, at("2023-01-01T00:00:00Z"))).toBe("waiting");
  });
});
