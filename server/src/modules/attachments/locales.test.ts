import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate } from "../../platform/i18n.ts";

// Every message code the attachments module can send, found in its sources, must read well in all three languages.
const sources = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "testing.ts")
  .map((file) => readFileSync(path.join(import.meta.dirname, file), "utf8"));
// Audit actions look like message codes but are never shown.
const notMessages = /^attachment\.(uploaded|removed)$/;
const codes = [
  ...new Set(sources.flatMap((text) => [...text.matchAll(/"(attachment\.[a-z_]+)"/g)].map((m) => m[1] as string))),
].filter((code) => !notMessages.test(code));

describe("attachment messages", () => {
  it("finds the codes it checks", () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        "attachment.type_not_accepted",
        "attachment.too_large",
        "attachment.too_many",
        "attachment.empty",
        "attachment.macros",
        "attachment.file_required",
      ]),
    );
  });

  it.each(["nl", "en", "fr"] as const)("has a message for every code in %s, with its limits filled in", (locale) => {
    const unknown = translate(locale, "unknown");
    for (const code of codes) {
      const message = translate(locale, code, { max: 10, types: "PDF, DOCX" });
      expect(message, code).not.toBe(unknown);
      expect(message, code).not.toMatch(/\{\{/);
    }
    expect(translate(locale, "attachment.too_large", { max: 10 })).toMatch(/10 M[Bo]/);
    expect(translate(locale, "attachment.type_not_accepted", { types: "PDF, DOCX" })).toContain("PDF, DOCX");
  });
});
