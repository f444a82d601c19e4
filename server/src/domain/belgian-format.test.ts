import { describe, expect, it } from "vitest";
import type { MilestoneKey, When } from "./milestone-types.ts";
import {
  describeWhen,
  formatDate,
  formatDateRange,
  formatDates,
  formatDeadline,
  formatInstant,
  formatList,
  formatNumber,
  formatPercent,
  formatTime,
  formatTimeRange,
} from "./belgian-format.ts";
import { resolveMilestones, resolveWhen, type Resolved } from "./milestones.ts";

const labels: Record<MilestoneKey, string> = {
  launch: "Lancering addendum",
  candidacy_deadline: "Deadline kandidaturen",
  written_assessment: "Beoordelen schriftelijke projectvoorstellen",
  pitches_jury: "Pitches en jury",
  matching_moments: "Lokale matching-momenten",
  decision_communication: "Communicatie over beslissing",
  objection: "Ontvangen van weerwoord",
};
const label = (key: MilestoneKey): string => labels[key];
const alone = (when: When): Resolved => resolveWhen(when, () => undefined);

describe("formatInstant (shown in Brussels time)", () => {
  const deadline = "2023-06-09T21:59:00.000Z";

  it("writes Belgian Dutch: lower-case weekday, a dot in the time and 'uur'", () => {
    expect(formatInstant(deadline, "nl")).toBe("vrijdag 9 juni 2023 om 23.59 uur");
  });

  it("writes English and French", () => {
    expect(formatInstant(deadline, "en")).toBe("Friday 9 June 2023 at 23:59");
    expect(formatInstant(deadline, "fr")).toBe("vendredi 9 juin 2023 à 23 h 59");
  });

  it("uses winter time in winter, and the local date when UTC is still the day before", () => {
    expect(formatInstant("2023-12-31T23:30:00.000Z", "nl")).toBe("maandag 1 januari 2024 om 0.30 uur");
    expect(formatInstant("2023-12-31T23:30:00.000Z", "en")).toBe("Monday 1 January 2024 at 00:30");
    expect(formatInstant("2023-12-31T23:30:00.000Z", "fr")).toBe("lundi 1er janvier 2024 à 0 h 30");
  });

  it("shows both sides of the autumn change with the same wall-clock time", () => {
    expect(formatInstant("2023-10-29T00:30:00.000Z", "nl")).toBe("zondag 29 oktober 2023 om 2.30 uur");
    expect(formatInstant("2023-10-29T01:30:00.000Z", "nl")).toBe("zondag 29 oktober 2023 om 2.30 uur");
    expect(formatInstant("2026-03-29T01:00:00.000Z", "nl")).toBe("zondag 29 maart 2026 om 3.00 uur");
  });
});

describe("formatDate and friends", () => {
  it("spells out local dates", () => {
    expect(formatDate("2023-06-09", "nl")).toBe("vrijdag 9 juni 2023");
    expect(formatDate("2023-06-09", "en")).toBe("Friday 9 June 2023");
    expect(formatDate("2023-06-09", "fr")).toBe("vendredi 9 juin 2023");
  });

  it("knows every weekday and month in all three languages", () => {
    expect(
      ["2023-01-02", "2023-02-07", "2023-03-08", "2023-04-13", "2023-05-19", "2023-06-24", "2023-07-30"].map((d) =>
        formatDate(d, "nl"),
      ),
    ).toEqual([
      "maandag 2 januari 2023",
      "dinsdag 7 februari 2023",
      "woensdag 8 maart 2023",
      "donderdag 13 april 2023",
      "vrijdag 19 mei 2023",
      "zaterdag 24 juni 2023",
      "zondag 30 juli 2023",
    ]);
    expect(formatDate("2023-08-15", "fr")).toBe("mardi 15 août 2023");
    expect(formatDate("2023-12-25", "fr")).toBe("lundi 25 décembre 2023");
    expect(formatDate("2024-02-29", "en")).toBe("Thursday 29 February 2024");
  });

  it("writes '1er' for the first of the month in French only", () => {
    expect(formatDate("2023-09-01", "fr")).toBe("vendredi 1er septembre 2023");
    expect(formatDate("2023-09-01", "nl")).toBe("vrijdag 1 september 2023");
  });

  it("refuses what is not a calendar date", () => {
    expect(() => formatDate("2023-02-30", "nl")).toThrow(RangeError);
    expect(() => formatDate("9/6/2023", "nl")).toThrow(RangeError);
  });

  it("writes times per language", () => {
    expect(formatTime("09:00", "nl")).toBe("9.00 uur");
    expect(formatTime("09:00", "en")).toBe("09:00");
    expect(formatTime("09:00", "fr")).toBe("9 h");
    expect(formatTimeRange("09:00", "17:30", "nl")).toBe("van 9.00 tot 17.30 uur");
    expect(formatTimeRange("09:00", "17:30", "en")).toBe("from 09:00 to 17:30");
    expect(formatTimeRange("09:00", "17:30", "fr")).toBe("de 9 h à 17 h 30");
  });

  it("writes date ranges, the year once when shared", () => {
    expect(formatDateRange("2023-05-15", "2023-05-28", "nl")).toBe("15 mei – 28 mei 2023");
    expect(formatDateRange("2023-12-28", "2024-01-03", "nl")).toBe("28 december 2023 – 3 januari 2024");
    expect(formatDateRange("2023-06-05", "2023-06-05", "nl")).toBe("5 juni 2023");
    expect(formatDateRange("2023-06-05", "2023-06-14", "nl", { weekday: true })).toBe(
      "van maandag 5 juni tot en met woensdag 14 juni 2023",
    );
    expect(formatDateRange("2023-06-05", "2023-06-14", "en", { weekday: true })).toBe(
      "from Monday 5 June to Wednesday 14 June 2023",
    );
    expect(formatDateRange("2023-06-05", "2023-06-14", "fr", { weekday: true })).toBe(
      "du lundi 5 juin au mercredi 14 juin 2023",
    );
  });

  it("joins lists the way each language does", () => {
    expect(formatList([], "nl")).toBe("");
    expect(formatList(["a"], "nl")).toBe("a");
    expect(formatList(["a", "b"], "en")).toBe("a and b");
    expect(formatList(["a", "b", "c"], "nl")).toBe("a, b en c");
    expect(formatList(["a", "b", "c"], "fr")).toBe("a, b et c");
  });

  it("lists separate days with the month and year said once per run", () => {
    expect(formatDates(["2023-06-23", "2023-06-19", "2023-06-21"], "nl")).toBe(
      "maandag 19, woensdag 21 en vrijdag 23 juni 2023",
    );
    expect(formatDates(["2023-05-31", "2023-06-01"], "fr")).toBe("mercredi 31 mai et jeudi 1er juin 2023");
    expect(formatDates(["2023-12-29", "2024-01-05"], "en")).toBe("Friday 29 December 2023 and Friday 5 January 2024");
    expect(formatDates(["2023-06-19"], "nl")).toBe("maandag 19 juni 2023");
  });

  it("shows the last day still in time before an exclusive end", () => {
    expect(formatDeadline("2023-06-16T22:00:00.000Z", "nl")).toBe("ten laatste vrijdag 16 juni 2023");
    expect(formatDeadline("2023-06-23T21:59:00.000Z", "nl")).toBe("ten laatste vrijdag 23 juni 2023 om 23.59 uur");
    expect(formatDeadline("2023-06-16T22:00:00.000Z", "fr")).toBe("au plus tard le vendredi 16 juin 2023");
  });
});

describe("formatNumber and formatPercent (Belgian notation)", () => {
  it("uses comma decimals and dot thousands in Dutch", () => {
    expect(formatNumber(12345.67)).toBe("12.345,67");
    expect(formatNumber(0.5, "nl")).toBe("0,5");
    expect(formatNumber(1234, "nl", { maximumFractionDigits: 0 })).toBe("1.234");
  });

  it("uses comma decimals in English and French too (Belgian conventions)", () => {
    expect(formatNumber(12345.67, "en")).toBe("12.345,67");
    expect(formatNumber(12345.67, "fr").replace(/\s/g, " ")).toBe("12 345,67");
  });

  it("writes percentages", () => {
    expect(formatPercent(0.125)).toBe("12,5%");
    expect(formatPercent(0.5, "nl")).toBe("50%");
    expect(formatPercent(0.12345, "nl", 2)).toBe("12,35%");
    expect(formatPercent(0.125, "fr").replace(/\s/g, " ")).toBe("12,5 %");
  });
});

describe("describeWhen", () => {
  const describeNl = (when: When, resolved: Resolved = alone(when)): string =>
    describeWhen(when, resolved, "nl", label);

  it("instant", () => {
    const when: When = { kind: "instant", date: "2023-06-09", time: "23:59" };
    expect(describeNl(when)).toBe("vrijdag 9 juni 2023 om 23.59 uur");
    expect(describeWhen(when, alone(when), "fr", label)).toBe("vendredi 9 juin 2023 à 23 h 59");
  });

  it("date", () => {
    expect(describeNl({ kind: "date", date: "2023-04-28" })).toBe("vrijdag 28 april 2023");
  });

  it("dates: 'Pitches en jury 19, 21 en 23 juni 2023'", () => {
    const when: When = { kind: "dates", dates: ["2023-06-19", "2023-06-21", "2023-06-23"] };
    expect(describeNl(when)).toBe("maandag 19, woensdag 21 en vrijdag 23 juni 2023");
    expect(describeWhen(when, alone(when), "en", label)).toBe("Monday 19, Wednesday 21 and Friday 23 June 2023");
  });

  it("range", () => {
    expect(describeNl({ kind: "range", from: "2023-06-05", to: "2023-06-14" })).toBe(
      "van maandag 5 juni tot en met woensdag 14 juni 2023",
    );
  });

  it("isoWeeks: 'week 20 & week 21'", () => {
    const when: When = { kind: "isoWeeks", year: 2023, weeks: [20, 21] };
    expect(describeNl(when)).toBe("week 20 en 21 van 2023 (15 mei – 28 mei 2023)");
    expect(describeWhen(when, alone(when), "en", label)).toBe("weeks 20 and 21 of 2023 (15 May – 28 May 2023)");
    expect(describeWhen(when, alone(when), "fr", label)).toBe("semaines 20 et 21 de 2023 (15 mai – 28 mai 2023)");
  });

  it("isoWeeks: one week, and weeks with a gap between them", () => {
    expect(describeNl({ kind: "isoWeeks", year: 2023, weeks: [20] })).toBe("week 20 van 2023 (15 mei – 21 mei 2023)");
    expect(describeNl({ kind: "isoWeeks", year: 2023, weeks: [22, 20] })).toBe(
      "week 20 en 22 van 2023 (15 mei – 21 mei 2023 en 29 mei – 4 juni 2023)",
    );
    expect(describeNl({ kind: "isoWeeks", year: 2020, weeks: [53] })).toBe(
      "week 53 van 2020 (28 december 2020 – 3 januari 2021)",
    );
  });

  it("sessions: 'Dinsdag 20/06 (9:00-17:00), donderdag 22/06 (9:00-12:00)'", () => {
    const when: When = {
      kind: "sessions",
      sessions: [
        { date: "2023-06-22", from: "09:00", to: "12:00" },
        { date: "2023-06-20", from: "09:00", to: "17:00" },
      ],
    };
    expect(describeNl(when)).toBe(
      "dinsdag 20 juni 2023 van 9.00 tot 17.00 uur en donderdag 22 juni 2023 van 9.00 tot 12.00 uur",
    );
    expect(describeWhen(when, alone(when), "en", label)).toBe(
      "Tuesday 20 June 2023 from 09:00 to 17:00 and Thursday 22 June 2023 from 09:00 to 12:00",
    );
    expect(describeWhen(when, alone(when), "fr", label)).toBe(
      "mardi 20 juin 2023 de 9 h à 17 h et jeudi 22 juin 2023 de 9 h à 12 h",
    );
  });

  it("from, before, onOrBefore", () => {
    expect(describeNl({ kind: "from", date: "2023-06-21" })).toBe("vanaf woensdag 21 juni 2023");
    expect(describeNl({ kind: "before", date: "2023-07-07" })).toBe("vóór vrijdag 7 juli 2023");
    expect(describeNl({ kind: "onOrBefore", date: "2023-06-16" })).toBe("ten laatste vrijdag 16 juni 2023");
    const before: When = { kind: "before", date: "2023-07-07" };
    expect(describeWhen(before, alone(before), "en", label)).toBe("before Friday 7 July 2023");
    expect(describeWhen(before, alone(before), "fr", label)).toBe("avant le vendredi 7 juillet 2023");
    const onOrBefore: When = { kind: "onOrBefore", date: "2023-10-23" };
    expect(describeWhen(onOrBefore, alone(onOrBefore), "en", label)).toBe("no later than Monday 23 October 2023");
    expect(describeWhen(onOrBefore, alone(onOrBefore), "fr", label)).toBe("au plus tard le lundi 23 octobre 2023");
  });

  it("relative: 'einddatum + 14 dagen' after 'Vóór 7 juli 2023' names the last day", () => {
    const [, objection] = resolveMilestones([
      { key: "decision_communication", label: "x", original: "x", when: { kind: "before", date: "2023-07-07" } },
      {
        key: "objection",
        label: "x",
        original: "x",
        when: { kind: "relative", to: "decision_communication", days: 14 },
      },
    ]);
    if (!objection) throw new Error("missing");
    expect(describeWhen(objection.when, objection.resolved, "nl", label)).toBe(
      "14 dagen na Communicatie over beslissing (ten laatste donderdag 20 juli 2023)",
    );
    expect(
      describeWhen(objection.when, objection.resolved, "en", (k) =>
        k === "decision_communication" ? "the decision" : k,
      ),
    ).toBe("14 days after the decision (no later than Thursday 20 July 2023)");
    expect(describeWhen(objection.when, objection.resolved, "fr", () => "la décision")).toBe(
      "14 jours après la décision (au plus tard le jeudi 20 juillet 2023)",
    );
  });

  it("relative to an instant keeps its time", () => {
    const when: When = { kind: "relative", to: "candidacy_deadline", days: 1 };
    const resolved = resolveWhen(when, () => alone({ kind: "instant", date: "2023-06-09", time: "23:59" }));
    expect(describeNl(when, resolved)).toBe(
      "1 dag na Deadline kandidaturen (ten laatste zaterdag 10 juni 2023 om 23.59 uur)",
    );
  });

  it("relative to a pending milestone has no date yet, with a latest date when there is one", () => {
    const when: When = { kind: "relative", to: "decision_communication", days: 14 };
    const open = resolveWhen(when, () => alone({ kind: "pending", event: "bekrachtiging" }));
    expect(describeNl(when, open)).toBe("14 dagen na Communicatie over beslissing (nog geen datum)");
    const bounded = resolveWhen(when, () =>
      alone({ kind: "pending", event: "bekrachtiging", onOrBefore: "2023-10-23" }),
    );
    expect(describeNl(when, bounded)).toBe(
      "14 dagen na Communicatie over beslissing (nog geen datum, ten laatste maandag 6 november 2023)",
    );
  });

  it("relative with broken data says what is wrong, in the reader's language", () => {
    const when: When = { kind: "relative", to: "decision_communication", days: 14 };
    expect(describeNl(when)).toBe(
      "14 dagen na Communicatie over beslissing (nog geen datum: de mijlpaal „Communicatie over beslissing” ontbreekt)",
    );
    const [looped] = resolveMilestones([
      {
        key: "decision_communication",
        label: "x",
        original: "x",
        when: { kind: "relative", to: "decision_communication", days: 1 },
      },
    ]);
    if (!looped) throw new Error("missing");
    expect(describeWhen(looped.when, looped.resolved, "en", label)).toBe(
      "1 day after Communicatie over beslissing (no date yet: the milestones refer to each other)",
    );
    const fromTarget = resolveWhen(when, () => alone({ kind: "from", date: "2023-06-21" }));
    expect(describeWhen(when, fromTarget, "fr", label)).toBe(
      "14 jours après Communicatie over beslissing (pas encore de date : « Communicatie over beslissing » n’a pas de date de fin)",
    );
  });

  it("relative with 0 days", () => {
    const when: When = { kind: "relative", to: "pitches_jury", days: 0 };
    const resolved = resolveWhen(when, () => alone({ kind: "date", date: "2023-06-20" }));
    expect(describeNl(when, resolved)).toBe("bij het einde van Pitches en jury (ten laatste dinsdag 20 juni 2023)");
  });

  it("pending: 'dag na bekrachtiging … door beheerscomité SEVA'", () => {
    const event = "dag na bekrachtiging (=einddatum) van het matchingsverslag door beheerscomité SEVA";
    expect(describeNl({ kind: "pending", event })).toBe(`nog geen datum: ${event}`);
    const bounded: When = { kind: "pending", event, onOrBefore: "2023-10-23" };
    expect(describeNl(bounded)).toBe(`nog geen datum: ${event} (ten laatste maandag 23 oktober 2023)`);
    expect(describeWhen(bounded, alone(bounded), "en", label)).toBe(
      `no date yet: ${event} (no later than Monday 23 October 2023)`,
    );
    expect(describeWhen(bounded, alone(bounded), "fr", label)).toBe(
      `pas encore de date : ${event} (au plus tard le lundi 23 octobre 2023)`,
    );
  });
});
