// A referral lives under consent. Revoking a consent ends, in the same request, every open referral the consents
// still standing no longer cover (client_withdrew, by the one who revoked, audited); a consent that expires by the
// clock leaves the referral open but asks nothing more of the partner, and tells the sending side "consent lapsed"
// on the action-needed list. A closed trajectory's referrals ask nothing of anyone.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import type { Worklist } from "../worklist/schemas.ts";
import type { Inbox, ReferralDetail } from "./schemas.ts";
import { asUser, buildClient, buildReferralWorld, giveConsent } from "./testing.ts";

const start = new Date("2026-10-01T08:00:00Z");
const clock = fixedClock(start);
const t = await createReferenceTestApp({ clock });
const app = t.app;
const world = await buildReferralWorld(t.db);
const day = 24 * 3600 * 1000;
type Session = Awaited<ReturnType<typeof asUser>>;
let companion: Session, caseDirector: Session, partner: Session;
/** Moves the clock and signs everyone in again (a session does not last the days the tests skip). */
async function at(moment: Date) {
  clock.set(moment);
  [companion, caseDirector, partner] = await Promise.all([
    asUser(app, world.companion),
    asUser(app, world.caseDirector),
    asUser(app, world.partnerWorker),
  ]);
}

/**
 * A new client of the companion with a consent for the partner (until `expiresAt`), a referral asking general and
 * finances data, sent under it and, unless `answer` is false, accepted with a 7-day feedback rhythm.
 */
async function referral(options: { expiresAt?: Date; answer?: boolean } = {}) {
  const { clientId, trajectoryId } = await buildClient(t.db, { regionId: world.regionId, companion: world.companion });
  const consentId = await giveConsent(t.db, {
    clientId,
    organisationId: world.partnerWorker.organisationId,
    categories: ["general", "finances"],
    recordedBy: world.companion.id,
    givenAt: new Date(clock.now().getTime() - day),
    ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}),
  });
  const created = await companion("POST", `/api/trajectories/${trajectoryId}/referrals`, {
    offerId: world.offerId,
    categories: ["general", "finances"],
    message: "Graag een gesprek over de schulden",
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = (created.json() as ReferralDetail).id;
  expect((await companion("POST", `/api/referrals/${id}/steps`, { step: "send" })).statusCode).toBe(200);
  if (options.answer !== false) {
    const accepted = await partner("POST", `/api/partner/referrals/${id}/steps`, { step: "accept" });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await companion("PUT", `/api/referrals/${id}/feedback-rhythm`, { everyDays: 7 })).statusCode).toBe(200);
  }
  return { id, clientId, trajectoryId, consentId };
}

const worklist = async (as: Session) => {
  const response = await as("GET", "/api/worklist");
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as Worklist).items;
};
const itemsFor = async (as: Session, referralId: string) =>
  (await worklist(as)).filter((i) => i.id.endsWith(`:${referralId}`)).map((i) => i.kind);
const inboxIds = async () =>
  ((await partner("GET", "/api/partner/referrals")).json() as Inbox).referrals.map((r) => r.id);

describe("revoking a consent", () => {
  it("ends the referrals it alone covered, by the one who revoked, and the lists forget them", async () => {
    await at(start);
    const late = await referral(); // accepted, feedback every 7 days
    const unanswered = await referral({ answer: false });
    await at(new Date(start.getTime() + 12 * day));
    expect(await itemsFor(companion, late.id)).toEqual(["missing_feedback"]);
    expect(await itemsFor(partner, late.id)).toEqual(["missing_feedback"]);
    expect(await itemsFor(companion, unanswered.id)).toEqual(["unanswered_referral"]);
    expect(await inboxIds()).toEqual(expect.arrayContaining([late.id, unanswered.id]));

    const revoked = await companion("POST", `/api/consents/${late.consentId}/revoke`, {
      how: "spoken",
      reason: "Wil het zelf regelen",
    });
    expect(revoked.statusCode, revoked.body).toBe(200);

    const detail = await companion("GET", `/api/referrals/${late.id}`);
    expect(detail.statusCode).toBe(200);
    const ended = detail.json() as ReferralDetail;
    expect(ended).toMatchObject({ state: "ended", stateReason: "client_withdrew" });
    expect(ended.events.at(-1)).toMatchObject({
      fromState: "accepted",
      toState: "ended",
      reason: "client_withdrew",
      note: "",
      noteCode: "consent_withdrawn",
      by: `Test ${world.companion.email}`,
      at: clock.now().toISOString(),
    });
    const audited = await t.db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id", "payload"])
      .where("entity_id", "=", late.id)
      .where("action", "=", "client_record.written")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audited).toEqual({
      action: "client_record.written",
      actor_user_id: world.companion.id,
      payload: { clientId: late.clientId, via: "companion", consentIds: [], what: "ended_consent_revoked" },
    });
    expect(JSON.stringify(audited)).not.toContain("regelen");

    expect(await itemsFor(companion, late.id)).toEqual([]);
    expect(await itemsFor(partner, late.id)).toEqual([]);
    expect(await inboxIds()).not.toContain(late.id);
    expect((await partner("GET", `/api/referrals/${late.id}`)).statusCode).toBe(404);
    // Another client's referral, under its own consent, goes on.
    expect(await itemsFor(companion, unanswered.id)).toEqual(["unanswered_referral"]);
    expect(await inboxIds()).toContain(unanswered.id);
  });

  it("leaves open a referral another standing consent still covers, and ends one covered only in part", async () => {
    await at(start);
    const covered = await referral();
    const partly = await referral();
    // A partnership-wide consent for the first client covers the referral's every category; for the second, only
    // general data, not the finances it asks.
    await giveConsent(t.db, {
      clientId: covered.clientId,
      organisationId: null,
      categories: ["general", "finances"],
      recordedBy: world.companion.id,
      givenAt: start,
    });
    await giveConsent(t.db, {
      clientId: partly.clientId,
      organisationId: null,
      categories: ["general"],
      recordedBy: world.companion.id,
      givenAt: start,
    });
    for (const r of [covered, partly]) {
      const response = await caseDirector("POST", `/api/consents/${r.consentId}/revoke`, { how: "written" });
      expect(response.statusCode, response.body).toBe(200);
    }
    const stateOf = async (id: string) =>
      (await t.db.selectFrom("referrals").select("state").where("id", "=", id).executeTakeFirstOrThrow()).state;
    expect(await stateOf(covered.id)).toBe("accepted");
    expect(await stateOf(partly.id)).toBe("ended");
    const event = await t.db
      .selectFrom("referral_events")
      .select(["by_user_id", "to_state", "reason"])
      .where("referral_id", "=", partly.id)
      .where("to_state", "=", "ended")
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ by_user_id: world.caseDirector.id, to_state: "ended", reason: "client_withdrew" });
  });

  it("changes nothing when the revocation is refused", async () => {
    await at(start);
    const r = await referral();
    expect((await partner("POST", `/api/consents/${r.consentId}/revoke`, { how: "spoken" })).statusCode).toBe(403);
    expect((await companion("POST", `/api/consents/${r.consentId}/revoke`, { how: "sideways" })).statusCode).toBe(400);
    const row = await t.db.selectFrom("referrals").select("state").where("id", "=", r.id).executeTakeFirstOrThrow();
    expect(row.state).toBe("accepted");
  });
});

describe("a consent that expires by the clock", () => {
  it("stops asking the partner for feedback or an answer, and asks the sending side to renew or end", async () => {
    await at(start);
    const expiresAt = new Date(start.getTime() + 20 * day);
    const accepted = await referral({ expiresAt });
    const sent = await referral({ expiresAt, answer: false });
    await at(new Date(start.getTime() + 19 * day));
    expect(await itemsFor(companion, accepted.id)).toEqual(["missing_feedback"]);
    expect(await itemsFor(partner, sent.id)).toEqual(["unanswered_referral"]);

    await at(new Date(start.getTime() + 21 * day));
    for (const as of [companion, caseDirector]) {
      const items = (await worklist(as)).filter((i) => [accepted.id, sent.id].some((id) => i.id.endsWith(`:${id}`)));
      expect(items.map((i) => i.id).sort()).toEqual(
        [`consent_lapsed:${accepted.id}`, `consent_lapsed:${sent.id}`].sort(),
      );
      expect(items[0]).toMatchObject({
        kind: "consent_lapsed",
        sinceAt: expiresAt.toISOString(),
        side: "staff",
        text: "Schuldhulp op maat",
      });
      expect(items.find((i) => i.id === `consent_lapsed:${sent.id}`)?.link).toBe(
        `/clienten/${sent.clientId}/doorverwijzingen`,
      );
    }
    expect(await itemsFor(partner, accepted.id)).toEqual([]);
    expect(await itemsFor(partner, sent.id)).toEqual([]);
    // Still open: the periodic job leaves them; the companion renews the consent or ends the referral.
    const detail = (await companion("GET", `/api/referrals/${accepted.id}`)).json() as ReferralDetail;
    expect(detail.state).toBe("accepted");

    // A new consent covering it: the referral asks for feedback again, and the lapse is gone.
    await giveConsent(t.db, {
      clientId: accepted.clientId,
      organisationId: world.partnerWorker.organisationId,
      categories: ["general", "finances"],
      recordedBy: world.companion.id,
      givenAt: clock.now(),
    });
    expect(await itemsFor(companion, accepted.id)).toEqual(["missing_feedback"]);
    // Ended by the companion: nothing asks any more.
    const endedNow = await companion("POST", `/api/referrals/${sent.id}/steps`, {
      step: "end",
      reason: "client_withdrew",
    });
    expect(endedNow.statusCode, endedNow.body).toBe(200);
    expect(await itemsFor(companion, sent.id)).toEqual([]);
  });
});

describe("an ended trajectory", () => {
  it("keeps its referrals off everyone's action-needed list", async () => {
    await at(start);
    const r = await referral();
    await at(new Date(start.getTime() + 12 * day));
    expect(await itemsFor(companion, r.id)).toEqual(["missing_feedback"]);
    // Closed before this rule existed (the closure refuses open referrals now): its referrals ask nothing.
    await t.db
      .updateTable("trajectories")
      .set({ status: "stopped", ended_at: clock.now(), exit_outcome: "stopped" })
      .where("id", "=", r.trajectoryId)
      .execute();
    expect(await itemsFor(companion, r.id)).toEqual([]);
    expect(await itemsFor(partner, r.id)).toEqual([]);
  });
});
