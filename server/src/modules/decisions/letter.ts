// The decision letter: a one-page PDF in Dutch (the call's language) and the plain-text mail it is attached to. It
// states the decision in words, the motivation, and until when and how to file a weerwoord (14 days after the
// decision was communicated, shown in Brussels time with date and hour, DESIGN §4 "Time").
//
// PDFKit (maintained, MIT, pure JavaScript) with one of the PDF standard fonts, so nothing is embedded and the page
// stays a few kilobytes. Content streams are left uncompressed: the text can be found in the bytes by anyone who
// must check what a letter said, and the tests read it back (pdf-text.ts).
import PDFDocument from "pdfkit";
import type { DecisionOutcome, OutboxAttachment } from "../../db/types.ts";
import { formatInstant } from "../../domain/belgian-format.ts";

export interface LetterFacts {
  candidacyId: string;
  region: string;
  callTitle: string;
  organisation: string;
  candidacyTitle: string;
  outcome: DecisionOutcome;
  motivation: string;
  /** When the decision was communicated (UTC). */
  publishedAt: Date;
  /** The exclusive end of the weerwoord window (UTC ISO). */
  weerwoordUntil: string;
  /** The app's public origin, for the link to the candidacy; null: only the path. */
  origin: string | null;
}

const outcomeWords: Record<DecisionOutcome, string> = {
  selected: "Uw kandidatuur is geselecteerd. Uw organisatie wordt partner in het lokaal partnerschap.",
  reserve:
    "Uw kandidatuur staat op de reservelijst. Als een geselecteerde partner afhaakt of als er een tekort blijkt, kan het partnerschap u alsnog vragen.",
  not_selected: "Uw kandidatuur is niet geselecteerd.",
};

/** Short words for the subject line and the screens. */
export const outcomeLabel: Record<DecisionOutcome, string> = {
  selected: "geselecteerd",
  reserve: "reserve",
  not_selected: "niet geselecteerd",
};

export function candidacyPath(candidacyId: string): string {
  return `/kandidaturen/${candidacyId}`;
}

/** What the letter and the mail say about the weerwoord: until when, where (a full link with BRUG_PUBLIC_URL), how. */
function weerwoordParts(facts: LetterFacts): { when: string; link: string; how: string } {
  return {
    when:
      `U kan een weerwoord indienen tot ${formatInstant(facts.weerwoordUntil, "nl")} via Brug, op de pagina van ` +
      "uw kandidatuur:",
    link: `${facts.origin ?? ""}${candidacyPath(facts.candidacyId)}`,
    how:
      "Schrijf daarin waarom u het niet eens bent met de beslissing. De coördinator behandelt uw weerwoord en " +
      "antwoordt u schriftelijk.",
  };
}

/** The sentence the letter and the mail share: until when and where to file a weerwoord. */
export function weerwoordSentence(facts: LetterFacts): string {
  const { when, link, how } = weerwoordParts(facts);
  return `${when} ${link}. ${how}`;
}

export function letterMail(facts: LetterFacts): { subject: string; body: string } {
  return {
    subject: `Beslissing over uw kandidatuur voor "${facts.callTitle}" (${facts.region}): ${outcomeLabel[facts.outcome]}`,
    body: [
      "Beste,",
      "",
      `In de bijlage vindt u de beslissing over de kandidatuur "${facts.candidacyTitle}" van ${facts.organisation} ` +
        `voor "${facts.callTitle}" (${facts.region}).`,
      "",
      outcomeWords[facts.outcome],
      "",
      weerwoordSentence(facts),
      "",
      "Met vriendelijke groeten,",
      "Brug — Lokale Partnerschappen",
    ].join("\n"),
  };
}

/** The letter as a PDF. Deterministic for the same facts (the creation date is the publication). */
export async function letterPdf(facts: LetterFacts): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 64,
    compress: false,
    lang: "nl-BE",
    info: {
      Title: `Beslissing kandidatuur — ${facts.callTitle}`,
      Author: `Lokaal partnerschap ${facts.region}`,
      Creator: "Brug",
      CreationDate: facts.publishedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  doc.font("Helvetica").fontSize(10).fillColor("#444444");
  doc.text(`Lokaal partnerschap ${facts.region}`);
  doc.text(formatInstant(facts.publishedAt.toISOString(), "nl"));
  doc.moveDown(2);
  doc.fillColor("#000000").font("Helvetica-Bold").fontSize(15).text("Beslissing over uw kandidatuur");
  doc.moveDown(0.5);
  doc.font("Helvetica").fontSize(11);
  doc.text(`Oproep: ${facts.callTitle}`);
  doc.text(`Organisatie: ${facts.organisation}`);
  doc.text(`Kandidatuur: ${facts.candidacyTitle}`);
  doc.moveDown();
  doc.font("Helvetica-Bold").text("Beslissing");
  doc.font("Helvetica").text(outcomeWords[facts.outcome]);
  if (facts.motivation.trim() !== "") {
    doc.moveDown();
    doc.font("Helvetica-Bold").text("Motivering");
    doc.font("Helvetica").text(facts.motivation.trim());
  }
  doc.moveDown();
  doc.font("Helvetica-Bold").text("Weerwoord");
  // The link on a line of its own, clickable, so that it is never broken at one of its hyphens.
  const weerwoord = weerwoordParts(facts);
  doc.font("Helvetica").text(weerwoord.when);
  doc.text(weerwoord.link, facts.origin ? { link: weerwoord.link } : {});
  doc.text(weerwoord.how);
  doc.moveDown();
  doc.text(
    "Deze beslissing is voorlopig zolang de termijn voor een weerwoord van een van de kandidaten loopt of een " +
      "weerwoord nog niet behandeld is.",
  );
  doc.moveDown(2);
  doc.text("Met vriendelijke groeten,");
  doc.text(`De coördinator van het lokaal partnerschap ${facts.region}`);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

export async function letterAttachment(facts: LetterFacts): Promise<OutboxAttachment> {
  const pdf = await letterPdf(facts);
  return { filename: "beslissing-kandidatuur.pdf", contentType: "application/pdf", base64: pdf.toString("base64") };
}
