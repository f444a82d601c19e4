// The offers a selected candidacy becomes (pure, no I/O): one per service type it names, in the candidacy's order.
//
// One offer per service type, because that is what a referral asks for (issue 4: "service type, municipality or
// reach, contact language, capacity, waiting time") and what HSDS calls a service; a candidacy's municipalities are
// that offer's service area rather than a split per municipality, since the partner promised them one team.
//
// Capacity: the candidacy promises trajectories per year for the whole project. Splitting them evenly over its
// offers (the remainder to the first ones) keeps the directory's total equal to what was promised; giving every
// offer the full number would count the same trajectories once per service type. The coordinator and the partner
// correct the split on the offer when they know better.
import type { CandidacyContent } from "../calls/document.ts";

export interface PlannedOffer {
  serviceTypeCode: string;
  name: string;
  description: string;
  capacityPerYear: number | null;
  /** Dutch first, then the candidacy's contact languages. */
  languages: string[];
  personas: string[];
  challenges: number[];
  contact: { name: string; email: string; phone: string };
  /** Municipality names of the region, in the region's order. */
  municipalities: string[];
}

/** Splits `total` over `parts` as evenly as whole numbers allow; the first ones get the remainder. */
export function splitCapacity(total: number | null, parts: number): (number | null)[] {
  if (parts <= 0) return [];
  if (total === null) return Array.from({ length: parts }, () => null);
  const base = Math.floor(total / parts);
  const remainder = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < remainder ? 1 : 0));
}

export function planOffers(
  content: CandidacyContent,
  region: { municipalities: readonly string[]; serviceTypes: ReadonlySet<string> },
): PlannedOffer[] {
  const serviceTypes = content.serviceTypes.filter((code) => region.serviceTypes.has(code));
  const named = new Set(content.municipalities);
  const municipalities = region.municipalities.filter((name) => named.has(name));
  const capacities = splitCapacity(content.capacity.trajectoriesPerYear, serviceTypes.length);
  const languages = ["nl", ...content.languages.filter((l) => l !== "nl")];
  return serviceTypes.map((code, i) => ({
    serviceTypeCode: code,
    name: content.title,
    description: content.summary,
    capacityPerYear: capacities[i] ?? null,
    languages,
    personas: [...content.personas],
    challenges: [...content.challenges].sort((a, b) => a - b),
    contact: { ...content.contact },
    municipalities,
  }));
}
