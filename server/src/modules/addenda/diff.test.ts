import { describe, expect, it } from "vitest";
import { describeChanges, summariseChanges } from "./diff.ts";
import { minimalDocument } from "./testing.ts";

describe("summariseChanges", () => {
  it("names the challenge and the parts of it that changed, then the sections", () => {
    const before = minimalDocument();
    const after = structuredClone(before);
    after.challenges[1]!.questions = ["Hoe bereiken we alleenstaande ouders met jonge kinderen?"];
    after.challenges[1]!.obstacles = [{ text: "Geen kinderopvang", barriers: ["trauma"] }];
    after.milestones[1]!.original = "2 juni 2023 om 23u59";
    expect(summariseChanges(before, after)).toBe(
      "Regio-uitdaging 2 gewijzigd: obstakels, vragen; lokale timing gewijzigd",
    );
  });

  it("tells added and removed challenges apart from changed ones", () => {
    const before = minimalDocument();
    const after = structuredClone(before);
    after.challenges = [before.challenges[0]!, { ...before.challenges[1]!, number: 3 }];
    expect(describeChanges(before, after)).toEqual(["regio-uitdaging 2 verwijderd", "regio-uitdaging 3 toegevoegd"]);
  });

  it("notices a new order of the same challenges", () => {
    const before = minimalDocument();
    const after = { ...before, challenges: [...before.challenges].reverse() };
    expect(describeChanges(before, after)).toEqual(["volgorde regio-uitdagingen gewijzigd"]);
  });

  it("does not care about the order of keys, as PostgreSQL's jsonb reorders them", () => {
    const before = minimalDocument();
    const after = JSON.parse(
      JSON.stringify({
        ...before,
        title: before.title,
        application: { email: before.application.email, instructions: before.application.instructions },
      }),
    );
    expect(describeChanges(before, after)).toEqual([]);
    expect(summariseChanges(before, after)).toBe("Geen inhoudelijke wijzigingen");
  });

  it("covers every top-level section", () => {
    const before = minimalDocument();
    const after = minimalDocument({
      title: "Nieuwe titel",
      challengesIntro: ["Anders"],
      findings: { intro: ["Intro"], groups: [], recognition: [] },
      arena: { intro: [], rows: [], notes: ["Nota"] },
      localInput: [{ heading: "Specifiek Ronse:", kind: "focus", text: "Tekst" }],
      contacts: [{ name: "Ander", phones: [], purposes: ["applications"] }],
      application: { instructions: "Anders", email: "ander@example.be" },
    });
    expect(summariseChanges(before, after)).toBe(
      "Titel gewijzigd; inleiding regio-uitdagingen gewijzigd; resultaten verrijkingssessie gewijzigd; arena-analyse gewijzigd; lokale input gewijzigd; contactpersonen gewijzigd; kandidaatstelling gewijzigd",
    );
  });
});
