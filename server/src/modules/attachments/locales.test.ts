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
  ...new Set(sources.flatMap((text) => [...text.matchAll(/"(attachment\.[a-z_.]+)"/g)].map((m) => m[1] as string))),
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
        "attachment.mail.type_not_accepted",
        "attachment.mail.too_large",
        "attachment.mail.too_many",
        "attachment.mail.empty",
        "attachment.mail.macros",
      ]),
    );
  });

  it.each(["nl", "en", "fr"] as const)("has a message for every code in %s, with its limits filled in", (locale) => {
    const unknown = translate(locale, "unknown");
    for (const code of codes) {
      const message = translate(locale, code, { max: 10, types: "PDF, DOCX", filename: "plan {{max}}.pdf" });
      expect(message, code).not.toBe(unknown);
      expect(message.replace("plan {{max}}.pdf", ""), code).not.toMatch(/\{\{/);
      // A refused file of an e-mail is named as it was sent (a name is never read as a placeholder).
      if (code.startsWith("attachment.mail.") && code !== "attachment.mail.too_many")
        expect(message, code).toContain("plan {{max}}.pdf");
    }
    expect(translate(locale, "attachment.too_large", { max: 10 })).toMatch(/10 M[Bo]/);
    expect(translate(locale, "attachment.type_not_accepted", { types: "PDF, DOCX" })).toContain("PDF, DOCX");
  });
});
