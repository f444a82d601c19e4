// The partnership's use cases behind the routes: a call's formation status and forming it now (the coordinator),
// the region's partnership with members and offers, a partner's own offers, and changing an offer.
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { formatInstant } from "../../domain/belgian-format.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Clock } from "../../platform/clock.ts";
import { conflict, notFound } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { applicantOrganisationIds } from "../calls/policy.ts";
import { findCall, type CallRow } from "../calls/queries.ts";
import { formCallPartnership, formationWait } from "./formation.ts";
import { authorizeOffer, authorizePartnership } from "./policy.ts";
import * as q from "./queries.ts";
import type { FormationStatus, OfferChangeBody, OfferList, OfferView, PartnershipView } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

export function presentOffer(row: q.OfferRow, regionMunicipalities: number | null): OfferView {
  return {
    id: row.id,
    region: { slug: row.regionSlug, name: row.regionName },
    organisation: { id: row.organisationId, name: row.organisationName },
    serviceType: row.serviceTypeCode,
    name: row.name,
    description: row.description,
    municipalities: row.municipalities,
    wholeRegion: regionMunicipalities !== null && row.municipalities.length === regionMunicipalities,
    capacityPerYear: row.capacityPerYear,
    languages: row.languages,
    eligibility: { personas: row.personas, challenges: row.challenges, text: row.eligibilityText },
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    waitingDays: row.waitingDays,
    waitingUpdatedAt: row.waitingUpdatedAt?.toISOString() ?? null,
    acceptingReferrals: row.acceptingReferrals,
    source: { callId: row.callId, candidacyId: row.candidacyId, revisionNumber: row.revisionNumber },
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function statusOf(db: q.Db, call: CallRow, now: Date): Promise<FormationStatus> {
  const [formation, wait] = await Promise.all([q.formationOf(db, call.id), formationWait(db, call.id, now)]);
  return {
    callId: call.id,
    region: { slug: call.regionSlug, name: call.regionName },
    formedAt: formation?.formedAt.toISOString() ?? null,
    final: wait.final,
    waitingFor: wait.waitingFor,
    lastWindowClosesAt: wait.lastWindowClosesAt,
    canForm: wait.final && formation === undefined && call.decisionsPublishedAt !== null,
  };
}

export async function getFormationStatus(deps: Deps, actor: Actor, callId: string): Promise<FormationStatus> {
  const call = authorizePartnership(actor, "read", await findCall(deps.db, callId));
  return statusOf(deps.db, call, deps.clock.now());
}

/** The coordinator forms the partnership now that the decisions are final, without waiting for the job. */
export async function formNow(deps: Deps, actor: Actor, callId: string): Promise<FormationStatus> {
  const call = authorizePartnership(actor, "form", await findCall(deps.db, callId));
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const formed = await formCallPartnership(trx, {
      callId: call.id,
      now,
      actor: { kind: "user", userId: actor.userId },
      trigger: "coordinator",
    });
    if (!formed) {
      const status = await statusOf(trx, call, now);
      if (status.formedAt !== null) {
        throw conflict("partnerships.already_formed", { at: formatInstant(status.formedAt, actor.locale) });
      }
      if (status.lastWindowClosesAt !== null && status.waitingFor.includes("weerwoord_open")) {
        throw conflict("partnerships.not_final_until", {
          until: formatInstant(status.lastWindowClosesAt, actor.locale),
        });
      }
      throw conflict("partnerships.not_final");
    }
    return statusOf(trx, call, now);
  });
}

export async function getPartnership(deps: Deps, actor: Actor, slug: string): Promise<PartnershipView> {
  const region = await deps.db
    .selectFrom("regions")
    .select(["id as regionId", "slug", "name"])
    .where("slug", "=", slug)
    .executeTakeFirst();
  const { regionId } = authorizePartnership(actor, "read", region);
  const [partnership, municipalities] = await Promise.all([
    q.partnershipOfRegion(deps.db, regionId),
    q.municipalitiesOfRegion(deps.db, regionId),
  ]);
  const base = {
    region: { slug: region!.slug, name: region!.name },
    municipalities: municipalities.map((m) => m.name),
  };
  if (!partnership) return { ...base, formedAt: null, calls: [], members: [], offers: [] };
  const [calls, members, offers] = await Promise.all([
    q.formationsOfPartnership(deps.db, partnership.id),
    q.membersOf(deps.db, partnership.id),
    q.offersOfPartnership(deps.db, partnership.id),
  ]);
  const kindOrder = { vdab: 0, municipality: 1, partner: 2 } as const;
  const sorted = [...members].sort(
    (a, b) =>
      kindOrder[a.kind] - kindOrder[b.kind] ||
      (a.municipalityOrder ?? 0) - (b.municipalityOrder ?? 0) ||
      (a.organisationName ?? a.municipalityName ?? "").localeCompare(b.organisationName ?? b.municipalityName ?? ""),
  );
  return {
    ...base,
    formedAt: partnership.formedAt.toISOString(),
    calls: calls.map((c) => ({ callId: c.callId, title: c.title, formedAt: c.formedAt.toISOString() })),
    members: sorted.map((m) => ({
      id: m.id,
      kind: m.kind,
      name: m.organisationName ?? m.municipalityName ?? "",
      organisationId: m.organisationId,
      joinedAt: m.joinedAt.toISOString(),
      source:
        m.callId && m.candidacyId && m.revisionNumber !== null
          ? {
              callId: m.callId,
              callTitle: m.callTitle ?? "",
              candidacyId: m.candidacyId,
              revisionNumber: m.revisionNumber,
            }
          : null,
    })),
    offers: offers.map((o) => presentOffer(o, municipalities.length)),
  };
}

async function municipalityCounts(db: q.Db, regionIds: string[]): Promise<Map<string, number>> {
  if (regionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("municipalities")
    .select(({ fn }) => ["region_id as regionId", fn.countAll<string>().as("n")])
    .where("region_id", "in", regionIds)
    .groupBy("region_id")
    .execute();
  return new Map(rows.map((r) => [r.regionId, Number(r.n)]));
}

/** The offers of the actor's own organisations (where they hold the applicant role), in every region. */
export async function listOwnOffers(deps: Deps, actor: Actor): Promise<OfferList> {
  const rows = await q.offersOfOrganisations(deps.db, applicantOrganisationIds(actor));
  const counts = await municipalityCounts(deps.db, [...new Set(rows.map((r) => r.regionId))]);
  return { offers: rows.map((r) => presentOffer(r, counts.get(r.regionId) ?? null)) };
}

export async function changeOffer(deps: Deps, actor: Actor, id: string, body: OfferChangeBody): Promise<OfferView> {
  return deps.db.transaction().execute(async (trx) => {
    const offer = authorizeOffer(actor, "edit", await q.findOffer(trx, id, { forUpdate: true }));
    const now = deps.clock.now();
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const set: Parameters<typeof q.updateOffer>[2] = { updated_at: now, updated_by: actor.userId };
    const note = (field: string, from: unknown, to: unknown) => {
      if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
    };
    if (body.contact) {
      const contact = {
        name: body.contact.name.trim(),
        email: body.contact.email.trim().toLowerCase(),
        phone: body.contact.phone.trim(),
      };
      note("contact", { name: offer.contactName, email: offer.contactEmail, phone: offer.contactPhone }, contact);
      set.contact_name = contact.name;
      set.contact_email = contact.email;
      set.contact_phone = contact.phone;
    }
    if (body.eligibilityText !== undefined) {
      note("eligibilityText", offer.eligibilityText, body.eligibilityText.trim());
      set.eligibility_text = body.eligibilityText.trim();
    }
    if (body.languages !== undefined) {
      note("languages", offer.languages, body.languages);
      set.languages = body.languages;
    }
    if (body.capacityPerYear !== undefined) {
      note("capacityPerYear", offer.capacityPerYear, body.capacityPerYear);
      set.capacity_per_year = body.capacityPerYear;
    }
    if (body.waitingDays !== undefined) {
      note("waitingDays", offer.waitingDays, body.waitingDays);
      set.waiting_days = body.waitingDays;
      // The waiting time is only as good as its date: a referral shows when it was last said.
      set.waiting_updated_at = now;
    }
    if (body.acceptingReferrals !== undefined) {
      note("acceptingReferrals", offer.acceptingReferrals, body.acceptingReferrals);
      set.accepting_referrals = body.acceptingReferrals;
    }
    await q.updateOffer(trx, offer.id, set);
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "partnership.offer_changed",
        entityType: "partnership_offer",
        entityId: offer.id,
        payload: { changes },
      },
      { at: now },
    );
    const updated = await q.findOffer(trx, offer.id);
    if (!updated) throw notFound();
    const counts = await municipalityCounts(trx, [updated.regionId]);
    return presentOffer(updated, counts.get(updated.regionId) ?? null);
  });
}
