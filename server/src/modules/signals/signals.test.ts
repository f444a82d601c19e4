// Signals: anyone in the partnership raises one in their region, optionally linked to trajectories they work on,
// without revealing them; the region sees the signals and their status; the coordinator sees who raised each and
// follows it up. Out of reach is 404 and bad input a translated 400, and neither changes anything.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser, signIn, type BuiltUser } from "../accounts/testing.ts";
import { buildClient, buildClientWorld } from "../timeline/testing.ts";
import type { LinkableList, SignalList, SignalView } from "./schemas.ts";

const start = new Date("2026-09-01T08:00:00Z");
const clock = fixedClock("2026-11-20T10:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;

const world = await buildClientWorld(t.db, start);
const { companion, caseDirector, coordinator, partner } = world;
const client = await buildClient(t.db, world, companion, start, { givenName: "Saled" });
const colleague = await buildUser(t.db, { role: "companion", regionId: world.regionId });
const colleagueClient = await buildClient(t.db, world, colleague, start, { givenName: "Nora" });
const other = await buildClientWorld(t.db, start);
const otherClient = await buildClient(t.db, other, other.companion, start);

const send = async (user: BuiltUser, method: "GET" | "POST" | "PATCH", url: string, payload?: object) => {
  const session = await signIn(app, user);
  return app.inject({ method, url, headers: method === "GET" ? { cookie: session.cookie } : session.headers, payload });
};
const raise = (user: BuiltUser, body: object) => send(user, "POST", "/api/signals", body);
const listOf = async (user: BuiltUser, query = "") => {
  const response = await send(user, "GET", `/api/signals${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as SignalList;
};
const counts = async () => ({
  signals: (await t.db.selectFrom("signals").selectAll().execute()).length,
  links: (await t.db.selectFrom("signal_trajectories").selectAll().execute()).length,
  audits: (await t.db.selectFrom("audit_log").selectAll().where("action", "not like", "auth.%").execute()).length,
});
const busSignal = {
  region: world.regionSlug,
  title: "Geen bus naar de opleiding",
  description: "Na 18 uur rijdt er geen bus meer naar het opleidingscentrum.",
  lifeDomains: ["mobility", "education"],
};

describe("raising a signal", () => {
  it("links the companion's own trajectory, audits the link as a client-record write, and shows only a count", async () => {
    const linkable = await send(companion, "GET", `/api/signals/linkable?region=${world.regionSlug}`);
    expect(linkable.statusCode).toBe(200);
    expect((linkable.json() as LinkableList).trajectories.map((tr) => tr.clientName)).toEqual(["Saled Cliënt"]);

    const response = await raise(companion, {
      ...busSignal,
      barriers: [],
      municipalityId: world.municipalityId,
      trajectoryIds: [client.trajectoryId],
    });
    expect(response.statusCode, response.body).toBe(200);
    const signal = response.json() as SignalView;
    expect(signal).toMatchObject({ status: "new", mine: true, linkedTrajectories: 1, raisedBy: null });
    expect(signal.myLinks).toEqual([
      { trajectoryId: client.trajectoryId, clientId: client.clientId, clientName: "Saled Cliënt" },
    ]);
    const row = await t.db.selectFrom("signals").selectAll().where("id", "=", signal.id).executeTakeFirstOrThrow();
    expect(row.raised_by_organisation_id).toBe(companion.organisationId);
    const audits = await t.db.selectFrom("audit_log").selectAll().where("entity_id", "=", signal.id).execute();
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(["signal.raised", "client_record.written", "client_record.read"]),
    );
    const written = audits.find((a) => a.action === "client_record.written");
    expect(written?.payload).toMatchObject({ clientId: client.clientId, via: "companion", what: "signal_linked" });
    // Ids and codes only: the signal's words never land in the log.
    expect(JSON.stringify(audits)).not.toContain("bus");
  });

  it("lets a partner worker raise one; the region sees it with its status and count, never the trajectories", async () => {
    const response = await raise(partner.worker, {
      ...busSignal,
      title: "Wachtlijst schuldbemiddeling",
      lifeDomains: ["finances_admin"],
    });
    expect(response.statusCode, response.body).toBe(200);
    const seen = await listOf(partner.worker);
    expect(seen.region).toBe(world.regionSlug);
    expect(seen.regions).toEqual([expect.objectContaining({ slug: world.regionSlug, manage: false })]);
    const bus = seen.signals.find((s) => s.title === busSignal.title);
    expect(bus).toMatchObject({ linkedTrajectories: 1, myLinks: [], mine: false, raisedBy: null });
    expect(JSON.stringify(seen)).not.toContain(client.trajectoryId);
    expect(JSON.stringify(seen)).not.toContain("Saled");
  });

  it("refuses a trajectory the raiser may not write with 404, raising nothing", async () => {
    const before = await counts();
    for (const [user, trajectoryId] of [
      [companion, colleagueClient.trajectoryId],
      [companion, otherClient.trajectoryId],
      [partner.worker, client.trajectoryId],
      [coordinator, client.trajectoryId],
    ] as const) {
      expect((await raise(user, { ...busSignal, trajectoryIds: [trajectoryId] })).statusCode).toBe(404);
    }
    expect(await counts()).toEqual(before);
  });

  it("lets the case director link any trajectory of the region", async () => {
    const response = await raise(caseDirector, {
      ...busSignal,
      title: "Geen referentieadres voor sofasurfers",
      lifeDomains: ["housing"],
      trajectoryIds: [client.trajectoryId, colleagueClient.trajectoryId],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json() as SignalView).linkedTrajectories).toBe(2);
  });

  it("refuses bad input with a translated 400 and changes nothing", async () => {
    const before = await counts();
    const unknown = await raise(companion, { ...busSignal, lifeDomains: ["astrology"], barriers: ["no_such_barrier"] });
    expect(unknown.statusCode).toBe(400);
    expect(
      unknown
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["barriers", "lifeDomains"]);
    expect(unknown.json().error.fields[0].message).toMatch(/kennen we niet/);
    const elsewhere = await raise(companion, { ...busSignal, municipalityId: other.municipalityId });
    expect(elsewhere.json().error.fields[0]).toMatchObject({ code: "signals.municipality_outside_region" });
    expect((await raise(companion, { ...busSignal, title: "   " })).statusCode).toBe(400);
    expect((await raise(companion, { ...busSignal, lifeDomains: [] })).statusCode).toBe(400);
    expect((await raise(companion, { ...busSignal, colour: "red" })).statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("answers 404 for another region, 403 without the function, 401 without a session", async () => {
    const analyst = await buildUser(t.db, { role: "analyst", regionId: world.regionId });
    const before = await counts();
    expect((await raise(companion, { ...busSignal, region: other.regionSlug })).statusCode).toBe(404);
    expect((await send(companion, "GET", `/api/signals?region=${other.regionSlug}`)).statusCode).toBe(404);
    expect((await send(companion, "GET", `/api/signals/linkable?region=${other.regionSlug}`)).statusCode).toBe(404);
    expect((await raise(analyst, busSignal)).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: "/api/signals" })).statusCode).toBe(401);
    expect(await counts()).toEqual(before);
  });
});

describe("the coordinator's follow-up", () => {
  it("lists the region's signals with who raised them, filtered by status and life domain", async () => {
    const list = await listOf(coordinator);
    expect(list.regions[0]?.manage).toBe(true);
    expect(list.signals).toHaveLength(3);
    const bus = list.signals.find((s) => s.title === busSignal.title);
    expect(bus?.raisedBy?.name).toBe(`Test ${companion.email}`);
    expect(bus?.raisedBy?.organisation).toMatch(/^Organisatie /);
    expect(bus?.linkedTrajectories).toBe(1);
    expect((await listOf(coordinator, "?domain=housing")).signals.map((s) => s.title)).toEqual([
      "Geen referentieadres voor sofasurfers",
    ]);
    expect((await listOf(coordinator, "?status=resolved")).signals).toEqual([]);
    expect((await send(coordinator, "GET", "/api/signals?domain=astrology")).statusCode).toBe(400);
    expect((await send(coordinator, "GET", "/api/signals?status=maybe")).statusCode).toBe(400);
  });

  it("acknowledges with a response, audited; the raiser sees the new status", async () => {
    const bus = (await listOf(coordinator)).signals.find((s) => s.title === busSignal.title)!;
    const response = await send(coordinator, "PATCH", `/api/signals/${bus.id}`, {
      status: "acknowledged",
      response: "Besproken met De Lijn.",
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: "acknowledged", response: "Besproken met De Lijn." });
    const audit = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "signal.followed_up")
      .executeTakeFirstOrThrow();
    expect(audit.payload).toEqual({ from: "new", to: "acknowledged", responseChanged: true });
    const mine = (await listOf(companion)).signals.find((s) => s.id === bus.id);
    expect(mine).toMatchObject({ status: "acknowledged", response: "Besproken met De Lijn.", mine: true });
    expect((await listOf(companion, "?status=acknowledged")).signals).toHaveLength(1);
  });

  it("is for the region's coordinator only: others get 404 or 403, bad input 400, nothing changes", async () => {
    const bus = (await listOf(coordinator)).signals.find((s) => s.title === busSignal.title)!;
    const before = await counts();
    const url = `/api/signals/${bus.id}`;
    expect((await send(other.coordinator, "PATCH", url, { status: "resolved" })).statusCode).toBe(404);
    expect((await send(companion, "PATCH", url, { status: "resolved" })).statusCode).toBe(403);
    expect((await send(coordinator, "PATCH", url, { status: "forgotten" })).statusCode).toBe(400);
    expect((await send(coordinator, "PATCH", url, {})).statusCode).toBe(400);
    expect(
      (await send(coordinator, "PATCH", `/api/signals/${client.trajectoryId}`, { status: "resolved" })).statusCode,
    ).toBe(404);
    expect(await counts()).toEqual(before);
    expect((await listOf(companion)).signals.find((s) => s.id === bus.id)?.status).toBe("acknowledged");
  });

  it("names the raiser's organisation from their role in the region when a signal was stored without it", async () => {
    const bus = (await listOf(coordinator)).signals.find((s) => s.title === busSignal.title)!;
    await t.db.updateTable("signals").set({ raised_by_organisation_id: null }).where("id", "=", bus.id).execute();
    const organisation = await t.db
      .selectFrom("organisations")
      .select("name")
      .where("id", "=", companion.organisationId)
      .executeTakeFirstOrThrow();
    const again = (await listOf(coordinator)).signals.find((s) => s.id === bus.id);
    expect(again?.raisedBy?.organisation).toBe(organisation.name);
  });

  it("stops showing the raiser a link once their access to that client is gone", async () => {
    await t.db
      .updateTable("trajectories")
      .set({ companion_user_id: colleague.id })
      .where("id", "=", client.trajectoryId)
      .execute();
    const bus = (await listOf(companion)).signals.find((s) => s.title === busSignal.title);
    expect(bus).toMatchObject({ linkedTrajectories: 1, myLinks: [] });
  });
});
