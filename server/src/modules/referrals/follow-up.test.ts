// Following the loop up in time: a referral nobody answers shows up as unanswered after 10 days on both sides and
// ends by itself after 30; an accepted referral with a rhythm shows up when feedback is missing. The job and the
// "action needed" queries are called as the scheduler and the worklist module call them.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { periodicJobs } from "../../platform/jobs.ts";
import { expireUnansweredReferrals } from "./expiry.ts";
import type { ReferralDetail } from "./schemas.ts";
import { asUser, buildClient, buildReferralWorld, giveConsent, revokeConsent } from "./testing.ts";
import { referralWorkItems, type ReferralWorkItem, type ReferralWorkScope } from "./worklist.ts";

// Sent on Tuesday 20 October 2026, 10:00 in Brussels; the clocks go back on the 25th.
const sentAt = new Date("2026-10-20T08:00:00Z");
const clock = fixedClock(sentAt);
const t = await createReferenceTestApp({ clock });
const world = await buildReferralWorld(t.db);
const companion = await asUser(t.app, world.companion);
const partner = await asUser(t.app, world.partnerWorker);

async function sent() {
  const { clientId, trajectoryId } = await buildClient(t.db, { regionId: world.regionId, companion: world.companion });
  const consentId = await giveConsent(t.db, {
    clientId,
    organisationId: world.partnerWorker.organisationId,
    categories: ["general"],
    recordedBy: world.companion.id,
  });
  const created = await companion("POST", `/api/trajectories/${trajectoryId}/referrals`, {
    offerId: world.offerId,
    categories: ["general"],
    message: "",
  });
  const id = (created.json() as ReferralDetail).id;
  expect((await companion("POST", `/api/referrals/${id}/steps`, { step: "send" })).statusCode).toBe(200);
  return { id, clientId, consentId };
}

const unanswered = await sent();
const answered = await sent();
await partner("POST", `/api/partner/referrals/${answered.id}/steps`, { step: "waitlist" });
const withRhythm = await sent();
await partner("POST", `/api/partner/referrals/${withRhythm.id}/steps`, { step: "accept" });
await companion("PUT", `/api/referrals/${withRhythm.id}/feedback-rhythm`, { everyDays: 7 });

const sender: ReferralWorkScope = { side: "sender", companionUserId: world.companion.id };
const director: ReferralWorkScope = { side: "sender", regionIds: [world.regionId] };
const receiver: ReferralWorkScope = {
  side: "receiver",
  organisations: [{ organisationId: world.partnerWorker.organisationId, regionId: world.regionId }],
};
const itemsAt = async (scope: ReferralWorkScope, at: string, kind?: ReferralWorkItem["kind"]) =>
  (await referralWorkItems(t.db, scope, new Date(at)))
    .filter((i) => kind === undefined || i.kind === kind)
    .map((i) => [i.kind, i.referralId, i.dueAt.toISOString()]);

describe("action needed", () => {
  it("shows nothing before anything is due", async () => {
    expect(await itemsAt(sender, "2026-10-27T08:00:00Z")).toEqual([]);
  });

  it("shows the unanswered referral from its answer moment, 10 Brussels days later, on both sides", async () => {
    const due = "2026-10-30T09:00:00.000Z";
    expect(await itemsAt(sender, "2026-10-30T08:59:59Z", "unanswered")).toEqual([]);
    for (const scope of [sender, director, receiver]) {
      expect(await itemsAt(scope, "2026-10-30T09:00:00Z", "unanswered")).toEqual([["unanswered", unanswered.id, due]]);
    }
    // Another partner has nothing to do for it.
    const others: ReferralWorkScope = {
      side: "receiver",
      organisations: [{ organisationId: world.otherWorker.organisationId, regionId: world.regionId }],
    };
    expect(await itemsAt(others, "2026-10-30T09:00:00Z")).toEqual([]);
  });

  it("shows missing feedback on the rhythm after acceptance, and no longer once it is given", async () => {
    const items = await itemsAt(sender, "2026-10-27T09:00:00Z");
    expect(items).toEqual([["feedback_missing", withRhythm.id, "2026-10-27T09:00:00.000Z"]]);
    // Feedback given three days after acceptance: the next is due seven Brussels days after it.
    clock.set("2026-10-23T08:00:00Z");
    const later = await asUser(t.app, world.partnerWorker);
    await later("POST", `/api/partner/referrals/${withRhythm.id}/feedback`, {
      attendance: "irregular",
      progress: "same",
      summary: "Twee keer niet gekomen",
    });
    clock.set(sentAt);
    expect(await itemsAt(receiver, "2026-10-27T09:00:00Z", "feedback_missing")).toEqual([]);
    expect(await itemsAt(receiver, "2026-10-30T09:00:00Z", "feedback_missing")).toEqual([
      ["feedback_missing", withRhythm.id, "2026-10-30T09:00:00.000Z"],
    ]);
  });

  it("leaves out of the partner's list what it may no longer see, and tells the sender the consent lapsed", async () => {
    // Written straight into the table (the revocation route would end the referral): a consent gone by itself.
    await revokeConsent(t.db, unanswered.consentId, world.companion.id, sentAt);
    expect(await itemsAt(receiver, "2026-10-30T09:00:00Z", "unanswered")).toEqual([]);
    expect(await itemsAt(sender, "2026-10-30T09:00:00Z", "unanswered")).toEqual([]);
    expect(await itemsAt(sender, "2026-10-30T09:00:00Z", "consent_lapsed")).toEqual([
      ["consent_lapsed", unanswered.id, sentAt.toISOString()],
    ]);
  });
});

describe("expiry", () => {
  it("is one of the scheduled jobs", () => {
    expect(periodicJobs.map((j) => j.name)).toContain("referral-expiry");
  });

  it("ends a referral sent and unanswered for 30 Brussels days, as the system, and only that one", async () => {
    expect(await expireUnansweredReferrals(t.db, new Date("2026-11-19T08:59:59Z"))).toBe(0);
    expect(await expireUnansweredReferrals(t.db, new Date("2026-11-19T09:00:00Z"))).toBe(1);
    const rows = await t.db.selectFrom("referrals").select(["id", "state", "state_reason"]).execute();
    expect(rows.find((r) => r.id === unanswered.id)).toMatchObject({
      state: "ended",
      state_reason: "expired_without_answer",
    });
    // Waitlisting is an answer; an accepted one does not expire.
    expect(rows.find((r) => r.id === answered.id)?.state).toBe("waitlisted");
    expect(rows.find((r) => r.id === withRhythm.id)?.state).toBe("accepted");
    const event = await t.db
      .selectFrom("referral_events")
      .selectAll()
      .where("referral_id", "=", unanswered.id)
      .where("to_state", "=", "ended")
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ from_state: "sent", by_user_id: null, reason: "expired_without_answer" });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["actor_kind", "payload"])
      .where("entity_id", "=", unanswered.id)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      actor_kind: "system",
      payload: { clientId: unanswered.clientId, via: "system", consentIds: [], what: "expired" },
    });
    // A second run finds nothing left.
    expect(await expireUnansweredReferrals(t.db, new Date("2026-12-01T09:00:00Z"))).toBe(0);
  });
});
