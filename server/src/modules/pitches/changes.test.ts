// A coordinator changes and cancels pitch slots on the jury day: the people invited get an update of the event
// already in their calendar (same UID, next SEQUENCE), the people taken out a cancellation, the people added an
// invitation; a cancelled slot stays in the plan with its reason and frees the people and the room.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { unfold } from "../../domain/icalendar.ts";
import type { Milestone } from "../../domain/milestone-types.ts";
import { buildUser, signIn } from "../accounts/testing.ts";
import {
  auditOf,
  buildApplicant,
  buildCall,
  buildCallRegion,
  completeContent,
  saveDraftVia,
  startCandidacy,
  submitVia,
} from "../calls/testing.ts";
import { afterDeadline, assignedJuryMember, beforeDeadline, juryTimeline } from "../jury/testing.ts";
import type { PitchPlan, SlotMessages, SlotView } from "./schemas.ts";

const clock = fixedClock(beforeDeadline);
const t = await createReferenceTestApp({ clock });
const app = t.app;

const pitchDays: Milestone = {
  key: "pitches_jury",
  label: "Pitches en jury",
  original: "1 en 3 december 2026",
  when: { kind: "dates", dates: ["2026-12-01", "2026-12-03"] },
};
const region = await buildCallRegion(t.db);
const call = await buildCall(t.db, [...juryTimeline(), pitchDays], region);
const coordinator = await signIn(app, await buildUser(t.db, { role: "coordinator", regionId: region.regionId }));

/** A submitted candidacy whose contact is this person: each candidacy's mail goes to its own address. */
async function candidacyOf(name: string, email: string) {
  const applicant = await signIn(app, await buildApplicant(t.db));
  const started = await startCandidacy(app, applicant.headers, call.id);
  const content = completeContent({ title: `Voorstel ${name}`, contact: { name, email, phone: "089 12 34 56" } });
  const saved = await saveDraftVia(app, applicant.headers, started.id, 1, content);
  if (saved.statusCode !== 200) throw new Error(saved.body);
  const submitted = await submitVia(app, applicant.headers, started.id, 2);
  if (submitted.statusCode !== 201) throw new Error(submitted.body);
  return { id: started.id, applicant };
}
const anna = await candidacyOf("Anna Claes", "anna@example.be");
const bert = await candidacyOf("Bert Wouters", "bert@example.be");
const chris = await candidacyOf("Chris Janssens", "chris@example.be");
clock.set(afterDeadline);

const world = { region, callId: call.id, coordinator, candidacies: [anna, bert, chris] };
const juror1 = await assignedJuryMember(app, t.db, world);
const juror2 = await assignedJuryMember(app, t.db, world);
const emailOf = async (userId: string) =>
  (await t.db.selectFrom("users").select("email").where("id", "=", userId).executeTakeFirstOrThrow()).email;
const juror1Email = (await emailOf(juror1.userId)).toLowerCase();
const juror2Email = (await emailOf(juror2.userId)).toLowerCase();
const otherRegion = await buildCallRegion(t.db);
const otherCoordinator = await signIn(
  app,
  await buildUser(t.db, { role: "coordinator", regionId: otherRegion.regionId }),
);

const slotBody = (overrides: object = {}) => ({
  date: "2026-12-01",
  from: "09:00",
  to: "10:00",
  location: "Stadhuis Maaseik, Markt 1",
  onlineUrl: null,
  room: "Raadzaal",
  challengeNumber: 1,
  note: "",
  candidacyIds: [anna.id, bert.id],
  juryUserIds: [juror1.userId],
  ...overrides,
});
const create = async (payload: object) => {
  const response = await app.inject({
    method: "POST",
    url: `/api/calls/${call.id}/pitches`,
    headers: coordinator.headers,
    payload,
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json() as SlotView;
};
const change = (id: string, payload: object, session = coordinator) =>
  app.inject({ method: "PUT", url: `/api/pitches/${id}`, headers: session.headers, payload });
const cancel = (id: string, payload: object, session = coordinator) =>
  app.inject({ method: "POST", url: `/api/pitches/${id}/cancellation`, headers: session.headers, payload });
const invite = async (id: string) => {
  const response = await app.inject({
    method: "POST",
    url: `/api/pitches/${id}/invitations`,
    headers: coordinator.headers,
  });
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json() as SlotMessages;
};
const plannedSlot = async (id: string, session = coordinator) => {
  const response = await app.inject({
    method: "GET",
    url: `/api/calls/${call.id}/pitches`,
    headers: { cookie: session.cookie },
  });
  return (response.json() as PitchPlan).slots.find((s) => s.id === id)!;
};
const fieldsOf = (response: { json(): unknown }) =>
  (response.json() as { error: { fields: { path: string; code: string; message: string }[] } }).error.fields;
const outboxCount = async () => (await t.db.selectFrom("outbox_messages").select("id").execute()).length;

/** The messages as stored in the outbox, with their pitch.ics unfolded. */
async function stored(sent: SlotMessages) {
  const rows = await t.db
    .selectFrom("outbox_messages")
    .selectAll()
    .where(
      "id",
      "in",
      sent.messages.map((m) => m.id),
    )
    .execute();
  return rows.map((row) => {
    const attachment = row.attachments[0]!;
    const lines = unfold(Buffer.from(attachment.base64, "base64").toString("utf8"));
    const value = (name: string) =>
      lines.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`)).map((l) => l.slice(l.indexOf(":") + 1));
    return { row, contentType: attachment.contentType, lines, value };
  });
}
const sentTo = (sent: SlotMessages) => sent.messages.map((m) => `${m.kind} ${m.toAddress}`).sort();

describe("changing a pitch slot", () => {
  it("saves a slot that was never invited without sending anything", async () => {
    const slot = await create(slotBody({ date: "2026-12-03", room: "Zaal 5" }));
    const before = await outboxCount();
    const response = await change(
      slot.id,
      slotBody({ date: "2026-12-03", from: "14:00", to: "15:00", room: "Zaal 5" }),
    );
    expect(response.statusCode).toBe(200);
    const saved = response.json() as SlotMessages;
    expect(saved.messages).toEqual([]);
    expect(saved.slot).toMatchObject({ from: "14:00", to: "15:00", sequence: 0, invitedAt: null });
    expect(await outboxCount()).toBe(before);
    expect((await auditOf(t.db, "pitch.slot_changed")).map((a) => a.entity_id)).toContain(slot.id);
  });

  it("sends a new time to everyone invited as an update of the same event, saying what changed", async () => {
    const slot = await create(slotBody());
    const first = await invite(slot.id);
    const [firstIcs] = await stored(first);
    clock.advance(5 * 60_000);
    const response = await change(slot.id, slotBody({ date: "2026-12-03", from: "11:00", to: "12:00" }));
    expect(response.statusCode).toBe(200);
    const sent = response.json() as SlotMessages;
    expect(sentTo(sent)).toEqual([`update ${juror1Email}`, "update anna@example.be", "update bert@example.be"].sort());
    expect(sent.slot).toMatchObject({ sequence: 1, changedSinceInvitation: false, from: "11:00" });

    for (const message of await stored(sent)) {
      expect(message.contentType).toBe("text/calendar; method=REQUEST");
      expect(message.row.kind).toBe("pitch.invitation");
      expect(message.row.subject).toBe(
        "Gewijzigde uitnodiging: pitch op donderdag 3 december 2026 van 11.00 tot 12.00 uur",
      );
      expect(message.row.body_text).toContain(
        "- Wanneer: donderdag 3 december 2026 van 11.00 tot 12.00 uur (was: dinsdag 1 december 2026 van 9.00 tot 10.00 uur)",
      );
      expect(message.row.body_text).not.toContain("- Waar");
      // The calendar replaces the event it holds: same UID, higher SEQUENCE, a later DTSTAMP.
      expect(message.value("METHOD")).toEqual(["REQUEST"]);
      expect(message.value("UID")).toEqual(firstIcs!.value("UID"));
      expect(message.value("SEQUENCE")).toEqual(["1"]);
      expect(firstIcs!.value("SEQUENCE")).toEqual(["0"]);
      expect(message.value("DTSTAMP")).toEqual(["20261120T111000Z"]);
      expect(message.value("DTSTAMP")[0]! > firstIcs!.value("DTSTAMP")[0]!).toBe(true);
      expect(message.value("DTSTART")).toEqual(["20261203T100000Z"]);
      expect(message.value("ATTENDEE")).toEqual([`mailto:${message.row.to_address}`]);
    }
    const audited = (await auditOf(t.db, "pitch.changes_sent")).filter((a) => a.entity_id === slot.id);
    expect(audited.map((a) => a.payload)).toEqual([
      {
        callId: call.id,
        sequence: 1,
        invited: [],
        updated: expect.arrayContaining(sent.messages.map((m) => m.id)),
        cancelled: [],
      },
    ]);
  });

  it("cancels for the people taken out, invites the people added and updates the ones who stay", async () => {
    const slot = await create(slotBody({ from: "14:00", to: "15:00" }));
    await invite(slot.id);
    clock.advance(60_000);
    const response = await change(
      slot.id,
      slotBody({ from: "14:00", to: "15:00", candidacyIds: [anna.id, chris.id], juryUserIds: [juror2.userId] }),
    );
    expect(response.statusCode).toBe(200);
    const sent = response.json() as SlotMessages;
    expect(sentTo(sent)).toEqual(
      [
        "cancellation bert@example.be",
        `cancellation ${juror1Email}`,
        "invitation chris@example.be",
        `invitation ${juror2Email}`,
        "update anna@example.be",
      ].sort(),
    );
    const messages = await stored(sent);
    const to = (address: string) => messages.find((m) => m.row.to_address === address)!;
    const uid = `pitch-${slot.id}@brug`;
    for (const message of messages) {
      expect(message.value("UID")).toEqual([uid]);
      expect(message.value("SEQUENCE")).toEqual(["1"]);
    }

    const removed = to("bert@example.be");
    expect(removed.row.kind).toBe("pitch.cancellation");
    expect(removed.contentType).toBe("text/calendar; method=CANCEL");
    expect(removed.row.subject).toBe("Niet meer ingepland: pitch op dinsdag 1 december 2026 van 14.00 tot 15.00 uur");
    expect(removed.row.body_text).toContain("U bent niet langer ingepland voor");
    expect(removed.value("METHOD")).toEqual(["CANCEL"]);
    // Taken out of an event that goes on: no STATUS (RFC 5546 §3.2.5), the attendee taken out named.
    expect(removed.value("STATUS")).toEqual([]);
    expect(removed.value("ATTENDEE")).toEqual(["mailto:bert@example.be"]);
    expect(to(juror1Email).value("METHOD")).toEqual(["CANCEL"]);

    const added = to("chris@example.be");
    expect(added.row.subject).toMatch(/^Uitnodiging: pitch op/);
    expect(added.row.body_text).toContain("U bent uitgenodigd voor");
    expect(added.value("METHOD")).toEqual(["REQUEST"]);
    expect(to(juror2Email).value("METHOD")).toEqual(["REQUEST"]);

    const stays = to("anna@example.be");
    expect(stays.row.subject).toMatch(/^Gewijzigde uitnodiging/);
    expect(stays.row.body_text).toMatch(/- Organisaties in deze pitch: .+ \(was: .+\)/);
    expect(stays.value("METHOD")).toEqual(["REQUEST"]);

    const invitees = await t.db
      .selectFrom("pitch_slot_invitees")
      .select("email")
      .where("slot_id", "=", slot.id)
      .orderBy("email")
      .execute();
    expect(invitees.map((i) => i.email)).toEqual(["anna@example.be", "chris@example.be", juror2Email].sort());
  });

  it("sends a change of jury only to the jury members taken out and put in", async () => {
    const slot = await create(slotBody({ date: "2026-12-03", from: "16:00", to: "17:00", candidacyIds: [chris.id] }));
    await invite(slot.id);
    const response = await change(
      slot.id,
      slotBody({
        date: "2026-12-03",
        from: "16:00",
        to: "17:00",
        candidacyIds: [chris.id],
        juryUserIds: [juror2.userId],
      }),
    );
    expect(sentTo(response.json() as SlotMessages)).toEqual(
      [`cancellation ${juror1Email}`, `invitation ${juror2Email}`].sort(),
    );
  });

  it("refuses a clash on change next to the field, changes nothing, and never clashes with itself", async () => {
    const first = await create(slotBody({ date: "2026-12-03", from: "09:00", to: "10:00", candidacyIds: [] }));
    const second = await create(
      slotBody({ date: "2026-12-03", from: "10:00", to: "11:00", room: "Zaal 2", candidacyIds: [], juryUserIds: [] }),
    );
    await invite(first.id);
    const before = await outboxCount();
    const clash = await change(
      second.id,
      slotBody({ date: "2026-12-03", from: "09:30", to: "10:30", candidacyIds: [], juryUserIds: [juror1.userId] }),
    );
    expect(clash.statusCode).toBe(400);
    expect(fieldsOf(clash).map((f) => [f.path, f.code])).toEqual([
      ["juryUserIds.0", "pitch.jury_clash"],
      ["room", "pitch.room_clash"],
    ]);
    expect(fieldsOf(clash)[1]?.message).toBe(
      "Lokaal Raadzaal is dan al bezet (donderdag 3 december 2026 van 9.00 tot 10.00 uur).",
    );
    expect(await plannedSlot(second.id)).toMatchObject({ from: "10:00", to: "11:00", room: "Zaal 2", jury: [] });

    // Bad input on an invited slot: a translated 400, no mail, the slot as it was.
    const bad = await change(first.id, slotBody({ date: "2026-12-03", from: "10:00", to: "09:00", candidacyIds: [] }));
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)[0]).toMatchObject({ path: "to", message: "Het einduur moet na het beginuur liggen." });
    expect(await outboxCount()).toBe(before);

    // Overlapping its own old time, with its own jury member and room: not a clash.
    const moved = await change(
      first.id,
      slotBody({ date: "2026-12-03", from: "09:30", to: "10:00", candidacyIds: [], juryUserIds: [juror1.userId] }),
    );
    expect(moved.statusCode).toBe(200);
  });
});

describe("cancelling a pitch slot", () => {
  it("sends everyone invited a cancellation with the reason and keeps the slot as cancelled history", async () => {
    const slot = await create(slotBody({ date: "2026-12-01", from: "11:00", to: "12:00", candidacyIds: [anna.id] }));
    await invite(slot.id);
    clock.advance(60_000);
    const response = await cancel(slot.id, { reason: "  De raadzaal is niet beschikbaar.  " });
    expect(response.statusCode).toBe(200);
    const sent = response.json() as SlotMessages;
    expect(sentTo(sent)).toEqual([`cancellation ${juror1Email}`, "cancellation anna@example.be"].sort());
    expect(sent.slot).toMatchObject({ cancelReason: "De raadzaal is niet beschikbaar.", sequence: 1 });
    expect(sent.slot.cancelledAt).not.toBeNull();

    for (const message of await stored(sent)) {
      expect(message.row.kind).toBe("pitch.cancellation");
      expect(message.contentType).toBe("text/calendar; method=CANCEL");
      expect(message.row.subject).toBe("Geannuleerd: pitch op dinsdag 1 december 2026 van 11.00 tot 12.00 uur");
      expect(message.row.body_text).toContain("gaat niet door");
      expect(message.row.body_text).toContain("Reden: De raadzaal is niet beschikbaar.");
      expect(message.value("METHOD")).toEqual(["CANCEL"]);
      expect(message.value("STATUS")).toEqual(["CANCELLED"]);
      expect(message.value("UID")).toEqual([`pitch-${slot.id}@brug`]);
      expect(message.value("SEQUENCE")).toEqual(["1"]);
      expect(message.value("ORGANIZER")).toHaveLength(1);
      expect(message.value("ATTENDEE")).toEqual([`mailto:${message.row.to_address}`]);
    }
    expect(await plannedSlot(slot.id)).toMatchObject({ cancelReason: "De raadzaal is niet beschikbaar." });
    const audited = (await auditOf(t.db, "pitch.slot_cancelled")).filter((a) => a.entity_id === slot.id);
    expect(audited[0]?.payload).toMatchObject({
      reason: "De raadzaal is niet beschikbaar.",
      sequence: 1,
      messageIds: expect.arrayContaining(sent.messages.map((m) => m.id)),
    });

    // No longer counts for clashes: the same people and room at the same time are planned again.
    const again = await create(slotBody({ date: "2026-12-01", from: "11:00", to: "12:00", candidacyIds: [anna.id] }));
    expect(again.id).not.toBe(slot.id);

    // History does not change: no edit, no invitations, no second cancellation, no removal.
    const before = await outboxCount();
    const refusals = await Promise.all([
      change(slot.id, slotBody({ date: "2026-12-01", from: "13:00", to: "14:00", room: "Zaal 7" })),
      app.inject({ method: "POST", url: `/api/pitches/${slot.id}/invitations`, headers: coordinator.headers }),
      cancel(slot.id, { reason: "Nog eens" }),
      app.inject({ method: "DELETE", url: `/api/pitches/${slot.id}`, headers: coordinator.headers }),
    ]);
    for (const refused of refusals) {
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        error: { code: "pitch.cancelled", message: expect.stringContaining("geannuleerd") },
      });
    }
    expect(await outboxCount()).toBe(before);
  });

  it("cancels a slot never invited without a message", async () => {
    const slot = await create(slotBody({ date: "2026-12-03", from: "13:00", to: "14:00", room: "Zaal 8" }));
    const response = await cancel(slot.id, { reason: "Dubbel gepland" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ messages: [], slot: { sequence: 0, cancelReason: "Dubbel gepland" } });
  });

  it("asks for a reason, and an invited slot is cancelled rather than removed", async () => {
    const slot = await create(slotBody({ date: "2026-12-03", from: "18:00", to: "19:00", candidacyIds: [bert.id] }));
    await invite(slot.id);
    const before = await outboxCount();
    const blank = await cancel(slot.id, { reason: "   " });
    expect(blank.statusCode).toBe(400);
    expect(fieldsOf(blank)).toEqual([
      {
        path: "reason",
        code: "pitch.reason_required",
        message: "Geef een reden. Iedereen die uitgenodigd is, krijgt die te lezen.",
      },
    ]);
    expect((await cancel(slot.id, { reason: "x".repeat(1001) })).statusCode).toBe(400);
    expect((await cancel(slot.id, {})).statusCode).toBe(400);

    const removal = await app.inject({
      method: "DELETE",
      url: `/api/pitches/${slot.id}`,
      headers: coordinator.headers,
    });
    expect(removal.statusCode).toBe(409);
    expect(removal.json()).toMatchObject({ error: { code: "pitch.cancel_instead" } });
    expect(await plannedSlot(slot.id)).toMatchObject({ cancelledAt: null, sequence: 0 });
    expect(await outboxCount()).toBe(before);
  });

  it("answers 404 for another region's slot or an unknown one, 403 to an applicant, 401 without a session", async () => {
    const slot = await create(slotBody({ date: "2026-12-03", from: "20:00", to: "21:00", candidacyIds: [chris.id] }));
    await invite(slot.id);
    const before = await outboxCount();
    const unknown = "00000000-0000-4000-8000-000000000000";
    const body = slotBody({ date: "2026-12-03", from: "20:30", to: "21:30" });
    expect((await change(slot.id, body, otherCoordinator)).statusCode).toBe(404);
    expect((await cancel(slot.id, { reason: "Weg" }, otherCoordinator)).statusCode).toBe(404);
    expect((await change(unknown, body)).statusCode).toBe(404);
    expect((await cancel(unknown, { reason: "Weg" })).statusCode).toBe(404);
    expect((await cancel(slot.id, { reason: "Weg" }, anna.applicant)).statusCode).toBe(403);
    expect((await change(slot.id, body, anna.applicant)).statusCode).toBe(403);
    const anonymous = await app.inject({
      method: "POST",
      url: `/api/pitches/${slot.id}/cancellation`,
      payload: { reason: "Weg" },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await plannedSlot(slot.id)).toMatchObject({ from: "20:00", cancelledAt: null, sequence: 0 });
    expect(await outboxCount()).toBe(before);
  });

  it("refuses changes and cancellations once the pitches are over", async () => {
    const slot = await create(slotBody({ date: "2026-12-03", from: "22:00", to: "23:00", candidacyIds: [] }));
    clock.set("2026-12-10T09:00:00Z");
    const signedIn = await signIn(app, await buildUser(t.db, { role: "coordinator", regionId: region.regionId }));
    const late = await cancel(slot.id, { reason: "Te laat" }, signedIn);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: "pitch.not_planning_phase" } });
    const changed = await change(slot.id, slotBody({ date: "2026-12-03", from: "21:00", to: "22:00" }), signedIn);
    expect(changed.statusCode).toBe(409);
    expect(await plannedSlot(slot.id, signedIn)).toMatchObject({ from: "22:00", cancelledAt: null });
  });
});
