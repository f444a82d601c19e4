// The partnership forms once a call's decisions are final: not a second earlier, once however often (or however many
// app servers) run the formation, with the set of partners as it stands after an upheld weerwoord.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { createOrganisation } from "../accounts/service.ts";
import { signIn, validEnterpriseNumber, type BuiltUser } from "../accounts/testing.ts";
import {
  auditOf,
  buildApplicant,
  buildCall,
  completeContent,
  saveDraftVia,
  startCandidacy,
  submitVia,
  timeline,
} from "../calls/testing.ts";
import { afterDeadline, beforeDeadline, buildDecisionWorld, publishAt, weerwoordEnd } from "../decisions/testing.ts";
import { formFinalPartnerships } from "./formation.ts";
import type { FormationStatus, PartnershipView } from "./schemas.ts";

const clock = fixedClock(afterDeadline);
const t = await createReferenceTestApp({ clock });
const app = t.app;
const vdab = await createOrganisation(
  t.db,
  { kind: "seed" },
  { name: "VDAB", enterpriseNumber: validEnterpriseNumber(), kind: "vdab" },
);

const world = await buildDecisionWorld(app, t.db, clock, 3);
const [chosen, reserve, refused] = world.candidacies as [
  (typeof world.candidacies)[number],
  (typeof world.candidacies)[number],
  (typeof world.candidacies)[number],
];
const { slug } = await t.db
  .selectFrom("regions")
  .select("slug")
  .where("id", "=", world.regionId)
  .executeTakeFirstOrThrow();

const as = (user: BuiltUser) => signIn(app, user);
const send = async (user: BuiltUser, method: "GET" | "POST" | "PUT", url: string, payload?: object) => {
  const session = await as(user);
  return app.inject({ method, url, headers: method === "GET" ? { cookie: session.cookie } : session.headers, payload });
};
const status = async () =>
  (await send(world.coordinator, "GET", `/api/calls/${world.callId}/partnership`)).json() as FormationStatus;
const partnership = async () =>
  (await send(world.coordinator, "GET", `/api/regions/${slug}/partnership`)).json() as PartnershipView;
const count = async (table: "partnerships" | "partnership_members" | "partnership_offers") =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select(({ fn }) => fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The instant one second before / after an ISO instant. */
const around = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

describe("before the decisions are final", () => {
  it("waits while nothing is published, and says so", async () => {
    expect(await formFinalPartnerships(t.db, clock.now())).toBe(0);
    expect(await status()).toMatchObject({
      formedAt: null,
      final: false,
      waitingFor: ["not_published"],
      lastWindowClosesAt: null,
      canForm: false,
    });
  });

  it("waits until the last weerwoord window closes: one second before it, nothing forms", async () => {
    await send(world.coordinator, "PUT", `/api/candidacies/${chosen.id}/decision`, {
      outcome: "selected",
      motivation: "",
    });
    await send(world.coordinator, "PUT", `/api/candidacies/${reserve.id}/decision`, {
      outcome: "reserve",
      motivation: "",
    });
    await send(world.coordinator, "PUT", `/api/candidacies/${refused.id}/decision`, {
      outcome: "not_selected",
      motivation: "Te weinig trajecten voor het gevraagde budget.",
    });
    clock.set(publishAt);
    expect((await send(world.coordinator, "POST", `/api/calls/${world.callId}/decisions/publish`)).statusCode).toBe(
      200,
    );

    clock.set(around(weerwoordEnd, -1));
    expect(await formFinalPartnerships(t.db, clock.now())).toBe(0);
    expect(await status()).toMatchObject({
      final: false,
      waitingFor: ["weerwoord_open"],
      lastWindowClosesAt: new Date(weerwoordEnd).toISOString(),
      canForm: false,
    });
    // The coordinator's button says until when, in Belgian time, and forms nothing.
    const early = await send(world.coordinator, "POST", `/api/calls/${world.callId}/partnership`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: "partnerships.not_final_until" });
    expect(early.json().error.message).toContain("dinsdag 3 november 2026 om 12.00 uur");
    expect(await count("partnerships")).toBe(0);
  });

  it("waits for an upheld weerwoord's decision to be published again, and for its own new window", async () => {
    const filed = await send(refused.applicant, "POST", `/api/candidacies/${refused.id}/objection`, {
      text: "Wij zijn de enige partner in Kinrooi.",
    });
    expect(filed.statusCode).toBe(201);
    clock.set(around(weerwoordEnd, 1));
    expect(await formFinalPartnerships(t.db, clock.now())).toBe(0);
    expect((await status()).waitingFor).toEqual(["objection_unhandled"]);

    const objectionId = (filed.json() as { id: string }).id;
    await send(world.coordinator, "PUT", `/api/objections/${objectionId}`, {
      status: "upheld",
      answer: "U hebt gelijk: Kinrooi is anders niet gedekt.",
    });
    expect(await formFinalPartnerships(t.db, clock.now())).toBe(0);
    expect((await status()).waitingFor).toEqual(["decision_reopened"]);

    await send(world.coordinator, "PUT", `/api/candidacies/${refused.id}/decision`, {
      outcome: "selected",
      motivation: "Na weerwoord.",
    });
    const republished = await send(world.coordinator, "POST", `/api/candidacies/${refused.id}/decision/publish`);
    expect(republished.statusCode).toBe(200);
    const newEnd = around(weerwoordEnd, 1 + 14 * 86_400);
    expect(await status()).toMatchObject({ waitingFor: ["weerwoord_open"], lastWindowClosesAt: newEnd });

    clock.set(around(newEnd, -1));
    expect(await formFinalPartnerships(t.db, clock.now())).toBe(0);
    expect(await count("partnerships")).toBe(0);
  });
});

describe("once final", () => {
  it("forms the partnership once: VDAB, the municipalities and the selected organisations, not the reserve", async () => {
    clock.set(around(weerwoordEnd, 1 + 14 * 86_400));
    expect(await status()).toMatchObject({ final: true, waitingFor: [], canForm: true, formedAt: null });
    expect(await formFinalPartnerships(t.db, clock.now())).toBe(1);
    expect(await formFinalPartnerships(t.db, clock.now())).toBe(0);
    clock.advance(60_000);
    expect(await formFinalPartnerships(t.db, clock.now())).toBe(0);

    const view = await partnership();
    expect(view.formedAt).toBe(around(weerwoordEnd, 1 + 14 * 86_400));
    expect(view.calls.map((c) => c.callId)).toEqual([world.callId]);
    expect(view.members.map((m) => m.kind)).toEqual([
      "vdab",
      "municipality",
      "municipality",
      "municipality",
      "partner",
      "partner",
    ]);
    expect(view.members[0]).toMatchObject({ organisationId: vdab.id, source: null });
    expect(view.members.filter((m) => m.kind === "municipality").map((m) => m.name)).toEqual([
      "Maasmechelen",
      "Kinrooi",
      "Maaseik",
    ]);
    const partners = view.members.filter((m) => m.kind === "partner");
    expect(partners.map((m) => m.organisationId).sort()).toEqual(
      [chosen.applicant.organisationId, refused.applicant.organisationId].sort(),
    );
    expect(partners.map((m) => m.source)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ callId: world.callId, candidacyId: chosen.id, revisionNumber: 1 }),
        expect.objectContaining({ callId: world.callId, candidacyId: refused.id, revisionNumber: 1 }),
      ]),
    );
    expect(partners.every((m) => m.joinedAt === view.formedAt)).toBe(true);
    expect(view.members.some((m) => m.organisationId === reserve.applicant.organisationId)).toBe(false);

    const audited = await auditOf(t.db, "partnership.formed");
    expect(audited).toHaveLength(1);
    expect(audited[0]?.payload).toMatchObject({ callId: world.callId, extended: false, trigger: "job" });
  });

  it("creates each partner's offers from its final revision", async () => {
    const view = await partnership();
    expect(view.offers).toHaveLength(2);
    const offer = view.offers.find((o) => o.organisation.id === chosen.applicant.organisationId)!;
    expect(offer).toMatchObject({
      serviceType: "bridge_figure",
      name: chosen.title,
      municipalities: ["Maasmechelen", "Kinrooi"],
      wholeRegion: false,
      capacityPerYear: 40,
      languages: ["nl", "ar", "ti"],
      eligibility: { personas: ["saled"], challenges: [1], text: "" },
      contact: { name: "Sara Peeters", email: "sara.peeters@example.be", phone: "089 12 34 56" },
      waitingDays: null,
      waitingUpdatedAt: null,
      acceptingReferrals: true,
      source: { callId: world.callId, candidacyId: chosen.id, revisionNumber: 1 },
    });
  });

  it("says it is formed, and the coordinator's button refuses a second formation", async () => {
    expect(await status()).toMatchObject({ final: true, canForm: false, formedAt: expect.any(String) });
    const again = await send(world.coordinator, "POST", `/api/calls/${world.callId}/partnership`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("partnerships.already_formed");
    expect(await count("partnership_offers")).toBe(2);
    expect(await auditOf(t.db, "partnership.formed")).toHaveLength(1);
  });
});

describe("two app servers at once", () => {
  it("forms a call once when two formations run concurrently", async () => {
    clock.set(afterDeadline);
    const second = await buildDecisionWorld(app, t.db, clock, 2);
    for (const [i, c] of second.candidacies.entries()) {
      await send(second.coordinator, "PUT", `/api/candidacies/${c.id}/decision`, {
        outcome: i === 0 ? "selected" : "reserve",
        motivation: "",
      });
    }
    clock.set(publishAt);
    await send(second.coordinator, "POST", `/api/calls/${second.callId}/decisions/publish`);
    clock.set(around(weerwoordEnd, 1));
    const before = await count("partnership_offers");

    const results = await Promise.all([
      formFinalPartnerships(t.db, clock.now()),
      formFinalPartnerships(t.db, clock.now()),
      formFinalPartnerships(t.db, clock.now()),
    ]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await count("partnerships")).toBe(2);
    expect(await count("partnership_offers")).toBe(before + 1);
    const formed = await auditOf(t.db, "partnership.formed");
    expect(formed.filter((a) => (a.payload as { callId: string }).callId === second.callId)).toHaveLength(1);
  });
});

describe("a later call in the same region", () => {
  it("extends the partnership: new partners join, an existing partner keeps its membership and gains offers", async () => {
    const before = await partnership();
    const { id: versionId } = await t.db
      .selectFrom("addendum_versions as v")
      .innerJoin("addenda as a", "a.id", "v.addendum_id")
      .select("v.id")
      .where("a.region_id", "=", world.regionId)
      .executeTakeFirstOrThrow();
    clock.set(beforeDeadline);
    const later = await buildCall(t.db, timeline("2026-09-01", { date: "2026-10-09", time: "12:00" }), {
      regionId: world.regionId,
      slug,
      versionId,
    });
    const newcomer = await buildApplicant(t.db);
    const applied: string[] = [];
    for (const [applicant, content] of [
      [chosen.applicant, completeContent({ title: "Tweede project", serviceTypes: ["debt_mediation"] })],
      [newcomer, completeContent({ title: "Nieuwe partner", municipalities: ["Maaseik"] })],
    ] as const) {
      const session = await as(applicant);
      const started = await startCandidacy(app, session.headers, later.id);
      expect((await saveDraftVia(app, session.headers, started.id, 1, content)).statusCode).toBe(200);
      expect((await submitVia(app, session.headers, started.id, 2)).statusCode).toBe(201);
      applied.push(started.id);
    }
    clock.set(afterDeadline);
    for (const id of applied) {
      await send(world.coordinator, "PUT", `/api/candidacies/${id}/decision`, { outcome: "selected", motivation: "" });
    }
    clock.set(publishAt);
    expect((await send(world.coordinator, "POST", `/api/calls/${later.id}/decisions/publish`)).statusCode).toBe(200);
    clock.set(around(weerwoordEnd, 1));
    expect(await formFinalPartnerships(t.db, clock.now())).toBe(1);

    const after = await partnership();
    expect(after.formedAt).toBe(before.formedAt);
    expect(after.calls.map((c) => c.callId).sort()).toEqual([world.callId, later.id].sort());
    // VDAB and the municipalities are not added twice; the existing partner keeps when it joined.
    expect(after.members).toHaveLength(before.members.length + 1);
    const kept = after.members.find((m) => m.organisationId === chosen.applicant.organisationId);
    expect(kept).toEqual(before.members.find((m) => m.organisationId === chosen.applicant.organisationId));
    expect(after.members.find((m) => m.organisationId === newcomer.organisationId)).toMatchObject({
      kind: "partner",
      source: { callId: later.id, candidacyId: applied[1], revisionNumber: 1 },
    });
    const chosensOffers = after.offers.filter((o) => o.organisation.id === chosen.applicant.organisationId);
    expect(chosensOffers.map((o) => [o.serviceType, o.source.callId]).sort()).toEqual(
      [
        ["bridge_figure", world.callId],
        ["debt_mediation", later.id],
      ].sort(),
    );
    const formed = await auditOf(t.db, "partnership.formed");
    expect(formed.at(-1)?.payload).toMatchObject({ callId: later.id, extended: true });
  });
});
