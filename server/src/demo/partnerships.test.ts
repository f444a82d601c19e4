// The demo's 2023 calls end with a formed partnership: VDAB, the region's municipalities and the selected
// organisations (never the reserve or the refused one), their offers from the candidacies, formed when the last
// weerwoord window closed. The demo call stays unformed, and the scheduled formation finds nothing left to do.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../test/app.ts";
import { signIn } from "../modules/accounts/testing.ts";
import type { OfferList } from "../modules/partnerships/schemas.ts";
import * as q from "../modules/calls/queries.ts";
import { formationWait, formFinalPartnerships } from "../modules/partnerships/formation.ts";
import { regionalCallTitle } from "./calls.ts";
import { demoDecisions } from "./decisions.ts";
import { demoPartnerEmail, demoPassword, loadDemo } from "./load.ts";
import { regionSeeds } from "./regions/index.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const { db, app } = await createReferenceTestApp({ clock });
await loadDemo(db, undefined, { now: clock.now() });
const calls = await q.listCalls(db);

describe("the demo's partnerships", () => {
  it("formed one per region from its 2023 call, when the last weerwoord window closed", async () => {
    const formations = await db.selectFrom("partnership_formations").selectAll().execute();
    const regional = calls.filter((c) => c.title === regionalCallTitle);
    expect(regional).toHaveLength(5);
    expect(formations.map((f) => f.call_id).sort()).toEqual(regional.map((c) => c.id).sort());
    for (const call of regional) {
      const formation = formations.find((f) => f.call_id === call.id)!;
      const wait = await formationWait(db, call.id, clock.now());
      expect(formation.formed_at.toISOString()).toBe(wait.lastWindowClosesAt);
    }
    expect(calls.filter((c) => c.isDemo).every((c) => !formations.some((f) => f.call_id === c.id))).toBe(true);
    expect(await formFinalPartnerships(db, clock.now())).toBe(0);
  });

  it("has VDAB, every municipality of the region and the selected organisations, each with offers", async () => {
    for (const seed of regionSeeds) {
      const plan = demoDecisions[seed.slug]!;
      const members = await db
        .selectFrom("partnership_members as m")
        .innerJoin("partnerships as p", "p.id", "m.partnership_id")
        .innerJoin("regions as r", "r.id", "p.region_id")
        .leftJoin("organisations as o", "o.id", "m.organisation_id")
        .select(["m.id", "m.kind", "o.name"])
        .where("r.slug", "=", seed.slug)
        .execute();
      expect(members.filter((m) => m.kind === "vdab")).toHaveLength(1);
      expect(members.filter((m) => m.kind === "municipality")).toHaveLength(seed.municipalities.length);
      const partners = members.filter((m) => m.kind === "partner");
      expect(partners.length).toBeGreaterThanOrEqual(2);
      const names = partners.map((m) => m.name);
      expect(names).not.toContain(plan.reserve.organisation);
      expect(names).not.toContain(plan.notSelected.organisation);
      for (const partner of partners) {
        const offers = await db
          .selectFrom("partnership_offers")
          .selectAll()
          .where("member_id", "=", partner.id)
          .execute();
        expect(offers.length, partner.name ?? "").toBeGreaterThan(0);
        // Dutch first; a waiting time as a partner in its second year would have entered it (suggestions show it).
        expect(offers.every((o) => o.languages[0] === "nl" && o.waiting_days !== null && o.waiting_days > 0)).toBe(
          true,
        );
      }
    }
  });

  it("has a partner account that finds its organisation's Maasland offers, and no one else's", async () => {
    const session = await signIn(app, { email: demoPartnerEmail, password: demoPassword });
    const response = await app.inject({ method: "GET", url: "/api/partner/offers", headers: session.headers });
    expect(response.statusCode).toBe(200);
    const { offers } = response.json() as OfferList;
    expect(offers.length).toBeGreaterThan(0);
    expect(new Set(offers.map((o) => o.organisation.name)).size).toBe(1);
    expect(offers.every((o) => o.region.slug === "maasland")).toBe(true);
  });
});
