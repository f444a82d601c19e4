import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "../../platform/i18n.ts";

// Every message code the addenda module can send, found in its sources, must read well in all three languages.
const sources = [
  "service.ts",
  "validation.ts",
  "policy.ts",
  "routes.ts",
  "public.ts",
  "../../domain/milestones.ts",
].map((file) => readFileSync(path.join(import.meta.dirname, file), "utf8"));
// Audit action names look like message codes but are never shown.
const auditActions = new Set(["addendum.created", "addendum.draft_saved", "addendum.published"]);
const codes = [
  ...new Set(
    sources.flatMap((text) => [...text.matchAll(/"((?:addendum|when|field)\.[a-z_]+)"/g)].map((m) => m[1] as string)),
  ),
].filter((code) => !auditActions.has(code));

describe("addenda messages", () => {
  it("finds the codes it checks", () => {
    expect(codes).toEqual(
      expect.arrayContaining(["addendum.stale_version", "addendum.unknown_barrier", "when.invalid_date"]),
    );
  });

  it.each(["nl", "en", "fr"] as const)("has a message for every code in %s", (locale) => {
    const unknown = translate(locale, "unknown");
    for (const code of codes)
      expect(translate(locale, code, { code: "x", number: 1, latest: 2, limit: 1 }), code).not.toBe(unknown);
  });
});
