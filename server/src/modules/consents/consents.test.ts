// Consent before anything is shared: the client's companion (or the region's case director) records it for one
// partner or the whole partnership, for categories and until a day; it is revoked at any moment, or it expires by the
// clock, and either way the partner worker who could open the file (GET /api/clients/:id) gets 404 on the very next
// request. Nobody else can see or change a consent (404, nothing changed); bad input is refused in the reader's
// language.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import type { Actor } from "../../platform/permissions.ts";
import { buildOrganisation, buildUser, signIn, type BuiltUser } from "../accounts/testing.ts";
import { auditOf } from "../calls/testing.ts";
import { clientAccess, referralAccess } from "../clients/access.ts";
import type { ConsentList, ConsentView } from "./schemas.ts";
import { buildClient, buildConsentWorld, buildReferral, type BuiltPartner } from "./testing.ts";

// Thursday 12 November 2026, 10:00 in Brussels.
const clock = fixedClock("2026-11-12T09:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;
const world = await buildConsentWorld(t.db, clock.now());

const send = async (user: BuiltUser, method: "GET" | "POST", url: string, payload?: object) => {
  // A fresh session each time: the tests move the clock by months, past any session's lifetime.
  const session = await signIn(app, user);
  return app.inject({ method, url, headers: method === "GET" ? { cookie: session.cookie } : session.headers, payload });
};
const consentsUrl = (clientId = world.clientId) => `/api/clients/${clientId}/consents`;
const record = (user: BuiltUser, body: object, clientId?: string) => send(user, "POST", consentsUrl(clientId), body);
const forPartner = (partner: BuiltPartner, extra: object = {}) => ({
  scope: "partner",
  partnerOrganisationId: partner.organisationId,
  purpose: "referral",
  categories: ["general", "finances"],
  givenHow: "spoken",
  ...extra,
});
const consentRows = () => t.db.selectFrom("consents").selectAll().orderBy("id").execute();

/** The partner worker as the server sees them after sign-in: one membership in the client's region. */
function actorOf(worker: BuiltUser): Actor {
  return {
    userId: worker.id,
    email: worker.email,
    displayName: worker.email,
    locale: "nl",
    memberships: [{ organisationId: worker.organisationId, regionId: world.regionId, role: "partner_worker" }],
    sessionIdHash: "",
    csrfToken: "",
  };
}

describe("who may see and record consents", () => {
  it("asks to sign in, refuses partner workers at the door and answers 404 to staff without this client", async () => {
    expect((await app.inject({ method: "GET", url: consentsUrl() })).statusCode).toBe(401);
    expect((await send(world.partner.worker, "GET", consentsUrl())).statusCode).toBe(403);
    expect((await record(world.partner.worker, forPartner(world.partner))).statusCode).toBe(403);
    for (const outsider of [world.otherCompanion, world.otherCaseDirector]) {
      expect((await send(outsider, "GET", consentsUrl())).statusCode).toBe(404);
      expect((await record(outsider, forPartner(world.partner))).statusCode).toBe(404);
    }
    const unknownClient = "00000000-0000-4000-8000-000000000000";
    expect((await send(world.companion, "GET", consentsUrl(unknownClient))).statusCode).toBe(404);
    expect(await consentRows()).toHaveLength(0);
  });

  it("lists the partnership's organisations for the form: VDAB first, then the partners with their offers", async () => {
    const response = await send(world.caseDirector, "GET", consentsUrl());
    expect(response.statusCode).toBe(200);
    const list = response.json() as ConsentList;
    expect(list.consents).toEqual([]);
    expect(list.partners[0]).toMatchObject({ organisationId: world.vdab.organisationId, kind: "vdab" });
    expect(
      list.partners
        .slice(1)
        .map((p) => p.organisationId)
        .sort(),
    ).toEqual([world.partner.organisationId, world.otherPartner.organisationId].sort());
    expect(list.partners[1]?.serviceTypes).toHaveLength(1);
    expect(list.region.name).toBe(world.regionName);
    expect(list.expiry).toEqual({ today: "2026-11-12", default: "2027-11-12", max: "2029-11-12" });
  });
});

describe("recording a consent", () => {
  it("records it for the partner, always with general data, standing one year by default, audited without values", async () => {
    const response = await record(world.companion, forPartner(world.partner, { categories: ["finances"] }));
    expect(response.statusCode).toBe(201);
    const view = response.json() as ConsentView;
    expect(view).toMatchObject({
      scope: "partner",
      partner: { organisationId: world.partner.organisationId, name: world.partner.name },
      categories: ["general", "finances"],
      state: "standing",
      givenAt: clock.now().toISOString(),
      lastDay: "2027-11-12",
      // The end of 12 November 2027 in Brussels (CET, UTC+1).
      expiresAt: "2027-11-12T23:00:00.000Z",
      recordedBy: { userId: world.companion.id },
      revoked: null,
    });
    const audited = (await auditOf(t.db, "client_record.written")).filter((a) => a.entity_id === view.id);
    expect(audited).toHaveLength(1);
    expect(audited[0]?.payload).toEqual({
      clientId: world.clientId,
      via: "companion",
      consentIds: [],
      what: "consent.recorded",
    });
  });

  it("refuses bad input in the reader's language and changes nothing", async () => {
    const before = await consentRows();
    const stranger = await buildOrganisation(t.db);
    const cases: [object, string, string][] = [
      [forPartner(world.partner, { partnerOrganisationId: stranger.id }), "partnerOrganisationId", "geen partner"],
      [{ ...forPartner(world.partner), partnerOrganisationId: undefined }, "partnerOrganisationId", "Kies de partner"],
      [{ ...forPartner(world.partner), scope: "partnership" }, "partnerOrganisationId", "hele partnerschap"],
      [forPartner(world.partner, { purpose: "other", purposeText: "  " }), "purposeText", "ander doel"],
      [forPartner(world.partner, { lastDay: "2026-11-11" }), "lastDay", "moet nog gelden"],
      [forPartner(world.partner, { lastDay: "2029-11-13" }), "lastDay", "hoogstens 3 jaar"],
      [forPartner(world.partner, { lastDay: "2027-02-30" }), "lastDay", "geen geldige datum"],
      [forPartner(world.partner, { categories: ["gossip"] }), "categories.0", ""],
      [forPartner(world.partner, { givenHow: "nodded" }), "givenHow", ""],
    ];
    for (const [body, path, words] of cases) {
      const response = await record(world.companion, body);
      expect(response.statusCode, path).toBe(400);
      const error = (response.json() as { error: { fields: { path: string; message: string }[] } }).error;
      const field = error.fields.find((f) => f.path === path);
      expect(field?.message, path).toContain(words);
    }
    expect(await consentRows()).toEqual(before);
  });

  it("accepts the last day three years on and a consent for the whole partnership", async () => {
    const response = await record(world.caseDirector, {
      scope: "partnership",
      purpose: "case_conference",
      categories: ["general"],
      givenHow: "signed",
      lastDay: "2029-11-12",
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ scope: "partnership", partner: null, lastDay: "2029-11-12" });
  });
});

describe("revoking and expiry", () => {
  it("takes a revocation into account on the very next request of the partner worker", async () => {
    const { clientId, trajectoryId, companion } = await buildOtherClient();
    const referralId = await buildReferral(
      t.db,
      { clientId, trajectoryId, companion },
      world.otherPartner,
      clock.now(),
    );
    const consent = (await record(companion, forPartner(world.otherPartner), clientId)).json() as ConsentView;
    const actor = actorOf(world.otherPartner.worker);

    const file = await send(world.otherPartner.worker, "GET", `/api/clients/${clientId}`);
    expect(file.statusCode).toBe(200);
    expect(file.json()).toMatchObject({ id: clientId, access: { via: "partner", categories: ["general"] } });
    const access = await clientAccess(t.db, actor, clientId, clock.now());
    expect(access).toMatchObject({ via: "partner", consentIds: [consent.id], referralIds: [referralId] });
    expect([...access.categories]).toEqual(["general"]);
    expect((await referralAccess(t.db, actor, referralId, clock.now())).side).toBe("receiver");

    const revoked = await send(companion, "POST", `/api/consents/${consent.id}/revoke`, {
      how: "written",
      reason: "Wil het zelf regelen",
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({
      state: "revoked",
      revoked: { at: clock.now().toISOString(), by: { userId: companion.id }, how: "written" },
    });

    expect((await send(world.otherPartner.worker, "GET", `/api/clients/${clientId}`)).statusCode).toBe(404);
    await expect(clientAccess(t.db, actor, clientId, clock.now())).rejects.toMatchObject({ status: 404 });
    await expect(referralAccess(t.db, actor, referralId, clock.now())).rejects.toMatchObject({ status: 404 });
    const audited = (await auditOf(t.db, "client_record.written")).filter((a) => a.entity_id === consent.id);
    expect(audited.map((a) => (a.payload as { what: string }).what)).toEqual(["consent.recorded", "consent.revoked"]);
    expect(JSON.stringify(audited)).not.toContain("regelen");
  });

  it("refuses to revoke twice, and lets nobody else revoke (404, nothing changed)", async () => {
    const consent = (await record(world.companion, forPartner(world.partner))).json() as ConsentView;
    const url = `/api/consents/${consent.id}/revoke`;
    for (const outsider of [world.otherCompanion, world.otherCaseDirector]) {
      expect((await send(outsider, "POST", url, { how: "spoken" })).statusCode).toBe(404);
    }
    expect((await send(world.partner.worker, "POST", url, { how: "spoken" })).statusCode).toBe(403);
    expect((await send(world.companion, "POST", url, { how: "by pigeon" })).statusCode).toBe(400);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await send(world.companion, "POST", `/api/consents/${unknown}/revoke`, { how: "spoken" })).statusCode).toBe(
      404,
    );
    const row = await t.db.selectFrom("consents").selectAll().where("id", "=", consent.id).executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();

    expect((await send(world.caseDirector, "POST", url, { how: "spoken" })).statusCode).toBe(200);
    const again = await send(world.companion, "POST", url, { how: "spoken" });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: "consents.already_revoked" } });
    expect(
      (await t.db.selectFrom("consents").selectAll().where("id", "=", consent.id).executeTakeFirstOrThrow()).revoked_by,
    ).toBe(world.caseDirector.id);
  });

  it("ends by the clock at midnight after the last day, and the list shows who recorded what in which state", async () => {
    const { clientId, trajectoryId, companion } = await buildOtherClient();
    await buildReferral(t.db, { clientId, trajectoryId, companion }, world.partner, clock.now(), {
      categories: ["general", "finances", "justice"],
    });
    const consent = (
      await record(companion, forPartner(world.partner, { lastDay: "2026-11-30" }), clientId)
    ).json() as ConsentView;
    const actor = actorOf(world.partner.worker);
    const start = clock.now();
    try {
      // 30 November 2026, 23:59:59 in Brussels: it still stands; the partner sees what both allow.
      clock.set("2026-11-30T22:59:59Z");
      const access = await clientAccess(t.db, actor, clientId, clock.now());
      expect([...access.categories]).toEqual(["general", "finances"]);
      expect((await send(world.partner.worker, "GET", `/api/clients/${clientId}`)).statusCode).toBe(200);
      clock.set("2026-11-30T23:00:00Z");
      expect((await send(world.partner.worker, "GET", `/api/clients/${clientId}`)).statusCode).toBe(404);
      await expect(clientAccess(t.db, actor, clientId, clock.now())).rejects.toMatchObject({ status: 404 });

      const list = (await send(companion, "GET", consentsUrl(clientId))).json() as ConsentList;
      expect(list.consents.map((c) => [c.id, c.state, c.recordedBy.userId])).toEqual([
        [consent.id, "expired", companion.id],
      ]);
      const late = await send(companion, "POST", `/api/consents/${consent.id}/revoke`, { how: "spoken" });
      expect(late.statusCode).toBe(409);
      expect(late.json()).toMatchObject({ error: { code: "consents.already_expired" } });
      expect((late.json() as { error: { message: string } }).error.message).toContain("30 november 2026");
    } finally {
      clock.set(start);
    }
  });
});

/** Another client in the region, with a companion of their own: a clean slate of consents and referrals. */
async function buildOtherClient() {
  const companion = await buildUser(t.db, { role: "companion", regionId: world.regionId });
  const built = await buildClient(t.db, world.regionId, companion, clock.now());
  return { ...built, companion };
}
