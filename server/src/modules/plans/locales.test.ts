import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "../../platform/i18n.ts";

// Every message code the plan, appointments and notes modules can send, found in their sources, must read well in
// all three languages.
const folders = ["plans", "appointments", "notes"].map((m) => path.join(import.meta.dirname, "..", m));
const sources = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "testing.ts")
    .map((file) => readFileSync(path.join(folder, file), "utf8")),
);
const codes = [
  ...new Set(
    sources.flatMap((text) => [...text.matchAll(/"((?:plan|appointment|note)\.[a-z_]+)"/g)].map((m) => m[1] as string)),
  ),
];

describe("plan, appointment and note messages", () => {
  it("finds the codes it checks", () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        "plan.unknown_partner",
        "plan.invalid_date",
        "appointment.end_before_start",
        "appointment.not_started",
        "appointment.none_upcoming",
        "note.category_below_domain",
      ]),
    );
  });

  it.each(["nl", "en", "fr"] as const)("has a message for every code in %s", (locale) => {
    const unknown = translate(locale, "unknown");
    for (const code of codes) {
      const message = translate(locale, code);
      expect(message, code).not.toBe(unknown);
      expect(message, code).not.toMatch(/\{\{/);
    }
  });
});
