// Which offers of the region's partnership fit a client now (issue 4, item 6). Pure: the scans module gives it the
// service types the situation asks for (from the challenges it resembles and the addendum's own links from a
// barrier to a kind of help) and the offers as the directory holds them. It only suggests: the companion decides and
// refers; nothing here sends anything.
//
// An offer is considered when its service type is one the situation asks for. For each such offer it says what
// matches and what does not, in codes the screen translates:
//   service type  — needed because of these challenges (the ones the situation resembles) and/or these barriers
//                   (the addendum's arena and findings link the barrier to this kind of help);
//   intake        — accepting referrals, or not (blocking);
//   area          — the client's municipality is in the offer's service area, or the offer serves the whole
//                   region; a client without a reference address (sofasurfer) can be helped anywhere in the region;
//                   a client whose municipality is unknown fits only an offer for the whole region (otherwise
//                   "area_unknown", not blocking); a municipality outside the service area blocks;
//   language      — a contact language in common (then named), else an interpreter is needed (not blocking:
//                   the companion can arrange one); a client who needs an interpreter anyway is said so;
//   capacity      — trajectories per year against the referrals now open with it; full when open ≥ capacity
//                   (not blocking: the partner may still waitlist), unknown when the partner gave none;
//   waiting time  — days as the partner last gave them; long from 30 days; unknown when never given.
// Ranked: offers without a blocking mismatch first; then with a common language; then by how strongly the need
// weighs (the strongest resemblance or barrier behind the service type); then not full; then the shortest known
// waiting time (unknown after known); then by organisation name and id, so the order is stable.

export const longWaitDays = 30;

export interface ClientForMatching {
  residence: "municipality" | "no_reference_address" | "unknown";
  /** Municipality id; null unless residence is "municipality". */
  municipalityId: string | null;
  contactLanguages: readonly string[];
  interpreterNeeded: boolean;
}

export interface OfferForMatching {
  id: string;
  organisationName: string;
  serviceType: string;
  /** Municipality ids of the service area. */
  municipalityIds: readonly string[];
  wholeRegion: boolean;
  languages: readonly string[];
  acceptingReferrals: boolean;
  capacityPerYear: number | null;
  /** Referrals to this offer now open (sent, accepted, waitlisted, started). */
  openReferrals: number;
  waitingDays: number | null;
}

export interface ServiceNeed {
  serviceType: string;
  /** Challenge numbers the situation resembles that ask for this kind of help. */
  challenges: readonly number[];
  /** The client's barriers the addendum links to this kind of help directly. */
  barriers: readonly string[];
  /** 0…1: how strongly it is asked (the strongest resemblance or barrier weight behind it). */
  weight: number;
}

export type MatchReason =
  | { code: "service_type"; serviceType: string; challenges: number[]; barriers: string[] }
  | { code: "accepting" }
  | { code: "in_area" }
  | { code: "whole_region" }
  | { code: "no_reference_address" }
  | { code: "common_language"; languages: string[] }
  | { code: "capacity"; capacityPerYear: number; openReferrals: number }
  | { code: "waiting"; days: number };

export type Mismatch =
  | { code: "not_accepting"; blocking: true }
  | { code: "outside_area"; blocking: true }
  | { code: "area_unknown"; blocking: false }
  | { code: "interpreter_needed"; blocking: false }
  | { code: "full"; capacityPerYear: number; openReferrals: number; blocking: false }
  | { code: "capacity_unknown"; blocking: false }
  | { code: "long_wait"; days: number; blocking: false }
  | { code: "waiting_unknown"; blocking: false };

export interface OfferMatch {
  offerId: string;
  /** No blocking mismatch: the offer can take this client as things stand. */
  fits: boolean;
  weight: number;
  reasons: MatchReason[];
  mismatches: Mismatch[];
}

function areaOf(client: ClientForMatching, offer: OfferForMatching): { reason?: MatchReason; mismatch?: Mismatch } {
  if (client.residence === "no_reference_address") return { reason: { code: "no_reference_address" } };
  if (offer.wholeRegion) return { reason: { code: "whole_region" } };
  if (client.residence === "unknown" || client.municipalityId === null) {
    return { mismatch: { code: "area_unknown", blocking: false } };
  }
  return offer.municipalityIds.includes(client.municipalityId)
    ? { reason: { code: "in_area" } }
    : { mismatch: { code: "outside_area", blocking: true } };
}

export function matchOffer(client: ClientForMatching, offer: OfferForMatching, need: ServiceNeed): OfferMatch {
  const reasons: MatchReason[] = [
    {
      code: "service_type",
      serviceType: need.serviceType,
      challenges: [...need.challenges],
      barriers: [...need.barriers],
    },
  ];
  const mismatches: Mismatch[] = [];
  if (offer.acceptingReferrals) reasons.push({ code: "accepting" });
  else mismatches.push({ code: "not_accepting", blocking: true });

  const area = areaOf(client, offer);
  if (area.reason) reasons.push(area.reason);
  if (area.mismatch) mismatches.push(area.mismatch);

  const common = client.contactLanguages.filter((l) => offer.languages.includes(l));
  if (common.length > 0) reasons.push({ code: "common_language", languages: common });
  if (common.length === 0 || client.interpreterNeeded) mismatches.push({ code: "interpreter_needed", blocking: false });

  if (offer.capacityPerYear === null) mismatches.push({ code: "capacity_unknown", blocking: false });
  else if (offer.openReferrals >= offer.capacityPerYear) {
    mismatches.push({
      code: "full",
      capacityPerYear: offer.capacityPerYear,
      openReferrals: offer.openReferrals,
      blocking: false,
    });
  } else {
    reasons.push({ code: "capacity", capacityPerYear: offer.capacityPerYear, openReferrals: offer.openReferrals });
  }

  if (offer.waitingDays === null) mismatches.push({ code: "waiting_unknown", blocking: false });
  else if (offer.waitingDays >= longWaitDays) {
    mismatches.push({ code: "long_wait", days: offer.waitingDays, blocking: false });
  } else reasons.push({ code: "waiting", days: offer.waitingDays });

  return {
    offerId: offer.id,
    fits: !mismatches.some((m) => m.blocking),
    weight: need.weight,
    reasons,
    mismatches,
  };
}

/** The offers whose kind of help the situation asks for, best first, each with what matches and what does not. */
export function matchOffers(
  client: ClientForMatching,
  offers: readonly OfferForMatching[],
  needs: readonly ServiceNeed[],
): OfferMatch[] {
  const needOf = new Map(needs.map((n) => [n.serviceType, n]));
  const byId = new Map(offers.map((o) => [o.id, o]));
  const hasLanguage = (m: OfferMatch) => m.reasons.some((r) => r.code === "common_language");
  const isFull = (m: OfferMatch) => m.mismatches.some((x) => x.code === "full");
  const waiting = (m: OfferMatch) => byId.get(m.offerId)?.waitingDays ?? Number.POSITIVE_INFINITY;
  const name = (m: OfferMatch) => byId.get(m.offerId)?.organisationName ?? "";
  return offers
    .flatMap((offer) => {
      const need = needOf.get(offer.serviceType);
      return need ? [matchOffer(client, offer, need)] : [];
    })
    .sort(
      (a, b) =>
        Number(b.fits) - Number(a.fits) ||
        Number(hasLanguage(b)) - Number(hasLanguage(a)) ||
        b.weight - a.weight ||
        Number(isFull(a)) - Number(isFull(b)) ||
        waiting(a) - waiting(b) ||
        name(a).localeCompare(name(b), "nl") ||
        a.offerId.localeCompare(b.offerId),
    );
}

/**
 * The kinds of help the situation asks for: every service type the resembled challenges need (weighted by the
 * resemblance) and every one the addendum links straight to a barrier the client has (weighted by how acute).
 */
export function serviceNeedsOf(input: {
  /** Challenges the situation resembles, with their strength. */
  challenges: readonly { number: number; strength: number }[];
  /** What each challenge asks (coverage.ts needsFromAddendum().byChallenge). */
  needsByChallenge: ReadonlyMap<number, readonly string[]>;
  /** The addendum's links from barriers to service types (arena rows and findings). */
  links: readonly { barriers: readonly string[]; serviceTypes: readonly string[] }[];
  /** The client's barriers with their weight (persona-similarity.ts severityWeight of the domain's score). */
  clientBarriers: readonly { barrier: string; weight: number }[];
}): ServiceNeed[] {
  const needs = new Map<string, { challenges: Set<number>; barriers: Set<string>; weight: number }>();
  const add = (serviceType: string, weight: number, challenge?: number, barrier?: string) => {
    const need = needs.get(serviceType) ?? { challenges: new Set<number>(), barriers: new Set<string>(), weight: 0 };
    if (challenge !== undefined) need.challenges.add(challenge);
    if (barrier !== undefined) need.barriers.add(barrier);
    need.weight = Math.max(need.weight, weight);
    needs.set(serviceType, need);
  };
  for (const c of input.challenges) {
    for (const serviceType of input.needsByChallenge.get(c.number) ?? []) add(serviceType, c.strength, c.number);
  }
  const weightOf = new Map<string, number>();
  for (const b of input.clientBarriers) weightOf.set(b.barrier, Math.max(weightOf.get(b.barrier) ?? 0, b.weight));
  for (const link of input.links) {
    for (const barrier of link.barriers) {
      const weight = weightOf.get(barrier);
      if (weight === undefined) continue;
      for (const serviceType of link.serviceTypes) add(serviceType, weight, undefined, barrier);
    }
  }
  return [...needs].map(([serviceType, n]) => ({
    serviceType,
    challenges: [...n.challenges].sort((a, b) => a - b),
    barriers: [...n.barriers].sort(),
    weight: n.weight,
  }));
}
