import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { enterpriseNumberCheck, formatEnterpriseNumber, parseEnterpriseNumber } from "./enterprise-number.ts";

// Real numbers from the KBO/BCE public search; each passes the mod-97 check.
const vdab = "0887010362"; // VDAB
const fodEconomie = "0314595348"; // FOD Economie, K.M.O., Middenstand en Energie
const proximus = "0202239951"; // Proximus
const abInbev = "0417497106"; // AB InBev: check digits "06", so the leading zero of the check matters

describe("parseEnterpriseNumber", () => {
  it.each([
    "0887.010.362",
    "0887010362",
    "0887 010 362",
    "BE0887010362",
    "BE 0887.010.362",
    "be0887.010.362",
    "  0887.010.362  ",
    "0887-010-362",
    "887010362",
    "887.010.362",
  ])("reads %j as VDAB", (input) => {
    expect(parseEnterpriseNumber(input)).toEqual({ ok: true, value: vdab, formatted: "0887.010.362" });
  });

  it("accepts other real numbers", () => {
    expect(parseEnterpriseNumber(fodEconomie)).toMatchObject({ ok: true, formatted: "0314.595.348" });
    expect(parseEnterpriseNumber(proximus)).toMatchObject({ ok: true, formatted: "0202.239.951" });
    expect(parseEnterpriseNumber("BE0417.497.106")).toMatchObject({ ok: true, value: abInbev });
  });

  it("accepts numbers starting with 1 (issued since the 0-range ran out)", () => {
    const value = `10000000${enterpriseNumberCheck("10000000")}`;
    expect(parseEnterpriseNumber(value)).toMatchObject({ ok: true, formatted: `1000.000.${value.slice(7)}` });
  });

  it.each([
    "",
    "   ",
    "abc",
    "0887.010.36",
    "08870103620",
    "2887010362",
    "9887010362",
    "0887.010.36x",
    "BE",
    "NL0887010362",
    "0887,010,362",
  ])("refuses %j as not shaped like an enterprise number", (input) => {
    expect(parseEnterpriseNumber(input)).toEqual({ ok: false, code: "enterprise_number.format" });
  });

  it("refuses a typo that breaks the check", () => {
    expect(parseEnterpriseNumber("0887.010.363")).toEqual({ ok: false, code: "enterprise_number.checksum" });
    expect(parseEnterpriseNumber("0887.100.362")).toEqual({ ok: false, code: "enterprise_number.checksum" });
    expect(parseEnterpriseNumber("0123.456.789")).toEqual({ ok: false, code: "enterprise_number.checksum" });
  });

  it("uses 97 as the check when the first eight digits are a multiple of 97", () => {
    expect(enterpriseNumberCheck("00000097")).toBe("97");
    expect(parseEnterpriseNumber("0000.000.000")).toEqual({ ok: false, code: "enterprise_number.checksum" });
  });

  const firstEight = fc.tuple(fc.constantFrom("0", "1"), fc.stringMatching(/^\d{7}$/)).map(([a, b]) => a + b);

  it("accepts every number built with a correct check, in every spelling (property)", () => {
    fc.assert(
      fc.property(firstEight, fc.constantFrom("plain", "dots", "spaces", "be"), (digits, style) => {
        const value = digits + enterpriseNumberCheck(digits);
        const formatted = `${value.slice(0, 4)}.${value.slice(4, 7)}.${value.slice(7)}`;
        const input = { plain: value, dots: formatted, spaces: formatted.replaceAll(".", " "), be: `BE${value}` }[
          style
        ];
        expect(parseEnterpriseNumber(input)).toEqual({ ok: true, value, formatted });
      }),
    );
  });

  it("refuses any single-digit change to a valid number (property)", () => {
    fc.assert(
      fc.property(
        firstEight,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (digits, position, delta) => {
          const value = digits + enterpriseNumberCheck(digits);
          const changed = (Number(value[position]) + delta) % 10;
          const typo = value.slice(0, position) + String(changed) + value.slice(position + 1);
          const result = parseEnterpriseNumber(typo);
          expect(result.ok).toBe(false);
          // A first digit other than 0 or 1 is a shape error; any other change breaks the check.
          if (position === 0 && changed > 1) expect(result).toEqual({ ok: false, code: "enterprise_number.format" });
          else expect(result).toEqual({ ok: false, code: "enterprise_number.checksum" });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("formatEnterpriseNumber", () => {
  it("writes the dotted form whatever the spelling", () => {
    expect(formatEnterpriseNumber("BE0887010362")).toBe("0887.010.362");
    expect(formatEnterpriseNumber("887010362")).toBe("0887.010.362");
  });

  it("returns input it cannot read as typed, so nothing is hidden", () => {
    expect(formatEnterpriseNumber(" 0887.010.363 ")).toBe("0887.010.363");
    expect(formatEnterpriseNumber("onbekend")).toBe("onbekend");
  });

  it("refuses to compute a check over anything but eight digits", () => {
    expect(() => enterpriseNumberCheck("0887010")).toThrow(RangeError);
  });
});
