// Who sees the partnership and who changes an offer: the region's coordinators everything of their region, a
// partner's own staff only their organisation's offers; everybody else gets 404 (or 401/403 at the door) and nothing
// changes. Bad input is refused in the reader's language and changes nothing.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser, signIn, type BuiltUser } from "../accounts/testing.ts";
import { auditOf, buildCallRegion } from "../calls/testing.ts";
import { afterDeadline, buildDecisionWorld, publishAt, weerwoordEnd } from "../decisions/testing.ts";
import { formFinalPartnerships } from "./formation.ts";
import type { OfferList, OfferView, PartnershipView } from "./schemas.ts";

const clock = fixedClock(afterDeadline);
const t = await createReferenceTestApp({ clock });
const app = t.app;

const world = await buildDecisionWorld(app, t.db, clock, 3);
const [partner, other, reserve] = world.candidacies as [
  (typeof world.candidacies)[number],
  (typeof world.candidacies)[number],
  (typeof world.candidacies)[number],
];
const { slug } = await t.db
  .selectFrom("regions")
  .select("slug")
  .where("id", "=", world.regionId)
  .executeTakeFirstOrThrow();
const otherRegion = await buildCallRegion(t.db);
const otherCoordinator = await buildUser(t.db, { role: "coordinator", regionId: otherRegion.regionId });
const juror = await buildUser(t.db, { role: "jury", regionId: world.regionId });

const send = async (user: BuiltUser, method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: object) => {
  const session = await signIn(app, user);
  return app.inject({ method, url, headers: method === "GET" ? { cookie: session.cookie } : session.headers, payload });
};
for (const [c, outcome] of [
  [partner, "selected"],
  [other, "selected"],
  [reserve, "reserve"],
] as const) {
  await send(world.coordinator, "PUT", `/api/candidacies/${c.id}/decision`, { outcome, motivation: "" });
}
clock.set(publishAt);
await send(world.coordinator, "POST", `/api/calls/${world.callId}/decisions/publish`);
clock.set(new Date(Date.parse(weerwoordEnd) + 1000));

const offersOf = async (user: BuiltUser) =>
  ((await send(user, "GET", "/api/partner/offers")).json() as OfferList).offers;
const offerRows = () => t.db.selectFrom("partnership_offers").selectAll().orderBy("id").execute();

describe("forming from the screen", () => {
  it("is for the region's coordinator only: another region's coordinator gets 404 and nothing forms", async () => {
    const url = `/api/calls/${world.callId}/partnership`;
    expect((await app.inject({ method: "GET", url })).statusCode).toBe(401);
    expect((await send(otherCoordinator, "GET", url)).statusCode).toBe(404);
    expect((await send(otherCoordinator, "POST", url)).statusCode).toBe(404);
    expect((await send(partner.applicant, "POST", url)).statusCode).toBe(403);
    expect(await t.db.selectFrom("partnerships").selectAll().execute()).toHaveLength(0);
  });

  it("lets the coordinator form it as soon as the decisions are final, audited as theirs", async () => {
    const response = await send(world.coordinator, "POST", `/api/calls/${world.callId}/partnership`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ final: true, canForm: false, formedAt: clock.now().toISOString() });
    const audited = await auditOf(t.db, "partnership.formed");
    expect(audited).toHaveLength(1);
    expect(audited[0]?.payload).toMatchObject({ trigger: "coordinator", callId: world.callId });
    // The job that runs later finds nothing left to do.
    expect(await formFinalPartnerships(t.db, clock.now())).toBe(0);
  });
});

describe("reading the partnership", () => {
  it("shows the coordinator the members and the offers", async () => {
    const response = await send(world.coordinator, "GET", `/api/regions/${slug}/partnership`);
    expect(response.statusCode).toBe(200);
    const view = response.json() as PartnershipView;
    expect(view.offers.map((o) => o.organisation.id).sort()).toEqual(
      [partner.applicant.organisationId, other.applicant.organisationId].sort(),
    );
    expect(view.municipalities).toEqual(["Maasmechelen", "Kinrooi", "Maaseik"]);
  });

  it("is the region's: another region's coordinator gets 404, staff and jury 403, strangers 401", async () => {
    const url = `/api/regions/${slug}/partnership`;
    expect((await send(otherCoordinator, "GET", url)).statusCode).toBe(404);
    expect((await send(otherCoordinator, "GET", "/api/regions/bestaat-niet/partnership")).statusCode).toBe(404);
    expect((await send(partner.applicant, "GET", url)).statusCode).toBe(403);
    expect((await send(juror, "GET", url)).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url })).statusCode).toBe(401);
  });

  it("shows a partner's staff their own organisation's offers only; a reserve has none", async () => {
    const mine = await offersOf(partner.applicant);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ organisation: { id: partner.applicant.organisationId }, region: { slug } });
    expect(await offersOf(reserve.applicant)).toEqual([]);
    expect(await offersOf(world.coordinator)).toEqual([]);
  });
});

describe("changing an offer", () => {
  const mine = async () => (await offersOf(partner.applicant))[0]!;
  const others = async () => (await offersOf(other.applicant))[0]!;

  it("lets the partner's staff set the waiting time and intake, audited with before and after", async () => {
    const offer = await mine();
    const response = await send(partner.applicant, "PATCH", `/api/offers/${offer.id}`, {
      waitingDays: 21,
      acceptingReferrals: false,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json() as OfferView).toMatchObject({
      waitingDays: 21,
      waitingUpdatedAt: clock.now().toISOString(),
      acceptingReferrals: false,
      capacityPerYear: 40,
    });
    const audited = await auditOf(t.db, "partnership.offer_changed");
    expect(audited.at(-1)).toMatchObject({
      entity_id: offer.id,
      payload: { changes: { waitingDays: { from: null, to: 21 }, acceptingReferrals: { from: true, to: false } } },
    });
  });

  it("lets the region's coordinator change contact, eligibility, languages and capacity", async () => {
    const offer = await mine();
    const response = await send(world.coordinator, "PATCH", `/api/offers/${offer.id}`, {
      contact: { name: "Jan Claes", email: "Jan.Claes@Example.be", phone: "" },
      eligibilityText: "Voor jongeren tot 30 jaar zonder werk.",
      languages: ["nl", "fr"],
      capacityPerYear: 30,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json() as OfferView).toMatchObject({
      contact: { name: "Jan Claes", email: "jan.claes@example.be", phone: "" },
      eligibility: { text: "Voor jongeren tot 30 jaar zonder werk.", personas: ["saled"], challenges: [1] },
      languages: ["nl", "fr"],
      capacityPerYear: 30,
      waitingDays: 21,
    });
  });

  it("refuses another organisation's staff, a reserve and another region's coordinator with 404; nothing changes", async () => {
    const before = await offerRows();
    const audits = (await auditOf(t.db, "partnership.offer_changed")).length;
    const target = await others();
    for (const user of [partner.applicant, reserve.applicant, otherCoordinator]) {
      const response = await send(user, "PATCH", `/api/offers/${target.id}`, { waitingDays: 1 });
      expect(response.statusCode).toBe(404);
    }
    expect((await send(juror, "PATCH", `/api/offers/${target.id}`, { waitingDays: 1 })).statusCode).toBe(403);
    expect(
      (await app.inject({ method: "PATCH", url: `/api/offers/${target.id}`, payload: { waitingDays: 1 } })).statusCode,
    ).toBe(401);
    expect(
      (await send(world.coordinator, "PATCH", "/api/offers/00000000-0000-4000-8000-000000000000", { waitingDays: 1 }))
        .statusCode,
    ).toBe(404);
    expect(await offerRows()).toEqual(before);
    expect(await auditOf(t.db, "partnership.offer_changed")).toHaveLength(audits);
  });

  it.each([
    ["a negative waiting time", { waitingDays: -1 }, "waitingDays"],
    ["a waiting time in words", { waitingDays: "drie weken" }, "waitingDays"],
    ["no contact language", { languages: [] }, "languages"],
    ["a language that is not a code", { languages: ["Nederlands"] }, "languages.0"],
    ["an e-mail address that is not one", { contact: { name: "Jan", email: "jan@", phone: "" } }, "contact.email"],
    ["a blank contact name", { contact: { name: "  ", email: "jan@example.be", phone: "" } }, "contact.name"],
    ["a field that cannot be changed", { serviceType: "debt_mediation" }, "serviceType"],
  ])("refuses %s with a translated 400 and changes nothing", async (_label, payload, path) => {
    const offer = await mine();
    const before = await offerRows();
    const session = await signIn(app, partner.applicant);
    const response = await app.inject({
      method: "PATCH",
      url: `/api/offers/${offer.id}`,
      headers: { ...session.headers, "accept-language": "fr" },
      payload,
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error as { code: string; fields: { path: string; message: string }[] };
    expect(error.code).toBe("validation_failed");
    expect(error.fields.map((f) => f.path)).toContain(path);
    expect(error.fields.every((f) => f.message.length > 0)).toBe(true);
    expect(await offerRows()).toEqual(before);
  });
});
