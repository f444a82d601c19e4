import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareProfile,
  levelOf,
  personaProfiles,
  rankProfiles,
  severityWeight,
  type ClientBarrier,
} from "./persona-similarity.ts";

// A slice of the reference taxonomy: barrier → life domain.
const domains: Record<string, string> = {
  limited_dutch: "language",
  illiteracy: "language",
  addiction: "addiction",
  drug_addiction: "addiction",
  mental_health_problems: "mental_health",
  insecure_housing: "housing",
  care_burden: "childcare_care",
  social_isolation: "social_network",
  limited_digital_skills: "digital",
};
const lifeDomainOf = (barrier: string) => domains[barrier];
const has = (barrier: string, score: number): ClientBarrier => ({
  barrier,
  lifeDomain: domains[barrier] ?? "other",
  score,
});

describe("the weight of a barrier follows how acute its life domain is", () => {
  it("weighs an acute domain fully and a self-reliant one at a fifth", () => {
    expect([1, 2, 3, 4, 5].map(severityWeight)).toEqual([1, 0.8, 0.6, 0.4, 0.2]);
  });

  it("names the level in words at 0.5 and 0.25", () => {
    expect([levelOf(0.5), levelOf(0.49), levelOf(0.25), levelOf(0.1)]).toEqual(["strong", "clear", "clear", "slight"]);
  });
});

describe("comparing a client with one profile", () => {
  const chadia = {
    key: "chadia",
    barriers: ["limited_dutch", "limited_digital_skills", "care_burden", "social_isolation"],
  };

  it("counts the shared barriers, weighted by the domain's score, over the profile's size", () => {
    const result = compareProfile(chadia, [has("limited_dutch", 1), has("care_burden", 3)], lifeDomainOf);
    // (1.0 + 0.6) / 4
    expect(result.strength).toBe(0.4);
    expect(result.level).toBe("clear");
    expect(result.shared.map((s) => [s.barrier, s.score, s.weight])).toEqual([
      ["limited_dutch", 1, 1],
      ["care_burden", 3, 0.6],
    ]);
    expect(result.missing).toEqual(["limited_digital_skills", "social_isolation"]);
    expect(result.explains).toBe(1);
  });

  it("counts another barrier of the same life domain as related, at half", () => {
    const profile = { key: "3", barriers: ["addiction", "insecure_housing"] };
    const result = compareProfile(profile, [has("drug_addiction", 1), has("insecure_housing", 2)], lifeDomainOf);
    // (0.8 + 1.0 / 2) / 2
    expect(result.strength).toBe(0.65);
    expect(result.related).toEqual([
      { barrier: "addiction", clientBarrier: "drug_addiction", lifeDomain: "addiction", score: 1, weight: 1 },
    ]);
    expect(result.shared.map((s) => s.barrier)).toEqual(["insecure_housing"]);
    expect(result.explains).toBe(0.5);
  });

  it("is full strength when every barrier of the profile is present in acute domains", () => {
    const result = compareProfile(
      chadia,
      chadia.barriers.map((b) => has(b, 1)),
      lifeDomainOf,
    );
    expect(result).toMatchObject({ strength: 1, level: "strong", missing: [], related: [] });
  });

  it("is zero for a profile without barriers and for a client without any", () => {
    expect(compareProfile({ key: "x", barriers: [] }, [has("limited_dutch", 1)], lifeDomainOf).strength).toBe(0);
    expect(compareProfile(chadia, [], lifeDomainOf)).toMatchObject({ strength: 0, explains: 0 });
  });

  it("stays between 0 and 1 and never falls when the client has one more barrier", () => {
    const codes = Object.keys(domains);
    const barrierSet = fc.uniqueArray(fc.constantFrom(...codes), { maxLength: codes.length });
    fc.assert(
      fc.property(
        barrierSet,
        fc.array(fc.record({ barrier: fc.constantFrom(...codes), score: fc.integer({ min: 1, max: 5 }) })),
        fc.constantFrom(...codes),
        fc.integer({ min: 1, max: 5 }),
        (profileBarriers, client, extra, score) => {
          const base = client.map((c) => has(c.barrier, c.score));
          const before = compareProfile({ key: "p", barriers: profileBarriers }, base, lifeDomainOf).strength;
          const after = compareProfile(
            { key: "p", barriers: profileBarriers },
            [...base, has(extra, score)],
            lifeDomainOf,
          ).strength;
          expect(before).toBeGreaterThanOrEqual(0);
          expect(after).toBeLessThanOrEqual(1);
          // Adding a barrier can only make the client resemble the profile more, unless it makes a barrier that
          // was already there count at a milder score (it never does: the most acute one counts).
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});

describe("ranking the profiles", () => {
  const profiles = [
    { key: "1", barriers: ["limited_dutch", "limited_digital_skills", "care_burden", "social_isolation"] },
    { key: "2", barriers: ["mental_health_problems", "care_burden"] },
    { key: "3", barriers: ["addiction", "insecure_housing", "mental_health_problems"] },
  ];

  it("puts the best fit first and leaves out profiles with nothing shared", () => {
    const ranked = rankProfiles(profiles, [has("mental_health_problems", 2), has("drug_addiction", 1)], lifeDomainOf);
    // 2: 0.8 / 2 = 0.4; 3: (0.8 + 0.5) / 3 = 0.433; 1: nothing shared.
    expect(ranked.map((r) => [r.key, r.strength])).toEqual([
      ["3", 0.433],
      ["2", 0.4],
    ]);
  });

  it("ranks a profile that explains the situation above a small one the client happens to match", () => {
    // The client: eight barriers, all acute. "small" has three barriers, two of them the client's (0.667 of the
    // profile, a quarter of the situation); "broad" has twenty, seven of them the client's (0.35, seven eighths).
    const client = ["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8"].map((b) => has(b, 1));
    const broad = [...["b1", "b2", "b3", "b4", "b5", "b6", "b7"], ...Array.from({ length: 13 }, (_, i) => `x${i}`)];
    const ranked = rankProfiles(
      [
        { key: "small", barriers: ["b1", "b2", "y1"] },
        { key: "broad", barriers: broad },
      ],
      client,
      () => undefined,
    );
    expect(ranked.map((r) => [r.key, r.strength, r.explains])).toEqual([
      ["broad", 0.35, 0.875],
      ["small", 0.667, 0.25],
    ]);
  });

  it("breaks a tie on the number of shared barriers, then on the key", () => {
    const tie = [
      { key: "b", barriers: ["limited_dutch"] },
      { key: "a", barriers: ["limited_dutch"] },
      { key: "c", barriers: ["limited_dutch", "illiteracy"] },
    ];
    const ranked = rankProfiles(tie, [has("limited_dutch", 1), has("illiteracy", 1)], lifeDomainOf);
    expect(ranked.map((r) => r.key)).toEqual(["c", "a", "b"]);
  });
});

describe("a persona's profile", () => {
  it("gathers the barriers of every challenge that names the persona", () => {
    const profiles = personaProfiles([
      { personas: ["marcel", "jordy"], obstacles: [{ barriers: ["addiction"] }, { barriers: ["insecure_housing"] }] },
      { personas: ["jordy"], obstacles: [{ barriers: ["addiction", "mental_health_problems"] }] },
    ]);
    expect(profiles).toEqual([
      { key: "marcel", barriers: ["addiction", "insecure_housing"] },
      { key: "jordy", barriers: ["addiction", "insecure_housing", "mental_health_problems"] },
    ]);
  });
});
