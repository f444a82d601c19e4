// The sending side: the companion (or case director) picks an offer, drafts a referral with the data the partner
// needs and sends it only under a standing consent that covers that partner and every category asked. Anyone else
// gets 404 (or 401/403 at the door) and nothing changes.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser } from "../accounts/testing.ts";
import { buildCallRegion } from "../calls/testing.ts";
import type { ReferralDetail, ReferralList, ReferralOfferList } from "./schemas.ts";
import { asUser, buildClient, buildReferralWorld, giveConsent, revokeConsent } from "./testing.ts";

const now = new Date("2026-10-20T08:00:00Z");
const clock = fixedClock(now);
const t = await createReferenceTestApp({ clock });
const app = t.app;
const world = await buildReferralWorld(t.db);
const consentId = await giveConsent(t.db, {
  clientId: world.clientId,
  organisationId: world.partnerWorker.organisationId,
  categories: ["general", "finances"],
  recordedBy: world.companion.id,
});
const companion = await asUser(app, world.companion);
const caseDirector = await asUser(app, world.caseDirector);

const referralsUrl = `/api/trajectories/${world.trajectoryId}/referrals`;
const draft = async (body: object) => {
  const response = await companion("POST", referralsUrl, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ReferralDetail;
};
const referralRow = (id: string) =>
  t.db.selectFrom("referrals").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const count = async (table: "referrals" | "referral_events" | "outbox_messages") =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select(({ fn }) => fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("picking an offer", () => {
  it("lists the region's offers with what the client's consent covers for each partner", async () => {
    const response = await companion("GET", `/api/trajectories/${world.trajectoryId}/referral-offers`);
    expect(response.statusCode).toBe(200);
    const { offers } = response.json() as ReferralOfferList;
    expect(offers.find((o) => o.id === world.offerId)).toMatchObject({
      name: "Schuldhulp op maat",
      serviceType: "debt_mediation",
      consentCategories: ["general", "finances"],
      waitingDays: 14,
    });
    expect(offers.find((o) => o.id === world.otherOfferId)?.consentCategories).toEqual([]);
  });

  it("leaves out an offer that takes no referrals now", async () => {
    await t.db
      .updateTable("partnership_offers")
      .set({ accepting_referrals: false })
      .where("id", "=", world.otherOfferId)
      .execute();
    const { offers } = (
      await companion("GET", `/api/trajectories/${world.trajectoryId}/referral-offers`)
    ).json() as ReferralOfferList;
    expect(offers.map((o) => o.id)).toEqual([world.offerId]);
    const refused = await companion("POST", referralsUrl, {
      offerId: world.otherOfferId,
      categories: ["general"],
      message: "",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0]).toMatchObject({ path: "offerId", code: "referrals.offer_not_accepting" });
    await t.db
      .updateTable("partnership_offers")
      .set({ accepting_referrals: true })
      .where("id", "=", world.otherOfferId)
      .execute();
  });
});

describe("drafting", () => {
  it("keeps a draft with the categories asked, the message, a timed first step, audited without its content", async () => {
    const detail = await draft({
      offerId: world.offerId,
      categories: ["finances", "general"],
      message: "Hulp bij schulden",
    });
    expect(detail).toMatchObject({
      state: "draft",
      side: "sender",
      categories: ["general", "finances"],
      message: "Hulp bij schulden",
      offer: { id: world.offerId, organisation: { id: world.partnerWorker.organisationId } },
      steps: [
        { step: "send", reasons: [] },
        { step: "end", reasons: ["revoked_by_sender"] },
      ],
    });
    expect(detail.events).toEqual([
      {
        at: now.toISOString(),
        fromState: null,
        toState: "draft",
        reason: null,
        note: "",
        noteCode: null,
        by: expect.any(String),
      },
    ]);
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["action", "entity_type", "payload"])
      .where("entity_id", "=", detail.id)
      .execute();
    expect(audit).toEqual([
      {
        action: "client_record.written",
        entity_type: "referral",
        payload: { clientId: world.clientId, via: "companion", consentIds: [], what: "drafted" },
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain("schulden");
  });

  it("refuses bad input in the reader's language and keeps nothing", async () => {
    const before = await count("referrals");
    const noGeneral = await companion("POST", referralsUrl, {
      offerId: world.offerId,
      categories: ["finances"],
      message: "",
    });
    expect(noGeneral.statusCode).toBe(400);
    expect(noGeneral.json().error.fields[0]).toMatchObject({ path: "categories", code: "referrals.general_required" });
    expect(noGeneral.json().error.fields[0].message).toContain("algemene gegevens");
    const unknownOffer = await companion("POST", referralsUrl, {
      offerId: "00000000-0000-4000-8000-000000000000",
      categories: ["general"],
      message: "",
    });
    expect(unknownOffer.json().error.fields[0]).toMatchObject({
      path: "offerId",
      code: "referrals.offer_not_available",
    });
    const unknownCategory = await companion("POST", referralsUrl, {
      offerId: world.offerId,
      categories: ["general", "religion"],
      message: "",
    });
    expect(unknownCategory.statusCode).toBe(400);
    const extra = await companion("POST", referralsUrl, {
      offerId: world.offerId,
      categories: ["general"],
      message: "",
      x: 1,
    });
    expect(extra.statusCode).toBe(400);
    expect(await count("referrals")).toBe(before);
  });
});

describe("sending under consent", () => {
  it("refuses to send to a partner no consent covers, naming it, and keeps the draft", async () => {
    const detail = await draft({ offerId: world.otherOfferId, categories: ["general"], message: "Begeleiding" });
    const mails = await count("outbox_messages");
    const response = await companion("POST", `/api/referrals/${detail.id}/steps`, { step: "send" });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("referrals.consent_missing");
    expect(response.json().error.message).toContain(detail.offer.organisation.name);
    expect((await referralRow(detail.id)).state).toBe("draft");
    expect(await count("outbox_messages")).toBe(mails);
  });

  it("refuses to send when the consent does not cover every category asked, naming the missing ones", async () => {
    const detail = await draft({
      offerId: world.offerId,
      categories: ["general", "mental_health", "justice"],
      message: "",
    });
    const response = await companion("POST", `/api/referrals/${detail.id}/steps`, { step: "send" });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: "referrals.consent_categories_missing" });
    expect(response.json().error.message).toContain("psychisch welzijn, justitie");
    expect((await referralRow(detail.id)).state).toBe("draft");
    // The draft can be changed to what the consent covers, and then it goes.
    const changed = await companion("PATCH", `/api/referrals/${detail.id}`, { categories: ["general", "finances"] });
    expect(changed.statusCode).toBe(200);
    expect((await companion("POST", `/api/referrals/${detail.id}/steps`, { step: "send" })).statusCode).toBe(200);
  });

  it("sends under the consent, due for an answer in 10 days, and mails the partner's workers no client data", async () => {
    const detail = await draft({
      offerId: world.offerId,
      categories: ["general", "finances"],
      message: "Nora wil haar schulden aanpakken",
    });
    const response = await companion("POST", `/api/referrals/${detail.id}/steps`, {
      step: "send",
      note: "Samen besproken",
    });
    expect(response.statusCode).toBe(200);
    const sent = response.json() as ReferralDetail;
    expect(sent).toMatchObject({
      state: "sent",
      sentAt: now.toISOString(),
      answerDueAt: "2026-10-30T09:00:00.000Z",
      answerOverdue: false,
      steps: [{ step: "end", reasons: ["revoked_by_sender", "referred_elsewhere", "client_withdrew"] }],
    });
    expect(sent.events.at(-1)).toMatchObject({ fromState: "draft", toState: "sent", note: "Samen besproken" });
    expect((await referralRow(detail.id)).consent_id).toBe(consentId);
    const mails = await t.db
      .selectFrom("outbox_messages")
      .selectAll()
      .where("kind", "=", "referral.received")
      .where("body_text", "like", `%${detail.id}%`)
      .execute();
    expect(mails.map((m) => m.to_address)).toEqual([world.partnerWorker.email]);
    expect(mails[0]!.body_text).toContain(`/doorverwijzingen/${detail.id}`);
    for (const secret of ["Nora", "Testpersoon", "schulden", "Schuldhulp"]) {
      expect(mails[0]!.subject + mails[0]!.body_text).not.toContain(secret);
    }
    // Sending twice is not a step that exists.
    const again = await companion("POST", `/api/referrals/${detail.id}/steps`, { step: "send" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain("verstuurd");
  });

  it("refuses to send under a revoked or an expired consent", async () => {
    const { clientId, trajectoryId } = await buildClient(t.db, {
      regionId: world.regionId,
      companion: world.companion,
    });
    const revoked = await giveConsent(t.db, {
      clientId,
      organisationId: null,
      categories: ["general"],
      recordedBy: world.companion.id,
    });
    await revokeConsent(t.db, revoked, world.companion.id, new Date(now.getTime() - 1000));
    await giveConsent(t.db, {
      clientId,
      organisationId: world.partnerWorker.organisationId,
      categories: ["general"],
      recordedBy: world.companion.id,
      expiresAt: now,
    });
    const created = await companion("POST", `/api/trajectories/${trajectoryId}/referrals`, {
      offerId: world.offerId,
      categories: ["general"],
      message: "",
    });
    const id = (created.json() as ReferralDetail).id;
    const response = await companion("POST", `/api/referrals/${id}/steps`, { step: "send" });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("referrals.consent_missing");
    // A consent for the whole partnership covers every partner.
    await giveConsent(t.db, {
      clientId,
      organisationId: null,
      categories: ["general"],
      recordedBy: world.companion.id,
    });
    expect((await companion("POST", `/api/referrals/${id}/steps`, { step: "send" })).statusCode).toBe(200);
  });
});

describe("the sender's other steps", () => {
  it("lets the case director end a sent referral with the sender's reasons only", async () => {
    const detail = await draft({ offerId: world.offerId, categories: ["general"], message: "" });
    await companion("POST", `/api/referrals/${detail.id}/steps`, { step: "send" });
    const wrong = await caseDirector("POST", `/api/referrals/${detail.id}/steps`, {
      step: "end",
      reason: "could_not_contact",
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0]).toMatchObject({ path: "reason", code: "referrals.reason_not_allowed" });
    const none = await caseDirector("POST", `/api/referrals/${detail.id}/steps`, { step: "end" });
    expect(none.statusCode).toBe(400);
    expect((await referralRow(detail.id)).state).toBe("sent");
    const ended = await caseDirector("POST", `/api/referrals/${detail.id}/steps`, {
      step: "end",
      reason: "referred_elsewhere",
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({
      state: "ended",
      stateReason: "referred_elsewhere",
      steps: [],
      canSetRhythm: false,
    });
    const audit = await t.db
      .selectFrom("audit_log")
      .select("payload")
      .where("entity_id", "=", detail.id)
      .orderBy("id")
      .execute();
    expect(audit.at(-1)?.payload).toMatchObject({ via: "case_director", what: "ended" });
  });

  it("sets the feedback rhythm and plans the hand-over, which the trajectory's appointments hold", async () => {
    const detail = await draft({ offerId: world.offerId, categories: ["general"], message: "" });
    await companion("POST", `/api/referrals/${detail.id}/steps`, { step: "send" });
    const rhythm = await companion("PUT", `/api/referrals/${detail.id}/feedback-rhythm`, { everyDays: 14 });
    expect(rhythm.json()).toMatchObject({ feedbackEveryDays: 14, feedbackDueAt: null });
    expect((await companion("PUT", `/api/referrals/${detail.id}/feedback-rhythm`, { everyDays: 0 })).statusCode).toBe(
      400,
    );
    const body = {
      title: "Kennismaking samen",
      startsAt: "2026-10-22T08:00:00Z",
      endsAt: "2026-10-22T09:00:00Z",
      place: "Kerkstraat 1",
    };
    const planned = await companion("PUT", `/api/referrals/${detail.id}/handover`, body);
    expect(planned.statusCode).toBe(200);
    expect(planned.json().handover).toMatchObject({
      title: "Kennismaking samen",
      place: "Kerkstraat 1",
      attendance: "planned",
    });
    const backwards = await companion("PUT", `/api/referrals/${detail.id}/handover`, {
      ...body,
      endsAt: body.startsAt,
    });
    expect(backwards.statusCode).toBe(400);
    const moved = await companion("PUT", `/api/referrals/${detail.id}/handover`, {
      ...body,
      startsAt: "2026-10-23T08:00:00Z",
      endsAt: "2026-10-23T09:00:00Z",
    });
    expect(moved.statusCode).toBe(200);
    const appointments = await t.db
      .selectFrom("appointments")
      .selectAll()
      .where("referral_id", "=", detail.id)
      .execute();
    expect(appointments).toHaveLength(1);
    expect(appointments[0]).toMatchObject({ trajectory_id: world.trajectoryId, ical_sequence: 1 });
  });

  it("lists the trajectory's referrals newest first", async () => {
    const response = await companion("GET", referralsUrl);
    const { referrals } = response.json() as ReferralList;
    expect(referrals.length).toBeGreaterThan(3);
    expect(referrals.every((r) => r.trajectoryId === world.trajectoryId)).toBe(true);
  });
});

describe("out of reach", () => {
  it("answers 401 without sign-in, 403 to roles without the function and 404 to everyone else, changing nothing", async () => {
    const detail = await draft({ offerId: world.offerId, categories: ["general"], message: "" });
    const otherCompanion = await asUser(app, await buildUser(t.db, { role: "companion", regionId: world.regionId }));
    const otherRegion = await buildCallRegion(t.db);
    const farCaseDirector = await asUser(
      app,
      await buildUser(t.db, { role: "case_director", regionId: otherRegion.regionId }),
    );
    const coordinator = await asUser(app, await buildUser(t.db, { role: "coordinator", regionId: world.regionId }));
    const partner = await asUser(app, world.partnerWorker);
    const before = { referrals: await count("referrals"), events: await count("referral_events") };

    expect((await app.inject({ method: "GET", url: referralsUrl })).statusCode).toBe(401);
    expect((await coordinator("GET", referralsUrl)).statusCode).toBe(403);
    for (const outsider of [otherCompanion, farCaseDirector]) {
      expect((await outsider("GET", referralsUrl)).statusCode).toBe(404);
      expect((await outsider("GET", `/api/trajectories/${world.trajectoryId}/referral-offers`)).statusCode).toBe(404);
      expect(
        (await outsider("POST", referralsUrl, { offerId: world.offerId, categories: ["general"], message: "" }))
          .statusCode,
      ).toBe(404);
      expect((await outsider("GET", `/api/referrals/${detail.id}`)).statusCode).toBe(404);
      expect((await outsider("PATCH", `/api/referrals/${detail.id}`, { message: "x" })).statusCode).toBe(404);
      expect((await outsider("POST", `/api/referrals/${detail.id}/steps`, { step: "send" })).statusCode).toBe(404);
      expect((await outsider("PUT", `/api/referrals/${detail.id}/feedback-rhythm`, { everyDays: 3 })).statusCode).toBe(
        404,
      );
    }
    // A partner worker neither drafts nor sends (no such function), and a draft is not theirs to see.
    expect((await partner("POST", `/api/referrals/${detail.id}/steps`, { step: "send" })).statusCode).toBe(403);
    expect((await partner("GET", `/api/referrals/${detail.id}`)).statusCode).toBe(404);
    expect((await companion("GET", "/api/referrals/00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect({ referrals: await count("referrals"), events: await count("referral_events") }).toEqual(before);
    expect((await referralRow(detail.id)).message).toBe("");
  });
});
