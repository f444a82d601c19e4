import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogs, translate } from "../../platform/i18n.ts";

// Every message the consents module can send, and every word of the client's summary, must read well in all three
// languages: the summary is printed for the client in the language they read.
const sources = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "testing.ts")
  .map((file) => readFileSync(path.join(import.meta.dirname, file), "utf8"));
const raised = /(?:conflict\(|code: )"((?:consents|case_conferences)\.[a-z_]+)"/g;
const codes = [...new Set(sources.flatMap((text) => [...text.matchAll(raised)].map((m) => m[1] as string)))];

type Catalog = { [key: string]: string | Catalog };
function keys(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}
const own = (locale: "nl" | "en" | "fr") =>
  keys({
    consents: catalogs[locale].consents as Catalog,
    case_conferences: catalogs[locale].case_conferences as Catalog,
  });

describe("consent messages", () => {
  it("finds the codes it checks", () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        "consents.already_revoked",
        "consents.last_day_too_late",
        "case_conferences.consent_required",
      ]),
    );
  });

  it.each(["nl", "en", "fr"] as const)("has every message and every word of the summary in %s", (locale) => {
    const unknown = translate(locale, "unknown");
    const params = { at: "x", day: "x", max: "x", years: 3, name: "x", organisation: "x", region: "x", date: "x" };
    for (const code of codes) {
      const message = translate(locale, code, params);
      expect(message, code).not.toBe(unknown);
      expect(message, code).not.toMatch(/\{\{/);
    }
    expect(own(locale).sort()).toEqual(own("nl").sort());
  });
});
