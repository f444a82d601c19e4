import { describe, expect, it } from "vitest";
import { receiptBase, receiptCode, receiptMail, receiptPrefix, regionLetters } from "./receipt.ts";

describe("receipt codes", () => {
  it("gives each seed region three letters of its own", () => {
    const letters = ["maasland", "baldemore", "zuid-oost-hageland", "vlaamse-ardennen", "klein-brabant-vaartland"].map(
      regionLetters,
    );
    expect(letters).toEqual(["MAA", "BAL", "ZOH", "VAR", "KBV"]);
  });

  it("uses the year in Brussels: a candidacy received on New Year's Eve at 23.30 belongs to that year", () => {
    expect(receiptPrefix("maasland", new Date("2026-12-31T22:30:00Z"))).toBe("MAA-2026");
    expect(receiptPrefix("maasland", new Date("2026-12-31T23:30:00Z"))).toBe("MAA-2027");
  });

  it("numbers the candidacy in four digits and the revision after it; later revisions keep the base", () => {
    const code = receiptCode("MAA-2023", 7, 1);
    expect(code).toBe("MAA-2023-0007-1");
    expect(`${receiptBase(code)}-2`).toBe("MAA-2023-0007-2");
  });
});

describe("the receipt mail", () => {
  const facts = {
    recipientName: "Sara Peeters",
    organisation: "Vzw Het Anker",
    title: "Brugfiguren",
    callTitle: "Oproep Lokale Partnerschappen 2023",
    region: "Maasland",
    receivedAt: new Date("2023-06-01T21:59:00Z"),
    receivedVia: "portal" as const,
    code: "MAA-2023-0007-1",
    revision: 1,
    deadline: "2023-06-01T21:59:00.000Z",
    attachments: [] as { filename: string; size: number; sha256: string }[],
  };

  it("says what was received, when in Belgian time, the reference and until when it can be amended, in Dutch", () => {
    const mail = receiptMail(facts, "nl");
    expect(mail.subject).toBe("Ontvangstbevestiging kandidatuur MAA-2023-0007-1");
    expect(mail.body).toContain('kandidatuur "Brugfiguren" van Vzw Het Anker');
    expect(mail.body).toContain("op donderdag 1 juni 2023 om 23.59 uur");
    expect(mail.body).toContain("Referentie: MAA-2023-0007-1");
    expect(mail.body).toContain("opnieuw indienen tot donderdag 1 juni 2023 om 23.59 uur");
  });

  it("lists each attachment with its size and SHA-256, so the applicant can prove what was sent", () => {
    const sha256 = "ab".repeat(32);
    const withFiles = { ...facts, attachments: [{ filename: "Begroting 2024.pdf", size: 1_234_567, sha256 }] };
    expect(receiptMail(withFiles, "nl").body).toContain(
      `Bijlagen (1):\n- Begroting 2024.pdf (1,2 MB)\n  SHA-256: ${sha256}`,
    );
    expect(receiptMail(withFiles, "en").body).toContain("Attachments (1):\n- Begroting 2024.pdf (1,2 MB)");
    expect(receiptMail(withFiles, "fr").body).toContain("Pièces jointes (1) :");
    expect(receiptMail(facts, "nl").body).toContain("Bijlagen: geen");
  });

  it("reads in English and French too", () => {
    expect(receiptMail(facts, "en").body).toContain("on Thursday 1 June 2023 at 23:59");
    expect(receiptMail(facts, "fr").body).toContain("le jeudi 1er juin 2023 à 23 h 59");
  });

  it("links to the candidacy in Brug with the full public address", () => {
    const link = "https://brug.example.be/kandidaturen/0b9f5a4e-2c1d-4f00-9a55-3c1f0e7d2a11";
    expect(receiptMail({ ...facts, link }, "nl").body).toContain(`Uw kandidatuur in Brug: ${link}`);
    expect(receiptMail({ ...facts, link }, "en").body).toContain(`Your candidacy in Brug: ${link}`);
    expect(receiptMail({ ...facts, link }, "fr").body).toContain(`Votre candidature dans Brug : ${link}`);
  });
});
