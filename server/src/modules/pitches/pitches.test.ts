// The coordinator plans pitch slots on the matching days, clashes are refused, and invitations go out with pitch.ics.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { unfold } from "../../domain/icalendar.ts";
import type { Milestone } from "../../domain/milestone-types.ts";
import { buildUser, signIn } from "../accounts/testing.ts";
import { auditOf, buildCall, buildCallRegion, timeline } from "../calls/testing.ts";
import {
  afterDeadline,
  assignedJuryMember,
  beforeDeadline,
  declareVia,
  juryTimeline,
  submittedCandidacy,
} from "../jury/testing.ts";
import type { InvitationsSent, PitchPlan, SlotMessages, SlotView } from "./schemas.ts";

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
// A second call of the region, still open for candidacies: no pitches yet.
const openCall = await buildCall(
  t.db,
  [...timeline("2026-09-01", { date: "2027-01-15", time: "12:00" }), pitchDays],
  region,
);
const coordinatorUser = await buildUser(t.db, { role: "coordinator", regionId: region.regionId });
const coordinator = await signIn(app, coordinatorUser);
const candidacies = [];
for (let i = 0; i < 4; i++) candidacies.push(await submittedCandidacy(app, t.db, call.id, `Voorstel ${i + 1}`));
clock.set(afterDeadline);

const world = { region, callId: call.id, coordinator, candidacies };
const juror = await assignedJuryMember(app, t.db, world);
const juror2 = await assignedJuryMember(app, t.db, world);
const emailOf = async (userId: string) =>
  (await t.db.selectFrom("users").select("email").where("id", "=", userId).executeTakeFirstOrThrow()).email;
const jurorEmail = await emailOf(juror.userId);
const juror2Email = await emailOf(juror2.userId);
const otherRegion = await buildCallRegion(t.db);
const otherCoordinator = await signIn(
  app,
  await buildUser(t.db, { role: "coordinator", regionId: otherRegion.regionId }),
);
const applicant = candidacies[0]!.applicant;
const [c1, c2, c3, c4] = candidacies.map((c) => c.id) as [string, string, string, string];

const slot = (overrides: object = {}) => ({
  date: "2026-12-01",
  from: "09:00",
  to: "10:00",
  location: "Stadhuis Maaseik, Markt 1",
  onlineUrl: null,
  room: "Raadzaal",
  challengeNumber: 1,
  note: "",
  candidacyIds: [],
  juryUserIds: [],
  ...overrides,
});
const create = (payload: object, session = coordinator, callId = call.id) =>
  app.inject({ method: "POST", url: `/api/calls/${callId}/pitches`, headers: session.headers, payload });
const plan = async () =>
  (
    await app.inject({ method: "GET", url: `/api/calls/${call.id}/pitches`, headers: { cookie: coordinator.cookie } })
  ).json() as PitchPlan;
const fieldsOf = (response: { json(): unknown }) =>
  (response.json() as { error: { fields: { path: string; code: string; message: string }[] } }).error.fields;
const slotCount = async () => (await t.db.selectFrom("pitch_slots").select("id").execute()).length;

describe("planning a pitch slot", () => {
  it("creates a slot on a matching day, in UTC from Brussels time, audited", async () => {
    const response = await create(slot({ candidacyIds: [c1, c2], juryUserIds: [juror.userId] }));
    expect(response.statusCode).toBe(201);
    const view = response.json() as SlotView;
    expect(view).toMatchObject({
      startsAt: "2026-12-01T08:00:00.000Z",
      endsAt: "2026-12-01T09:00:00.000Z",
      date: "2026-12-01",
      from: "09:00",
      to: "10:00",
      invitedAt: null,
      sequence: 0,
    });
    expect(view.candidacies.map((c) => c.id).sort()).toEqual([c1, c2].sort());
    expect(view.candidacies[0]?.challenges).toEqual([1]);
    expect(view.jury.map((j) => j.userId)).toEqual([juror.userId]);
    const audited = (await auditOf(t.db, "pitch.slot_created")).filter((a) => a.entity_id === view.id);
    expect(audited[0]?.payload).toMatchObject({ callId: call.id, startsAt: view.startsAt, room: "Raadzaal" });
  });

  it("refuses a day outside the matching days with a field error naming the days", async () => {
    const before = await slotCount();
    const response = await create(slot({ date: "2026-12-02", room: null }));
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual([
      {
        path: "date",
        code: "pitch.not_matching_day",
        message: "Deze dag is geen pitch- of matchingdag van de oproep. Kies dinsdag 1 en donderdag 3 december 2026.",
      },
    ]);
    expect(await slotCount()).toBe(before);
  });

  it("refuses an end before the start, a slot without place or link, an http link and strangers", async () => {
    const response = await create(
      slot({
        date: "2026-12-03",
        from: "10:00",
        to: "09:00",
        location: null,
        room: null,
        candidacyIds: [juror.userId],
      }),
    );
    expect(fieldsOf(response).map((f) => [f.path, f.code])).toEqual([
      ["location", "pitch.place_required"],
      ["to", "pitch.end_before_start"],
      ["candidacyIds.0", "pitch.unknown_candidacy"],
    ]);
    const notJury = await create(slot({ date: "2026-12-03", room: null, juryUserIds: [coordinatorUser.id] }));
    expect(fieldsOf(notJury).map((f) => f.code)).toEqual(["pitch.not_on_jury"]);
    const http = await create(slot({ date: "2026-12-03", location: null, onlineUrl: "http://meet.example.be/x" }));
    expect(http.statusCode).toBe(400);
    expect(fieldsOf(http).map((f) => f.path)).toContain("onlineUrl");
  });

  it("refuses the same jury member, organisation or room in an overlapping slot, naming the other slot's time", async () => {
    const before = await slotCount();
    const response = await create(
      slot({ from: "09:30", to: "10:30", candidacyIds: [c3, c1], juryUserIds: [juror2.userId, juror.userId] }),
    );
    expect(response.statusCode).toBe(400);
    const time = "dinsdag 1 december 2026 van 9.00 tot 10.00 uur";
    expect(fieldsOf(response).map((f) => [f.path, f.code])).toEqual([
      ["juryUserIds.1", "pitch.jury_clash"],
      ["candidacyIds.1", "pitch.candidacy_clash"],
      ["room", "pitch.room_clash"],
    ]);
    for (const field of fieldsOf(response)) expect(field.message).toContain(time);
    expect(fieldsOf(response)[2]?.message).toBe(`Lokaal Raadzaal is dan al bezet (${time}).`);
    expect(await slotCount()).toBe(before);
  });

  it("allows touching slots: one ending at 10:00 and one starting at 10:00 do not clash", async () => {
    const response = await create(
      slot({ from: "10:00", to: "11:00", room: " raadzaal ", candidacyIds: [c1, c3], juryUserIds: [juror.userId] }),
    );
    expect(response.statusCode).toBe(201);
  });

  it("refuses planning outside the pitch planning phase with a translated 409", async () => {
    const response = await create(slot({ room: "Zaal 9" }), coordinator, openCall.id);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: { code: "pitch.not_planning_phase", message: expect.stringContaining("na de deadline") },
    });
  });

  it("answers 404 to another region's coordinator, 403 to an applicant, 401 without a session", async () => {
    const before = await slotCount();
    expect((await create(slot({ room: "Zaal 9" }), otherCoordinator)).statusCode).toBe(404);
    expect((await create(slot({ room: "Zaal 9" }), applicant)).statusCode).toBe(403);
    const existing = (await plan()).slots[0]!;
    const put = await app.inject({
      method: "PUT",
      url: `/api/pitches/${existing.id}`,
      headers: otherCoordinator.headers,
      payload: slot({ room: "Zaal 9" }),
    });
    expect(put.statusCode).toBe(404);
    const del = await app.inject({
      method: "DELETE",
      url: `/api/pitches/${existing.id}`,
      headers: otherCoordinator.headers,
    });
    expect(del.statusCode).toBe(404);
    const invite = await app.inject({
      method: "POST",
      url: `/api/pitches/${existing.id}/invitations`,
      headers: otherCoordinator.headers,
    });
    expect(invite.statusCode).toBe(404);
    const get = await app.inject({
      method: "GET",
      url: `/api/calls/${call.id}/pitches`,
      headers: { cookie: otherCoordinator.cookie },
    });
    expect(get.statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: `/api/calls/${call.id}/pitches` })).statusCode).toBe(401);
    expect(await slotCount()).toBe(before);
    const invitations = await t.db.selectFrom("outbox_messages").select("id").where("kind", "=", "pitch.invitation");
    expect(await invitations.execute()).toEqual([]);
  });

  it("lists the slots in time order with the suggested groups per challenge", async () => {
    const view = await plan();
    expect(view.canPlan).toBe(true);
    expect(view.matchingDays).toEqual(["2026-12-01", "2026-12-03"]);
    expect(view.slots.map((s) => s.from)).toEqual(["09:00", "10:00"]);
    expect(view.candidacies).toHaveLength(4);
    expect(view.jury.map((j) => j.userId).sort()).toEqual([juror.userId, juror2.userId].sort());
    expect(view.suggestedGroups.map((g) => g.challengeNumber)).toEqual([1]);
    expect(view.suggestedGroups[0]?.candidacyIds.slice().sort()).toEqual([c1, c2, c3, c4].sort());
  });
});

describe("invitations", () => {
  it("queue one mail per person with a parseable pitch.ics; re-sending after a change raises SEQUENCE", async () => {
    const created = await create(
      slot({
        date: "2026-12-03",
        location: null,
        onlineUrl: "https://meet.example.be/pitch-1",
        room: null,
        candidacyIds: [c2, c4],
        juryUserIds: [juror.userId, juror2.userId],
      }),
    );
    expect(created.statusCode).toBe(201);
    const id = (created.json() as SlotView).id;
    const send = () =>
      app.inject({ method: "POST", url: `/api/pitches/${id}/invitations`, headers: coordinator.headers });

    const first = await send();
    expect(first.statusCode).toBe(200);
    const sent = first.json() as InvitationsSent;
    expect(sent.messages.map((m) => m.toAddress).sort()).toEqual(
      ["sara.peeters@example.be", "sara.peeters@example.be", jurorEmail, juror2Email]
        .map((e) => e.toLowerCase())
        .sort(),
    );
    expect(sent.slot).toMatchObject({ invitedAt: afterDeadline.replace("Z", ".000Z"), sequence: 0 });

    const messages = await t.db
      .selectFrom("outbox_messages")
      .selectAll()
      .where(
        "id",
        "in",
        sent.messages.map((m) => m.id),
      )
      .execute();
    expect(messages).toHaveLength(4);
    const toJuror = messages.find((m) => m.to_address === jurorEmail.toLowerCase())!;
    expect(toJuror).toMatchObject({ kind: "pitch.invitation", locale: "nl", region_id: region.regionId });
    expect(toJuror.body_text).toContain("Wanneer: donderdag 3 december 2026 van 9.00 tot 10.00 uur");
    expect(toJuror.body_text).toContain("Online: https://meet.example.be/pitch-1");
    const attachment = toJuror.attachments[0]!;
    expect(attachment).toMatchObject({ filename: "pitch.ics", contentType: "text/calendar; method=REQUEST" });
    const ics = Buffer.from(attachment.base64, "base64").toString("utf8");
    expect(ics).toMatch(/\r\n$/);
    const lines = unfold(ics);
    expect(lines).toEqual(
      expect.arrayContaining([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        `UID:pitch-${id}@brug`,
        "SEQUENCE:0",
        "DTSTART:20261203T080000Z",
        "DTEND:20261203T090000Z",
        "URL:https://meet.example.be/pitch-1",
        "END:VCALENDAR",
      ]),
    );
    expect(lines.filter((l) => l.startsWith("ATTENDEE"))).toEqual([
      expect.stringMatching(new RegExp(`:mailto:${jurorEmail}$`, "i")),
    ]);
    expect(lines.some((l) => l.startsWith("ORGANIZER"))).toBe(true);
    // The candidacies' organisations appear by name to the jury.
    const names = (await plan()).slots.find((s) => s.id === id)!.candidacies.map((c) => c.organisation.name);
    for (const name of names) expect(toJuror.body_text).toContain(name);

    clock.advance(60_000);
    const changed = await app.inject({
      method: "PUT",
      url: `/api/pitches/${id}`,
      headers: coordinator.headers,
      payload: slot({
        date: "2026-12-03",
        from: "11:00",
        to: "12:00",
        location: null,
        onlineUrl: "https://meet.example.be/pitch-1",
        room: null,
        candidacyIds: [c2, c4],
        juryUserIds: [juror.userId, juror2.userId],
      }),
    });
    expect(changed.statusCode).toBe(200);
    // The change goes out at once: everyone invited gets the updated invitation, and nothing is left to send.
    const update = changed.json() as SlotMessages;
    expect(update.slot).toMatchObject({ sequence: 1, changedSinceInvitation: false });
    expect(update.messages.map((m) => m.kind)).toEqual(["update", "update", "update", "update"]);
    const resent = await t.db
      .selectFrom("outbox_messages")
      .select(["subject", "attachments"])
      .where("id", "=", update.messages[0]!.id)
      .executeTakeFirstOrThrow();
    expect(resent.subject).toMatch(/^Gewijzigde uitnodiging/);
    const resentLines = unfold(Buffer.from(resent.attachments[0]!.base64, "base64").toString("utf8"));
    expect(resentLines).toEqual(
      expect.arrayContaining([`UID:pitch-${id}@brug`, "SEQUENCE:1", "DTSTART:20261203T100000Z"]),
    );
    // Sending again without a change sends the same version again.
    clock.advance(60_000);
    const again = (await send()).json() as InvitationsSent;
    expect(again.slot).toMatchObject({ sequence: 1, changedSinceInvitation: false });

    const audited = (await auditOf(t.db, "pitch.invitations_sent")).filter((a) => a.entity_id === id);
    expect(audited.map((a) => (a.payload as { sequence: number }).sequence)).toEqual([0, 1]);
    expect((await auditOf(t.db, "pitch.slot_changed")).filter((a) => a.entity_id === id)).toHaveLength(1);
    expect((await auditOf(t.db, "pitch.changes_sent")).filter((a) => a.entity_id === id)).toHaveLength(1);
  });

  it("deletes a slot, audited", async () => {
    const created = (
      await create(slot({ date: "2026-12-03", from: "14:00", to: "15:00", room: "Zaal 2" }))
    ).json() as SlotView;
    const response = await app.inject({
      method: "DELETE",
      url: `/api/pitches/${created.id}`,
      headers: coordinator.headers,
    });
    expect(response.statusCode).toBe(204);
    expect((await plan()).slots.map((s) => s.id)).not.toContain(created.id);
    expect((await auditOf(t.db, "pitch.slot_deleted")).map((a) => a.entity_id)).toEqual([created.id]);
  });

  it("is described in /api/openapi.json", async () => {
    const spec = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const methods = (path: string) => Object.keys(spec.paths[path] ?? {}).sort();
    expect(methods("/api/calls/{callId}/pitches")).toEqual(["get", "post"]);
    expect(methods("/api/pitches/{slotId}")).toEqual(["delete", "put"]);
    expect(methods("/api/pitches/{slotId}/invitations")).toEqual(["post"]);
    expect(methods("/api/pitches/{slotId}/cancellation")).toEqual(["post"]);
  });
});

// Last: a third jury member and another slot would change the lists the tests above expect.
describe("places and conflicts of interest", () => {
  it("lets a room of the same name at another place be used at the same time", async () => {
    const response = await create(
      slot({ from: "09:30", to: "10:30", location: "Gemeentehuis Kinrooi, Breeërweg 298", room: "raadzaal" }),
    );
    expect(response.statusCode).toBe(201);
  });

  it("keeps a jury member out of the pitch of a candidacy they declared a conflict on, naming both", async () => {
    const conflicted = await assignedJuryMember(app, t.db, world);
    const declared = await declareVia(app, conflicted.headers, c4, "conflict", "Ik zit in hun raad van bestuur.");
    expect(declared.statusCode).toBe(200);
    const before = await slotCount();
    const response = await create(
      slot({
        date: "2026-12-03",
        from: "14:00",
        to: "15:00",
        room: null,
        candidacyIds: [c4],
        juryUserIds: [conflicted.userId],
      }),
    );
    expect(response.statusCode).toBe(400);
    const [field] = fieldsOf(response);
    expect(field).toMatchObject({ path: "juryUserIds.0", code: "pitch.jury_conflict" });
    expect(field!.message).toContain("belangenconflict voor");
    expect(await slotCount()).toBe(before);
  });
});
