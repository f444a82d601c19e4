// Suggested pitch groups (issue 3, item 4): per challenge, the candidacies that name it, ordered so that those who
// together cover more of the challenge's needs come one after another, and can be heard in one slot. Pure.
//
// A challenge's needs are the service types the addendum asks for it (coverage.ts, needsFromAddendum) and the
// region's municipalities (the partnership serves all of them); a challenge for which the addendum asks nothing
// needs what its candidacies offer together (as in the coverage matrix). The order is greedy: start a set with the
// candidacy covering most, add the one adding most still uncovered, and start a new set when nobody adds anything.
// Ties go by organisation name, so the suggestion is the same on every request.
import type { CoverageCandidacy, ServiceNeeds } from "./coverage.ts";

export interface PitchGroupInput {
  /** The challenge numbers of the call's addendum, in its order. */
  challenges: readonly number[];
  needs: ServiceNeeds;
  municipalities: readonly string[];
  candidacies: readonly Pick<CoverageCandidacy, "id" | "name" | "challenges" | "serviceTypes" | "municipalities">[];
}

export interface PitchSet {
  candidacyIds: string[];
  /** How many of the challenge's needs the set covers together. */
  covered: number;
}

export interface PitchGroup {
  challengeNumber: number;
  /** How many needs the challenge has (service types and municipalities). */
  needed: number;
  /** Every candidacy naming the challenge, complementary ones together. */
  candidacyIds: string[];
  /** The same candidacies in consecutive sets, each covering as much as it can together. */
  sets: PitchSet[];
}

type Candidate = PitchGroupInput["candidacies"][number];

const byName = (a: Candidate, b: Candidate) =>
  a.name.localeCompare(b.name, "nl") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function pitchGroups(input: PitchGroupInput): PitchGroup[] {
  const numbers = [...new Set([...input.challenges, ...input.candidacies.flatMap((c) => c.challenges)])];
  return numbers.flatMap((number) => {
    const naming = input.candidacies.filter((c) => c.challenges.includes(number)).sort(byName);
    if (naming.length === 0) return [];
    const asked = input.needs.byChallenge.get(number) ?? [];
    const serviceNeeds = asked.length > 0 ? asked : [...new Set(naming.flatMap((c) => c.serviceTypes))];
    const needs = new Set([
      ...serviceNeeds.map((s) => `service:${s}`),
      ...input.municipalities.map((m) => `municipality:${m}`),
    ]);
    const offers = new Map(
      naming.map((c) => [
        c.id,
        [...c.serviceTypes.map((s) => `service:${s}`), ...c.municipalities.map((m) => `municipality:${m}`)].filter(
          (n) => needs.has(n),
        ),
      ]),
    );

    const sets: PitchSet[] = [];
    let remaining = naming;
    let covered = new Set<string>();
    let current: string[] = [];
    while (remaining.length > 0) {
      let best = remaining[0] as Candidate;
      let bestGain = -1;
      for (const candidate of remaining) {
        const gain = (offers.get(candidate.id) ?? []).filter((n) => !covered.has(n)).length;
        if (gain > bestGain) {
          best = candidate;
          bestGain = gain;
        }
      }
      if (bestGain === 0 && current.length > 0) {
        sets.push({ candidacyIds: current, covered: covered.size });
        covered = new Set();
        current = [];
        continue;
      }
      current.push(best.id);
      for (const need of offers.get(best.id) ?? []) covered.add(need);
      remaining = remaining.filter((c) => c.id !== best.id);
    }
    if (current.length > 0) sets.push({ candidacyIds: current, covered: covered.size });
    return [{ challengeNumber: number, needed: needs.size, candidacyIds: sets.flatMap((s) => s.candidacyIds), sets }];
  });
}
