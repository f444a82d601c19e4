// The frame every notice and reminder shares: a greeting, the body, a link to the page in Brug, and the signature.
// Plain text in the recipient's language (the receipt's convention, modules/calls/receipt.ts); links are absolute,
// from BRUG_PUBLIC_URL, so they work from any mail client.
import type { Locale } from "../../db/types.ts";

const greetings: Record<Locale, (name: string | null) => string> = {
  nl: (name) => (name ? `Beste ${name},` : "Beste,"),
  en: (name) => (name ? `Dear ${name},` : "Hello,"),
  fr: (name) => (name ? `Bonjour ${name},` : "Bonjour,"),
};

const signatures: Record<Locale, string[]> = {
  nl: ["Met vriendelijke groeten,", "Brug — Lokale Partnerschappen"],
  en: ["Kind regards,", "Brug — Lokale Partnerschappen"],
  fr: ["Cordialement,", "Brug — Lokale Partnerschappen"],
};

/** "https://brug.example.be" + "/kandidaturen/…"; the public URL never ends in a slash (config.ts). */
export function link(publicUrl: string, path: string): string {
  return `${publicUrl}${path}`;
}

/** Paragraphs separated by blank lines, between the greeting and the signature. */
export function mailBody(locale: Locale, name: string | null, paragraphs: string[]): string {
  return [greetings[locale](name), ...paragraphs, signatures[locale].join("\n")].join("\n\n");
}

/** "1 kandidatuur", "3 kandidaturen" and the like. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
