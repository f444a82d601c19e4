import { describe, expect, it } from "vitest";
import { completeContent } from "../calls/testing.ts";
import { planOffers, splitCapacity } from "./offer-plan.ts";

const region = {
  municipalities: ["Maasmechelen", "Kinrooi", "Maaseik"],
  serviceTypes: new Set(["bridge_figure", "debt_mediation", "language_practice"]),
};

describe("splitting a candidacy's capacity over its offers", () => {
  it("keeps the total the candidacy promised, the remainder going to the first offers", () => {
    expect(splitCapacity(40, 3)).toEqual([14, 13, 13]);
    expect(splitCapacity(2, 3)).toEqual([1, 1, 0]);
    expect(splitCapacity(null, 2)).toEqual([null, null]);
    for (let total = 0; total < 60; total++) {
      for (let parts = 1; parts < 7; parts++) {
        const split = splitCapacity(total, parts) as number[];
        expect(split.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("the offers of a selected candidacy", () => {
  it("makes one per service type, serving its municipalities in the region's order, Dutch first", () => {
    const offers = planOffers(
      completeContent({
        serviceTypes: ["debt_mediation", "bridge_figure"],
        municipalities: ["Maaseik", "Maasmechelen"],
        languages: ["fr", "nl", "ar"],
        challenges: [2, 1],
      }),
      region,
    );
    expect(offers.map((o) => o.serviceTypeCode)).toEqual(["debt_mediation", "bridge_figure"]);
    expect(offers.map((o) => o.capacityPerYear)).toEqual([20, 20]);
    expect(offers[0]).toMatchObject({
      municipalities: ["Maasmechelen", "Maaseik"],
      languages: ["nl", "fr", "ar"],
      challenges: [1, 2],
      personas: ["saled"],
      contact: { name: "Sara Peeters", email: "sara.peeters@example.be", phone: "089 12 34 56" },
    });
  });

  it("leaves out service types and municipalities the region does not know", () => {
    const offers = planOffers(
      completeContent({ serviceTypes: ["bridge_figure", "unknown_type"], municipalities: ["Kinrooi", "Genk"] }),
      region,
    );
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ capacityPerYear: 40, municipalities: ["Kinrooi"] });
  });
});
