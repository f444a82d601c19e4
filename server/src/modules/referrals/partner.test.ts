// The receiving side: a partner worker sees only the client of a referral to their own organisation, only the data
// categories the referral asks and a consent covers, and only while both stand. They answer, give feedback and plan
// the hand-over; a revoked or expired consent closes the door on the very next request.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser } from "../accounts/testing.ts";
import { buildCallRegion } from "../calls/testing.ts";
import type { Inbox, ReferralDetail, StepDone } from "./schemas.ts";
import { asUser, buildClient, buildReferralWorld, giveConsent, revokeConsent } from "./testing.ts";

const now = new Date("2026-10-20T08:00:00Z");
const clock = fixedClock(now);
const t = await createReferenceTestApp({ clock });
const app = t.app;
const world = await buildReferralWorld(t.db);
const companion = await asUser(app, world.companion);
const partner = await asUser(app, world.partnerWorker);
const otherPartner = await asUser(app, world.otherWorker);

/** A new client of the companion with a consent for the partner and a sent referral asking `categories`. */
async function sentReferral(
  options: { categories?: ("general" | "finances" | "mental_health")[]; consent?: ("general" | "finances")[] } = {},
) {
  const { clientId, trajectoryId } = await buildClient(t.db, { regionId: world.regionId, companion: world.companion });
  const consentId = await giveConsent(t.db, {
    clientId,
    organisationId: world.partnerWorker.organisationId,
    categories: options.consent ?? ["general", "finances"],
    recordedBy: world.companion.id,
  });
  const created = await companion("POST", `/api/trajectories/${trajectoryId}/referrals`, {
    offerId: world.offerId,
    categories: options.categories ?? ["general", "finances"],
    message: "Graag een gesprek over de schulden",
  });
  const id = (created.json() as ReferralDetail).id;
  const sent = await companion("POST", `/api/referrals/${id}/steps`, { step: "send" });
  expect(sent.statusCode, sent.body).toBe(200);
  return { id, clientId, trajectoryId, consentId };
}

const stateOf = async (id: string) =>
  (await t.db.selectFrom("referrals").select("state").where("id", "=", id).executeTakeFirstOrThrow()).state;
const inboxIds = async (as = partner) =>
  ((await as("GET", "/api/partner/referrals")).json() as Inbox).referrals.map((r) => r.id);

describe("what the partner sees", () => {
  it("shows the referral in the inbox with the client's name, audited as read on the consent", async () => {
    const { id, clientId, consentId } = await sentReferral();
    const response = await partner("GET", "/api/partner/referrals");
    expect(response.statusCode).toBe(200);
    const item = (response.json() as Inbox).referrals.find((r) => r.id === id);
    expect(item).toMatchObject({ state: "sent", client: { id: clientId, givenName: "Nora" }, answerOverdue: false });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["action", "payload"])
      .where("entity_id", "=", id)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      action: "client_record.read",
      payload: { clientId, via: "partner", consentIds: [consentId], what: "inbox" },
    });
  });

  it("shows only the data categories asked and consented: the finance scan and notes, nothing of mental health", async () => {
    const { id, clientId, trajectoryId } = await sentReferral({ categories: ["general", "finances"] });
    const scan = await t.db
      .insertInto("scans")
      .values({
        trajectory_id: trajectoryId,
        taken_on: "2026-10-01",
        moment: "start",
        taken_by: world.companion.id,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("scan_domains")
      .values([
        { scan_id: scan.id, life_domain_code: "finances_admin", score: 2, strengths: "Houdt een kasboek bij" },
        { scan_id: scan.id, life_domain_code: "mental_health", score: 1, strengths: "MARKER-PSYCHE" },
      ])
      .execute();
    const note = (confidentiality: string, category: string, text: string) => ({
      trajectory_id: trajectoryId,
      written_at: now,
      written_by: world.companion.id,
      confidentiality,
      category,
      text,
    });
    await t.db
      .insertInto("notes")
      .values([
        note("partners", "finances", "Schuld bij de energieleverancier"),
        note("partners", "mental_health", "MARKER-NOTE-PSYCHE"),
        note("team", "finances", "MARKER-TEAM-ONLY"),
      ])
      .execute();
    const response = await partner("GET", `/api/referrals/${id}`);
    expect(response.statusCode).toBe(200);
    const detail = response.json() as ReferralDetail;
    expect(detail).toMatchObject({
      side: "receiver",
      message: "Graag een gesprek over de schulden",
      shared: {
        categories: ["general", "finances"],
        client: { id: clientId, givenName: "Nora", contactLanguages: ["nl", "fr"], phone: "0470 12 34 56" },
        scan: { takenOn: "2026-10-01", domains: [{ lifeDomain: "finances_admin", score: 2 }] },
        notes: [{ category: "finances", text: "Schuld bij de energieleverancier" }],
      },
    });
    expect(detail.steps.map((s) => s.step)).toEqual(["accept", "waitlist", "decline", "end"]);
    expect(response.body).not.toContain("MARKER");
  });

  it("shows a category asked but not consented to nobody: the consent decides, not the referral", async () => {
    // A partnership-wide consent for general only, and a referral that asked finances under an earlier consent.
    const { id, clientId, consentId } = await sentReferral();
    await giveConsent(t.db, {
      clientId,
      organisationId: null,
      categories: ["general"],
      recordedBy: world.companion.id,
    });
    await revokeConsent(t.db, consentId, world.companion.id, now);
    const detail = (await partner("GET", `/api/referrals/${id}`)).json() as ReferralDetail;
    expect(detail.shared.categories).toEqual(["general"]);
  });

  it("is nothing to another partner: its inbox leaves it out and every route answers 404, changing nothing", async () => {
    const { id } = await sentReferral();
    expect(await inboxIds(otherPartner)).not.toContain(id);
    expect((await otherPartner("GET", `/api/referrals/${id}`)).statusCode).toBe(404);
    expect((await otherPartner("POST", `/api/partner/referrals/${id}/steps`, { step: "accept" })).statusCode).toBe(404);
    const feedback = { attendance: "good", progress: "better", summary: "x" };
    expect((await otherPartner("POST", `/api/partner/referrals/${id}/feedback`, feedback)).statusCode).toBe(404);
    const handover = { title: "x", startsAt: "2026-10-22T08:00:00Z", endsAt: "2026-10-22T09:00:00Z" };
    expect((await otherPartner("PUT", `/api/partner/referrals/${id}/handover`, handover)).statusCode).toBe(404);
    // A partner worker of the same organisation in another region is no receiver either.
    const elsewhere = await buildCallRegion(t.db);
    const farWorker = await buildUser(t.db, { role: "partner_worker", regionId: elsewhere.regionId });
    await t.db
      .updateTable("memberships")
      .set({ organisation_id: world.partnerWorker.organisationId })
      .where("user_id", "=", farWorker.id)
      .execute();
    const far = await asUser(app, farWorker);
    expect((await far("GET", `/api/referrals/${id}`)).statusCode).toBe(404);
    expect(await inboxIds(far)).toEqual([]);
    expect(await stateOf(id)).toBe("sent");
    expect((await t.db.selectFrom("appointments").selectAll().where("referral_id", "=", id).execute()).length).toBe(0);
  });

  it("lists in the client's referrals tab only the partner's own referrals", async () => {
    const { id, clientId, trajectoryId } = await sentReferral();
    await giveConsent(t.db, {
      clientId,
      organisationId: null,
      categories: ["general"],
      recordedBy: world.companion.id,
    });
    const created = await companion("POST", `/api/trajectories/${trajectoryId}/referrals`, {
      offerId: world.otherOfferId,
      categories: ["general"],
      message: "",
    });
    const otherId = (created.json() as ReferralDetail).id;
    expect((await companion("POST", `/api/referrals/${otherId}/steps`, { step: "send" })).statusCode).toBe(200);
    const mine = await partner("GET", `/api/trajectories/${trajectoryId}/referrals`);
    expect(mine.statusCode).toBe(200);
    expect((mine.json() as { referrals: { id: string }[] }).referrals.map((r) => r.id)).toEqual([id]);
    const theirs = await otherPartner("GET", `/api/trajectories/${trajectoryId}/referrals`);
    expect((theirs.json() as { referrals: { id: string }[] }).referrals.map((r) => r.id)).toEqual([otherId]);
    // Offers to refer to are for the sending side only.
    expect((await partner("GET", `/api/trajectories/${trajectoryId}/referral-offers`)).statusCode).toBe(403);
  });

  it("keeps the partner's functions from staff and the sender's from the partner (403 at the door)", async () => {
    const { id } = await sentReferral();
    expect((await companion("GET", "/api/partner/referrals")).statusCode).toBe(403);
    expect((await companion("POST", `/api/partner/referrals/${id}/steps`, { step: "accept" })).statusCode).toBe(403);
    expect(
      (await partner("POST", `/api/referrals/${id}/steps`, { step: "end", reason: "revoked_by_sender" })).statusCode,
    ).toBe(403);
    expect((await partner("PUT", `/api/referrals/${id}/feedback-rhythm`, { everyDays: 7 })).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: "/api/partner/referrals" })).statusCode).toBe(401);
    expect(await stateOf(id)).toBe("sent");
  });
});

describe("answering", () => {
  it("runs the loop: accept, feedback, hand-over, start, complete — then the partner no longer sees it", async () => {
    const { id } = await sentReferral();
    const accepted = await partner("POST", `/api/partner/referrals/${id}/steps`, { step: "accept", note: "Welkom" });
    expect(accepted.json()).toEqual({
      id,
      state: "accepted",
      stateReason: null,
      stillVisible: true,
    } satisfies StepDone);

    const feedback = await partner("POST", `/api/partner/referrals/${id}/feedback`, {
      attendance: "good",
      progress: "better",
      summary: "Eerste gesprek goed verlopen",
      nextStep: "Budgetplan opmaken",
    });
    expect(feedback.statusCode).toBe(201);
    expect(feedback.json()).toMatchObject({
      lastFeedbackAt: now.toISOString(),
      feedback: [{ summary: "Eerste gesprek goed verlopen", nextStep: "Budgetplan opmaken" }],
    });

    const handover = {
      title: "Eerste afspraak samen",
      startsAt: "2026-10-27T09:00:00Z",
      endsAt: "2026-10-27T10:00:00Z",
      place: "Loket",
    };
    expect((await partner("PUT", `/api/partner/referrals/${id}/handover`, handover)).statusCode).toBe(200);

    // The sender sees the answer, the feedback and the hand-over.
    const seen = (await companion("GET", `/api/referrals/${id}`)).json() as ReferralDetail;
    expect(seen).toMatchObject({
      state: "accepted",
      side: "sender",
      handover: { title: "Eerste afspraak samen", place: "Loket" },
      feedback: [{ attendance: "good", progress: "better" }],
    });
    expect(seen.events.map((e) => e.toState)).toEqual(["draft", "sent", "accepted"]);
    expect(seen.events.at(-1)).toMatchObject({
      note: "Welkom",
      by: expect.stringContaining(world.partnerWorker.email),
    });

    expect((await partner("POST", `/api/partner/referrals/${id}/steps`, { step: "start" })).json()).toMatchObject({
      state: "started",
    });
    const noReason = await partner("POST", `/api/partner/referrals/${id}/steps`, { step: "complete" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0]).toMatchObject({ path: "reason", code: "field.required" });
    const completed = await partner("POST", `/api/partner/referrals/${id}/steps`, {
      step: "complete",
      reason: "goal_reached",
    });
    expect(completed.json()).toEqual({ id, state: "completed", stateReason: "goal_reached", stillVisible: false });
    expect((await partner("GET", `/api/referrals/${id}`)).statusCode).toBe(404);
    expect(await inboxIds()).not.toContain(id);
    expect((await companion("GET", `/api/referrals/${id}`)).json()).toMatchObject({
      state: "completed",
      stateReason: "goal_reached",
    });
  });

  it("refuses a step that does not follow, in the reader's words, and feedback before acceptance", async () => {
    const { id } = await sentReferral();
    const early = await partner("POST", `/api/partner/referrals/${id}/steps`, { step: "start" });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe("Dat kan niet: de doorverwijzing staat op 'verstuurd'.");
    const feedback = await partner("POST", `/api/partner/referrals/${id}/feedback`, {
      attendance: "good",
      progress: "same",
      summary: "x",
    });
    expect(feedback.statusCode).toBe(409);
    expect(feedback.json().error.code).toBe("referrals.feedback_not_possible");
    const empty = await partner("POST", `/api/partner/referrals/${id}/feedback`, {
      attendance: "good",
      progress: "same",
      summary: "  ",
    });
    expect(empty.statusCode).toBe(400);
    const senderReason = await partner("POST", `/api/partner/referrals/${id}/steps`, {
      step: "end",
      reason: "revoked_by_sender",
    });
    expect(senderReason.statusCode).toBe(400);
    expect(await stateOf(id)).toBe("sent");
  });

  it("waitlists, then declines with a reason; the sender reads why", async () => {
    const { id } = await sentReferral();
    expect((await partner("POST", `/api/partner/referrals/${id}/steps`, { step: "waitlist" })).json()).toMatchObject({
      state: "waitlisted",
    });
    const declined = await partner("POST", `/api/partner/referrals/${id}/steps`, {
      step: "decline",
      reason: "no_capacity",
      note: "Wachtlijst te lang",
    });
    expect(declined.json()).toMatchObject({ state: "declined", stateReason: "no_capacity", stillVisible: false });
    const seen = (await companion("GET", `/api/referrals/${id}`)).json() as ReferralDetail;
    expect(seen.events.at(-1)).toMatchObject({
      fromState: "waitlisted",
      toState: "declined",
      reason: "no_capacity",
      note: "Wachtlijst te lang",
    });
  });

  it("lets the partner end one it could not reach", async () => {
    const { id } = await sentReferral();
    await partner("POST", `/api/partner/referrals/${id}/steps`, { step: "accept" });
    const ended = await partner("POST", `/api/partner/referrals/${id}/steps`, {
      step: "end",
      reason: "could_not_contact",
    });
    expect(ended.json()).toMatchObject({ state: "ended", stateReason: "could_not_contact" });
  });
});

describe("when consent goes", () => {
  it("closes the door on the very next request after a revocation, and nothing changes", async () => {
    const { id, consentId } = await sentReferral();
    await partner("POST", `/api/partner/referrals/${id}/steps`, { step: "accept" });
    expect((await partner("GET", `/api/referrals/${id}`)).statusCode).toBe(200);
    await revokeConsent(t.db, consentId, world.companion.id, now);
    expect((await partner("GET", `/api/referrals/${id}`)).statusCode).toBe(404);
    expect(await inboxIds()).not.toContain(id);
    const feedback = { attendance: "good", progress: "better", summary: "x" };
    expect((await partner("POST", `/api/partner/referrals/${id}/feedback`, feedback)).statusCode).toBe(404);
    expect((await partner("POST", `/api/partner/referrals/${id}/steps`, { step: "start" })).statusCode).toBe(404);
    expect(await stateOf(id)).toBe("accepted");
    expect(await t.db.selectFrom("referral_feedback").selectAll().where("referral_id", "=", id).execute()).toEqual([]);
    // The sender still sees it and can end it.
    const ended = await companion("POST", `/api/referrals/${id}/steps`, { step: "end", reason: "client_withdrew" });
    expect(ended.json()).toMatchObject({ state: "ended", stateReason: "client_withdrew" });
  });

  it("closes it when the consent expires, from that instant", async () => {
    const { clientId, trajectoryId } = await buildClient(t.db, {
      regionId: world.regionId,
      companion: world.companion,
    });
    const expiresAt = new Date(now.getTime() + 3600_000);
    await giveConsent(t.db, {
      clientId,
      organisationId: null,
      categories: ["general"],
      recordedBy: world.companion.id,
      expiresAt,
    });
    const created = await companion("POST", `/api/trajectories/${trajectoryId}/referrals`, {
      offerId: world.offerId,
      categories: ["general"],
      message: "",
    });
    const id = (created.json() as ReferralDetail).id;
    await companion("POST", `/api/referrals/${id}/steps`, { step: "send" });
    clock.set(new Date(expiresAt.getTime() - 1));
    // Signed in again: an hour later the first session may have gone idle.
    const later = await asUser(app, world.partnerWorker);
    expect((await later("GET", `/api/referrals/${id}`)).statusCode).toBe(200);
    clock.set(expiresAt);
    expect((await later("GET", `/api/referrals/${id}`)).statusCode).toBe(404);
    expect(await inboxIds(later)).not.toContain(id);
    clock.set(now);
  });
});
