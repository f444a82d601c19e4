// Test builders for addenda: a small but complete document that passes every rule with the reference data.
import type { AddendumDocument } from "./document.ts";
import type { KnownCodes } from "./validation.ts";

export function minimalDocument(overrides: Partial<AddendumDocument> = {}): AddendumDocument {
  return {
    title: "Lokaal Addendum Testregio",
    challengesIntro: ["De regio-uitdagingen zijn:"],
    challenges: [
      {
        number: 1,
        personas: ["saled"],
        context: ["In onze regio zijn er heel wat nieuwkomers."],
        obstacles: [{ text: "Opgelopen trauma’s door oorlog(svlucht)", barriers: ["war_trauma"] }],
        intendedResults: ["stappen zetten naar werk"],
        questions: ["Hoe kunnen we hen ondersteunen?"],
      },
      {
        number: 2,
        personas: ["chadia"],
        context: [],
        obstacles: [],
        intendedResults: [],
        questions: ["Hoe bereiken we alleenstaande ouders?"],
      },
    ],
    findings: { intro: [], groups: [], recognition: [] },
    arena: { intro: [], rows: [], notes: [] },
    localInput: [],
    milestones: [
      {
        key: "launch",
        label: "Lancering addendum",
        original: "21 april 2023",
        when: { kind: "date", date: "2023-04-21" },
      },
      {
        key: "candidacy_deadline",
        label: "Deadline kandidaturen",
        original: "1 juni 2023 om 23u59",
        when: { kind: "instant", date: "2023-06-01", time: "23:59" },
      },
    ],
    contacts: [{ name: "Test Contact", email: "contact@example.be", phones: [], purposes: ["questions"] }],
    application: { instructions: "Mail uw kandidatuur.", email: "kandidatuur@example.be" },
    ...overrides,
  };
}

export const knownTestCodes: KnownCodes = {
  barriers: new Set(["war_trauma", "trauma"]),
  serviceTypes: new Set(["bridge_figure"]),
  personas: new Set(["saled", "chadia"]),
};
