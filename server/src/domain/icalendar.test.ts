import { describe, expect, it } from "vitest";
import {
  calendarCancel,
  calendarRequest,
  escapeText,
  foldLine,
  formatUtc,
  unfold,
  type CalendarEvent,
} from "./icalendar.ts";
import { localToUtc } from "./milestones.ts";

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: "pitch-1@brug",
  sequence: 0,
  stamp: new Date("2026-11-20T11:05:00Z"),
  start: new Date(localToUtc("2026-12-01", "09:00")),
  end: new Date(localToUtc("2026-12-01", "10:00")),
  summary: "Pitch: Voorstel 1",
  description: "Regel één\nRegel twee",
  location: "Stadhuis, zaal 2",
  url: null,
  organizer: { email: "coordinator@example.be", name: "Coördinator Maasland" },
  attendees: [{ email: "sara@example.be", name: "Sara Peeters" }],
  ...overrides,
});

const octets = (s: string) => Buffer.byteLength(s, "utf8");

describe("an iCalendar invitation", () => {
  it("escapes backslashes, semicolons, commas and newlines in text", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    const lines = unfold(calendarRequest(event()));
    expect(lines).toContain("LOCATION:Stadhuis\\, zaal 2");
    expect(lines).toContain("DESCRIPTION:Regel één\\nRegel twee");
  });

  it("ends every line with CRLF and has no bare LF", () => {
    const text = calendarRequest(event());
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.split("\r\n")[0]).toBe("BEGIN:VCALENDAR");
  });

  it("folds lines at 75 octets and unfolds to the same content", () => {
    const long = `DESCRIPTION:${"x".repeat(200)}`;
    const folded = foldLine(long);
    const physical = folded.split("\r\n");
    expect(physical.length).toBe(3);
    expect(physical.every((line) => octets(line) <= 75)).toBe(true);
    expect(physical.slice(1).every((line) => line.startsWith(" "))).toBe(true);
    expect(unfold(folded)).toEqual([long]);
  });

  it("never splits a multi-byte character such as é across a fold", () => {
    // 74 ASCII octets, then "é" (2 octets): it does not fit in the first 75 and moves whole to the next line.
    const line = `SUMMARY:${"a".repeat(66)}éééé`;
    const physical = foldLine(line).split("\r\n");
    expect(octets(physical[0]!)).toBe(74);
    expect(physical[1]).toBe(" éééé");
    for (const part of physical) expect(Buffer.from(part, "utf8").toString("utf8")).toBe(part);
    const text = calendarRequest(event({ description: "é".repeat(120) }));
    for (const part of text.split("\r\n")) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain("\uFFFD");
    }
    expect(unfold(text)).toContain(`DESCRIPTION:${"é".repeat(120)}`);
  });

  it("writes times in UTC, across a daylight-saving change in Brussels", () => {
    // 25 October 2026: the clocks go back at 03:00. 09:00 is +01:00 that day, +02:00 the day before.
    expect(formatUtc(new Date(localToUtc("2026-10-24", "09:00")))).toBe("20261024T070000Z");
    expect(formatUtc(new Date(localToUtc("2026-10-25", "09:00")))).toBe("20261025T080000Z");
    const lines = unfold(
      calendarRequest(
        event({
          start: new Date(localToUtc("2026-03-29", "09:00")),
          end: new Date(localToUtc("2026-03-29", "10:30")),
        }),
      ),
    );
    expect(lines).toContain("DTSTART:20260329T070000Z");
    expect(lines).toContain("DTEND:20260329T083000Z");
  });

  it("has a stable UID, the sequence, organizer and attendees, and a URL when online", () => {
    const lines = unfold(
      calendarRequest(event({ sequence: 2, location: null, url: "https://meet.example.be/pitch?x=1,2" })),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        "METHOD:REQUEST",
        "UID:pitch-1@brug",
        "SEQUENCE:2",
        "DTSTAMP:20261120T110500Z",
        "URL:https://meet.example.be/pitch?x=1,2",
        "ORGANIZER;CN=Coördinator Maasland:mailto:coordinator@example.be",
        "ATTENDEE;CN=Sara Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:sara@example.be",
      ]),
    );
    expect(lines.some((l) => l.startsWith("LOCATION"))).toBe(false);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });

  it("quotes a name with a comma and drops double quotes from it", () => {
    const lines = unfold(calendarRequest(event({ attendees: [{ email: "a@example.be", name: 'Peeters, "Sara"' }] })));
    expect(lines).toContain(
      'ATTENDEE;CN="Peeters, Sara";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:a@example.be',
    );
  });
});

// What a calendar needs to replace or remove the event it already holds instead of adding a second one: the same UID,
// a higher SEQUENCE, and a DTSTAMP of the moment the message was written (RFC 5545 §3.8.4.7, §3.8.7.2, §3.8.7.4;
// RFC 5546 §2.1.4, §3.2.2, §3.2.5).
const valueOf = (lines: string[], name: string) =>
  lines.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`)).map((l) => l.slice(l.indexOf(":") + 1));

describe("an update and a cancellation of an invitation", () => {
  const first = unfold(calendarRequest(event()));
  const moved = {
    sequence: 1,
    stamp: new Date("2026-11-21T09:30:00Z"),
    start: new Date(localToUtc("2026-12-03", "11:00")),
    end: new Date(localToUtc("2026-12-03", "12:00")),
  };

  it("updates with the same UID, a higher SEQUENCE, a later DTSTAMP and the new times, as a REQUEST", () => {
    const update = unfold(calendarRequest(event(moved)));
    expect(valueOf(update, "METHOD")).toEqual(["REQUEST"]);
    expect(valueOf(update, "UID")).toEqual(valueOf(first, "UID"));
    expect(Number(valueOf(update, "SEQUENCE")[0])).toBeGreaterThan(Number(valueOf(first, "SEQUENCE")[0]));
    expect(valueOf(update, "DTSTAMP")[0]! > valueOf(first, "DTSTAMP")[0]!).toBe(true);
    expect(valueOf(update, "DTSTART")).toEqual(["20261203T100000Z"]);
    expect(valueOf(update, "STATUS")).toEqual(["CONFIRMED"]);
    expect(update.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });

  it("cancels the whole event: METHOD:CANCEL, STATUS:CANCELLED, the original UID, organizer and attendee", () => {
    const cancel = unfold(
      calendarCancel(event({ ...moved, sequence: 2, description: "Reden: zaal onbeschikbaar" }), "event"),
    );
    expect(valueOf(cancel, "METHOD")).toEqual(["CANCEL"]);
    expect(valueOf(cancel, "STATUS")).toEqual(["CANCELLED"]);
    expect(valueOf(cancel, "UID")).toEqual(["pitch-1@brug"]);
    expect(valueOf(cancel, "SEQUENCE")).toEqual(["2"]);
    expect(valueOf(cancel, "DTSTAMP")).toEqual(["20261121T093000Z"]);
    expect(valueOf(cancel, "ORGANIZER")).toEqual(["mailto:coordinator@example.be"]);
    expect(valueOf(cancel, "ATTENDEE")).toEqual(["mailto:sara@example.be"]);
    expect(valueOf(cancel, "DESCRIPTION")).toEqual(["Reden: zaal onbeschikbaar"]);
  });

  it("takes one attendee out of an event that goes on without STATUS (RFC 5546 §3.2.5), naming that attendee", () => {
    const cancel = unfold(
      calendarCancel(event({ ...moved, attendees: [{ email: "jan@example.be", name: null }] }), "attendees"),
    );
    expect(valueOf(cancel, "METHOD")).toEqual(["CANCEL"]);
    expect(valueOf(cancel, "STATUS")).toEqual([]);
    expect(valueOf(cancel, "UID")).toEqual(["pitch-1@brug"]);
    expect(valueOf(cancel, "SEQUENCE")).toEqual(["1"]);
    expect(valueOf(cancel, "ATTENDEE")).toEqual(["mailto:jan@example.be"]);
  });

  it("refuses a SEQUENCE that is not a non-negative integer, an empty UID and a CANCEL for nobody", () => {
    expect(() => calendarRequest(event({ sequence: -1 }))).toThrow();
    expect(() => calendarRequest(event({ sequence: 1.5 }))).toThrow();
    expect(() => calendarRequest(event({ uid: " " }))).toThrow();
    expect(() => calendarRequest(event({ uid: "a\r\nMETHOD:CANCEL" }))).toThrow();
    expect(() => calendarCancel(event({ attendees: [] }), "event")).toThrow();
  });
});
