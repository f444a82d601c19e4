import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "../../platform/i18n.ts";

// Every message code the outreach module can send, found in its sources, must read well in all three languages.
const sources = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "testing.ts")
  .map((file) => readFileSync(path.join(import.meta.dirname, file), "utf8"));
// Every quoted code: raised errors and field errors alike.
const raised = /"(outreach\.[a-z_]+)"/g;
const codes = [...new Set(sources.flatMap((text) => [...text.matchAll(raised)].map((m) => m[1] as string)))];

describe("outreach messages", () => {
  it("finds the codes it checks", () => {
    expect(codes).toEqual(expect.arrayContaining(["outreach.person_or_known", "outreach.period_order"]));
  });

  it.each(["nl", "en", "fr"] as const)("has a message for every code in %s", (locale) => {
    const unknown = translate(locale, "unknown");
    for (const code of codes) {
      const message = translate(locale, code, { date: "x" });
      expect(message, code).not.toBe(unknown);
      expect(message, code).not.toMatch(/\{\{/);
    }
  });
});
