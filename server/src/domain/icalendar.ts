// A small iCalendar (RFC 5545) writer for invitations, their updates and cancellations: one VCALENDAR with one
// VEVENT, method REQUEST or CANCEL (iTIP, RFC 5546). Pure.
//
// The rules it follows:
// - Lines end in CRLF (§3.1), and a line longer than 75 octets is folded: CRLF and one space, the space not counted
//   as content (§3.1). Octets, not characters: "é" is two octets in UTF-8 and is never split across a fold.
// - TEXT values escape backslash, semicolon and comma, and write a newline as "\n" (§3.3.11).
// - Times are UTC in the "Z" form (§3.3.5, form #2): a calendar then shows them in its own zone, and no VTIMEZONE
//   for Europe/Brussels is needed.
// - UID is stable per event, and SEQUENCE increases with each changed version sent (§3.8.7.4), so a calendar
//   replaces the earlier invitation instead of adding a second one. A calendar orders the versions of one UID by
//   SEQUENCE, then by DTSTAMP (RFC 5546 §2.1.4): DTSTAMP is the moment this message was written (§3.8.7.2, with a
//   METHOD), so a resend of the same version still reads as the newer one.
// - An update is a REQUEST with the same UID and a higher SEQUENCE (RFC 5546 §3.2.2). A cancellation is a CANCEL with
//   the UID of the original REQUEST, ORGANIZER, the ATTENDEE(s) it concerns and a SEQUENCE incremented (§3.2.5).
//   STATUS:CANCELLED when the whole event is cancelled; when only some attendees are taken out of an event that
//   goes on, §3.2.5 says STATUS MUST NOT be included.
// - The charset is UTF-8, the default of text/calendar (§3.1.4).

export interface CalendarPerson {
  email: string;
  name: string | null;
}

export interface CalendarEvent {
  uid: string;
  sequence: number;
  /** When this version of the invitation was written. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  organizer: CalendarPerson;
  attendees: readonly CalendarPerson[];
}

const crlf = "\r\n";
const maxOctets = 75;

/** A UTC instant as an iCalendar DATE-TIME: 20261201T080000Z. */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** Escapes a TEXT value: backslash, semicolon, comma, and newlines as "\n". */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

// A parameter value may not hold a double quote at all (§3.2); one with ":", ";" or "," is quoted.
function paramValue(value: string): string {
  const clean = value.replace(/["\r\n]/g, "");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** Folds one content line at 75 octets, never inside a UTF-8 character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // The first line holds 75 octets; each continuation line holds 74 after its leading space.
    const limit = out.length === 0 ? maxOctets : maxOctets - 1;
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${crlf} `);
}

function person(property: "ORGANIZER" | "ATTENDEE", who: CalendarPerson, extra: string[] = []): string {
  const params = [...(who.name ? [`CN=${paramValue(who.name)}`] : []), ...extra];
  return `${[property, ...params].join(";")}:mailto:${who.email}`;
}

/** The whole event is called off, or only these attendees are taken out of an event that goes on. */
export type CancelScope = "event" | "attendees";

function calendarMessage(method: "REQUEST" | "CANCEL", event: CalendarEvent, status: string | null): string {
  if (!Number.isInteger(event.sequence) || event.sequence < 0) throw new Error("SEQUENCE is a non-negative integer");
  if (event.uid.trim() === "" || /[\r\n]/.test(event.uid)) throw new Error("UID is one non-empty line");
  if (method === "CANCEL" && event.attendees.length === 0) throw new Error("a CANCEL names the attendees it concerns");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Brug//Lokale Partnerschappen//NL",
    "CALSCALE:GREGORIAN",
    `METHOD:${method}`,
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location !== null ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url !== null ? [`URL:${event.url}`] : []),
    `DESCRIPTION:${escapeText(event.description)}`,
    person("ORGANIZER", event.organizer),
    ...event.attendees.map((a) => person("ATTENDEE", a, ["ROLE=REQ-PARTICIPANT", "PARTSTAT=NEEDS-ACTION"])),
    ...(status !== null ? [`STATUS:${status}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(crlf) + crlf;
}

/** The .ics text of a REQUEST for the event: the first invitation, or an update with a higher SEQUENCE. */
export function calendarRequest(event: CalendarEvent): string {
  return calendarMessage("REQUEST", event, "CONFIRMED");
}

/**
 * The .ics text of a CANCEL for the event, to its attendees. Give the SEQUENCE after the last one sent: a
 * cancellation is a new version of the event (RFC 5546 §3.2.5).
 */
export function calendarCancel(event: CalendarEvent, scope: CancelScope): string {
  return calendarMessage("CANCEL", event, scope === "event" ? "CANCELLED" : null);
}

/** Unfolds and splits an .ics text into its content lines (for tests and readers). */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line !== "");
}
