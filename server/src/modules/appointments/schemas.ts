// Request and response schemas of a trajectory's appointments (issue 4, item 9). The web client imports the exported
// types: change them only together with the client.
//
// Rules (service.ts): an appointment has a neutral title, a Brussels local date with a start and end time (stored in
// UTC; the end after the start), a place and/or an online link (https), and attendance planned / present / absent /
// cancelled with a note. Present and absent can be recorded once the appointment has begun. Its iCalendar export
// (ics.ts) carries the title, the time, the place and the link only — never a note or anything about the client —
// with a UID that never changes and a SEQUENCE that goes up with every change of title, time, place, link or
// cancellation, so a calendar replaces the earlier version. A cancelled appointment exports as a cancellation.
// A partner worker sees only the appointments tied to their own open referral (a warm hand-over); the companion and
// the case director see and change all of them.
//
// Routes (policy in brackets; a trajectory or appointment outside the actor's reach answers 404 and changes nothing):
//   GET  /api/trajectories/:trajectoryId/appointments      [client:read] → AppointmentList (with attendance counts)
//   GET  /api/trajectories/:trajectoryId/appointments/ics  [client:read] → text/calendar: every upcoming appointment
//   POST /api/trajectories/:trajectoryId/appointments      [client:work] AppointmentBody → 201 AppointmentView
//   PUT  /api/appointments/:appointmentId                  [client:work] AppointmentBody → AppointmentView
//   PUT  /api/appointments/:appointmentId/attendance       [client:work] AttendanceBody → AppointmentView
//   GET  /api/appointments/:appointmentId/ics              [client:read] → text/calendar: this appointment
import { Type, type Static } from "typebox";
import { appointmentAttendance } from "../../domain/trajectory-codes.ts";

const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const LocalDate = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Local date in Europe/Brussels" });
const LocalTime = Type.String({ pattern: "^([01]\\d|2[0-3]):[0-5]\\d$", description: "Local time HH:MM (Brussels)" });
const Attendance = Type.Enum(appointmentAttendance);

export const TrajectoryIdParams = Type.Object({ trajectoryId: Uuid });
export const AppointmentIdParams = Type.Object({ appointmentId: Uuid });

export const AppointmentBody = Type.Object(
  {
    /** Neutral: it goes into calendars ("Gesprek", not what it is about). */
    title: Type.String({ minLength: 1, maxLength: 200 }),
    date: LocalDate,
    from: LocalTime,
    to: LocalTime,
    place: Type.String({ maxLength: 300 }),
    /** An https link to an online meeting, or empty. */
    onlineUrl: Type.String({ pattern: "^(https://\\S+)?$", maxLength: 500 }),
    /** The referral this appointment hands over (the first appointment at the partner, together); null otherwise. */
    referralId: Nullable(Uuid),
  },
  { additionalProperties: false },
);
export type AppointmentBody = Static<typeof AppointmentBody>;

export const AttendanceBody = Type.Object(
  {
    attendance: Attendance,
    note: Type.String({ maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type AttendanceBody = Static<typeof AttendanceBody>;

export const AppointmentView = Type.Object({
  id: Uuid,
  trajectoryId: Uuid,
  referralId: Nullable(Uuid),
  title: Type.String(),
  startsAt: IsoInstant,
  endsAt: IsoInstant,
  /** The same moments in Brussels local time. */
  date: LocalDate,
  from: LocalTime,
  to: LocalTime,
  place: Type.String(),
  onlineUrl: Type.String(),
  attendance: Attendance,
  attendanceNote: Type.String(),
  /** The iCalendar SEQUENCE of the current version. */
  sequence: Type.Integer(),
  /** It has not ended yet. */
  upcoming: Type.Boolean(),
  /** It has begun: present or absent can be recorded. */
  started: Type.Boolean(),
});
export type AppointmentView = Static<typeof AppointmentView>;

export const AppointmentList = Type.Object({
  trajectoryId: Uuid,
  canWrite: Type.Boolean(),
  /** Not ended yet, soonest first. */
  upcoming: Type.Array(AppointmentView),
  /** Ended, most recent first. */
  past: Type.Array(AppointmentView),
  /** Of every appointment the reader sees. */
  counts: Type.Object({
    planned: Type.Integer(),
    present: Type.Integer(),
    absent: Type.Integer(),
    cancelled: Type.Integer(),
  }),
  /** The open referrals an appointment can hand over to (staff only). */
  referrals: Type.Array(Type.Object({ id: Uuid, organisation: Type.String(), offer: Type.String() })),
});
export type AppointmentList = Static<typeof AppointmentList>;
