import { describe, expect, it } from "vitest";
import {
  matchOffer,
  matchOffers,
  serviceNeedsOf,
  type ClientForMatching,
  type OfferForMatching,
  type ServiceNeed,
} from "./offer-match.ts";

const client: ClientForMatching = {
  residence: "municipality",
  municipalityId: "kinrooi",
  contactLanguages: ["ar", "nl"],
  interpreterNeeded: false,
};

function offer(id: string, fields: Partial<OfferForMatching> = {}): OfferForMatching {
  return {
    id,
    organisationName: `Vzw ${id}`,
    serviceType: "debt_mediation",
    municipalityIds: ["kinrooi", "maaseik"],
    wholeRegion: false,
    languages: ["nl"],
    acceptingReferrals: true,
    capacityPerYear: 20,
    openReferrals: 3,
    waitingDays: 7,
    ...fields,
  };
}

const need: ServiceNeed = { serviceType: "debt_mediation", challenges: [2], barriers: ["debts"], weight: 0.6 };

describe("one offer against the client", () => {
  it("says why it fits: the kind of help, intake, area, language, capacity and waiting time", () => {
    const match = matchOffer(client, offer("a"), need);
    expect(match.fits).toBe(true);
    expect(match.reasons).toEqual([
      { code: "service_type", serviceType: "debt_mediation", challenges: [2], barriers: ["debts"] },
      { code: "accepting" },
      { code: "in_area" },
      { code: "common_language", languages: ["nl"] },
      { code: "capacity", capacityPerYear: 20, openReferrals: 3 },
      { code: "waiting", days: 7 },
    ]);
    expect(match.mismatches).toEqual([]);
  });

  it("blocks an offer that takes no referrals or does not serve the client's municipality", () => {
    const closed = matchOffer(client, offer("a", { acceptingReferrals: false }), need);
    expect(closed.fits).toBe(false);
    expect(closed.mismatches).toContainEqual({ code: "not_accepting", blocking: true });
    const elsewhere = matchOffer(client, offer("a", { municipalityIds: ["maaseik"] }), need);
    expect(elsewhere.fits).toBe(false);
    expect(elsewhere.mismatches).toContainEqual({ code: "outside_area", blocking: true });
  });

  it("fits a sofasurfer anywhere in the region, and a client of unknown residence only region-wide", () => {
    const sofasurfer = { ...client, residence: "no_reference_address" as const, municipalityId: null };
    expect(matchOffer(sofasurfer, offer("a", { municipalityIds: ["maaseik"] }), need).reasons).toContainEqual({
      code: "no_reference_address",
    });
    const unknown = { ...client, residence: "unknown" as const, municipalityId: null };
    const partial = matchOffer(unknown, offer("a"), need);
    expect(partial.fits).toBe(true);
    expect(partial.mismatches).toContainEqual({ code: "area_unknown", blocking: false });
    expect(matchOffer(unknown, offer("a", { wholeRegion: true }), need).reasons).toContainEqual({
      code: "whole_region",
    });
  });

  it("says an interpreter is needed without a common language, or when the client needs one anyway", () => {
    const arabic = { ...client, contactLanguages: ["ar"] };
    const match = matchOffer(arabic, offer("a"), need);
    expect(match.fits).toBe(true);
    expect(match.mismatches).toContainEqual({ code: "interpreter_needed", blocking: false });
    expect(match.reasons.some((r) => r.code === "common_language")).toBe(false);
    const withInterpreter = matchOffer({ ...client, interpreterNeeded: true }, offer("a"), need);
    expect(withInterpreter.mismatches).toContainEqual({ code: "interpreter_needed", blocking: false });
  });

  it("warns when the offer is full, its capacity or waiting time unknown, or the wait is long", () => {
    expect(matchOffer(client, offer("a", { openReferrals: 20 }), need).mismatches).toContainEqual({
      code: "full",
      capacityPerYear: 20,
      openReferrals: 20,
      blocking: false,
    });
    const unknown = matchOffer(client, offer("a", { capacityPerYear: null, waitingDays: null }), need);
    expect(unknown.mismatches.map((m) => m.code)).toEqual(["capacity_unknown", "waiting_unknown"]);
    expect(matchOffer(client, offer("a", { waitingDays: 30 }), need).mismatches).toContainEqual({
      code: "long_wait",
      days: 30,
      blocking: false,
    });
  });
});

describe("ranking the offers", () => {
  it("considers only offers of a kind of help the situation asks for", () => {
    const ranked = matchOffers(client, [offer("a"), offer("b", { serviceType: "childcare" })], [need]);
    expect(ranked.map((m) => m.offerId)).toEqual(["a"]);
  });

  it("puts fitting offers first, then a common language, then the stronger need, then room, then the shorter wait", () => {
    const offers = [
      offer("closed", { acceptingReferrals: false, waitingDays: 0 }),
      offer("no-language", { languages: ["fr"], waitingDays: 0 }),
      offer("weaker", { serviceType: "language_practice", waitingDays: 0 }),
      offer("full", { openReferrals: 25, waitingDays: 0 }),
      offer("slow", { waitingDays: 21 }),
      offer("unknown-wait", { waitingDays: null }),
      offer("fast", { waitingDays: 2 }),
    ];
    const needs = [
      need,
      { serviceType: "language_practice", challenges: [], barriers: ["limited_dutch"], weight: 0.2 },
    ];
    expect(matchOffers(client, offers, needs).map((m) => m.offerId)).toEqual([
      "fast",
      "slow",
      "unknown-wait",
      "full",
      "weaker",
      "no-language",
      "closed",
    ]);
  });

  it("keeps a stable order by organisation name when everything else is equal", () => {
    const offers = [offer("2", { organisationName: "Zonnebloem" }), offer("1", { organisationName: "Aurora" })];
    expect(matchOffers(client, offers, [need]).map((m) => m.offerId)).toEqual(["1", "2"]);
  });
});

describe("the kinds of help a situation asks for", () => {
  it("joins what the resembled challenges need with what the addendum links to the client's barriers", () => {
    const needs = serviceNeedsOf({
      challenges: [
        { number: 1, strength: 0.4 },
        { number: 3, strength: 0.7 },
      ],
      needsByChallenge: new Map([
        [1, ["language_practice", "digital_inclusion"]],
        [2, ["childcare"]],
        [3, ["addiction_care", "housing_support"]],
      ]),
      links: [
        { barriers: ["debts", "budget_management"], serviceTypes: ["debt_mediation"] },
        { barriers: ["limited_dutch"], serviceTypes: ["language_practice"] },
        { barriers: ["no_childcare"], serviceTypes: ["childcare"] },
      ],
      clientBarriers: [
        { barrier: "debts", weight: 0.8 },
        { barrier: "limited_dutch", weight: 1 },
      ],
    });
    expect(needs.sort((a, b) => a.serviceType.localeCompare(b.serviceType))).toEqual([
      { serviceType: "addiction_care", challenges: [3], barriers: [], weight: 0.7 },
      { serviceType: "debt_mediation", challenges: [], barriers: ["debts"], weight: 0.8 },
      { serviceType: "digital_inclusion", challenges: [1], barriers: [], weight: 0.4 },
      { serviceType: "housing_support", challenges: [3], barriers: [], weight: 0.7 },
      { serviceType: "language_practice", challenges: [1], barriers: ["limited_dutch"], weight: 1 },
    ]);
  });
});
