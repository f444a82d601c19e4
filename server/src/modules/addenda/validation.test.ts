import { describe, expect, it } from "vitest";
import { cleanDocument, validateDocument } from "./validation.ts";
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
    expect(codesAt(document)).toContain("document.milestones.0.when when.invalid_date");

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

describe("cleanDocument", () => {
  it("drops properties the schema does not describe", () => {
    const document = { ...minimalDocument(), secret: "x" } as AddendumDocument;
    expect(cleanDocument(document)).not.toHaveProperty("secret");
    expect(cleanDocument(document)).toEqual(minimalDocument());
  });
});
