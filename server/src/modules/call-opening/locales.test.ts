import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "../../platform/i18n.ts";

// Every message code this module can send, found in its sources (and the refusals the domain names), must read well
// in all three languages.
const sources = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .map((file) => readFileSync(path.join(import.meta.dirname, file), "utf8"));
const refusals = ["started_milestone", "moved_into_past", "deadline_earlier"].map((r) => `call_opening.${r}`);
const codes = [
  ...new Set(sources.flatMap((text) => [...text.matchAll(/"(call_opening\.[a-z_]+)"/g)].map((m) => m[1] as string))),
  ...refusals,
];

describe("call opening messages", () => {
  it("finds the codes it checks", () => {
    expect(codes).toEqual(expect.arrayContaining(["call_opening.deadline_passed", "call_opening.refused"]));
  });

  it.each(["nl", "en", "fr"] as const)("has a message for every code in %s", (locale) => {
    const unknown = translate(locale, "unknown");
    for (const code of codes) {
      const message = translate(locale, code, { deadline: "d", title: "t", latest: 2 });
      expect(message, code).not.toBe(unknown);
      expect(message, code).not.toMatch(/\{\{/);
    }
  });
});
