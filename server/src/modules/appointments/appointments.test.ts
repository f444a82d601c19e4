// Appointments: planned in Brussels time and stored in UTC, attendance recorded once they began and counted, an
// iCalendar export per appointment and for every upcoming one with a stable UID and a SEQUENCE that goes up with each
// change a calendar shows, and nothing in the .ics but title, time, place and link. A partner worker sees only the
// appointments of their own referral; anyone else gets 404 and nothing changes.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { unfold } from "../../domain/icalendar.ts";
import { buildClientWorld, buildPartner, clientAudit, recordState, referToPartner, sendAs } from "../plans/testing.ts";
import type { AppointmentList, AppointmentView } from "./schemas.ts";

const clock = fixedClock("2026-11-24T09:00:00Z"); // 10:00 in Brussels
const t = await createReferenceTestApp({ clock });
const app = t.app;
const world = await buildClientWorld(t.db, clock.now());
const partner = await buildPartner(t.db, world.regionId, clock.now());
const referral = await referToPartner(t.db, world, partner, {
  categories: ["general"],
  consent: "standing",
  at: clock.now(),
});

const base = `/api/trajectories/${world.trajectoryId}/appointments`;
const body = (overrides: object = {}) => ({
  title: "Gesprek",
  date: "2026-11-26",
  from: "14:00",
  to: "15:00",
  place: "Dienstencentrum, Markt 1, Maaseik",
  onlineUrl: "",
  referralId: null,
  ...overrides,
});
const plan = async (overrides: object = {}) =>
  (await sendAs(app, world.companion, "POST", base, body(overrides))).json() as AppointmentView;
const list = async (user = world.companion) => (await sendAs(app, user, "GET", base)).json() as AppointmentList;
const ics = async (id: string, user = world.companion) => sendAs(app, user, "GET", `/api/appointments/${id}/ics`);
const line = (text: string, name: string) =>
  unfold(text)
    .find((l) => l.startsWith(`${name}:`))
    ?.slice(name.length + 1);

describe("planning", () => {
  it("stores Brussels wall-clock time as UTC, across the change to winter time too", async () => {
    const winter = await plan();
    expect(winter).toMatchObject({ startsAt: "2026-11-26T13:00:00.000Z", date: "2026-11-26", from: "14:00" });
    const summer = await plan({ date: "2027-06-10", from: "09:30", to: "10:15" });
    expect(summer).toMatchObject({ startsAt: "2027-06-10T07:30:00.000Z", endsAt: "2027-06-10T08:15:00.000Z" });
    expect(summer.sequence).toBe(0);
    const written = (await clientAudit(t.db)).filter((r) => r.action === "client_record.written");
    expect(written.at(-1)).toMatchObject({ entityType: "appointment", entityId: summer.id });
  });

  it("lists upcoming ones soonest first, past ones most recent first", async () => {
    const past = await plan({ date: "2026-11-20", title: "Huisbezoek" });
    const view = await list();
    expect(view.upcoming.map((a) => a.startsAt)).toEqual(["2026-11-26T13:00:00.000Z", "2027-06-10T07:30:00.000Z"]);
    expect(view.past.map((a) => a.id)).toEqual([past.id]);
    expect(view.canWrite).toBe(true);
    expect(view.referrals).toEqual([{ id: referral.referralId, organisation: partner.name, offer: "Testaanbod" }]);
  });
});

describe("attendance", () => {
  it("records present or absent once begun, cancelled at any time, and counts them", async () => {
    const earlier = await plan({ date: "2026-11-23", from: "09:00", to: "10:00" });
    const missed = await plan({ date: "2026-11-22", from: "09:00", to: "10:00" });
    const later = await plan({ date: "2026-12-03" });
    const mark = (id: string, attendance: string, note = "") =>
      sendAs(app, world.companion, "PUT", `/api/appointments/${id}/attendance`, { attendance, note });
    expect((await mark(earlier.id, "present")).json()).toMatchObject({ attendance: "present" });
    expect((await mark(missed.id, "absent", "Niet komen opdagen, later gebeld")).json()).toMatchObject({
      attendance: "absent",
      attendanceNote: "Niet komen opdagen, later gebeld",
    });
    const before = await recordState(t.db);
    const tooEarly = await mark(later.id, "present");
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().error.fields[0]).toMatchObject({ path: "attendance", code: "appointment.not_started" });
    expect(await recordState(t.db)).toEqual(before);
    expect((await mark(later.id, "cancelled", "Ziek")).json()).toMatchObject({ attendance: "cancelled", sequence: 1 });
    expect((await list()).counts).toEqual({ planned: 3, present: 1, absent: 1, cancelled: 1 });
  });
});

describe("the iCalendar export", () => {
  it("carries title, time, place and link only, with a stable UID and a SEQUENCE raised by each change", async () => {
    const appointment = await plan({ title: "Gesprek", onlineUrl: "https://meet.example.be/abc" });
    await sendAs(app, world.companion, "PUT", `/api/appointments/${appointment.id}/attendance`, {
      attendance: "planned",
      note: "MARKER-VERSLAVING",
    });
    const first = await ics(appointment.id);
    expect(first.statusCode).toBe(200);
    expect(first.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(first.headers["content-disposition"]).toContain("afspraak-2026-11-26.ics");
    expect(line(first.body, "SUMMARY")).toBe("Gesprek");
    expect(line(first.body, "DTSTART")).toBe("20261126T130000Z");
    expect(line(first.body, "LOCATION")).toBe("Dienstencentrum\\, Markt 1\\, Maaseik");
    expect(line(first.body, "URL")).toBe("https://meet.example.be/abc");
    expect(line(first.body, "SEQUENCE")).toBe("0");
    expect(first.body).not.toContain("MARKER");
    expect(first.body).not.toContain("Testcliënt");
    const uid = line(first.body, "UID");

    // A note or the same values again is no new version; a new hour is.
    await sendAs(
      app,
      world.companion,
      "PUT",
      `/api/appointments/${appointment.id}`,
      body({ onlineUrl: "https://meet.example.be/abc" }),
    );
    expect(line((await ics(appointment.id)).body, "SEQUENCE")).toBe("0");
    const moved = await sendAs(
      app,
      world.companion,
      "PUT",
      `/api/appointments/${appointment.id}`,
      body({ from: "15:00", to: "16:00", onlineUrl: "https://meet.example.be/abc" }),
    );
    expect(moved.json()).toMatchObject({ sequence: 1, startsAt: "2026-11-26T14:00:00.000Z" });
    const second = (await ics(appointment.id)).body;
    expect(line(second, "UID")).toBe(uid);
    expect(line(second, "SEQUENCE")).toBe("1");
    expect(line(second, "METHOD")).toBe("REQUEST");

    await sendAs(app, world.companion, "PUT", `/api/appointments/${appointment.id}/attendance`, {
      attendance: "cancelled",
      note: "",
    });
    const cancelled = (await ics(appointment.id)).body;
    expect(line(cancelled, "METHOD")).toBe("CANCEL");
    expect(line(cancelled, "STATUS")).toBe("CANCELLED");
    expect(line(cancelled, "SEQUENCE")).toBe("2");
    expect(line(cancelled, "UID")).toBe(uid);
    const reads = (await clientAudit(t.db)).filter((r) => r.action === "client_record.read");
    expect(reads.at(-1)).toMatchObject({ entityType: "appointment", entityId: appointment.id });
    expect(reads.at(-1)?.payload).toMatchObject({ what: "ics" });
  });

  it("puts every upcoming appointment that goes on in one calendar", async () => {
    const response = await sendAs(app, world.companion, "GET", `${base}/ics`);
    expect(response.statusCode).toBe(200);
    const lines = unfold(response.body);
    const upcoming = (await list()).upcoming.filter((a) => a.attendance !== "cancelled");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(upcoming.length);
    expect(lines.filter((l) => l.startsWith("UID:"))).toHaveLength(upcoming.length);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    expect(response.body.endsWith("\r\n")).toBe(true);
  });
});

describe("who sees appointments", () => {
  it("shows a partner worker only the hand-over appointment of their own referral", async () => {
    const handover = await plan({ title: "Kennismaking", referralId: referral.referralId });
    const view = await list(partner.worker);
    expect(view.canWrite).toBe(false);
    expect(view.referrals).toEqual([]);
    expect([...view.upcoming, ...view.past].map((a) => a.id)).toEqual([handover.id]);
    expect(view.counts).toEqual({ planned: 1, present: 0, absent: 0, cancelled: 0 });
    expect((await ics(handover.id, partner.worker)).statusCode).toBe(200);
    const other = (await list()).upcoming.find((a) => a.referralId === null) as AppointmentView;
    expect((await ics(other.id, partner.worker)).statusCode).toBe(404);
  });

  it("gives another companion 404 on every route and changes nothing", async () => {
    const outsider = world.otherCompanion;
    const [some] = (await list()).upcoming;
    await sendAs(app, outsider, "GET", base);
    const before = await recordState(t.db);
    const responses = await Promise.all([
      sendAs(app, outsider, "GET", base),
      sendAs(app, outsider, "GET", `${base}/ics`),
      sendAs(app, outsider, "POST", base, body()),
      sendAs(app, outsider, "PUT", `/api/appointments/${some?.id}`, body()),
      sendAs(app, outsider, "PUT", `/api/appointments/${some?.id}/attendance`, { attendance: "cancelled", note: "" }),
      sendAs(app, outsider, "GET", `/api/appointments/${some?.id}/ics`),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(await recordState(t.db)).toEqual(before);
    expect((await app.inject({ method: "GET", url: base })).statusCode).toBe(401);
  });
});

describe("bad input", () => {
  it("is refused in the reader's language and changes nothing", async () => {
    const before = await recordState(t.db);
    const post = (overrides: object) => sendAs(app, world.companion, "POST", base, body(overrides));
    const backwards = await post({ from: "15:00", to: "14:00" });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields[0]).toMatchObject({ path: "to", code: "appointment.end_before_start" });
    expect(backwards.json().error.fields[0].message).toBe("Het einduur moet na het beginuur liggen.");
    const noDay = await post({ date: "2026-02-29" });
    expect(noDay.json().error.fields[0]).toMatchObject({ path: "date", code: "appointment.invalid_date" });
    const notHttps = await post({ onlineUrl: "http://meet.example.be" });
    expect(notHttps.statusCode).toBe(400);
    const strangeReferral = await post({ referralId: world.trajectoryId });
    expect(strangeReferral.json().error.fields[0]).toMatchObject({ code: "appointment.unknown_referral" });
    const blank = await post({ title: "  " });
    expect(blank.json().error.fields[0]).toMatchObject({ code: "appointment.title_required" });
    expect(await recordState(t.db)).toEqual(before);
  });
});
