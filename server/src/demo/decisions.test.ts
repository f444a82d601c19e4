// How the demo's 2023 calls ended: published decisions with a reserve and a motivated refusal per region, the letters
// in the outbox, a rejected weerwoord in Klein-Brabant Vaartland, and every 2023 call closed today.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../test/app.ts";
import { coverageMatrix, gapsOf, needsFromAddendum, type CoverageInput, type Gap } from "../domain/coverage.ts";
import { signIn } from "../modules/accounts/testing.ts";
import type { CallSummaryList } from "../modules/calls/schemas.ts";
import * as q from "../modules/calls/queries.ts";
import type { CallDecisions, ObjectionList } from "../modules/decisions/schemas.ts";
import { regionalCallTitle } from "./calls.ts";
import { demoDecisions } from "./decisions.ts";
import { demoPassword, loadDemo } from "./load.ts";
import { regionSeeds } from "./regions/index.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const { app, db } = await createReferenceTestApp({ clock });
await loadDemo(db, undefined, { now: clock.now() });
const calls = (await q.listCalls(db)).filter((c) => c.title === regionalCallTitle);

async function decisionsOf(call: q.CallRow): Promise<CallDecisions> {
  const session = await signIn(app, { email: `coordinator.${call.regionSlug}@brug.demo`, password: demoPassword });
  const response = await app.inject({
    method: "GET",
    url: `/api/calls/${call.id}/decisions`,
    headers: session.headers,
  });
  expect(response.statusCode).toBe(200);
  return response.json() as CallDecisions;
}

async function coverageInput(call: q.CallRow): Promise<CoverageInput> {
  const candidacies = await q.submittedCandidaciesOfCall(db, call.id);
  const revisions = await q.revisionsOf(
    db,
    candidacies.map((c) => c.id),
  );
  const context = await q.callContext(db, call);
  const seed = regionSeeds.find((s) => s.slug === call.regionSlug);
  if (!seed) throw new Error(`no seed for ${call.regionSlug}`);
  return {
    challenges: context.challenges,
    needs: needsFromAddendum(seed.document),
    municipalities: context.municipalities,
    candidacies: candidacies.map((c) => {
      const content = revisions.find((r) => r.candidacyId === c.id)!.content;
      return {
        id: c.id,
        name: c.organisationName,
        ...content,
        trajectoriesPerYear: content.capacity.trajectoriesPerYear,
      };
    }),
  };
}

describe("the demo's 2023 decisions", () => {
  it("published in each region on the planned day: selected partners, one reserve, one refusal with a motivation", async () => {
    expect(calls).toHaveLength(5);
    for (const call of calls) {
      const plan = demoDecisions[call.regionSlug]!;
      const decisions = await decisionsOf(call);
      expect(decisions.state.phase, call.regionSlug).toBe("closed");
      expect(decisions.provisional).toBe(false);
      expect(decisions.canPrepare).toBe(false);
      const [date, time] = plan.publishedAt;
      expect(decisions.decisionsPublishedAt).toBe(
        new Date(`${date}T${time}:00+02:00`).toISOString(), // every publication is in summer time
      );
      const outcomes = decisions.candidacies.map((c) => [c.organisation, c.decision?.published?.outcome]);
      expect(outcomes.filter(([, o]) => o === "reserve")).toEqual([[plan.reserve.organisation, "reserve"]]);
      expect(outcomes.filter(([, o]) => o === "not_selected")).toEqual([
        [plan.notSelected.organisation, "not_selected"],
      ]);
      expect(outcomes.filter(([, o]) => o === "selected").length).toBeGreaterThanOrEqual(2);
      for (const c of decisions.candidacies) {
        expect(c.decision?.preparedBy).toBe(
          `Demo Coördinator ${regionSeeds.find((s) => s.slug === call.regionSlug)?.name}`,
        );
        expect(c.decision?.published?.motivation.length).toBeGreaterThan(40);
      }
    }
  });

  it("puts one decision letter with its PDF in the outbox per candidacy, dated the day of publication", async () => {
    const letters = await db
      .selectFrom("outbox_messages")
      .select(["to_address", "created_at", "attachments", "subject"])
      .where("kind", "=", "decision.letter")
      // The 2023 calls' letters; the demo's weerwoord call has its own (phases.test.ts).
      .where("subject", "like", `%"${regionalCallTitle}"%`)
      .execute();
    const candidacies = await db
      .selectFrom("candidacies")
      .innerJoin("calls", "calls.id", "candidacies.call_id")
      .select("candidacies.id")
      .where("calls.title", "=", regionalCallTitle)
      .execute();
    expect(letters).toHaveLength(candidacies.length);
    for (const letter of letters) {
      expect(letter.to_address).toMatch(/\.example$/);
      expect(letter.created_at.getUTCFullYear()).toBe(2023);
      expect(JSON.stringify(letter.attachments)).toContain("application/pdf");
    }
  });

  it("shows in Klein-Brabant Vaartland the refused organisation's weerwoord, filed in time and rejected with an answer", async () => {
    const call = calls.find((c) => c.regionSlug === "klein-brabant-vaartland")!;
    const session = await signIn(app, {
      email: "coordinator.klein-brabant-vaartland@brug.demo",
      password: demoPassword,
    });
    const { objections } = (
      await app.inject({ method: "GET", url: `/api/calls/${call.id}/objections`, headers: session.headers })
    ).json() as ObjectionList;
    expect(objections).toEqual([
      expect.objectContaining({
        organisation: "Gezinsnetwerk Rupelstreek (fictief)",
        decisionPublishedAt: "2023-07-14T08:00:00.000Z",
        filedBy: "Yasmina Amrani",
        filedAt: "2023-07-20T12:30:00.000Z",
        status: "rejected",
        handledBy: "Demo Coördinator Klein-Brabant Vaartland",
        handledAt: "2023-07-26T09:00:00.000Z",
      }),
    ]);
    expect(objections[0]?.answer).toMatch(/beslissing blijft behouden/);
  });

  // Every seeded candidacy is needed for full coverage (applicants/types.ts), so no partnership with a reserve and a
  // refusal covers everything: these are the gaps each region accepted, and its reserve closes part of them.
  it("forms partnerships that leave exactly these gaps, fewer once the reserve is added", async () => {
    const left: Record<string, string[]> = {};
    for (const call of calls) {
      const input = await coverageInput(call);
      const decisions = await decisionsOf(call);
      const withOutcome = (outcome: string) =>
        decisions.candidacies.filter((c) => c.decision?.published?.outcome === outcome).map((c) => c.candidacyId);
      // Services and municipalities nobody covers; where a covered service is not offered is the matrix's third
      // dimension, which a reserve may widen or narrow (domain/coverage.test.ts and applicants.test.ts cover it).
      const whole = (list: Gap[]) =>
        list.filter((g) => g.kind !== "service_municipality" && g.kind !== "region_service_municipality");
      const gaps = whole(gapsOf(coverageMatrix(input, withOutcome("selected"))));
      const withReserve = whole(gapsOf(coverageMatrix(input, [...withOutcome("selected"), ...withOutcome("reserve")])));
      expect(withReserve.length, call.regionSlug).toBeLessThan(gaps.length);
      left[call.regionSlug] = gaps.map((g) =>
        g.kind === "region_service"
          ? `regio: ${g.serviceType}`
          : g.kind === "service"
            ? `${g.challenge}: ${g.serviceType}`
            : `${g.challenge}: ${g.municipality}`,
      );
    }
    expect(left).toEqual({
      "zuid-oost-hageland": [
        "2: social_skills_training",
        "2: social_network_building",
        "2: health_care_access",
        "4: job_hunting_inclusive_work",
        "4: practice_workplace",
        "4: housing_support",
        "4: mobility_support",
        "5: health_care_access",
      ],
      "vlaamse-ardennen": ["1: digital_inclusion", "1: childcare", "1: activation_of_women", "2: housing_support"],
      baldemore: [
        "1: housing_support",
        "1: non_commercial_broker",
        "3: activation_of_women",
        "3: childcare",
        "3: language_practice",
        "3: Retie",
        "4: housing_support",
        "4: non_commercial_broker",
        "6: housing_support",
        "6: non_commercial_broker",
        "7: housing_support",
        "7: non_commercial_broker",
      ],
      "klein-brabant-vaartland": [
        "2: meaningful_day_activities",
        "4: social_network_building",
        "regio: case_management",
        "regio: family_support",
        "regio: culture_sensitive_services",
        "regio: parenting_support",
        "regio: employer_engagement",
      ],
      maasland: [
        "2: childcare",
        "2: housing_support",
        "3: housing_support",
        "3: childcare",
        "4: housing_support",
        "regio: generational_poverty_expertise",
        "regio: family_support",
        "regio: intellectual_disability_expertise",
      ],
    });
  });

  it("lists every 2023 call as closed today", async () => {
    const { calls: listed } = (await app.inject({ method: "GET", url: "/api/public/calls" })).json() as CallSummaryList;
    expect(listed.filter((c) => c.title === regionalCallTitle).map((c) => c.state.phase)).toEqual(
      Array(5).fill("closed"),
    );
  });
});
