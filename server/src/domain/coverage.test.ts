import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  coverageMatrix,
  gapsOf,
  needsFromAddendum,
  proposeReserves,
  type AddendumNeedsSource,
  type CoverageCandidacy,
  type CoverageInput,
} from "./coverage.ts";

function candidacy(id: string, fields: Partial<CoverageCandidacy> = {}): CoverageCandidacy {
  return {
    id,
    name: `Vzw ${id}`,
    challenges: [1],
    personas: [],
    serviceTypes: ["bridge_figure"],
    municipalities: ["Maaseik"],
    trajectoriesPerYear: 10,
    ...fields,
  };
}

// A small region: challenge 1 (chadia) needs language practice and childcare, challenge 2 (mo) needs a bridge
// figure; the region as a whole asks for debt mediation.
const base: CoverageInput = {
  challenges: [
    { number: 1, personas: ["chadia"] },
    { number: 2, personas: ["mo"] },
  ],
  needs: {
    byChallenge: new Map([
      [1, ["language_practice", "childcare"]],
      [2, ["bridge_figure"]],
    ]),
    region: ["debt_mediation"],
  },
  municipalities: ["Maaseik", "Kinrooi"],
  candidacies: [
    candidacy("taal", {
      name: "Taalhuis",
      personas: ["chadia"],
      serviceTypes: ["language_practice", "digital_inclusion"],
      municipalities: ["Maaseik", "Kinrooi"],
      trajectoriesPerYear: 30,
    }),
    candidacy("kind", { name: "Kinderopvang", serviceTypes: ["childcare", "language_practice"] }),
    candidacy("brug", {
      name: "Brugfiguren",
      challenges: [1, 2],
      serviceTypes: ["bridge_figure", "debt_mediation"],
      municipalities: ["Kinrooi"],
      trajectoriesPerYear: null,
    }),
  ],
};

const cellOf = (input: CoverageInput, selection: string[], challenge: number, serviceType: string) =>
  coverageMatrix(input, selection)
    .challenges.find((c) => c.number === challenge)
    ?.serviceTypes.find((c) => c.serviceType === serviceType);

describe("needsFromAddendum", () => {
  const doc: AddendumNeedsSource = {
    challenges: [
      { number: 1, obstacles: [{ barriers: ["limited_dutch"] }, { barriers: ["no_childcare"] }] },
      { number: 2, obstacles: [{ barriers: ["addiction"] }] },
    ],
    arena: {
      rows: [
        { serviceTypes: ["language_practice"], barriers: ["limited_dutch"] },
        { serviceTypes: ["addiction_care", "aftercare"], barriers: ["addiction", "no_childcare"] },
        { serviceTypes: ["debt_mediation"], barriers: ["debts"] },
        { serviceTypes: ["bridge_figure"], barriers: [] },
      ],
    },
    findings: {
      groups: [
        {
          items: [
            { challenges: [2], serviceTypes: ["detention_reintegration", "addiction_care"], barriers: [] },
            { challenges: [], serviceTypes: ["childcare"], barriers: ["no_childcare"] },
            { challenges: [], serviceTypes: ["family_support"], barriers: [] },
            { challenges: [7], serviceTypes: ["literacy"], barriers: [] },
          ],
        },
      ],
    },
  };

  it("traces a need to a challenge by the finding's link or a shared barrier, and keeps the rest for the region", () => {
    const needs = needsFromAddendum(doc);
    expect(needs.byChallenge.get(1)).toEqual(["language_practice", "addiction_care", "aftercare", "childcare"]);
    expect(needs.byChallenge.get(2)).toEqual(["addiction_care", "aftercare", "detention_reintegration"]);
    expect(needs.region).toEqual(["debt_mediation", "bridge_figure", "family_support"]);
  });

  it("ignores a finding about a challenge the addendum does not have", () => {
    const needs = needsFromAddendum(doc);
    expect([...needs.byChallenge.keys()]).toEqual([1, 2]);
    expect([...needs.byChallenge.values(), needs.region].flat()).not.toContain("literacy");
  });
});

describe("coverageMatrix", () => {
  it("shows every needed cell as a gap when nothing is selected, and every municipality of each challenge", () => {
    const matrix = coverageMatrix(base, []);
    for (const challenge of matrix.challenges) {
      for (const cell of challenge.serviceTypes.filter((c) => c.needed)) expect(cell.status).toBe("gap");
      expect(challenge.municipalities.map((m) => m.status)).toEqual(["gap", "gap"]);
    }
    expect(matrix.totals).toMatchObject({ needed: 4, gaps: 4, covered: 0, municipalityGaps: 4 });
    expect(matrix.region.serviceTypes).toEqual([
      {
        serviceType: "debt_mediation",
        needed: true,
        candidacyIds: ["brug"],
        selectedIds: [],
        status: "gap",
        uncoveredMunicipalities: [],
      },
    ]);
  });

  it("marks a cell covered by one selected candidacy, over-covered by two, and keeps the candidates by name", () => {
    const selection = ["taal", "kind"];
    expect(cellOf(base, selection, 1, "language_practice")).toEqual({
      serviceType: "language_practice",
      needed: true,
      candidacyIds: ["kind", "taal"],
      selectedIds: ["kind", "taal"],
      status: "over_covered",
      uncoveredMunicipalities: [],
    });
    expect(cellOf(base, selection, 1, "childcare")?.status).toBe("covered");
    expect(cellOf(base, selection, 2, "bridge_figure")?.status).toBe("gap");
  });

  it("shows what is offered but not asked for a challenge as not_needed_but_offered", () => {
    expect(cellOf(base, [], 1, "digital_inclusion")).toMatchObject({
      needed: false,
      candidacyIds: ["taal"],
      status: "not_needed_but_offered",
    });
    const matrix = coverageMatrix(base, ["taal"]);
    // Needed columns first in the addendum's order, then what is only offered.
    expect(matrix.serviceTypes).toEqual([
      "language_practice",
      "childcare",
      "bridge_figure",
      "debt_mediation",
      "digital_inclusion",
    ]);
    // The bridge figure is needed for challenge 2 but only offered for challenge 1.
    expect(cellOf(base, [], 1, "bridge_figure")?.status).toBe("not_needed_but_offered");
  });

  it("counts a municipality that no selected partner of the challenge reaches as a gap of that challenge", () => {
    const matrix = coverageMatrix(base, ["kind", "brug"]);
    const [one, two] = matrix.challenges;
    expect(one?.municipalities.map((m) => [m.municipality, m.status])).toEqual([
      ["Maaseik", "covered"],
      ["Kinrooi", "covered"],
    ]);
    expect(two?.municipalities.map((m) => [m.municipality, m.status])).toEqual([
      ["Maaseik", "gap"],
      ["Kinrooi", "covered"],
    ]);
    expect(two?.totals.municipalityGaps).toBe(1);
    expect(matrix.municipalities).toEqual([
      { municipality: "Maaseik", selectedIds: ["kind"], gapChallenges: [2] },
      { municipality: "Kinrooi", selectedIds: ["brug"], gapChallenges: [] },
    ]);
  });

  it("sums the selection's capacity per challenge, and counts a candidacy once in the total", () => {
    const matrix = coverageMatrix(base, ["taal", "kind", "brug"]);
    expect(matrix.challenges.map((c) => c.trajectoriesPerYear)).toEqual([40, 0]);
    expect(matrix.totals.trajectoriesPerYear).toBe(40);
    const both = coverageMatrix({ ...base, candidacies: [candidacy("x", { challenges: [1, 2] })] }, ["x"]);
    expect(both.challenges.map((c) => c.trajectoriesPerYear)).toEqual([10, 10]);
    expect(both.totals.trajectoriesPerYear).toBe(10);
  });

  it("needs what the candidacies offer for a challenge for which the addendum asks nothing", () => {
    const input: CoverageInput = {
      ...base,
      challenges: [...base.challenges, { number: 3, personas: ["mariam"] }],
      candidacies: [
        ...base.candidacies,
        candidacy("vrouw", { name: "Vrouwenwerking", challenges: [3], serviceTypes: ["activation_of_women"] }),
        candidacy("werk", { name: "Werkplek", challenges: [3], serviceTypes: ["practice_workplace"] }),
      ],
    };
    const three = coverageMatrix(input, ["vrouw"]).challenges[2];
    expect(three?.needSource).toBe("offers");
    expect(three?.serviceTypes.map((c) => [c.serviceType, c.status])).toEqual([
      ["activation_of_women", "covered"],
      ["practice_workplace", "gap"],
    ]);
    expect(coverageMatrix(input, []).challenges[0]?.needSource).toBe("addendum");
  });

  it("shows which candidacies name each persona of a challenge", () => {
    const one = coverageMatrix(base, ["kind"]).challenges[0];
    expect(one?.personas).toEqual([{ persona: "chadia", candidacyIds: ["taal"], selectedIds: [] }]);
  });

  it("ignores selected ids that are not candidacies of the call", () => {
    const matrix = coverageMatrix(base, ["nobody", "taal"]);
    expect(matrix.selectedIds).toEqual(["taal"]);
  });
});

describe("where a covered service is offered (the third dimension)", () => {
  // Challenge 2 needs debt mediation. Schuldhulp offers it in Maaseik only; Buurtwerk works in Kinrooi for challenge 2
  // with other services. The region asks for a bridge figure, offered by Buurtwerk (Kinrooi) and Brug (Maaseik).
  const region: CoverageInput = {
    challenges: [{ number: 2, personas: [] }],
    needs: { byChallenge: new Map([[2, ["debt_mediation"]]]), region: ["bridge_figure"] },
    municipalities: ["Maaseik", "Kinrooi"],
    candidacies: [
      candidacy("schuld", {
        name: "Schuldhulp",
        challenges: [2],
        serviceTypes: ["debt_mediation"],
        municipalities: ["Maaseik"],
      }),
      candidacy("buurt", {
        name: "Buurtwerk",
        challenges: [2],
        serviceTypes: ["bridge_figure"],
        municipalities: ["Kinrooi"],
      }),
      candidacy("kinrooi", {
        name: "Schuldhulp Kinrooi",
        challenges: [2],
        serviceTypes: ["debt_mediation"],
        municipalities: ["Kinrooi"],
      }),
      candidacy("maas", { name: "Brug Maaseik", challenges: [1], serviceTypes: ["bridge_figure"] }),
    ],
  };

  it("keeps a cell covered but names the municipality where no selected partner offers the service", () => {
    const matrix = coverageMatrix(region, ["schuld", "buurt"]);
    const two = matrix.challenges[0];
    // The challenge reaches both municipalities, so the old two-way matrix called it complete.
    expect(two?.municipalities.map((m) => m.status)).toEqual(["covered", "covered"]);
    expect(two?.serviceTypes.find((c) => c.serviceType === "debt_mediation")).toMatchObject({
      status: "covered",
      selectedIds: ["schuld"],
      uncoveredMunicipalities: ["Kinrooi"],
    });
    expect(two?.totals).toMatchObject({ covered: 1, gaps: 0, municipalityGaps: 0, partial: 1 });
    expect(gapsOf(matrix)).toContainEqual({
      kind: "service_municipality",
      challenge: 2,
      serviceType: "debt_mediation",
      municipality: "Kinrooi",
    });
  });

  it("does the same for the region row, reached by any selected candidacy offering the type", () => {
    const matrix = coverageMatrix(region, ["schuld", "buurt"]);
    expect(matrix.region.serviceTypes).toEqual([
      {
        serviceType: "bridge_figure",
        needed: true,
        candidacyIds: ["maas", "buurt"],
        selectedIds: ["buurt"],
        status: "covered",
        uncoveredMunicipalities: ["Maaseik"],
      },
    ]);
    expect(matrix.region.totals.partial).toBe(1);
    expect(matrix.totals.partial).toBe(2);
  });

  it("lists no municipality for a gap (it is missing everywhere) nor for an offer that was not asked", () => {
    const matrix = coverageMatrix(region, ["buurt"]);
    const cells = matrix.challenges[0]?.serviceTypes ?? [];
    expect(cells.map((c) => [c.serviceType, c.status, c.uncoveredMunicipalities])).toEqual([
      ["debt_mediation", "gap", []],
      ["bridge_figure", "not_needed_but_offered", []],
    ]);
    expect(matrix.totals.partial).toBe(1);
  });

  it("closes the partial cells when the what-if selection adds a partner working there", () => {
    const matrix = coverageMatrix(region, ["schuld", "buurt", "kinrooi", "maas"]);
    expect(matrix.challenges[0]?.serviceTypes[0]).toMatchObject({
      status: "over_covered",
      uncoveredMunicipalities: [],
    });
    expect(matrix.region.serviceTypes[0]).toMatchObject({ status: "over_covered", uncoveredMunicipalities: [] });
    expect(matrix.totals.partial).toBe(0);
    expect(gapsOf(matrix)).toEqual([]);
  });

  it("proposes the reserves that close a service's missing municipalities", () => {
    const { proposals, unclosable } = proposeReserves(region, ["schuld", "buurt"]);
    expect(proposals).toEqual([
      {
        candidacyId: "maas",
        name: "Brug Maaseik",
        closes: [{ kind: "region_service_municipality", serviceType: "bridge_figure", municipality: "Maaseik" }],
      },
      {
        candidacyId: "kinrooi",
        name: "Schuldhulp Kinrooi",
        closes: [
          { kind: "service_municipality", challenge: 2, serviceType: "debt_mediation", municipality: "Kinrooi" },
        ],
      },
    ]);
    expect(unclosable).toEqual([]);
  });

  it("after covering a service nobody offered, proposes who brings it to the municipalities still missing", () => {
    const { proposals, unclosable } = proposeReserves(region, ["buurt", "maas"]);
    expect(proposals.map((p) => p.candidacyId)).toEqual(["schuld", "kinrooi"]);
    expect(proposals[0]?.closes).toEqual([
      { kind: "service", challenge: 2, serviceType: "debt_mediation" },
      { kind: "municipality", challenge: 2, municipality: "Maaseik" },
    ]);
    expect(proposals[1]?.closes).toEqual([
      { kind: "service_municipality", challenge: 2, serviceType: "debt_mediation", municipality: "Kinrooi" },
    ]);
    expect(unclosable).toEqual([]);
  });
});

describe("proposeReserves", () => {
  it("proposes first the candidacy that closes the most gaps, with the gaps it closes", () => {
    const { proposals, unclosable } = proposeReserves(base, ["taal"]);
    expect(proposals.map((p) => p.candidacyId)).toEqual(["brug", "kind"]);
    expect(proposals[0]?.closes).toEqual([
      { kind: "service", challenge: 2, serviceType: "bridge_figure" },
      { kind: "municipality", challenge: 2, municipality: "Kinrooi" },
      { kind: "region_service", serviceType: "debt_mediation" },
    ]);
    expect(proposals[1]?.closes).toEqual([{ kind: "service", challenge: 1, serviceType: "childcare" }]);
    // Nobody works in Maaseik for challenge 2; the childcare of Kinderopvang is not offered in Kinrooi.
    expect(unclosable).toEqual([
      { kind: "service_municipality", challenge: 1, serviceType: "childcare", municipality: "Kinrooi" },
      { kind: "service_municipality", challenge: 2, serviceType: "bridge_figure", municipality: "Maaseik" },
      { kind: "municipality", challenge: 2, municipality: "Maaseik" },
      { kind: "region_service_municipality", serviceType: "debt_mediation", municipality: "Maaseik" },
    ]);
  });

  it("breaks ties by the organisation's name, whatever the order of the input", () => {
    const twins: CoverageInput = {
      ...base,
      candidacies: [
        candidacy("b", { name: "Zonnebloem", serviceTypes: ["childcare"] }),
        candidacy("a", { name: "Aster", serviceTypes: ["childcare"] }),
      ],
    };
    const first = proposeReserves(twins, []).proposals[0];
    expect(first?.name).toBe("Aster");
    const reversed = { ...twins, candidacies: [...twins.candidacies].reverse() };
    expect(proposeReserves(reversed, []).proposals).toEqual(proposeReserves(twins, []).proposals);
  });

  it("proposes nothing when no gap is left or nobody else can close one", () => {
    expect(proposeReserves(base, ["taal", "kind", "brug"]).proposals).toEqual([]);
  });

  it("leaves exactly the unclosable gaps once every proposal is selected", () => {
    const codes = ["bridge_figure", "childcare", "language_practice", "debt_mediation"];
    const places = ["Maaseik", "Kinrooi", "Lanaken"];
    const arbitraryCandidacy = fc.record({
      challenges: fc.subarray([1, 2, 3], { minLength: 1 }),
      serviceTypes: fc.subarray(codes, { minLength: 1 }),
      municipalities: fc.subarray(places, { minLength: 1 }),
      name: fc.constantFrom("A", "B", "C"),
    });
    fc.assert(
      fc.property(fc.array(arbitraryCandidacy, { maxLength: 8 }), fc.array(fc.nat(7)), (specs, picks) => {
        const input: CoverageInput = {
          challenges: [1, 2, 3].map((number) => ({ number, personas: [] })),
          needs: {
            byChallenge: new Map([
              [1, ["childcare"]],
              [2, ["bridge_figure", "language_practice"]],
            ]),
            region: ["debt_mediation"],
          },
          municipalities: places,
          candidacies: specs.map((spec, i) => candidacy(`c${i}`, { ...spec, personas: [] })),
        };
        const selection = picks.map((i) => `c${i}`);
        const { proposals, unclosable } = proposeReserves(input, selection);
        const taken = [...selection, ...proposals.map((p) => p.candidacyId)];
        const after = gapsOf(coverageMatrix(input, taken));
        expect(after).toEqual(unclosable);
        // Each proposal closes gaps that were open when it was proposed, and they are closed once it is selected.
        let sofar = [...selection];
        for (const proposal of proposals) {
          expect(selection).not.toContain(proposal.candidacyId);
          expect(proposal.closes.length).toBeGreaterThan(0);
          const before = gapsOf(coverageMatrix(input, sofar));
          sofar = [...sofar, proposal.candidacyId];
          const next = gapsOf(coverageMatrix(input, sofar));
          for (const gap of proposal.closes) {
            expect(before).toContainEqual(gap);
            expect(next).not.toContainEqual(gap);
          }
        }
        // Nothing is left that a candidacy not taken could still close (municipalities of a service included).
        const rest = gapsOf(coverageMatrix(input, [...taken, ...input.candidacies.map((c) => c.id)]));
        expect(rest).toEqual(unclosable.filter((gap) => rest.some((r) => JSON.stringify(r) === JSON.stringify(gap))));
        expect(rest).toEqual(unclosable);
      }),
    );
  });
});
