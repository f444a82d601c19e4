import { describe, expect, it } from "vitest";
import { calendarRequest, escapeText, foldLine, formatUtc, unfold, type CalendarEvent } from "./icalendar.ts";
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
