import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "../../platform/i18n.ts";

// Every message code the jury module can send, found in its sources, must read well in all three languages.
const sources = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "testing.ts")
  .map((file) => readFileSync(path.join(import.meta.dirname, file), "utf8"));
// Audit actions and outbox message kinds look like message codes but are never shown.
const notMessages =
  /^jury\.(assigned|unassigned|assignment|conflict_declared|conflict_cleared|review_saved|review_submitted|consensus_recorded)$/;
const codes = [
  ...new Set(sources.flatMap((text) => [...text.matchAll(/"(jury\.[a-z_]+)"/g)].map((m) => m[1] as string))),
].filter((code) => !notMessages.test(code));

describe("jury messages", () => {
  it("finds the codes it checks", () => {
    expect(codes).toEqual(
      expect.arrayContaining(["jury.declare_first", "jury.not_scoring_phase", "jury.criteria_locked", "jury.progress"]),
    );
  });

  it.each(["nl", "en", "fr"] as const)("has a message for every code in %s", (locale) => {
    const unknown = translate(locale, "unknown");
    for (const code of codes) {
      const message = translate(locale, code, { done: 1, expected: 2, max: 5, limit: 5, deadline: "d" });
      expect(message, code).not.toBe(unknown);
      expect(message, code).not.toMatch(/\{\{/);
    }
  });
});
