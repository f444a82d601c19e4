import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { referralStates } from "../../domain/referral-state.ts";
import { dataCategories } from "../../domain/trajectory-codes.ts";
import { translate } from "../../platform/i18n.ts";

// Every message code the referrals module can send, found in its sources, must read well in all three languages.
const sources = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "testing.ts")
  .map((file) => readFileSync(path.join(import.meta.dirname, file), "utf8"));
const raised = /(?:conflict\(|code: )"(referrals\.[a-z_]+)"/g;
const codes = [...new Set(sources.flatMap((text) => [...text.matchAll(raised)].map((m) => m[1] as string)))];

describe("referral messages", () => {
  it("finds the codes it checks", () => {
    expect(codes).toEqual(
      expect.arrayContaining(["referrals.consent_missing", "referrals.consent_categories_missing", "referrals.closed"]),
    );
  });

  it.each(["nl", "en", "fr"] as const)("has a message for every code, state and category in %s", (locale) => {
    const unknown = translate(locale, "unknown");
    const names = [
      ...codes,
      ...referralStates.map((s) => `referrals.state.${s}`),
      ...dataCategories.map((c) => `referrals.category.${c}`),
    ];
    for (const code of names) {
      const message = translate(locale, code, { organisation: "A", categories: "B", state: "accepted" });
      expect(message, code).not.toBe(unknown);
      expect(message, code).not.toMatch(/\{\{|\$t\(/);
    }
    expect(translate(locale, "referrals.step_not_possible", { state: "accepted" })).toContain(
      translate(locale, "referrals.state.accepted"),
    );
  });
});
