// The iCalendar export of appointments, written with domain/icalendar.ts. What goes in is what a calendar app shows
// to anyone who glances at a phone: the neutral title, the time, the place and the link. No note, no attendance note,
// no client name, no life domain: special-category data never leaves Brug this way (DESIGN §4).
import { calendarCancel, calendarRequest, type CalendarEvent, type CalendarPerson } from "../../domain/icalendar.ts";
import type { AppointmentRow } from "./queries.ts";

function eventOf(appointment: AppointmentRow, organizer: CalendarPerson, stamp: Date): CalendarEvent {
  return {
    uid: appointment.icalUid,
    sequence: appointment.icalSequence,
    stamp,
    start: appointment.startsAt,
    end: appointment.endsAt,
    summary: appointment.title,
    description: "",
    location: appointment.place === "" ? null : appointment.place,
    url: appointment.onlineUrl === "" ? null : appointment.onlineUrl,
    organizer,
    attendees: [],
  };
}

/** One appointment: a REQUEST, or a CANCEL (STATUS:CANCELLED) once it was cancelled. */
export function appointmentIcs(appointment: AppointmentRow, organizer: CalendarPerson, stamp: Date): string {
  const event = eventOf(appointment, organizer, stamp);
  // A CANCEL names the attendees it concerns: the one whose calendar this file goes into is the organizer's.
  return appointment.attendance === "cancelled"
    ? calendarCancel({ ...event, attendees: [organizer] }, "event")
    : calendarRequest(event);
}

const crlf = "\r\n";

/**
 * Several appointments in one calendar: the VEVENTs of each one's REQUEST under one VCALENDAR (RFC 5545 allows any
 * number of components; folded lines stay within their event because they are split on CRLF before unfolding).
 */
export function appointmentsIcs(appointments: AppointmentRow[], organizer: CalendarPerson, stamp: Date): string {
  if (appointments.length === 0) throw new Error("a calendar holds at least one event");
  const texts = appointments.map((a) => calendarRequest(eventOf(a, organizer, stamp)).split(crlf));
  const first = texts[0] as string[];
  const header = first.slice(0, first.indexOf("BEGIN:VEVENT"));
  const events = texts.flatMap((lines) => lines.slice(lines.indexOf("BEGIN:VEVENT"), lines.indexOf("END:VEVENT") + 1));
  return [...header, ...events, "END:VCALENDAR"].join(crlf) + crlf;
}
