// When reminders are due: N calendar days before at the same Brussels time, each until the next one comes, none
// after the end — including across a daylight-saving change.
import { describe, expect, it } from "vitest";
import { localToUtc } from "./milestones.ts";
import { assessmentWindow, dueReminder, reminderMoments } from "./reminders.ts";

const at = (iso: string) => new Date(iso);

describe("reminder moments before a deadline", () => {
  // Friday 12 June 2026 at 23:59 Brussels (CEST) = 21:59 UTC.
  const deadline = localToUtc("2026-06-12", "23:59");

  it("are 7 days and 1 day before, at the deadline's own Brussels time, each due until the next", () => {
    expect(reminderMoments(deadline, [7, 1])).toEqual([
      { daysBefore: 7, dueAt: "2026-06-05T21:59:00.000Z", staleAt: "2026-06-11T21:59:00.000Z" },
      { daysBefore: 1, dueAt: "2026-06-11T21:59:00.000Z", staleAt: "2026-06-12T21:59:00.000Z" },
    ]);
  });

  it("are due from their moment on, never before, and none is due at or after the deadline", () => {
    const moments = reminderMoments(deadline, [7, 1]);
    expect(dueReminder(moments, at("2026-06-05T21:58:59Z"))).toBeNull();
    expect(dueReminder(moments, at("2026-06-05T21:59:00Z"))?.daysBefore).toBe(7);
    // Missed for days (the server was down): the 7-day reminder is still the one due…
    expect(dueReminder(moments, at("2026-06-10T08:00:00Z"))?.daysBefore).toBe(7);
    // …until the 1-day moment overtakes it: then only that one.
    expect(dueReminder(moments, at("2026-06-11T21:59:00Z"))?.daysBefore).toBe(1);
    expect(dueReminder(moments, at("2026-06-12T21:58:59Z"))?.daysBefore).toBe(1);
    expect(dueReminder(moments, at("2026-06-12T21:59:00Z"))).toBeNull();
    expect(dueReminder(moments, at("2026-07-01T00:00:00Z"))).toBeNull();
  });

  it("keep the wall-clock time across the spring change: 23 hours before a deadline in that night", () => {
    // Sunday 29 March 2026 at 03:30 CEST (01:30 UTC); the clocks went from 02:00 to 03:00 that night.
    const night = localToUtc("2026-03-29", "03:30");
    expect(night).toBe("2026-03-29T01:30:00.000Z");
    const [week, day] = reminderMoments(night, [7, 1]);
    expect(week?.dueAt).toBe("2026-03-22T02:30:00.000Z"); // Sunday 22 March 03:30 CET
    expect(day?.dueAt).toBe("2026-03-28T02:30:00.000Z"); // Saturday 28 March 03:30 CET: 23 hours before
  });

  it("keep the wall-clock time across the autumn change: 25 hours before", () => {
    // Sunday 25 October 2026 at 23:59 CET (22:59 UTC); the clocks went back that night.
    const [, day] = reminderMoments(localToUtc("2026-10-25", "23:59"), [7, 1]);
    expect(day?.dueAt).toBe("2026-10-24T21:59:00.000Z");
  });

  it("move onto a later start and keep one reminder when two would fall together", () => {
    const end = localToUtc("2026-06-12", "00:00");
    // The assessment began two days before its end: the 3-day reminder is due as it begins.
    const start = localToUtc("2026-06-10", "00:00");
    expect(reminderMoments(end, [3], start)).toEqual([{ daysBefore: 3, dueAt: start, staleAt: end }]);
    expect(reminderMoments(end, [7, 3], start)).toEqual([{ daysBefore: 3, dueAt: start, staleAt: end }]);
    // A start at the end itself leaves nothing to remind of.
    expect(reminderMoments(end, [3], end)).toEqual([]);
  });
});

describe("the assessment window", () => {
  const launch = {
    key: "launch" as const,
    label: "Lancering",
    original: "",
    when: { kind: "date" as const, date: "2026-05-01" },
  };
  const deadline = {
    key: "candidacy_deadline" as const,
    label: "Deadline",
    original: "",
    when: { kind: "instant" as const, date: "2026-06-12", time: "23:59" },
  };

  it("runs from just after the deadline until the written assessment ends", () => {
    const written = {
      key: "written_assessment" as const,
      label: "Beoordelen",
      original: "",
      when: { kind: "range" as const, from: "2026-06-15", to: "2026-06-26" },
    };
    expect(assessmentWindow([launch, deadline, written])).toEqual({
      start: "2026-06-12T21:59:00.001Z",
      end: "2026-06-26T22:00:00.000Z", // the end of Friday 26 June, Brussels
    });
  });

  it("does not exist without a deadline or when the decision follows the deadline at once", () => {
    expect(assessmentWindow([launch])).toBeNull();
    expect(assessmentWindow([launch, deadline])).toBeNull();
  });
});
