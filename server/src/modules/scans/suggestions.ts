// Suggestions from the latest scan (issue 4, item 6): the personas and challenges of the region's published
// addendum the situation resembles, and the partnership's offers that fit, each explained. Computed on request by
// the pure functions of domain/persona-similarity.ts and domain/offer-match.ts; nothing is stored and nobody is
// referred: the companion reads, decides and refers from the referrals screen.
import { needsFromAddendum } from "../../domain/coverage.ts";
import { matchOffers, serviceNeedsOf, type OfferMatch } from "../../domain/offer-match.ts";
import {
  personaProfiles,
  rankProfiles,
  severityWeight,
  type ClientBarrier,
  type Similarity,
} from "../../domain/persona-similarity.ts";
import { notFound } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { withClientAccess } from "../clients/access.ts";
import * as q from "./queries.ts";
import type { MatchNote, Suggestions } from "./schemas.ts";
import type { Deps } from "./service.ts";

const resemblance = (s: Similarity) => ({
  strength: s.strength,
  level: s.level,
  shared: s.shared.map(({ barrier, lifeDomain, score }) => ({ barrier, lifeDomain, score })),
  related: s.related.map(({ barrier, clientBarrier, lifeDomain, score }) => ({
    barrier,
    clientBarrier,
    lifeDomain,
    score,
  })),
  missing: s.missing,
  profileSize: s.profileSize,
  explains: s.explains,
});

const notes = (list: OfferMatch["reasons"] | OfferMatch["mismatches"]): MatchNote[] => list.map((n) => ({ ...n }));

export async function getSuggestions(deps: Deps, actor: Actor, trajectoryId: string): Promise<Suggestions> {
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "read", entity: "scan", what: "suggestions" },
    deps.clock.now(),
    async (trx, access) => {
      // The companion's tool, not the partner's: a partner worker sees the referral, never these.
      if (access.via === "partner") throw notFound();
      const trajectory = await q.trajectoryOf(trx, trajectoryId);
      const [scans, client, addendum, region, codes] = await Promise.all([
        q.scansOf(trx, trajectoryId),
        q.clientForMatching(trx, trajectory.clientId),
        q.publishedAddendumOf(trx, trajectory.regionId),
        q.offersOfRegion(trx, trajectory.regionId),
        q.taxonomyCodes(trx),
      ]);
      const latest = scans[0];
      const clientBarriers: ClientBarrier[] = (latest?.domains ?? []).flatMap((d) =>
        d.barriers.map((barrier) => ({ barrier, lifeDomain: d.lifeDomain, score: d.score })),
      );
      const lifeDomainOf = (barrier: string) => codes.barrierDomain.get(barrier);
      const doc = addendum?.content;
      const challenges = doc
        ? rankProfiles(
            doc.challenges.map((c) => ({ key: String(c.number), barriers: c.obstacles.flatMap((o) => o.barriers) })),
            clientBarriers,
            lifeDomainOf,
          )
        : [];
      const personas = doc ? rankProfiles(personaProfiles(doc.challenges), clientBarriers, lifeDomainOf) : [];
      const names = new Map(
        (
          await q.personaNames(
            trx,
            personas.map((p) => p.key),
          )
        ).map((p) => [p.slug, p.name] as const),
      );

      const needs = doc
        ? serviceNeedsOf({
            challenges: challenges.map((c) => ({ number: Number(c.key), strength: c.strength })),
            needsByChallenge: needsFromAddendum(doc).byChallenge,
            links: [...doc.arena.rows, ...doc.findings.groups.flatMap((g) => g.items)],
            clientBarriers: clientBarriers.map((b) => ({ barrier: b.barrier, weight: severityWeight(b.score) })),
          })
        : [];
      const offerById = new Map(region.offers.map((o) => [o.id, o]));
      const matches = matchOffers(
        {
          residence: client.residence as "municipality" | "no_reference_address" | "unknown",
          municipalityId: client.municipalityId,
          contactLanguages: client.contactLanguages,
          interpreterNeeded: client.interpreterNeeded,
        },
        region.offers.map((o) => ({
          id: o.id,
          organisationName: o.organisationName,
          serviceType: o.serviceType,
          municipalityIds: o.municipalityIds,
          wholeRegion: region.regionMunicipalities > 0 && o.municipalityIds.length === region.regionMunicipalities,
          languages: o.languages,
          acceptingReferrals: o.acceptingReferrals,
          capacityPerYear: o.capacityPerYear,
          openReferrals: o.openReferrals,
          waitingDays: o.waitingDays,
        })),
        needs,
      );

      return {
        trajectoryId,
        basedOn: latest ? { scanId: latest.id, takenOn: latest.takenOn, barriers: clientBarriers.length } : null,
        addendum: addendum ? { region: addendum.regionName, versionNumber: addendum.number } : null,
        partnership: region.partnership,
        client: {
          residence: client.residence,
          municipality: client.municipalityName,
          contactLanguages: client.contactLanguages,
          interpreterNeeded: client.interpreterNeeded,
        },
        personas: personas.map((p) => ({
          slug: p.key,
          name: names.get(p.key) ?? p.key,
          challenges: (doc?.challenges ?? []).filter((c) => c.personas.includes(p.key)).map((c) => c.number),
          ...resemblance(p),
        })),
        challenges: challenges.map((c) => ({
          number: Number(c.key),
          personas: doc?.challenges.find((x) => String(x.number) === c.key)?.personas ?? [],
          ...resemblance(c),
        })),
        offers: matches.flatMap((m) => {
          const o = offerById.get(m.offerId);
          if (!o) return [];
          return [
            {
              offer: {
                id: o.id,
                name: o.name,
                organisation: { id: o.organisationId, name: o.organisationName },
                serviceType: o.serviceType,
                municipalities: o.municipalityNames,
                wholeRegion:
                  region.regionMunicipalities > 0 && o.municipalityIds.length === region.regionMunicipalities,
                languages: o.languages,
                capacityPerYear: o.capacityPerYear,
                waitingDays: o.waitingDays,
                waitingUpdatedAt: o.waitingUpdatedAt?.toISOString() ?? null,
                contact: { name: o.contactName, email: o.contactEmail, phone: o.contactPhone },
              },
              fits: m.fits,
              reasons: notes(m.reasons),
              mismatches: notes(m.mismatches),
            },
          ];
        }),
      };
    },
  );
}
