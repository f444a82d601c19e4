import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "../../platform/i18n.ts";

// Every message code the call module can send, found in its sources, must read well in all three languages.
const sources = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "testing.ts")
  .map((file) => readFileSync(path.join(import.meta.dirname, file), "utf8"));
// Audit actions look like message codes but are never shown.
const notMessages = /^(call\.created|candidacy\.(created|draft_saved|submitted|submit_refused|receipt))$/;
const codes = [
  ...new Set(
    sources.flatMap((text) =>
      [...text.matchAll(/"((?:call|candidacy|registration)\.[a-z_]+)"/g)].map((m) => m[1] as string),
    ),
  ),
].filter((code) => !notMessages.test(code));

describe("call messages", () => {
  it("finds the codes it checks", () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        "call.deadline_passed",
        "call.not_open",
        "candidacy.draft_conflict",
        "candidacy.unknown_challenge",
        "registration.organisation_exists",
      ]),
    );
  });

  it.each(["nl", "en", "fr"] as const)("has a message for every code in %s", (locale) => {
    const unknown = translate(locale, "unknown");
    for (const code of codes) {
      const message = translate(locale, code, {
        deadline: "d",
        opens: "o",
        latest: 2,
        number: 1,
        code: "x",
        name: "n",
        at: "a",
      });
      expect(message, code).not.toBe(unknown);
      expect(message, code).not.toMatch(/\{\{/);
    }
  });
});
