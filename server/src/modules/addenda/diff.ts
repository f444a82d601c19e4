// What changed between two versions of an addendum, in one Dutch sentence for the version history
// ("Regio-uitdaging 2 gewijzigd: obstakels, vragen; lokale timing gewijzigd"). Pure: no I/O.
import { isDeepStrictEqual } from "node:util";
import type { AddendumDocument, Challenge } from "./document.ts";

const challengeParts: { key: keyof Challenge; label: string }[] = [
  { key: "personas", label: "persona's" },
  { key: "personaNote", label: "persona-toelichting" },
  { key: "context", label: "context" },
  { key: "obstacles", label: "obstakels" },
  { key: "intendedResults", label: "beoogde resultaten" },
  { key: "questions", label: "vragen" },
];

const sections: { key: Exclude<keyof AddendumDocument, "challenges">; label: string }[] = [
  { key: "title", label: "titel" },
  { key: "challengesIntro", label: "inleiding regio-uitdagingen" },
  { key: "findings", label: "resultaten verrijkingssessie" },
  { key: "arena", label: "arena-analyse" },
  { key: "localInput", label: "lokale input" },
  { key: "milestones", label: "lokale timing" },
  { key: "contacts", label: "contactpersonen" },
  { key: "application", label: "kandidaatstelling" },
];

/** The changes from `before` to `after`, one phrase each, in the order of the document. */
export function describeChanges(before: AddendumDocument, after: AddendumDocument): string[] {
  const changes: string[] = [];
  const [titleSection, introSection, ...rest] = sections;
  for (const section of [titleSection, introSection]) {
    if (section && !isDeepStrictEqual(before[section.key], after[section.key]))
      changes.push(`${section.label} gewijzigd`);
  }
  changes.push(...describeChallengeChanges(before.challenges, after.challenges));
  for (const section of rest) {
    if (!isDeepStrictEqual(before[section.key], after[section.key])) changes.push(`${section.label} gewijzigd`);
  }
  return changes;
}

function describeChallengeChanges(before: Challenge[], after: Challenge[]): string[] {
  const changes: string[] = [];
  const beforeByNumber = new Map(before.map((c) => [c.number, c]));
  const afterByNumber = new Map(after.map((c) => [c.number, c]));
  const numbers = [...new Set([...beforeByNumber.keys(), ...afterByNumber.keys()])].sort((a, b) => a - b);
  for (const number of numbers) {
    const old = beforeByNumber.get(number);
    const current = afterByNumber.get(number);
    if (!old) {
      changes.push(`regio-uitdaging ${number} toegevoegd`);
    } else if (!current) {
      changes.push(`regio-uitdaging ${number} verwijderd`);
    } else {
      const parts = challengeParts.filter((p) => !isDeepStrictEqual(old[p.key], current[p.key])).map((p) => p.label);
      if (parts.length > 0) changes.push(`regio-uitdaging ${number} gewijzigd: ${parts.join(", ")}`);
    }
  }
  const beforeOrder = before.map((c) => c.number);
  const afterOrder = after.map((c) => c.number).filter((n) => beforeByNumber.has(n));
  const keptBefore = beforeOrder.filter((n) => afterByNumber.has(n));
  if (!isDeepStrictEqual(keptBefore, afterOrder)) changes.push("volgorde regio-uitdagingen gewijzigd");
  return changes;
}

/** The summary stored with a new version: "Regio-uitdaging 2 gewijzigd: vragen; lokale timing gewijzigd". */
export function summariseChanges(before: AddendumDocument, after: AddendumDocument): string {
  const changes = describeChanges(before, after);
  if (changes.length === 0) return "Geen inhoudelijke wijzigingen";
  const sentence = changes.join("; ");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
