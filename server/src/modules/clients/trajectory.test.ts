// The trajectory: its status moves as domain/trajectory-status.ts allows, each change kept as an event; ending it
// records the outcome at exit and sets the follow-up six months later; the case director reassigns the companion and
// the old one loses the file on the next request. Refusals change nothing.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildCast, buildClientWorld, type CastKey } from "../../../test/client-world.ts";
import type { ClientFile } from "./schemas.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const t = await createReferenceTestApp({ clock });
const cast = await buildCast(t.db, t.app);
const app = t.app;

const send = (key: CastKey, method: "GET" | "POST" | "PUT", url: string, payload?: object) => {
  const session = cast.people[key].session;
  return app.inject({
    method,
    url,
    headers: method === "GET" ? { cookie: session.cookie } : session.headers,
    ...(payload ? { payload } : {}),
  });
};
/** A client whose referral is completed (a trajectory closes only without open referrals), or in `referralState`. */
const world = (referralState = "completed") =>
  buildClientWorld(t.db, cast, { consent: "given", now: clock.now(), referralState });
const trajectoryRow = (id: string) =>
  t.db.selectFrom("trajectories").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const appointmentRows = (trajectoryId: string) =>
  t.db.selectFrom("appointments").selectAll().where("trajectory_id", "=", trajectoryId).orderBy("starts_at").execute();
const eventRows = (id: string) =>
  t.db.selectFrom("trajectory_events").selectAll().where("trajectory_id", "=", id).execute();

describe("changing the status", () => {
  it("pauses with a reason and comes back, each change an event with who and why", async () => {
    const w = await world();
    const paused = await send("companion", "POST", `/api/trajectories/${w.trajectoryId}/status`, {
      status: "paused",
      reason: "Opname, drie weken",
    });
    expect(paused.statusCode).toBe(200);
    expect((paused.json() as ClientFile).trajectory).toMatchObject({
      status: "paused",
      statusReason: "Opname, drie weken",
      nextStatuses: ["intake", "active", "stopped", "dropped_out"],
    });
    clock.advance(60_000);
    const back = await send("caseDirector", "POST", `/api/trajectories/${w.trajectoryId}/status`, {
      status: "active",
      reason: "",
    });
    expect(back.statusCode).toBe(200);
    const events = (back.json() as ClientFile).trajectory!.events;
    expect(events.slice(0, 2)).toMatchObject([
      { kind: "status", from: "paused", to: "active", by: "Test caseDirector" },
      { kind: "status", from: "active", to: "paused", reason: "Opname, drie weken", by: "Test companion" },
    ]);
    const audited = await t.db
      .selectFrom("audit_log")
      .select("payload")
      .where("entity_id", "=", w.trajectoryId)
      .orderBy("id")
      .execute();
    expect(audited.map((a) => (a.payload as { what: string }).what)).toEqual(["status:paused", "status:active"]);
    expect(JSON.stringify(audited)).not.toContain("Opname");
  });

  it("refuses a pause without a reason, a jump that is not allowed, and an ending without outcome; nothing changes", async () => {
    const w = await world();
    const before = await trajectoryRow(w.trajectoryId);
    const url = `/api/trajectories/${w.trajectoryId}/status`;
    const noReason = await send("companion", "POST", url, { status: "paused", reason: " " });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0]).toMatchObject({ path: "reason", message: "Geef een reden." });
    const jump = await send("companion", "POST", url, { status: "registered", reason: "" });
    expect(jump.statusCode).toBe(409);
    expect(jump.json().error.code).toBe("clients.status_not_allowed");
    const ending = await send("companion", "POST", url, { status: "completed", reason: "" });
    expect(ending.statusCode).toBe(400);
    expect(await trajectoryRow(w.trajectoryId)).toEqual(before);
    expect(await eventRows(w.trajectoryId)).toEqual([]);
  });

  it("is 404 for another companion, another region's case director and a partner worker's write; 403 for a coordinator", async () => {
    const w = await world();
    const before = await trajectoryRow(w.trajectoryId);
    const url = `/api/trajectories/${w.trajectoryId}/status`;
    for (const key of ["otherCompanion", "otherCaseDirector"] as const) {
      expect((await send(key, "POST", url, { status: "paused", reason: "x" })).statusCode, key).toBe(404);
    }
    for (const key of ["partnerWorker", "coordinator"] as const) {
      expect((await send(key, "POST", url, { status: "paused", reason: "x" })).statusCode, key).toBe(403);
    }
    expect(
      (
        await send("companion", "POST", "/api/trajectories/00000000-0000-4000-8000-000000000000/status", {
          status: "paused",
          reason: "x",
        })
      ).statusCode,
    ).toBe(404);
    expect(await trajectoryRow(w.trajectoryId)).toEqual(before);
  });
});

describe("closing and the follow-up", () => {
  it("records the outcome at exit and the follow-up six months later; an ended trajectory moves no more", async () => {
    const w = await world();
    const closed = await send("companion", "POST", `/api/trajectories/${w.trajectoryId}/closure`, {
      status: "completed",
      exitOutcome: "work",
      reason: "",
    });
    expect(closed.statusCode).toBe(200);
    expect((closed.json() as ClientFile).trajectory).toMatchObject({
      status: "completed",
      endedAt: clock.now().toISOString(),
      exitOutcome: "work",
      followUpDueOn: "2027-05-23",
      followUpDoneAt: null,
      nextStatuses: [],
    });
    expect((await eventRows(w.trajectoryId)).map((e) => [e.kind, e.to_value])).toEqual([
      ["status", "completed"],
      ["closure", "work"],
    ]);
    const again = await send("companion", "POST", `/api/trajectories/${w.trajectoryId}/status`, {
      status: "active",
      reason: "",
    });
    expect(again.statusCode).toBe(409);

    // Too early: the follow-up is six months after the end, and says from when.
    const early = await send("companion", "POST", `/api/trajectories/${w.trajectoryId}/follow-up`, {
      outcome: "work",
      note: "",
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain("2027");

    // Six months on: sessions would not last that long, so the due date comes to today instead of the clock moving.
    await t.db
      .updateTable("trajectories")
      .set({ follow_up_due_on: "2026-11-23" })
      .where("id", "=", w.trajectoryId)
      .execute();
    const followUp = await send("companion", "POST", `/api/trajectories/${w.trajectoryId}/follow-up`, {
      outcome: "work",
      note: "Nog steeds aan het werk bij de bakker.",
    });
    expect(followUp.statusCode).toBe(200);
    expect((followUp.json() as ClientFile).trajectory).toMatchObject({
      followUpOutcome: "work",
      followUpNote: "Nog steeds aan het werk bij de bakker.",
      followUpDoneAt: clock.now().toISOString(),
    });
    const twice = await send("companion", "POST", `/api/trajectories/${w.trajectoryId}/follow-up`, {
      outcome: "stopped",
      note: "",
    });
    expect(twice.statusCode).toBe(409);
    expect((await trajectoryRow(w.trajectoryId)).follow_up_outcome).toBe("work");
  });

  it("asks a reason and an outcome when the client drops out, and completes only an active trajectory", async () => {
    const w = await world();
    const url = `/api/trajectories/${w.trajectoryId}/closure`;
    const noReason = await send("companion", "POST", url, {
      status: "dropped_out",
      exitOutcome: "stopped",
      reason: "",
    });
    expect(noReason.statusCode).toBe(400);
    const noOutcome = await send("companion", "POST", url, { status: "dropped_out", reason: "Niet meer gekomen" });
    expect(noOutcome.statusCode).toBe(400);
    await send("companion", "POST", `/api/trajectories/${w.trajectoryId}/status`, { status: "paused", reason: "Ziek" });
    const fromPause = await send("companion", "POST", url, { status: "completed", exitOutcome: "work", reason: "" });
    expect(fromPause.statusCode).toBe(409);
    const dropped = await send("companion", "POST", url, {
      status: "dropped_out",
      exitOutcome: "stopped",
      reason: "Niet meer gekomen",
    });
    expect(dropped.statusCode).toBe(200);
    expect((await trajectoryRow(w.trajectoryId)).status).toBe("dropped_out");
  });
});

describe("closing with referrals and appointments", () => {
  it("refuses while a referral is open, naming how many, and changes nothing", async () => {
    const w = await world("accepted");
    const before = await trajectoryRow(w.trajectoryId);
    const appointmentsBefore = await appointmentRows(w.trajectoryId);
    const url = `/api/trajectories/${w.trajectoryId}/closure`;
    const refused = await send("companion", "POST", url, { status: "completed", exitOutcome: "work", reason: "" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toEqual({
      code: "clients.open_referrals",
      message: "Er loopt nog 1 doorverwijzing. Rond die eerst af of zet ze stop, en sluit dan het traject af.",
    });
    expect(await trajectoryRow(w.trajectoryId)).toEqual(before);
    expect(await eventRows(w.trajectoryId)).toEqual([]);
    expect(await appointmentRows(w.trajectoryId)).toEqual(appointmentsBefore);
    // Two open: the message counts them.
    await t.db.updateTable("referrals").set({ state: "waitlisted" }).where("id", "=", w.ids.draftReferralId).execute();
    const two = await send("caseDirector", "POST", url, {
      status: "stopped",
      exitOutcome: "stopped",
      reason: "Verhuisd",
    });
    expect(two.statusCode).toBe(409);
    expect(two.json().error.message).toMatch(/^Er lopen nog 2 doorverwijzingen\./);
    // Once the referrals are completed or ended, it closes.
    await t.db
      .updateTable("referrals")
      .set({ state: "ended", state_reason: "client_withdrew" })
      .where("trajectory_id", "=", w.trajectoryId)
      .execute();
    const closed = await send("companion", "POST", url, { status: "completed", exitOutcome: "work", reason: "" });
    expect(closed.statusCode, closed.body).toBe(200);
  });

  it("cancels the appointments still planned for later, counting up their calendar sequence, audited", async () => {
    const w = await world();
    const before = await appointmentRows(w.trajectoryId);
    const future = before.find((a) => a.starts_at > clock.now())!;
    const past = before.find((a) => a.starts_at < clock.now())!;
    expect([future.attendance, past.attendance]).toEqual(["planned", "planned"]);
    const closed = await send("companion", "POST", `/api/trajectories/${w.trajectoryId}/closure`, {
      status: "completed",
      exitOutcome: "work",
      reason: "",
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const after = await appointmentRows(w.trajectoryId);
    expect(after.find((a) => a.id === future.id)).toMatchObject({
      attendance: "cancelled",
      attendance_note: "Afgezegd: het traject is afgesloten.",
      ical_sequence: future.ical_sequence + 1,
      updated_at: clock.now(),
    });
    // One that already took place keeps its missing attendance for the companion to fill in.
    expect(after.find((a) => a.id === past.id)).toEqual(past);
    const audited = await t.db
      .selectFrom("audit_log")
      .select(["action", "entity_type", "payload"])
      .where("entity_id", "=", future.id)
      .execute();
    expect(audited).toEqual([
      {
        action: "client_record.written",
        entity_type: "appointment",
        payload: { clientId: w.clientId, via: "companion", consentIds: [], what: "cancelled_at_closure" },
      },
    ]);
  });
});

describe("the companion", () => {
  it("is reassigned by the case director; the old companion loses the file on the next request", async () => {
    const w = await world();
    const companions = await send("caseDirector", "GET", `/api/regions/${cast.partnership.slug}/companions`);
    expect(companions.statusCode).toBe(200);
    expect(companions.json().companions.map((c: { userId: string }) => c.userId)).toEqual(
      expect.arrayContaining([cast.people.companion.id, cast.people.otherCompanion.id]),
    );
    const response = await send("caseDirector", "PUT", `/api/trajectories/${w.trajectoryId}/companion`, {
      userId: cast.people.otherCompanion.id,
      reason: "Spreekt Arabisch",
    });
    expect(response.statusCode).toBe(200);
    expect((response.json() as ClientFile).trajectory).toMatchObject({
      companion: { userId: cast.people.otherCompanion.id, name: "Test otherCompanion" },
    });
    expect((await send("companion", "GET", `/api/clients/${w.clientId}`)).statusCode).toBe(404);
    expect((await send("otherCompanion", "GET", `/api/clients/${w.clientId}`)).statusCode).toBe(200);
    expect((await eventRows(w.trajectoryId)).map((e) => [e.kind, e.from_value, e.to_value])).toEqual([
      ["companion", "Test companion", "Test otherCompanion"],
    ]);
  });

  it("is the case director's to change: the companion gets 403, another region's director 404; a non-companion is refused", async () => {
    const w = await world();
    const url = `/api/trajectories/${w.trajectoryId}/companion`;
    const before = await trajectoryRow(w.trajectoryId);
    expect(
      (await send("companion", "PUT", url, { userId: cast.people.otherCompanion.id, reason: "" })).statusCode,
    ).toBe(403);
    expect(
      (await send("otherCaseDirector", "PUT", url, { userId: cast.people.otherCompanion.id, reason: "" })).statusCode,
    ).toBe(404);
    const notOne = await send("caseDirector", "PUT", url, { userId: cast.people.partnerWorker.id, reason: "" });
    expect(notOne.statusCode).toBe(400);
    expect((await send("companion", "GET", `/api/regions/${cast.partnership.slug}/companions`)).statusCode).toBe(404);
    expect(await trajectoryRow(w.trajectoryId)).toEqual(before);
  });
});
