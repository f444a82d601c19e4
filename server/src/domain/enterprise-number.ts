// Belgian enterprise number (ondernemingsnummer / numéro d'entreprise, KBO/BCE): ten digits, the first 0 or 1,
// the last two a check on the first eight: 97 − (first eight mod 97). Written 0123.456.749; the VAT number is the
// same digits behind "BE". Numbers issued before 2005 had nine digits: they are the same number with a leading 0.

export type EnterpriseNumberResult =
  | { ok: true; /** ten digits, "0887010362" */ value: string; /** "0887.010.362" */ formatted: string }
  | { ok: false; code: "enterprise_number.format" | "enterprise_number.checksum" };

/** The two check digits for the first eight digits of an enterprise number ("08870103" → "62"). */
export function enterpriseNumberCheck(firstEight: string): string {
  if (!/^\d{8}$/.test(firstEight)) throw new RangeError("The check is computed over exactly eight digits");
  return String(97 - (Number(firstEight) % 97)).padStart(2, "0");
}

/**
 * Reads an enterprise number as people type it: "0123.456.749", "0123 456 749", "BE0123456749", "BE 0123.456.749",
 * "123456749" (nine digits, from before 2005). Spaces, dots and hyphens between digits are ignored.
 */
export function parseEnterpriseNumber(input: string): EnterpriseNumberResult {
  const compact = input
    .trim()
    .replace(/^BE/i, "")
    .replace(/[\s.\-\u00a0]/g, "");
  if (!/^\d{9,10}$/.test(compact)) return { ok: false, code: "enterprise_number.format" };
  // A nine-digit number from before 2005 never started with 0; nine digits starting with 0 is a digit missing.
  if (compact.length === 9 && compact.startsWith("0")) return { ok: false, code: "enterprise_number.format" };
  const value = compact.length === 9 ? `0${compact}` : compact;
  if (value[0] !== "0" && value[0] !== "1") return { ok: false, code: "enterprise_number.format" };
  if (enterpriseNumberCheck(value.slice(0, 8)) !== value.slice(8))
    return { ok: false, code: "enterprise_number.checksum" };
  return { ok: true, value, formatted: formatDigits(value) };
}

function formatDigits(value: string): string {
  return `${value.slice(0, 4)}.${value.slice(4, 7)}.${value.slice(7)}`;
}

/**
 * "0887010362" (or any accepted spelling) → "0887.010.362". Input that is not a valid enterprise number is
 * returned trimmed but otherwise as typed, so a display never hides what was entered.
 */
export function formatEnterpriseNumber(input: string): string {
  const parsed = parseEnterpriseNumber(input);
  return parsed.ok ? parsed.formatted : input.trim();
}
