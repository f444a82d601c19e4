// A trajectory's appointments (issue 4, item 9): planned in Brussels time, stored in UTC, with attendance and an
// iCalendar export. Every read and write goes through clients/access.ts (404 outside the actor's reach, audited with
// the consent that allowed it). The rules are listed in schemas.ts.
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { isValidLocalDate, localToUtc, utcToLocal } from "../../domain/milestones.ts";
import type { Clock } from "../../platform/clock.ts";
import { HttpError, notFound, validationFailed, type FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { withClientAccess, type ClientAccess } from "../clients/access.ts";
import { appointmentIcs, appointmentsIcs } from "./ics.ts";
import * as q from "./queries.ts";
import type { AppointmentBody, AppointmentList, AppointmentView, AttendanceBody } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

type Attendance = AppointmentView["attendance"];

function present(row: q.AppointmentRow, now: Date): AppointmentView {
  const start = utcToLocal(row.startsAt.toISOString());
  return {
    id: row.id,
    trajectoryId: row.trajectoryId,
    referralId: row.referralId,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    date: start.date,
    from: start.time,
    to: utcToLocal(row.endsAt.toISOString()).time,
    place: row.place,
    onlineUrl: row.onlineUrl,
    attendance: row.attendance as Attendance,
    attendanceNote: row.attendanceNote,
    sequence: row.icalSequence,
    upcoming: row.endsAt > now,
    started: row.startsAt <= now,
  };
}

/** A partner sees only the appointments of their own referrals; staff all of them (null). */
const visibleReferrals = (access: ClientAccess): string[] | null =>
  access.via === "partner" ? access.referralIds : null;

export async function listAppointments(deps: Deps, actor: Actor, trajectoryId: string): Promise<AppointmentList> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "read", entity: "appointment", entityId: trajectoryId, what: "appointments" },
    now,
    async (trx, access) => {
      const rows = await q.appointmentsOf(trx, trajectoryId, visibleReferrals(access));
      const views = rows.map((r) => present(r, now));
      const count = (attendance: Attendance) => views.filter((v) => v.attendance === attendance).length;
      const canWrite = access.via !== "partner";
      return {
        trajectoryId,
        canWrite,
        upcoming: views.filter((v) => v.upcoming),
        past: views.filter((v) => !v.upcoming).reverse(),
        counts: {
          planned: count("planned"),
          present: count("present"),
          absent: count("absent"),
          cancelled: count("cancelled"),
        },
        referrals: canWrite ? await q.openReferralsOf(trx, trajectoryId) : [],
      };
    },
  );
}

interface Checked {
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineUrl: string;
  referralId: string | null;
}

async function check(db: q.Db, trajectoryId: string, body: AppointmentBody): Promise<Checked> {
  const fields: FieldError[] = [];
  const title = body.title.trim();
  if (title === "") fields.push({ path: "title", code: "appointment.title_required" });
  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  if (!isValidLocalDate(body.date)) {
    fields.push({ path: "date", code: "appointment.invalid_date" });
  } else {
    startsAt = new Date(localToUtc(body.date, body.from));
    endsAt = new Date(localToUtc(body.date, body.to));
    if (endsAt <= startsAt) fields.push({ path: "to", code: "appointment.end_before_start" });
  }
  if (body.referralId !== null) {
    const open = await q.openReferralsOf(db, trajectoryId);
    if (!open.some((r) => r.id === body.referralId))
      fields.push({ path: "referralId", code: "appointment.unknown_referral" });
  }
  if (fields.length > 0 || startsAt === null || endsAt === null) throw validationFailed(fields);
  return { title, startsAt, endsAt, place: body.place.trim(), onlineUrl: body.onlineUrl, referralId: body.referralId };
}

export async function createAppointment(
  deps: Deps,
  actor: Actor,
  trajectoryId: string,
  body: AppointmentBody,
): Promise<AppointmentView> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "write", entity: "appointment", entityId: (a: AppointmentView) => a.id, what: "created" },
    now,
    async (trx) => {
      const a = await check(trx, trajectoryId, body);
      const { id } = await trx
        .insertInto("appointments")
        .values({
          trajectory_id: trajectoryId,
          referral_id: a.referralId,
          title: a.title,
          starts_at: a.startsAt,
          ends_at: a.endsAt,
          place: a.place,
          online_url: a.onlineUrl,
          // Stable for the life of the appointment: calendars recognise every later version by it.
          ical_uid: `${randomUUID()}@brug`,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return present((await q.findAppointment(trx, id)) as q.AppointmentRow, now);
    },
  );
}

async function trajectoryOf(db: q.Db, appointmentId: string): Promise<string> {
  const row = await q.findAppointment(db, appointmentId);
  if (!row) throw notFound();
  return row.trajectoryId;
}

/** 404 for a partner's look at an appointment that is not tied to their own referral. */
function assertVisible(row: q.AppointmentRow, access: ClientAccess): void {
  const referrals = visibleReferrals(access);
  if (referrals !== null && (row.referralId === null || !referrals.includes(row.referralId))) throw notFound();
}

export async function changeAppointment(
  deps: Deps,
  actor: Actor,
  appointmentId: string,
  body: AppointmentBody,
): Promise<AppointmentView> {
  const now = deps.clock.now();
  const trajectoryId = await trajectoryOf(deps.db, appointmentId);
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "write", entity: "appointment", entityId: appointmentId, what: "changed" },
    now,
    async (trx) => {
      const a = await check(trx, trajectoryId, body);
      const current = (await q.findAppointment(trx, appointmentId)) as q.AppointmentRow;
      // What a calendar shows changed: a new version (RFC 5545 §3.8.7.4).
      const inCalendar =
        a.title !== current.title ||
        a.startsAt.getTime() !== current.startsAt.getTime() ||
        a.endsAt.getTime() !== current.endsAt.getTime() ||
        a.place !== current.place ||
        a.onlineUrl !== current.onlineUrl;
      await trx
        .updateTable("appointments")
        .set({
          title: a.title,
          starts_at: a.startsAt,
          ends_at: a.endsAt,
          place: a.place,
          online_url: a.onlineUrl,
          referral_id: a.referralId,
          ical_sequence: current.icalSequence + (inCalendar ? 1 : 0),
          updated_at: now,
        })
        .where("id", "=", appointmentId)
        .execute();
      return present((await q.findAppointment(trx, appointmentId)) as q.AppointmentRow, now);
    },
  );
}

export async function recordAttendance(
  deps: Deps,
  actor: Actor,
  appointmentId: string,
  body: AttendanceBody,
): Promise<AppointmentView> {
  const now = deps.clock.now();
  const trajectoryId = await trajectoryOf(deps.db, appointmentId);
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "write", entity: "appointment", entityId: appointmentId, what: "attendance" },
    now,
    async (trx) => {
      const current = (await q.findAppointment(trx, appointmentId)) as q.AppointmentRow;
      if ((body.attendance === "present" || body.attendance === "absent") && current.startsAt > now)
        throw validationFailed([{ path: "attendance", code: "appointment.not_started" }]);
      // Cancelling, or taking a cancellation back, is a new version for the calendar too.
      const cancelChanged = (current.attendance === "cancelled") !== (body.attendance === "cancelled");
      await trx
        .updateTable("appointments")
        .set({
          attendance: body.attendance,
          attendance_note: body.note.trim(),
          ical_sequence: current.icalSequence + (cancelChanged ? 1 : 0),
          updated_at: now,
        })
        .where("id", "=", appointmentId)
        .execute();
      return present((await q.findAppointment(trx, appointmentId)) as q.AppointmentRow, now);
    },
  );
}

export interface CalendarFile {
  filename: string;
  content: string;
}

export async function appointmentCalendar(deps: Deps, actor: Actor, appointmentId: string): Promise<CalendarFile> {
  const now = deps.clock.now();
  const trajectoryId = await trajectoryOf(deps.db, appointmentId);
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "read", entity: "appointment", entityId: appointmentId, what: "ics" },
    now,
    async (trx, access) => {
      const row = (await q.findAppointment(trx, appointmentId)) as q.AppointmentRow;
      assertVisible(row, access);
      const organizer = await q.companionOf(trx, trajectoryId);
      return {
        filename: `afspraak-${utcToLocal(row.startsAt.toISOString()).date}.ics`,
        content: appointmentIcs(row, organizer, now),
      };
    },
  );
}

export async function upcomingCalendar(deps: Deps, actor: Actor, trajectoryId: string): Promise<CalendarFile> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "read", entity: "appointment", entityId: trajectoryId, what: "ics_upcoming" },
    now,
    async (trx, access) => {
      const rows = (await q.appointmentsOf(trx, trajectoryId, visibleReferrals(access))).filter(
        (r) => r.endsAt > now && r.attendance !== "cancelled",
      );
      if (rows.length === 0) throw new HttpError(409, "appointment.none_upcoming");
      const organizer = await q.companionOf(trx, trajectoryId);
      return { filename: "afspraken.ics", content: appointmentsIcs(rows, organizer, now) };
    },
  );
}
