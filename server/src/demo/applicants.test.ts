// The demo's applicants: every 2023 call has a handful of fictional candidacies, received in time, complete, and
// together covering every challenge of the region, so the coverage matrix has something to show in a jury.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../test/app.ts";
import { isInTime } from "../domain/call-phase.ts";
import { coverageMatrix, gapsOf, needsFromAddendum, type CoverageInput } from "../domain/coverage.ts";
import { parseEnterpriseNumber } from "../domain/enterprise-number.ts";
import { signIn } from "../modules/accounts/testing.ts";
import type { CoverageResponse } from "../modules/calls/coverage-schemas.ts";
import { stateOf } from "../modules/calls/phase.ts";
import * as q from "../modules/calls/queries.ts";
import { submitProblems } from "../modules/calls/validation.ts";
import { regionalCallTitle } from "./calls.ts";
import { demoPassword, loadDemo } from "./load.ts";
import { regionSeeds } from "./regions/index.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const { app, db } = await createReferenceTestApp({ clock });
await loadDemo(db, undefined, { now: clock.now() });

const calls = (await q.listCalls(db)).filter((c) => c.title === regionalCallTitle);
const serviceTypes = await q.serviceTypeCodes(db);

async function regionOf(call: q.CallRow) {
  const candidacies = await q.submittedCandidaciesOfCall(db, call.id);
  const revisions = await q.revisionsOf(
    db,
    candidacies.map((c) => c.id),
  );
  const context = await q.callContext(db, call);
  const seed = regionSeeds.find((s) => s.slug === call.regionSlug);
  if (!seed) throw new Error(`no seed for ${call.regionSlug}`);
  const input: CoverageInput = {
    challenges: context.challenges,
    needs: needsFromAddendum(seed.document),
    municipalities: context.municipalities,
    candidacies: candidacies.map((c) => {
      const content = revisions.find((r) => r.candidacyId === c.id)?.content;
      if (!content) throw new Error(`no revision for ${c.organisationName}`);
      return {
        id: c.id,
        name: c.organisationName,
        ...content,
        trajectoriesPerYear: content.capacity.trajectoriesPerYear,
      };
    }),
  };
  return { candidacies, revisions, context, input };
}

describe("the demo's applicants", () => {
  it("gives each of the five 2023 calls at least four candidacies from clearly fictional organisations", async () => {
    expect(calls).toHaveLength(5);
    for (const call of calls) {
      const { candidacies } = await regionOf(call);
      expect(candidacies.length, call.regionSlug).toBeGreaterThanOrEqual(4);
      expect(candidacies.length, call.regionSlug).toBeLessThanOrEqual(7);
      for (const candidacy of candidacies) {
        expect(candidacy.organisationName).toMatch(/\(fictief\)$/);
        const number = parseEnterpriseNumber(candidacy.enterpriseNumber);
        expect(number.ok && number.value.startsWith("0999"), candidacy.enterpriseNumber).toBe(true);
      }
    }
  });

  it("received every revision in time, by portal or e-mail, and each one passes the submission rules", async () => {
    const vias = new Set<string>();
    for (const call of calls) {
      const { revisions, context } = await regionOf(call);
      const deadline = stateOf(call, clock.now()).deadline;
      expect(deadline, call.regionSlug).not.toBeNull();
      for (const revision of revisions) {
        vias.add(revision.receivedVia);
        expect(revision.number).toBe(1);
        expect(isInTime(deadline, revision.receivedAt), `${revision.receiptCode} in time`).toBe(true);
        // "Some days before": not on the last day for everyone, and not weeks early.
        const days = (Date.parse(deadline as string) - revision.receivedAt.getTime()) / 86_400_000;
        expect(days).toBeGreaterThan(0);
        expect(days).toBeLessThan(14);
        expect(submitProblems(revision.content, context, serviceTypes), revision.receiptCode).toEqual([]);
      }
      // Receipt codes in the order of arrival, as the portal gives them.
      const byArrival = [...revisions].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
      expect(byArrival.map((r) => r.receiptCode.split("-")[2])).toEqual(
        byArrival.map((_, i) => String(i + 1).padStart(4, "0")),
      );
    }
    expect(vias).toEqual(new Set(["portal", "email"]));
  });

  it("covers every challenge and municipality of each region with the full set, but not with any one organisation", async () => {
    const partial: Record<string, string[]> = {};
    for (const call of calls) {
      const { input } = await regionOf(call);
      const all = coverageMatrix(
        input,
        input.candidacies.map((c) => c.id),
      );
      // Every needed service and every municipality is covered; what is left is a service a partner brings only to
      // some municipalities (the third dimension of the matrix), named here so the demo shows it on purpose.
      const left = gapsOf(all);
      expect(
        left.filter((g) => g.kind !== "service_municipality" && g.kind !== "region_service_municipality"),
        call.regionSlug,
      ).toEqual([]);
      partial[call.regionSlug] = left.flatMap((g) =>
        g.kind === "service_municipality"
          ? [`${g.challenge}: ${g.serviceType} niet in ${g.municipality}`]
          : g.kind === "region_service_municipality"
            ? [`regio: ${g.serviceType} niet in ${g.municipality}`]
            : [],
      );
      for (const candidacy of input.candidacies) {
        const alone = coverageMatrix(input, [candidacy.id]);
        expect(
          alone.challenges.some((c) => c.totals.gaps + c.totals.municipalityGaps > 0),
          `${candidacy.name} alone`,
        ).toBe(true);
      }
    }
    // Maasland, whose 2023 call the coverage journey walks: childcare is not brought to Dilsen-Stokkem and Lanaken
    // for challenges 2 and 3, and the recovery centre's help does not reach Kinrooi.
    const maasland = partial["maasland"] ?? [];
    expect(maasland).toContain("2: childcare niet in Lanaken");
    expect(maasland).toContain("regio: addiction_care niet in Kinrooi");
    expect(new Set(maasland.map((line) => line.split(" niet in ")[1]))).toEqual(
      new Set(["Kinrooi", "Dilsen-Stokkem", "Lanaken"]),
    );
  });

  it("opens a gap when one well-chosen organisation is left out", async () => {
    for (const call of calls) {
      const { input } = await regionOf(call);
      const ids = input.candidacies.map((c) => c.id);
      const leftOut = input.candidacies.filter(
        (c) =>
          gapsOf(
            coverageMatrix(
              input,
              ids.filter((id) => id !== c.id),
            ),
          ).length > 0,
      );
      expect(leftOut.length, call.regionSlug).toBeGreaterThan(0);
    }
  });

  it("shows Maasland's coordinator the gaps without the addiction care partner, and proposes it as the reserve", async () => {
    const call = calls.find((c) => c.regionSlug === "maasland");
    if (!call) throw new Error("no Maasland call");
    const { candidacies } = await regionOf(call);
    const herstel = candidacies.find((c) => c.organisationName.startsWith("Herstelcentrum Maasvallei"));
    const session = await signIn(app, { email: "coordinator.maasland@brug.demo", password: demoPassword });
    const response = await app.inject({
      method: "POST",
      url: `/api/calls/${call.id}/coverage`,
      headers: session.headers,
      payload: { selected: candidacies.filter((c) => c !== herstel).map((c) => c.id) },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as CoverageResponse;
    const two = body.challenges.find((c) => c.number === 2);
    expect(two?.serviceTypes.find((s) => s.serviceType === "low_threshold_psychological_help")?.status).toBe("gap");
    expect(body.region.serviceTypes.find((s) => s.serviceType === "addiction_care")?.status).toBe("gap");
    expect(body.reserves.proposals.map((p) => p.name)).toEqual(["Herstelcentrum Maasvallei (fictief)"]);
    // What no candidacy of the call closes is only where a service is offered, never a service or a municipality.
    expect(body.reserves.unclosable.length).toBeGreaterThan(0);
    expect(
      body.reserves.unclosable.filter(
        (g) => g.kind !== "service_municipality" && g.kind !== "region_service_municipality",
      ),
    ).toEqual([]);
  });
});
