import { describe, expect, it } from "vitest";
import { brusselsToUtc, parseBelgianDate, parseBelgianTime } from "./dates.ts";

describe("a day and time typed the Belgian way", () => {
  it("reads day/month/year with slashes, dots or hyphens, and refuses days that do not exist", () => {
    expect(parseBelgianDate("1/6/2023")).toBe("2023-06-01");
    expect(parseBelgianDate("01.06.2023")).toBe("2023-06-01");
    expect(parseBelgianDate(" 1-6-2023 ")).toBe("2023-06-01");
    expect(parseBelgianDate("31/6/2023")).toBeNull();
    expect(parseBelgianDate("2023-06-01")).toBeNull();
  });

  it("reads 22.15, 22:15 and 22u15, and refuses 24.00", () => {
    expect(parseBelgianTime("22.15")).toBe("22:15");
    expect(parseBelgianTime("22:15")).toBe("22:15");
    expect(parseBelgianTime("9u05")).toBe("09:05");
    expect(parseBelgianTime("24.00")).toBeNull();
    expect(parseBelgianTime("2215")).toBeNull();
  });

  it("turns Brussels wall-clock time into UTC, in summer and in winter", () => {
    // Maasland's deadline, "1 juni 2023 om 23u59": summer time, UTC+2.
    expect(brusselsToUtc("1/6/2023", "23.59")).toBe("2023-06-01T21:59:00.000Z");
    expect(brusselsToUtc("15/1/2024", "9.00")).toBe("2024-01-15T08:00:00.000Z");
    expect(brusselsToUtc("1/6/2023", "")).toBeNull();
  });
});
