// The trajectory timeline: the companion sees everything that happened, newest first, and can filter by life domain
// and page through it; the case director sees the team's notes but not the companion's own; a partner worker under
// consent sees only their referral and the data categories their access covers; everybody else gets 404, and each
// read is audited with the consents it stood on.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser, signIn, type BuiltUser } from "../accounts/testing.ts";
import type { Timeline } from "./schemas.ts";
import {
  buildClient,
  buildClientWorld,
  buildPartner,
  insertAction,
  insertAppointment,
  insertConsent,
  insertGoal,
  insertNote,
  insertReferral,
  insertScan,
} from "./testing.ts";

const start = new Date("2026-09-01T08:00:00Z");
const clock = fixedClock("2026-11-20T10:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;
const day = (n: number) => new Date(start.getTime() + n * 86_400_000);

const world = await buildClientWorld(t.db, start);
const { companion, caseDirector, coordinator, partner } = world;
const client = await buildClient(t.db, world, companion, start, { givenName: "Chadia" });
const otherPartner = await buildPartner(t.db, world.regionId, start);
const consentId = await insertConsent(t.db, client.clientId, companion.id, {
  organisationId: partner.organisationId,
  categories: ["general", "finances"],
  givenAt: day(1),
  expiresAt: day(365),
});
await insertScan(t.db, client.trajectoryId, companion.id, day(2), [
  { code: "housing", score: 2 },
  { code: "mental_health", score: 1 },
  { code: "finances_admin", score: 2 },
]);
const housingGoal = await insertGoal(t.db, client.trajectoryId, companion.id, "housing", "Een eigen woning", day(3));
const mindGoal = await insertGoal(t.db, client.trajectoryId, companion.id, "mental_health", "Beter slapen", day(3));
const debtGoal = await insertGoal(
  t.db,
  client.trajectoryId,
  companion.id,
  "finances_admin",
  "Schulden op een rij",
  day(3),
);
await insertAction(t.db, housingGoal, client.trajectoryId, companion.id, {
  text: "Inschrijven sociale huisvesting",
  dueOn: "2026-09-20",
  at: day(4),
  doneAt: day(10),
});
await insertAction(t.db, mindGoal, client.trajectoryId, companion.id, {
  text: "Huisarts bellen",
  dueOn: null,
  at: day(4),
});
await insertReferral(t.db, client, partner, companion.id, {
  state: "accepted",
  at: day(5),
  consentId,
  categories: ["general", "finances"],
  goalId: debtGoal,
});
await insertReferral(t.db, client, otherPartner, companion.id, { state: "completed", at: day(6), consentId: null });
await insertAppointment(t.db, client.trajectoryId, companion.id, {
  title: "Huisbezoek",
  startsAt: day(7),
  attendance: "present",
});
await insertNote(t.db, client.trajectoryId, companion.id, {
  text: "Alleen voor mij",
  at: day(8),
  confidentiality: "companion",
});
await insertNote(t.db, client.trajectoryId, companion.id, {
  text: "Voor het team",
  at: day(9),
  confidentiality: "team",
});
await insertNote(t.db, client.trajectoryId, companion.id, {
  text: "Voor de partners: afbetalingsplan",
  at: day(11),
  confidentiality: "partners",
  category: "finances",
  lifeDomain: "finances_admin",
});
await insertNote(t.db, client.trajectoryId, companion.id, {
  text: "Voor de partners maar psychisch",
  at: day(12),
  confidentiality: "partners",
  category: "mental_health",
  lifeDomain: "mental_health",
});

const url = (query = "") => `/api/trajectories/${client.trajectoryId}/timeline${query}`;
const read = async (user: BuiltUser, query = "") => {
  const session = await signIn(app, user);
  return app.inject({ method: "GET", url: url(query), headers: { cookie: session.cookie } });
};
const timelineOf = async (user: BuiltUser, query = "") => {
  const response = await read(user, query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Timeline;
};
const readAudits = () =>
  t.db.selectFrom("audit_log").selectAll().where("action", "=", "client_record.read").orderBy("id").execute();

describe("the timeline for the companion", () => {
  it("shows everything that happened, newest first, audited as one read of the trajectory", async () => {
    const before = (await readAudits()).length;
    const timeline = await timelineOf(companion);
    const kinds = timeline.entries.map((e) => e.kind);
    expect(kinds[0]).toBe("note");
    expect(kinds.at(-1)).toBe("trajectory_started");
    const instants = timeline.entries.map((e) => Date.parse(e.at));
    expect([...instants].sort((a, b) => b - a)).toEqual(instants);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "consent_given",
        "scan",
        "goal_created",
        "action_created",
        "action_done",
        "referral",
        "appointment",
      ]),
    );
    expect(timeline.entries.filter((e) => e.kind === "note").map((e) => e.text)).toHaveLength(4);
    expect(timeline.entries.filter((e) => e.kind === "referral")).toHaveLength(4);
    const audits = await readAudits();
    expect(audits).toHaveLength(before + 1);
    expect(audits.at(-1)).toMatchObject({ entity_type: "trajectory", entity_id: client.trajectoryId });
    expect(audits.at(-1)?.payload).toMatchObject({ clientId: client.clientId, via: "companion", what: "timeline" });
  });

  it("filters by life domain: only what belongs to that domain", async () => {
    const timeline = await timelineOf(companion, "?domain=mental_health");
    expect(timeline.entries.map((e) => e.kind).sort()).toEqual(["action_created", "goal_created", "note", "scan"]);
    expect(timeline.entries.every((e) => e.lifeDomains.includes("mental_health"))).toBe(true);
    const debts = await timelineOf(companion, "?domain=finances_admin");
    expect(debts.entries.filter((e) => e.kind === "referral")).toHaveLength(2);
  });

  it("pages through the same entries with limit and the cursor, none skipped or repeated", async () => {
    const all = (await timelineOf(companion)).entries.map((e) => e.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=3${cursor ? `&before=${encodeURIComponent(cursor)}` : ""}`;
      const page = await timelineOf(companion, query);
      expect(page.entries.length).toBeLessThanOrEqual(3);
      paged.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(paged).toEqual(all);
  });

  it("refuses an unknown life domain, a bad limit or cursor with a translated 400", async () => {
    const unknown = await read(companion, "?domain=astrology");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0]).toMatchObject({ path: "query.domain", code: "timeline.unknown_domain" });
    expect(unknown.json().error.fields[0].message).toMatch(/levensdomein/);
    expect((await read(companion, "?limit=0")).statusCode).toBe(400);
    expect((await read(companion, "?limit=1000")).statusCode).toBe(400);
    expect((await read(companion, "?before=yesterday")).statusCode).toBe(400);
    expect((await read(companion, "?colour=red")).statusCode).toBe(400);
  });
});

describe("what others see", () => {
  it("shows the case director the team's notes but not the companion's own", async () => {
    const notes = (await timelineOf(caseDirector)).entries.filter((e) => e.kind === "note").map((e) => e.text);
    expect(notes).not.toContain("Alleen voor mij");
    expect(notes).toEqual(expect.arrayContaining(["Voor het team", "Voor de partners: afbetalingsplan"]));
  });

  it("shows a partner worker only their referral and the categories the consent covers, audited with it", async () => {
    const timeline = await timelineOf(partner.worker);
    const texts = JSON.stringify(timeline);
    for (const hidden of ["Alleen voor mij", "Voor het team", "psychisch", "Beter slapen", "Huisarts", "Huisbezoek"]) {
      expect(texts).not.toContain(hidden);
    }
    expect(texts).not.toContain("mental_health");
    expect(
      timeline.entries.filter((e) => e.kind === "referral").every((e) => e.detail?.includes("Schuldbemiddeling")),
    ).toBe(true);
    expect(timeline.entries.filter((e) => e.kind === "referral")).toHaveLength(2);
    expect(timeline.entries.find((e) => e.kind === "note")?.text).toBe("Voor de partners: afbetalingsplan");
    expect(timeline.entries.find((e) => e.kind === "scan")?.lifeDomains.sort()).toEqual(["finances_admin", "housing"]);
    expect((await readAudits()).at(-1)?.payload).toMatchObject({ via: "partner", consentIds: [consentId] });
  });

  it("answers 404 and audits nothing for anyone out of reach; 401 without a session", async () => {
    expect((await app.inject({ method: "GET", url: url() })).statusCode).toBe(401);
    const otherWorld = await buildClientWorld(t.db, start);
    const before = (await readAudits()).length;
    expect((await read(otherWorld.companion)).statusCode).toBe(404);
    expect((await read(otherWorld.caseDirector)).statusCode).toBe(404);
    expect((await read(otherPartner.worker)).statusCode).toBe(404);
    expect((await read(coordinator)).statusCode).toBe(403);
    const sameRegionCompanion = await buildUser(t.db, { role: "companion", regionId: world.regionId });
    expect((await read(sameRegionCompanion)).statusCode).toBe(404);
    expect(await readAudits()).toHaveLength(before);
  });

  it("loses the partner the timeline on the request after the consent is revoked", async () => {
    expect((await read(partner.worker)).statusCode).toBe(200);
    await t.db
      .updateTable("consents")
      .set({ revoked_at: clock.now(), revoked_by: companion.id, revoked_how: "spoken" })
      .where("id", "=", consentId)
      .execute();
    expect((await read(partner.worker)).statusCode).toBe(404);
    const companionView = await timelineOf(companion);
    expect(companionView.entries[0]?.kind).toBe("consent_revoked");
  });
});
