// Suggestions from the latest scan: the companion sees which challenges and personas of the region's published
// addendum the situation resembles, with the shared barriers as the explanation, and which of the partnership's
// offers fit and why (or why not). Nothing is referred; partners and outsiders do not get them.
import { describe, expect, it } from "vitest";
import { buildCast, buildClientWorld, type CastMember } from "../../../test/client-world.ts";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import type { Suggestions } from "./schemas.ts";
import { publishAddendum } from "./testing.ts";

const clock = fixedClock("2026-11-20T10:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;
const cast = await buildCast(t.db, app);
const world = await buildClientWorld(t.db, cast, { consent: "given", now: clock.now() });
const { companion, caseDirector, partnerWorker, otherCompanion, coordinator } = cast.people;

const url = `/api/trajectories/${world.trajectoryId}/suggestions`;
const get = async (who: CastMember | null) =>
  app.inject({ method: "GET", url, headers: who ? { cookie: who.session.cookie } : {} });
const suggestions = async (who: CastMember = companion) => {
  const response = await get(who);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Suggestions;
};
const referralCount = async () =>
  Number(
    (
      await t.db
        .selectFrom("referrals")
        .select(({ fn }) => fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("without a published addendum", () => {
  it("says so and suggests no persona, challenge or offer", async () => {
    const result = await suggestions();
    expect(result).toMatchObject({ addendum: null, partnership: true, personas: [], challenges: [], offers: [] });
    expect(result.basedOn).toMatchObject({ takenOn: "2026-09-01", barriers: 2 });
  });
});

describe("with the region's addendum published", () => {
  it("ranks the challenge and personas the latest scan resembles, explained by the shared barriers", async () => {
    await publishAddendum(t.db, cast.partnership.regionId);
    const recorded = await app.inject({
      method: "POST",
      url: `/api/trajectories/${world.trajectoryId}/scans`,
      headers: companion.session.headers,
      payload: {
        takenOn: "2026-11-19",
        moment: "during",
        domains: [
          { lifeDomain: "finances_admin", score: 2, barriers: ["debts"] },
          { lifeDomain: "mental_health", score: 1, barriers: ["mental_health_problems"] },
          { lifeDomain: "language", score: 4, barriers: ["limited_dutch"] },
        ],
      },
    });
    expect(recorded.statusCode).toBe(201);
    const result = await suggestions();
    expect(result.basedOn).toMatchObject({ takenOn: "2026-11-19", barriers: 3 });
    expect(result.addendum).toMatchObject({ versionNumber: 1 });
    // Challenge 2 (debts 0.8 + mental health 1.0) / 2 = 0.9; challenge 1: limited Dutch at 4 → 0.4 / 3 = 0.133.
    expect(result.challenges.map((c) => [c.number, c.strength, c.level])).toEqual([
      [2, 0.9, "strong"],
      [1, 0.133, "slight"],
    ]);
    expect(result.challenges[0]).toMatchObject({
      personas: ["mo", "marcel"],
      shared: [
        { barrier: "mental_health_problems", lifeDomain: "mental_health", score: 1 },
        { barrier: "debts", lifeDomain: "finances_admin", score: 2 },
      ],
      missing: [],
      profileSize: 2,
    });
    expect(result.challenges[1]!.missing).toEqual(["care_burden", "social_isolation"]);
    expect(result.personas.map((p) => [p.name, p.strength, p.challenges])).toEqual([
      ["Marcel", 0.9, [2]],
      ["Mo", 0.9, [2]],
      ["Chadia", 0.133, [1]],
    ]);
  });

  it("suggests the offers of the kinds of help those challenges and barriers ask for, with reasons and gaps", async () => {
    const result = await suggestions();
    // Debt mediation: the arena links debts to it and challenge 2 asks it; the bridge figure is a region-wide need
    // of no challenge and no barrier of this client.
    expect(result.offers).toHaveLength(1);
    const [debt] = result.offers;
    expect(debt!.offer).toMatchObject({ id: cast.offerB.id, serviceType: "debt_mediation", wholeRegion: true });
    expect(debt!.fits).toBe(true);
    expect(debt!.reasons).toEqual([
      { code: "service_type", serviceType: "debt_mediation", challenges: [2], barriers: ["debts"] },
      { code: "accepting" },
      { code: "whole_region" },
      // The client speaks Arabic and French; the offer Dutch and French.
      { code: "common_language", languages: ["fr"] },
      { code: "capacity", capacityPerYear: 40, openReferrals: 0 },
      { code: "waiting", days: 14 },
    ]);
    expect(debt!.mismatches).toEqual([]);
  });

  it("says what does not match once the offer stops taking referrals and the client needs an interpreter", async () => {
    await t.db
      .updateTable("partnership_offers")
      .set({ accepting_referrals: false, waiting_days: 45 })
      .where("id", "=", cast.offerB.id)
      .execute();
    await t.db.updateTable("clients").set({ interpreter_needed: true }).where("id", "=", world.clientId).execute();
    const [debt] = (await suggestions(caseDirector)).offers;
    expect(debt!.fits).toBe(false);
    expect(debt!.mismatches).toEqual([
      { code: "not_accepting", blocking: true },
      { code: "interpreter_needed", blocking: false },
      { code: "long_wait", days: 45, blocking: false },
    ]);
  });

  it("refers nobody and is audited as a read of the client's record without values", async () => {
    const before = await referralCount();
    await suggestions();
    expect(await referralCount()).toBe(before);
    const audit = await t.db.selectFrom("audit_log").selectAll().orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      action: "client_record.read",
      entity_type: "scan",
      entity_id: world.trajectoryId,
      payload: { via: "companion", what: "suggestions" },
    });
    expect(JSON.stringify(audit.payload)).not.toContain("debts");
  });

  it("is for the client's staff only: partners 403, other companions 404, strangers 401", async () => {
    expect((await get(partnerWorker)).statusCode).toBe(403);
    expect((await get(coordinator)).statusCode).toBe(403);
    expect((await get(otherCompanion)).statusCode).toBe(404);
    expect((await get(null)).statusCode).toBe(401);
  });
});
