import { describe, expect, it } from "vitest";
import { translate } from "../../platform/i18n.ts";
import { validateDocument } from "./validation.ts";
import { knownTestCodes, minimalDocument } from "./testing.ts";
import type { AddendumDocument } from "./document.ts";

const codesAt = (document: unknown) => validateDocument(document, knownTestCodes).map((f) => `${f.path} ${f.code}`);

describe("validateDocument", () => {
  it("accepts a complete document", () => {
    expect(validateDocument(minimalDocument(), knownTestCodes)).toEqual([]);
  });

  it("reports an empty question and an unknown barrier in one pass, each at its own field", () => {
    const document = minimalDocument();
    document.challenges[1]!.questions = [""];
    document.challenges[0]!.obstacles[0]!.barriers = ["war_trauma", "no_such_barrier"];
    const fields = validateDocument(document, knownTestCodes);
    expect(fields).toContainEqual({ path: "document.challenges.1.questions.0", code: "field.required" });
    expect(fields).toContainEqual({
      path: "document.challenges.0.obstacles.0.barriers.1",
      code: "addendum.unknown_barrier",
      params: { code: "no_such_barrier" },
    });
  });

  it("names missing fields by their path", () => {
    const { title: _title, ...withoutTitle } = minimalDocument();
    expect(codesAt(withoutTitle)).toEqual(["document.title field.required"]);
  });

  it("reports a malformed milestone by the branch its kind names, not by every branch of the union", () => {
    const document = minimalDocument() as unknown as { milestones: { when: unknown }[] };
    document.milestones[1]!.when = { kind: "instant", date: "2023-06-01", time: "24:00" };
    expect(codesAt(document)).toEqual(["document.milestones.1.when.time field.pattern"]);
  });

  it("refuses unknown personas and service types, duplicate challenge numbers and references to missing challenges", () => {
    const document = minimalDocument();
    document.challenges[1]!.number = 1;
    document.challenges[1]!.personas = ["nobody"];
    document.arena.rows = [
      { need: "Nood", service: "Dienst", serviceTypes: ["bridge_figure", "teleport"], barriers: [] },
    ];
    document.findings.groups = [
      { heading: "Kop", items: [{ text: "Iets", challenges: [7], barriers: [], serviceTypes: [] }] },
    ];
    expect(codesAt(document)).toEqual([
      "document.challenges.1.number addendum.duplicate_challenge",
      "document.challenges.1.personas.0 addendum.unknown_persona",
      "document.findings.groups.0.items.0.challenges.0 addendum.unknown_challenge",
      "document.arena.rows.0.serviceTypes.1 addendum.unknown_service_type",
    ]);
  });

  it("requires the candidacy deadline and relative milestones that point to an existing one", () => {
    const document = minimalDocument();
    document.milestones = [
      { key: "launch", label: "Lancering", original: "21 april 2023", when: { kind: "date", date: "2023-04-21" } },
      {
        key: "objection",
        label: "Weerwoord",
        original: "einddatum + 14 dagen",
        when: { kind: "relative", to: "decision_communication", days: 14 },
      },
    ];
    expect(codesAt(document)).toEqual([
      "document.milestones.1.when.to addendum.unknown_milestone",
      "document.milestones addendum.deadline_required",
    ]);
  });

  it("refuses dates the calendar does not have and loops of relative milestones", () => {
    const document = minimalDocument();
    document.milestones[0]!.when = { kind: "date", date: "2023-02-30" };
    expect(codesAt(document)).toContain("document.milestones.0.when.date when.invalid_date");

    const looping = minimalDocument();
    looping.milestones.push(
      {
        key: "pitches_jury",
        label: "Pitches",
        original: "x",
        when: { kind: "relative", to: "decision_communication", days: 1 },
      },
      {
        key: "decision_communication",
        label: "Beslissing",
        original: "y",
        when: { kind: "relative", to: "pitches_jury", days: 1 },
      },
    );
    expect(codesAt(looping)).toEqual([
      "document.milestones.2.when.to addendum.milestone_cycle",
      "document.milestones.3.when.to addendum.milestone_cycle",
    ]);
  });

  it("refuses what is not a document at all", () => {
    expect(codesAt(null)).toEqual(["document field.type"]);
  });
});

describe("unknown fields", () => {
  it("are reported at their own path, at any depth, instead of being dropped", () => {
    const document = {
      ...minimalDocument(),
      secret: "x",
    } as unknown as { challenges: Record<string, unknown>[]; milestones: { when: Record<string, unknown> }[] };
    document.challenges[0]!.rating = 5;
    (document.challenges[0]!.obstacles as Record<string, unknown>[])[0]!.severity = "high";
    document.milestones[1]!.when.timezone = "UTC";
    (document as unknown as { application: Record<string, unknown> }).application.cc = "x@example.be";
    expect(codesAt(document).sort()).toEqual(
      [
        "document.secret field.unknown",
        "document.challenges.0.rating field.unknown",
        "document.challenges.0.obstacles.0.severity field.unknown",
        "document.milestones.1.when.timezone field.unknown",
        "document.application.cc field.unknown",
      ].sort(),
    );
  });

  it("include a milestone field that is not in the schema", () => {
    const document = minimalDocument() as unknown as { milestones: Record<string, unknown>[] };
    document.milestones[0]!.colour = "red";
    expect(codesAt(document)).toEqual(["document.milestones.0.colour field.unknown"]);
  });
});

describe("the candidacy deadline", () => {
  const withDeadline = (when: unknown, extra: AddendumDocument["milestones"] = []) => {
    const document = minimalDocument();
    document.milestones = [
      ...extra,
      {
        key: "candidacy_deadline",
        label: "Deadline",
        original: "x",
        when: when as AddendumDocument["milestones"][0]["when"],
      },
    ];
    return codesAt(document);
  };
  const at = (m: number) => `document.milestones.${m}.when addendum.deadline_without_end`;

  it("may be any kind of date that ends", () => {
    for (const when of [
      { kind: "instant", date: "2023-06-09", time: "23:59" },
      { kind: "date", date: "2023-06-09" },
      { kind: "onOrBefore", date: "2023-06-09" },
      { kind: "before", date: "2023-06-09" },
      { kind: "range", from: "2023-06-01", to: "2023-06-09" },
      { kind: "dates", dates: ["2023-06-01", "2023-06-09"] },
      { kind: "sessions", sessions: [{ date: "2023-06-09", from: "09:00", to: "12:00" }] },
      { kind: "isoWeeks", year: 2023, weeks: [23] },
      { kind: "pending", event: "goedkeuring", onOrBefore: "2023-06-09" },
    ]) {
      expect(withDeadline(when), JSON.stringify(when)).toEqual([]);
    }
    const launch = {
      key: "launch" as const,
      label: "Lancering",
      original: "x",
      when: { kind: "date" as const, date: "2023-04-21" },
    };
    expect(withDeadline({ kind: "relative", to: "launch", days: 30 }, [launch])).toEqual([]);
  });

  it("is refused when it has no end: from a date on, or waiting for an event without a latest date", () => {
    expect(withDeadline({ kind: "from", date: "2023-06-09" })).toEqual([at(0)]);
    expect(withDeadline({ kind: "pending", event: "goedkeuring door het beheerscomité" })).toEqual([at(0)]);
    const pendingLaunch = {
      key: "launch" as const,
      label: "Lancering",
      original: "x",
      when: { kind: "pending" as const, event: "bekrachtiging" },
    };
    expect(withDeadline({ kind: "relative", to: "launch", days: 30 }, [pendingLaunch])).toEqual([at(1)]);
  });

  it("has a message in every language", () => {
    for (const locale of ["nl", "en", "fr"] as const) {
      expect(translate(locale, "addendum.deadline_without_end")).not.toBe(translate(locale, "unknown"));
    }
  });
});

describe("years", () => {
  it("must lie between 2000 and 2100, reported at the field that has the wrong year", () => {
    const document = minimalDocument();
    document.milestones[0]!.when = { kind: "date", date: "0023-04-21" };
    document.milestones[1]!.when = { kind: "instant", date: "2101-06-01", time: "23:59" };
    document.milestones.push(
      {
        key: "pitches_jury",
        label: "Pitches",
        original: "x",
        when: { kind: "dates", dates: ["2023-06-19", "1999-06-21"] },
      },
      {
        key: "matching_moments",
        label: "Matching",
        original: "x",
        when: { kind: "range", from: "2023-06-01", to: "9999-06-02" },
      },
      {
        key: "written_assessment",
        label: "Beoordeling",
        original: "x",
        when: { kind: "sessions", sessions: [{ date: "0099-06-09", from: "09:00", to: "12:00" }] },
      },
    );
    const fields = validateDocument(document, knownTestCodes);
    expect(fields.map((f) => `${f.path} ${f.code}`)).toEqual([
      "document.milestones.0.when.date when.year_out_of_range",
      "document.milestones.1.when.date when.year_out_of_range",
      "document.milestones.2.when.dates.1 when.year_out_of_range",
      "document.milestones.3.when.to when.year_out_of_range",
      "document.milestones.4.when.sessions.0.date when.year_out_of_range",
    ]);
    expect(fields[0]!.params).toEqual({ min: 2000, max: 2100 });
    expect(translate("nl", "when.year_out_of_range", fields[0]!.params)).toBe(
      "Gebruik een jaartal van 2000 tot en met 2100.",
    );
  });

  it("accept 2000 and 2100 themselves", () => {
    const document = minimalDocument();
    document.milestones[0]!.when = { kind: "date", date: "2000-01-01" };
    document.milestones[1]!.when = { kind: "instant", date: "2100-12-31", time: "23:59" };
    expect(codesAt(document)).toEqual([]);
  });
});
