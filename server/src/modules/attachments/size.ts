// A file's size as people read it. Pure and without Node's modules: the web app shows sizes with it too.
import { formatNumber, type Locale } from "../../domain/belgian-format.ts";

// French writes octets: "ko", "Mo".
const units: Record<Locale, [string, string, string]> = {
  nl: ["bytes", "kB", "MB"],
  en: ["bytes", "kB", "MB"],
  fr: ["octets", "ko", "Mo"],
};

/** "1,2 MB", "340 kB", "512 bytes" ("1,2 Mo" in French) in the reader's conventions (decimal units, as file managers show them). */
export function formatSize(bytes: number, locale: Locale): string {
  const [b, kb, mb] = units[locale];
  if (bytes < 1000) return `${formatNumber(bytes, locale)} ${b}`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, locale, { maximumFractionDigits: 0 })} ${kb}`;
  return `${formatNumber(bytes / 1_000_000, locale, { maximumFractionDigits: 1 })} ${mb}`;
}
