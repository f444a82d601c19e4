// How much a client's situation resembles a persona or a challenge of the region's addendum (issue 4, item 6). Pure:
// the scans module feeds it the barriers of the latest scan and the profiles read from the published addenda.
//
// A profile is the set of barrier codes the addendum names for it: a challenge's obstacles, or, for a persona, the
// obstacles of every challenge that names the persona. The comparison says, for each barrier of the profile:
//   - shared:  the client has this very barrier (from the latest scan);
//   - related: the client has another barrier of the same life domain (e.g. "drug_addiction" against the profile's
//              "addiction"): the same kind of trouble, described more or less precisely; it counts half;
//   - missing: neither.
// Each shared or related barrier weighs by how acute the client's situation is in that life domain (the domain's
// score in the scan: 1 acute … 5 fully self-reliant), because a barrier met in an acute domain says more about
// who someone resembles than one the client is handling on their own:
//     weight(score) = (6 − score) / 5   → 1 acute: 1.0, 2: 0.8, 3: 0.6, 4: 0.4, 5 self-reliant: 0.2
// (a shared barrier never weighs less than half of another barrier of its domain, as it would if it were related).
// The strength is the weighted share of the profile present:
//     strength = Σ shared weight + ½ Σ related weight, divided by the number of barriers in the profile,
// a number from 0 (nothing of the profile) to 1 (every barrier present, all in acute domains). Dividing by the
// profile's size keeps a long profile from winning on one barrier; a profile with no barriers is never suggested.
// `explains` says the other side: the share of the client's barriers the profile names (shared only).
// The level in words: strong from 0.5, clear from 0.25, otherwise slight. Profiles without a shared barrier are
// left out (a resemblance on related barriers alone is too vague to show). Ranked by strength, then by the number of
// shared barriers, then by key.

export interface ClientBarrier {
  barrier: string;
  lifeDomain: string;
  /** The life domain's score in the scan: 1 acute … 5 fully self-reliant. */
  score: number;
}

export interface Profile {
  /** A persona slug or a challenge number as text: what the caller names it by. */
  key: string;
  barriers: readonly string[];
}

export type SimilarityLevel = "strong" | "clear" | "slight";

export interface SharedBarrier {
  barrier: string;
  lifeDomain: string;
  score: number;
  weight: number;
}

export interface RelatedBarrier {
  /** The profile's barrier. */
  barrier: string;
  /** The client's barrier of the same life domain. */
  clientBarrier: string;
  lifeDomain: string;
  score: number;
  weight: number;
}

export interface Similarity {
  key: string;
  strength: number;
  level: SimilarityLevel;
  /** Barriers of the profile the client has, most acute first. */
  shared: SharedBarrier[];
  /** Barriers of the profile whose life domain the client has another barrier in. */
  related: RelatedBarrier[];
  /** Barriers of the profile the client does not have. */
  missing: string[];
  profileSize: number;
  /** Share of the client's barriers that the profile names. */
  explains: number;
}

export function severityWeight(score: number): number {
  const clamped = Math.min(5, Math.max(1, Math.round(score)));
  return (6 - clamped) / 5;
}

export function levelOf(strength: number): SimilarityLevel {
  if (strength >= 0.5) return "strong";
  if (strength >= 0.25) return "clear";
  return "slight";
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Compares the client's barriers with one profile. `lifeDomainOf` maps a barrier code to its life domain (the
 * reference taxonomy); a profile barrier unknown to it can only be shared, never related.
 */
export function compareProfile(
  profile: Profile,
  client: readonly ClientBarrier[],
  lifeDomainOf: (barrier: string) => string | undefined,
): Similarity {
  const profileBarriers = [...new Set(profile.barriers)];
  const byBarrier = new Map<string, ClientBarrier>();
  for (const c of client) {
    const known = byBarrier.get(c.barrier);
    // A barrier recorded in two domains (not possible from the form, but cheap to guard) counts at its most acute.
    if (!known || c.score < known.score) byBarrier.set(c.barrier, c);
  }
  const shared: SharedBarrier[] = [];
  const related: RelatedBarrier[] = [];
  const missing: string[] = [];
  for (const barrier of profileBarriers) {
    const own = byBarrier.get(barrier);
    const domain = own?.lifeDomain ?? lifeDomainOf(barrier);
    const near = domain === undefined ? [] : [...byBarrier.values()].filter((c) => c.lifeDomain === domain);
    const closest = near
      .filter((c) => c.barrier !== barrier)
      .sort((a, b) => a.score - b.score || a.barrier.localeCompare(b.barrier))[0];
    if (own) {
      // Having the very barrier never counts less than having another one of its domain would.
      const weight = Math.max(severityWeight(own.score), closest ? severityWeight(closest.score) / 2 : 0);
      shared.push({ barrier, lifeDomain: own.lifeDomain, score: own.score, weight });
      continue;
    }
    if (closest) {
      related.push({
        barrier,
        clientBarrier: closest.barrier,
        lifeDomain: closest.lifeDomain,
        score: closest.score,
        weight: severityWeight(closest.score),
      });
    } else {
      missing.push(barrier);
    }
  }
  const total = shared.reduce((sum, s) => sum + s.weight, 0) + related.reduce((sum, r) => sum + r.weight / 2, 0);
  const strength = profileBarriers.length === 0 ? 0 : round(total / profileBarriers.length);
  const bySeverity = <T extends { score: number; barrier: string }>(a: T, b: T) =>
    a.score - b.score || a.barrier.localeCompare(b.barrier);
  return {
    key: profile.key,
    strength,
    level: levelOf(strength),
    shared: shared.sort(bySeverity),
    related: related.sort(bySeverity),
    missing,
    profileSize: profileBarriers.length,
    explains: byBarrier.size === 0 ? 0 : round(shared.length / byBarrier.size),
  };
}

/**
 * How well a profile fits both ways: the harmonic mean of how much of the profile the client shows (strength) and how
 * much of the client's situation the profile explains. A small profile the client happens to match (2 of 3 barriers,
 * explaining a quarter of the situation) no longer outranks one that explains nearly all of it.
 */
export function fitOf(similarity: Pick<Similarity, "strength" | "explains">): number {
  const { strength, explains } = similarity;
  return strength + explains === 0 ? 0 : (2 * strength * explains) / (strength + explains);
}

/** The profiles the client resembles (at least one shared barrier), best fitting first (fitOf). */
export function rankProfiles(
  profiles: readonly Profile[],
  client: readonly ClientBarrier[],
  lifeDomainOf: (barrier: string) => string | undefined,
): Similarity[] {
  return profiles
    .map((p) => compareProfile(p, client, lifeDomainOf))
    .filter((s) => s.shared.length > 0)
    .sort(
      (a, b) =>
        fitOf(b) - fitOf(a) ||
        b.strength - a.strength ||
        b.shared.length - a.shared.length ||
        a.key.localeCompare(b.key, "nl", { numeric: true }),
    );
}

/** A persona's profile: the barriers of every challenge that names it (personas are shared across addenda). */
export function personaProfiles(
  challenges: readonly { personas: readonly string[]; obstacles: readonly { barriers: readonly string[] }[] }[],
): Profile[] {
  const barriers = new Map<string, Set<string>>();
  for (const challenge of challenges) {
    const own = challenge.obstacles.flatMap((o) => o.barriers);
    for (const persona of challenge.personas) {
      const set = barriers.get(persona) ?? new Set<string>();
      for (const b of own) set.add(b);
      barriers.set(persona, set);
    }
  }
  return [...barriers].map(([key, set]) => ({ key, barriers: [...set] }));
}
