// Duplicate client files, found before a file is created (issue 4 item 2). Two files of one person split their
// history, consent and referrals; the check compares a new file with the region's files on what people really type
// differently: accents, case, spaces and small typing errors in names, the same birth date, phone or e-mail. Pure.

export interface PersonKeys {
  givenName: string;
  familyName: string;
  birthDate: string | null;
  phone: string;
  email: string;
}

export type DuplicateReason = "name" | "birth_date" | "phone" | "email";

export interface DuplicateJudgement {
  reasons: DuplicateReason[];
  /** Likely the same person: creating needs the user's word that it is someone else. */
  likely: boolean;
}

/** Lower case, accents off ("Ö" → "o"), every run of spaces, hyphens, apostrophes and dots one space. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s\-'’.,]+/g, " ")
    .trim();
}

/** Digits only, with a Belgian +32 / 0032 written as the national 0. Short numbers (< 8 digits) compare as none. */
export function normalisePhone(phone: string): string {
  let digits = phone.replace(/\D/g, "");
  if (phone.trim().startsWith("+") && digits.startsWith("32")) digits = `0${digits.slice(2)}`;
  else if (digits.startsWith("0032")) digits = `0${digits.slice(4)}`;
  return digits.length >= 8 ? digits : "";
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Levenshtein distance, stopping early once it exceeds `limit` (then returns limit + 1). */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/** How many typing errors a name of this length may hold and still be the same name. */
function tolerance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  return 2;
}

/**
 * Whether two names are close: the whole name within the tolerance, also with given and family name swapped
 * (forms and people order them differently). A missing family name compares the given names only.
 */
export function namesClose(a: Pick<PersonKeys, "givenName" | "familyName">, b: typeof a): boolean {
  const aGiven = normaliseName(a.givenName);
  const bGiven = normaliseName(b.givenName);
  const aFamily = normaliseName(a.familyName);
  const bFamily = normaliseName(b.familyName);
  if (aGiven === "" || bGiven === "") return false;
  if (aFamily === "" || bFamily === "") {
    const limit = tolerance(Math.max(aGiven.length, bGiven.length));
    return editDistance(aGiven, bGiven, limit) <= limit;
  }
  const whole = `${aGiven} ${aFamily}`;
  const limit = tolerance(whole.length);
  const candidates = [`${bGiven} ${bFamily}`, `${bFamily} ${bGiven}`];
  return candidates.some((other) => editDistance(whole, other, limit) <= limit);
}

/**
 * What a new file shares with an existing one. Likely the same person: the same phone or e-mail, or a close name with
 * the same birth date (or a birth date missing on one side). A close name with another birth date is shown, not
 * blocking; a shared birth date alone is no match (too many people share one).
 */
export function judgeDuplicate(candidate: PersonKeys, existing: PersonKeys): DuplicateJudgement | null {
  const reasons: DuplicateReason[] = [];
  const name = namesClose(candidate, existing);
  if (name) reasons.push("name");
  const sameBirth = candidate.birthDate !== null && candidate.birthDate === existing.birthDate;
  if (sameBirth) reasons.push("birth_date");
  const phone = normalisePhone(candidate.phone);
  const samePhone = phone !== "" && phone === normalisePhone(existing.phone);
  if (samePhone) reasons.push("phone");
  const email = normaliseEmail(candidate.email);
  const sameEmail = email !== "" && email === normaliseEmail(existing.email);
  if (sameEmail) reasons.push("email");
  if (!name && !samePhone && !sameEmail) return null;
  const birthUnknown = candidate.birthDate === null || existing.birthDate === null;
  const likely = samePhone || sameEmail || (name && (sameBirth || birthUnknown));
  return { reasons, likely };
}
