// The decision letter: a one-page PDF whose text says the decision, the motivation and until when (in Brussels
// time) and where to file a weerwoord.
import { describe, expect, it } from "vitest";
import { letterMail, letterPdf } from "./letter.ts";
import { pdfText } from "./testing.ts";
import { isProvisional, weerwoordOpen, weerwoordUntil } from "./window.ts";

const facts = {
  candidacyId: "0b9f5a4e-2c1d-4f00-9a55-3c1f0e7d2a11",
  region: "Maasland",
  callTitle: "Oproep lokale partnerschappen 2023",
  organisation: "Vzw Maasbrug (fictief)",
  candidacyTitle: "Brugfiguren Maasland",
  outcome: "not_selected" as const,
  motivation: "Het voorstel overlapt volledig met een geselecteerd voorstel in dezelfde gemeenten.",
  publishedAt: new Date("2026-10-20T10:00:00Z"),
  weerwoordUntil: "2026-11-03T11:00:00Z",
  origin: null,
};

describe("the decision letter", () => {
  it("is a PDF that states the decision, the motivation and the weerwoord deadline in Belgian time", async () => {
    const pdf = await letterPdf(facts);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Beslissing over uw kandidatuur");
    expect(text).toContain("Maasland");
    expect(text).toContain("Oproep lokale partnerschappen 2023");
    expect(text).toContain("Vzw Maasbrug (fictief)");
    expect(text).toContain("Uw kandidatuur is niet geselecteerd.");
    expect(text).toContain(facts.motivation);
    expect(text).toContain("U kan een weerwoord indienen tot dinsdag 3 november 2026 om 12.00 uur");
    expect(text).toContain(`/kandidaturen/${facts.candidacyId}`);
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it("links to the candidacy's page with the full public address, in the PDF and in the mail", async () => {
    const linked = { ...facts, origin: "https://brug.example.be" };
    const link = `https://brug.example.be/kandidaturen/${facts.candidacyId}`;
    expect(pdfText(await letterPdf(linked))).toContain(link);
    expect(letterMail(linked).body).toContain(link);
  });

  it("comes with a short mail that names the outcome and the deadline", () => {
    const mail = letterMail({ ...facts, outcome: "reserve", motivation: "" });
    expect(mail.subject).toContain("reserve");
    expect(mail.body).toContain("reservelijst");
    expect(mail.body).toContain("tot dinsdag 3 november 2026 om 12.00 uur");
  });
});

describe("the weerwoord window", () => {
  it("ends 14 days later at the same Brussels time: 337 hours across the October change", () => {
    const until = weerwoordUntil(new Date("2026-10-20T10:00:00Z"));
    expect(until).toBe("2026-11-03T11:00:00.000Z");
    expect((Date.parse(until) - Date.parse("2026-10-20T10:00:00Z")) / 3_600_000).toBe(337);
    expect(weerwoordOpen(new Date("2026-10-20T10:00:00Z"), new Date("2026-11-03T10:59:59Z"))).toBe(true);
    expect(weerwoordOpen(new Date("2026-10-20T10:00:00Z"), new Date("2026-11-03T11:00:00Z"))).toBe(false);
  });

  it("keeps decisions provisional while a window is open, a weerwoord is unhandled or a decision is reopened", () => {
    const published = { publishedAt: new Date("2026-10-20T10:00:00Z"), reopenedAt: null };
    const during = new Date("2026-10-25T10:00:00Z");
    const after = new Date("2026-11-04T10:00:00Z");
    expect(isProvisional([published], false, during)).toBe(true);
    expect(isProvisional([published], false, after)).toBe(false);
    expect(isProvisional([published], true, after)).toBe(true);
    expect(isProvisional([{ ...published, reopenedAt: after }], false, after)).toBe(true);
    expect(isProvisional([], false, after)).toBe(true);
  });
});
