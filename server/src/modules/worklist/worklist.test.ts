// "Actie nodig": a companion finds what is late in their own trajectories, a case director in the region's, a
// partner worker in the referrals to their organisation while the consent stands. Each item says what, since when
// and where to act; each client shown is audited once.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser, signIn, type BuiltUser } from "../accounts/testing.ts";
import {
  buildClient,
  buildClientWorld,
  buildPartner,
  insertAction,
  insertAppointment,
  insertConsent,
  insertGoal,
  insertReferral,
} from "../timeline/testing.ts";
import type { Worklist } from "./schemas.ts";

const now = new Date("2026-11-20T10:00:00Z");
const start = new Date("2026-09-01T08:00:00Z");
const clock = fixedClock(now);
const t = await createReferenceTestApp({ clock });
const app = t.app;

const world = await buildClientWorld(t.db, start);
const { companion, caseDirector, coordinator, partner } = world;
const chadia = await buildClient(t.db, world, companion, start, { givenName: "Chadia" });
const roy = await buildClient(t.db, world, companion, start, {
  givenName: "Roy",
  status: "completed",
  followUpDueOn: "2026-11-20",
});
const colleague = await buildUser(t.db, { role: "companion", regionId: world.regionId });
const nora = await buildClient(t.db, world, colleague, start, { givenName: "Nora" });
const otherPartner = await buildPartner(t.db, world.regionId, start);

const goal = await insertGoal(t.db, chadia.trajectoryId, companion.id, "housing", "Een eigen woning", start);
const overdue = await insertAction(t.db, goal, chadia.trajectoryId, companion.id, {
  text: "Huurcontract opvragen",
  dueOn: "2026-11-19",
  at: start,
});
await insertAction(t.db, goal, chadia.trajectoryId, companion.id, { text: "Vandaag", dueOn: "2026-11-20", at: start });
await insertAction(t.db, goal, chadia.trajectoryId, companion.id, {
  text: "Al gedaan",
  dueOn: "2026-11-01",
  at: start,
  doneAt: new Date("2026-11-02T10:00:00Z"),
});
const forPartner = await insertAction(t.db, goal, chadia.trajectoryId, companion.id, {
  text: "Intakegesprek plannen",
  dueOn: "2026-11-18",
  at: start,
  partnerOrganisationId: partner.organisationId,
});
const mindGoal = await insertGoal(t.db, chadia.trajectoryId, companion.id, "mental_health", "Beter slapen", start);
await insertAction(t.db, mindGoal, chadia.trajectoryId, companion.id, {
  text: "Psycholoog zoeken",
  dueOn: "2026-11-17",
  at: start,
  partnerOrganisationId: partner.organisationId,
});
const doneGoal = await insertGoal(t.db, chadia.trajectoryId, companion.id, "work", "Al bereikt", start);
await t.db.updateTable("goals").set({ status: "achieved" }).where("id", "=", doneGoal).execute();
await insertAction(t.db, doneGoal, chadia.trajectoryId, companion.id, {
  text: "Overbodig",
  dueOn: "2026-11-01",
  at: start,
});
const royGoal = await insertGoal(t.db, roy.trajectoryId, companion.id, "work", "Werk", start);
await insertAction(t.db, royGoal, roy.trajectoryId, companion.id, {
  text: "Afgesloten",
  dueOn: "2026-10-01",
  at: start,
});
const noraGoal = await insertGoal(t.db, nora.trajectoryId, colleague.id, "language", "Nederlands", start);
await insertAction(t.db, noraGoal, nora.trajectoryId, colleague.id, {
  text: "Taalles",
  dueOn: "2026-11-18",
  at: start,
});

const consentId = await insertConsent(t.db, chadia.clientId, companion.id, {
  organisationId: partner.organisationId,
  givenAt: start,
  expiresAt: new Date("2027-06-01T00:00:00Z"),
});
const expiring = await insertConsent(t.db, chadia.clientId, companion.id, {
  organisationId: otherPartner.organisationId,
  givenAt: start,
  expiresAt: new Date("2026-11-30T12:00:00Z"),
});
const revoked = await insertConsent(t.db, chadia.clientId, companion.id, {
  givenAt: start,
  expiresAt: new Date("2026-11-25T12:00:00Z"),
});
await t.db
  .updateTable("consents")
  .set({ revoked_at: start, revoked_by: companion.id })
  .where("id", "=", revoked)
  .execute();

const unanswered = await insertReferral(t.db, chadia, partner, companion.id, {
  state: "sent",
  at: new Date("2026-11-05T09:00:00Z"),
  consentId,
  answerDueAt: new Date("2026-11-15T09:00:00Z"),
});
await insertReferral(t.db, chadia, partner, companion.id, {
  state: "sent",
  at: new Date("2026-11-15T09:00:00Z"),
  consentId,
  answerDueAt: new Date("2026-11-25T09:00:00Z"),
});
const quiet = await insertReferral(t.db, chadia, partner, companion.id, {
  state: "accepted",
  at: new Date("2026-10-01T09:00:00Z"),
  consentId,
  feedbackEveryDays: 14,
  lastFeedbackAt: new Date("2026-10-31T09:00:00Z"),
});
await insertReferral(t.db, chadia, partner, companion.id, {
  state: "started",
  at: new Date("2026-10-01T09:00:00Z"),
  consentId,
  feedbackEveryDays: 14,
  lastFeedbackAt: new Date("2026-11-10T09:00:00Z"),
});
await insertReferral(t.db, chadia, otherPartner, companion.id, {
  state: "sent",
  at: new Date("2026-11-01T09:00:00Z"),
  consentId: null,
  answerDueAt: new Date("2026-11-11T09:00:00Z"),
});
const missed = await insertAppointment(t.db, chadia.trajectoryId, companion.id, {
  title: "Gesprek OCMW",
  startsAt: new Date("2026-11-19T09:00:00Z"),
});
await insertAppointment(t.db, chadia.trajectoryId, companion.id, {
  title: "Was er",
  startsAt: new Date("2026-11-18T09:00:00Z"),
  attendance: "present",
});
await insertAppointment(t.db, chadia.trajectoryId, companion.id, {
  title: "Morgen",
  startsAt: new Date("2026-11-21T09:00:00Z"),
});

const worklistOf = async (user: BuiltUser) => {
  const session = await signIn(app, user);
  const response = await app.inject({ method: "GET", url: "/api/worklist", headers: { cookie: session.cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Worklist;
};
const worklistReads = () =>
  t.db
    .selectFrom("audit_log")
    .selectAll()
    .where("action", "=", "client_record.read")
    .orderBy("id")
    .execute()
    .then((rows) => rows.filter((r) => (r.payload as { what?: string }).what === "worklist"));

describe("the companion's action-needed list", () => {
  it("shows what is late in their own trajectories, oldest first, with since when and a link", async () => {
    const list = await worklistOf(companion);
    expect(list.today).toBe("2026-11-20");
    expect(list.items.map((i) => i.kind)).toEqual([
      "unanswered_referral", // the other partner's, due 11 Nov
      "missing_feedback", // 14 days after the last feedback of 31 Oct
      "unanswered_referral", // due 15 Nov
      "overdue_action", // due 17 Nov (the psychologist)
      "overdue_action", // due 18 Nov (the intake, given to the partner)
      "overdue_action", // due 19 Nov
      "attendance_missing", // ended 19 Nov 10:00
      "follow_up_due", // 20 Nov
      "consent_expiring", // 30 Nov
    ]);
    expect(JSON.stringify(list)).not.toContain("Overbodig"); // the goal was achieved
    expect(list.items.find((i) => i.id === `overdue_action:${overdue}`)).toMatchObject({
      id: `overdue_action:${overdue}`,
      sinceDay: "2026-11-19",
      text: "Huurcontract opvragen",
      client: { id: chadia.clientId, name: "Chadia Cliënt" },
      link: `/clienten/${chadia.clientId}/plan`,
      side: "staff",
    });
    expect(list.items.find((i) => i.id === `unanswered_referral:${unanswered}`)).toMatchObject({
      sinceAt: "2026-11-15T09:00:00.000Z",
      text: "Schuldbemiddeling (test)",
      link: `/clienten/${chadia.clientId}/doorverwijzingen`,
    });
    expect(list.items.find((i) => i.id === `missing_feedback:${quiet}`)?.sinceAt).toBe("2026-11-14T09:00:00.000Z");
    expect(list.items.find((i) => i.kind === "consent_expiring")).toMatchObject({
      id: `consent_expiring:${expiring}`,
      sinceAt: "2026-11-30T12:00:00.000Z",
      link: `/clienten/${chadia.clientId}/toestemming`,
    });
    expect(list.items.find((i) => i.id === `attendance_missing:${missed}`)?.text).toBe("Gesprek OCMW");
    expect(list.items.find((i) => i.kind === "follow_up_due")).toMatchObject({
      client: { name: "Roy Cliënt" },
      sinceDay: "2026-11-20",
      link: `/clienten/${roy.clientId}`,
    });
    expect(JSON.stringify(list)).not.toContain("Nora");
    expect(JSON.stringify(list)).not.toContain("Afgesloten");
  });

  it("audits one read per client shown", async () => {
    const before = (await worklistReads()).length;
    await worklistOf(companion);
    const reads = (await worklistReads()).slice(before);
    expect(reads.map((r) => r.entity_id).sort()).toEqual([chadia.clientId, roy.clientId].sort());
    expect(reads[0]?.payload).toMatchObject({ via: "companion" });
  });
});

describe("other readers", () => {
  it("shows the case director the region's work, the colleague's clients too", async () => {
    const list = await worklistOf(caseDirector);
    expect(
      list.items
        .filter((i) => i.kind === "overdue_action")
        .map((i) => i.text)
        .sort(),
    ).toEqual(["Huurcontract opvragen", "Intakegesprek plannen", "Psycholoog zoeken", "Taalles"]);
    expect(list.items.find((i) => i.text === "Taalles")?.client.name).toBe("Nora Cliënt");
  });

  it("shows a partner worker only the referrals to their organisation under consent, and loses them on revocation", async () => {
    const list = await worklistOf(partner.worker);
    expect(list.items.map((i) => i.id).sort()).toEqual(
      [`unanswered_referral:${unanswered}`, `missing_feedback:${quiet}`, `overdue_action:${forPartner}`].sort(),
    );
    // The action given to the partner under a mental-health goal stays out: the consent covers general data only.
    expect(JSON.stringify(list)).not.toContain("Psycholoog");
    expect(list.items.every((i) => i.side === "partner")).toBe(true);
    expect(list.items.find((i) => i.kind === "unanswered_referral")?.link).toBe(`/doorverwijzingen/${unanswered}`);
    // The other partner sees its own late referral (under the consent for it), nothing of partner A's.
    const theirs = await worklistOf(otherPartner.worker);
    expect(theirs.items.map((i) => [i.kind, i.sinceAt])).toEqual([["unanswered_referral", "2026-11-11T09:00:00.000Z"]]);
    const before = (await worklistReads()).length;
    await t.db
      .updateTable("consents")
      .set({ revoked_at: now, revoked_by: companion.id })
      .where("id", "=", consentId)
      .execute();
    expect((await worklistOf(partner.worker)).items).toEqual([]);
    expect(await worklistReads()).toHaveLength(before);
  });

  it("is empty for a companion of another region, refused to a coordinator, and asks for a session", async () => {
    const other = await buildClientWorld(t.db, start);
    expect((await worklistOf(other.companion)).items).toEqual([]);
    const session = await signIn(app, coordinator);
    expect(
      (await app.inject({ method: "GET", url: "/api/worklist", headers: { cookie: session.cookie } })).statusCode,
    ).toBe(403);
    expect((await app.inject({ method: "GET", url: "/api/worklist" })).statusCode).toBe(401);
  });
});
