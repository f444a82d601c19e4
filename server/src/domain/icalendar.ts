// A small iCalendar (RFC 5545) writer for invitations: one VCALENDAR with one VEVENT, method REQUEST. Pure.
//
// The rules it follows:
// - Lines end in CRLF (§3.1), and a line longer than 75 octets is folded: CRLF and one space, the space not counted
//   as content (§3.1). Octets, not characters: "é" is two octets in UTF-8 and is never split across a fold.
// - TEXT values escape backslash, semicolon and comma, and write a newline as "\n" (§3.3.11).
// - Times are UTC in the "Z" form (§3.3.5, form #2): a calendar then shows them in its own zone, and no VTIMEZONE
//   for Europe/Brussels is needed.
// - UID is stable per event, and SEQUENCE increases with each changed version sent (§3.8.7.4), so a calendar
//   replaces the earlier invitation instead of adding a second one.
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

/** The .ics text of a REQUEST for the event. */
export function calendarRequest(event: CalendarEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Brug//Lokale Partnerschappen//NL",
    "CALSCALE:GREGORIAN",
    "METHOD:REQUEST",
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
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(crlf) + crlf;
}

/** Unfolds and splits an .ics text into its content lines (for tests and readers). */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line !== "");
}
