import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "../../platform/i18n.ts";

// Every message code the pitches module can send, found in its sources, must read well in all three languages.
const sources = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "testing.ts")
  .map((file) => readFileSync(path.join(import.meta.dirname, file), "utf8"));
// Audit actions, the outbox's message kind and the attachment's name look like message codes but are never shown.
const notMessages =
  /^pitch\.(slot_created|slot_changed|slot_deleted|slot_cancelled|invitations_sent|changes_sent|invitation|cancellation|ics)$/;
const codes = [
  ...new Set(sources.flatMap((text) => [...text.matchAll(/"(pitch\.[a-z_]+)"/g)].map((m) => m[1] as string))),
].filter((code) => !notMessages.test(code));

describe("pitch messages", () => {
  it("finds the codes it checks", () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        "pitch.not_planning_phase",
        "pitch.not_matching_day",
        "pitch.jury_clash",
        "pitch.room_clash",
        "pitch.cancelled",
        "pitch.cancel_instead",
        "pitch.reason_required",
      ]),
    );
  });

  it.each(["nl", "en", "fr"] as const)("has a message for every code in %s", (locale) => {
    const unknown = translate(locale, "unknown");
    for (const code of codes) {
      const message = translate(locale, code, {
        days: "d",
        number: 3,
        name: "n",
        organisation: "o",
        room: "r",
        time: "t",
      });
      expect(message, code).not.toBe(unknown);
      expect(message, code).not.toMatch(/\{\{/);
    }
  });
});
