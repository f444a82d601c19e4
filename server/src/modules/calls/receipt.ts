// The receipt of a submitted candidacy: its reference code and the mail that proves what was received and when.
// "Nothing a user submitted is ever lost silently" (DESIGN §4): the receipt says exactly which version counts.
import type { Locale, ReceivedVia } from "../../db/types.ts";
import { formatInstant } from "../../domain/belgian-format.ts";
import { utcToLocal } from "../../domain/milestones.ts";
import { formatSize } from "../attachments/files.ts";

/**
 * Three letters for a region, from its slug: the first three letters of a one-word name ("maasland" → "MAA"), the
 * initials of a longer one ("zuid-oost-hageland" → "ZOH"), and for two words the first letter and the first two of
 * the second ("vlaamse-ardennen" → "VAR").
 */
export function regionLetters(slug: string): string {
  const words = slug
    .normalize("NFD")
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter((w) => w !== "");
  const [first = "", second = "", third = ""] = words;
  const letters =
    words.length >= 3
      ? first[0]! + second[0]! + third[0]!
      : words.length === 2
        ? first[0]! + second.slice(0, 2)
        : first;
  return letters.slice(0, 3).padEnd(3, "X");
}

/** "MAA-2023": the region's letters and the year (Brussels) in which the candidacy was first received. */
export function receiptPrefix(regionSlug: string, receivedAt: Date): string {
  return `${regionLetters(regionSlug)}-${utcToLocal(receivedAt.toISOString()).date.slice(0, 4)}`;
}

/** "MAA-2023-0007-2": prefix, the candidacy's sequence number under that prefix, the revision number. */
export function receiptCode(prefix: string, sequence: number, revision: number): string {
  return `${prefix}-${String(sequence).padStart(4, "0")}-${revision}`;
}

/** The prefix and sequence of an earlier receipt, which later revisions of the same candidacy keep. */
export function receiptBase(code: string): string {
  return code.split("-").slice(0, 3).join("-");
}

export interface ReceiptFacts {
  recipientName: string | null;
  organisation: string;
  title: string;
  callTitle: string;
  region: string;
  receivedAt: Date;
  receivedVia: ReceivedVia;
  code: string;
  revision: number;
  /** The last accepted moment (UTC ISO), or null while the call has no deadline. */
  deadline: string | null;
  /** What the revision had: with size and SHA-256, the applicant can prove which files were sent. */
  attachments: { filename: string; size: number; sha256: string }[];
  /** The candidacy's page in Brug, a full address (BRUG_PUBLIC_URL); absent: no link. */
  link?: string | null;
}

/** The attachment lines of a receipt: a heading, then each file with its size and its SHA-256 fingerprint. */
function attachmentLines(
  attachments: ReceiptFacts["attachments"],
  locale: Locale,
  words: { heading: (count: number) => string; none: string },
): string[] {
  if (attachments.length === 0) return [words.none];
  return [
    words.heading(attachments.length),
    ...attachments.flatMap((a) => [`- ${a.filename} (${formatSize(a.size, locale)})`, `  SHA-256: ${a.sha256}`]),
  ];
}

type Texts = (facts: ReceiptFacts, when: (iso: string) => string) => { subject: string; body: string };

// Plain text, short sentences: the receipt may be forwarded to anyone at the organisation.
const texts: Record<Locale, Texts> = {
  nl: (f, when) => ({
    subject: `Ontvangstbevestiging kandidatuur ${f.code}`,
    body: [
      f.recipientName ? `Beste ${f.recipientName},` : "Beste,",
      "",
      `We hebben de kandidatuur "${f.title}" van ${f.organisation} voor "${f.callTitle}" (${f.region}) goed ontvangen` +
        `${f.receivedVia === "email" ? " per e-mail" : ""} op ${when(f.receivedAt.toISOString())}.`,
      "",
      `Referentie: ${f.code}`,
      `Versie: ${f.revision}`,
      ...attachmentLines(f.attachments, "nl", { heading: (n) => `Bijlagen (${n}):`, none: "Bijlagen: geen" }),
      "",
      f.deadline
        ? `U kunt uw kandidatuur nog aanpassen en opnieuw indienen tot ${when(f.deadline)}. De laatste versie die we vóór de deadline ontvangen, telt.`
        : "U kunt uw kandidatuur nog aanpassen en opnieuw indienen zolang de oproep open is. De laatste versie telt.",
      ...(f.link ? ["", `Uw kandidatuur in Brug: ${f.link}`] : []),
      "",
      "Met vriendelijke groeten,",
      "Brug — Lokale Partnerschappen",
    ].join("\n"),
  }),
  en: (f, when) => ({
    subject: `Receipt for candidacy ${f.code}`,
    body: [
      f.recipientName ? `Dear ${f.recipientName},` : "Hello,",
      "",
      `We have received the candidacy "${f.title}" of ${f.organisation} for "${f.callTitle}" (${f.region})` +
        `${f.receivedVia === "email" ? " by e-mail" : ""} on ${when(f.receivedAt.toISOString())}.`,
      "",
      `Reference: ${f.code}`,
      `Version: ${f.revision}`,
      ...attachmentLines(f.attachments, "en", { heading: (n) => `Attachments (${n}):`, none: "Attachments: none" }),
      "",
      f.deadline
        ? `You can still change your candidacy and submit it again until ${when(f.deadline)}. The last version we receive before the deadline counts.`
        : "You can still change your candidacy and submit it again while the call is open. The last version counts.",
      ...(f.link ? ["", `Your candidacy in Brug: ${f.link}`] : []),
      "",
      "Kind regards,",
      "Brug — Lokale Partnerschappen",
    ].join("\n"),
  }),
  fr: (f, when) => ({
    subject: `Accusé de réception de la candidature ${f.code}`,
    body: [
      f.recipientName ? `Bonjour ${f.recipientName},` : "Bonjour,",
      "",
      `Nous avons bien reçu la candidature « ${f.title} » de ${f.organisation} pour « ${f.callTitle} » (${f.region})` +
        `${f.receivedVia === "email" ? " par e-mail" : ""} le ${when(f.receivedAt.toISOString())}.`,
      "",
      `Référence : ${f.code}`,
      `Version : ${f.revision}`,
      ...attachmentLines(f.attachments, "fr", {
        heading: (n) => `Pièces jointes (${n}) :`,
        none: "Pièces jointes : aucune",
      }),
      "",
      f.deadline
        ? `Vous pouvez encore modifier votre candidature et la soumettre à nouveau jusqu’au ${when(f.deadline)}. La dernière version reçue avant la date limite compte.`
        : "Vous pouvez encore modifier votre candidature et la soumettre à nouveau tant que l’appel est ouvert. La dernière version compte.",
      ...(f.link ? ["", `Votre candidature dans Brug : ${f.link}`] : []),
      "",
      "Cordialement,",
      "Brug — Lokale Partnerschappen",
    ].join("\n"),
  }),
};

export function receiptMail(facts: ReceiptFacts, locale: Locale): { subject: string; body: string } {
  return texts[locale](facts, (iso) => formatInstant(iso, locale));
}
