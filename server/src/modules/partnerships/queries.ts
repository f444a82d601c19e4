// Kysely queries of the partnership, its members and offers. No business rules: formation.ts decides when a call
// forms it, service.ts who may see and change what.
import type { Kysely, Transaction } from "kysely";
import type { Database, PartnershipMemberKind } from "../../db/types.ts";

export type Db = Kysely<Database> | Transaction<Database>;

/** Calls whose decisions were published and that have not formed their region's partnership yet. */
export async function unformedPublishedCalls(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom("calls")
    .select("calls.id")
    .where("calls.decisions_published_at", "is not", null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("partnership_formations as f").select("f.call_id").whereRef("f.call_id", "=", "calls.id"))),
    )
    .orderBy("calls.decisions_published_at")
    .orderBy("calls.id")
    .execute();
  return rows.map((r) => r.id);
}

/** The call's row, locked: two formations of the same call take turns, and the second sees the first's row. */
export function lockCall(trx: Transaction<Database>, callId: string) {
  return trx
    .selectFrom("calls")
    .select(["id", "region_id as regionId", "decisions_published_at as decisionsPublishedAt"])
    .where("id", "=", callId)
    .forUpdate()
    .executeTakeFirst();
}

export function formationOf(db: Db, callId: string) {
  return db
    .selectFrom("partnership_formations")
    .select(["call_id as callId", "partnership_id as partnershipId", "formed_at as formedAt"])
    .where("call_id", "=", callId)
    .executeTakeFirst();
}

/** The region's partnership, created when missing, locked for the rest of the transaction. */
export async function partnershipForUpdate(
  trx: Transaction<Database>,
  regionId: string,
  now: Date,
): Promise<{ id: string; created: boolean }> {
  const inserted = await trx
    .insertInto("partnerships")
    .values({ region_id: regionId, formed_at: now })
    .onConflict((oc) => oc.column("region_id").doNothing())
    .returning("id")
    .executeTakeFirst();
  const row = await trx
    .selectFrom("partnerships")
    .select("id")
    .where("region_id", "=", regionId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { id: row.id, created: inserted !== undefined };
}

export function partnershipOfRegion(db: Db, regionId: string) {
  return db
    .selectFrom("partnerships")
    .select(["id", "formed_at as formedAt"])
    .where("region_id", "=", regionId)
    .executeTakeFirst();
}

/** The VDAB organisation (kind 'vdab'); the oldest if there were ever more than one. */
export function vdabOrganisation(db: Db) {
  return db
    .selectFrom("organisations")
    .select("id")
    .where("kind", "=", "vdab")
    .orderBy("created_at")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
}

export function municipalitiesOfRegion(db: Db, regionId: string) {
  return db
    .selectFrom("municipalities")
    .select(["id", "name"])
    .where("region_id", "=", regionId)
    .orderBy("sort_order")
    .orderBy("name")
    .execute();
}

export async function serviceTypeCodes(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom("service_types").select("code").execute();
  return new Set(rows.map((r) => r.code));
}

/** Adds an organisation member unless it is one already; returns its id and whether it was added. */
export async function addOrganisationMember(
  trx: Transaction<Database>,
  values: {
    partnershipId: string;
    kind: Exclude<PartnershipMemberKind, "municipality">;
    organisationId: string;
    source: { callId: string; candidacyId: string; revisionId: string } | null;
    now: Date;
  },
): Promise<{ id: string; added: boolean }> {
  const inserted = await trx
    .insertInto("partnership_members")
    .values({
      partnership_id: values.partnershipId,
      kind: values.kind,
      organisation_id: values.organisationId,
      call_id: values.source?.callId ?? null,
      candidacy_id: values.source?.candidacyId ?? null,
      revision_id: values.source?.revisionId ?? null,
      joined_at: values.now,
    })
    .onConflict((oc) =>
      oc.columns(["partnership_id", "organisation_id"]).where("organisation_id", "is not", null).doNothing(),
    )
    .returning("id")
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, added: true };
  const existing = await trx
    .selectFrom("partnership_members")
    .select("id")
    .where("partnership_id", "=", values.partnershipId)
    .where("organisation_id", "=", values.organisationId)
    .executeTakeFirstOrThrow();
  return { id: existing.id, added: false };
}

/** Adds the municipalities that are not members yet; returns the member ids added. */
export async function addMunicipalityMembers(
  trx: Transaction<Database>,
  partnershipId: string,
  municipalityIds: string[],
  now: Date,
): Promise<string[]> {
  if (municipalityIds.length === 0) return [];
  const rows = await trx
    .insertInto("partnership_members")
    .values(
      municipalityIds.map((id) => ({
        partnership_id: partnershipId,
        kind: "municipality" as const,
        municipality_id: id,
        joined_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(["partnership_id", "municipality_id"]).where("municipality_id", "is not", null).doNothing(),
    )
    .returning("id")
    .execute();
  return rows.map((r) => r.id);
}

export interface NewOffer {
  partnershipId: string;
  memberId: string;
  organisationId: string;
  serviceTypeCode: string;
  candidacyId: string;
  revisionId: string;
  name: string;
  description: string;
  capacityPerYear: number | null;
  languages: string[];
  personas: string[];
  challenges: number[];
  contact: { name: string; email: string; phone: string };
  municipalityIds: string[];
  now: Date;
}

/** Inserts the offer with its service area; undefined when the candidacy already has one for this service type. */
export async function insertOffer(trx: Transaction<Database>, offer: NewOffer): Promise<string | undefined> {
  const row = await trx
    .insertInto("partnership_offers")
    .values({
      partnership_id: offer.partnershipId,
      member_id: offer.memberId,
      organisation_id: offer.organisationId,
      service_type_code: offer.serviceTypeCode,
      candidacy_id: offer.candidacyId,
      revision_id: offer.revisionId,
      name: offer.name,
      description: offer.description,
      capacity_per_year: offer.capacityPerYear,
      languages: offer.languages,
      eligibility_personas: offer.personas,
      eligibility_challenges: offer.challenges,
      contact_name: offer.contact.name,
      contact_email: offer.contact.email,
      contact_phone: offer.contact.phone,
      waiting_days: null,
      created_at: offer.now,
      updated_at: offer.now,
      updated_by: null,
    })
    .onConflict((oc) => oc.columns(["candidacy_id", "service_type_code"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!row) return undefined;
  if (offer.municipalityIds.length > 0) {
    await trx
      .insertInto("partnership_offer_municipalities")
      .values(offer.municipalityIds.map((id) => ({ offer_id: row.id, municipality_id: id })))
      .execute();
  }
  return row.id;
}

export async function insertFormation(
  trx: Transaction<Database>,
  values: { callId: string; partnershipId: string; now: Date; userId: string | null },
): Promise<void> {
  await trx
    .insertInto("partnership_formations")
    .values({
      call_id: values.callId,
      partnership_id: values.partnershipId,
      formed_at: values.now,
      formed_by: values.userId,
    })
    .execute();
}

export function formationsOfPartnership(db: Db, partnershipId: string) {
  return db
    .selectFrom("partnership_formations as f")
    .innerJoin("calls", "calls.id", "f.call_id")
    .select(["f.call_id as callId", "calls.title", "f.formed_at as formedAt"])
    .where("f.partnership_id", "=", partnershipId)
    .orderBy("f.formed_at")
    .orderBy("f.call_id")
    .execute();
}

export function membersOf(db: Db, partnershipId: string) {
  return db
    .selectFrom("partnership_members as m")
    .leftJoin("organisations as o", "o.id", "m.organisation_id")
    .leftJoin("municipalities as mu", "mu.id", "m.municipality_id")
    .leftJoin("calls as c", "c.id", "m.call_id")
    .leftJoin("candidacy_revisions as r", "r.id", "m.revision_id")
    .select([
      "m.id",
      "m.kind",
      "m.organisation_id as organisationId",
      "o.name as organisationName",
      "mu.name as municipalityName",
      "mu.sort_order as municipalityOrder",
      "m.joined_at as joinedAt",
      "m.call_id as callId",
      "c.title as callTitle",
      "m.candidacy_id as candidacyId",
      "r.number as revisionNumber",
    ])
    .where("m.partnership_id", "=", partnershipId)
    .execute();
}

export interface OfferRow {
  id: string;
  partnershipId: string;
  regionId: string;
  regionSlug: string;
  regionName: string;
  organisationId: string;
  organisationName: string;
  serviceTypeCode: string;
  serviceTypeOrder: number;
  candidacyId: string;
  callId: string;
  revisionNumber: number;
  name: string;
  description: string;
  capacityPerYear: number | null;
  languages: string[];
  personas: string[];
  challenges: number[];
  eligibilityText: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  waitingDays: number | null;
  waitingUpdatedAt: Date | null;
  acceptingReferrals: boolean;
  updatedAt: Date;
  /** Municipality names, in the region's order. */
  municipalities: string[];
}

function offersQuery(db: Db) {
  return db
    .selectFrom("partnership_offers as o")
    .innerJoin("partnerships as p", "p.id", "o.partnership_id")
    .innerJoin("regions", "regions.id", "p.region_id")
    .innerJoin("organisations as org", "org.id", "o.organisation_id")
    .innerJoin("service_types as st", "st.code", "o.service_type_code")
    .innerJoin("candidacies as c", "c.id", "o.candidacy_id")
    .innerJoin("candidacy_revisions as r", "r.id", "o.revision_id")
    .select((eb) => [
      "o.id",
      "o.partnership_id as partnershipId",
      "p.region_id as regionId",
      "regions.slug as regionSlug",
      "regions.name as regionName",
      "o.organisation_id as organisationId",
      "org.name as organisationName",
      "o.service_type_code as serviceTypeCode",
      "st.sort_order as serviceTypeOrder",
      "o.candidacy_id as candidacyId",
      "c.call_id as callId",
      "r.number as revisionNumber",
      "o.name",
      "o.description",
      "o.capacity_per_year as capacityPerYear",
      "o.languages",
      "o.eligibility_personas as personas",
      "o.eligibility_challenges as challenges",
      "o.eligibility_text as eligibilityText",
      "o.contact_name as contactName",
      "o.contact_email as contactEmail",
      "o.contact_phone as contactPhone",
      "o.waiting_days as waitingDays",
      "o.waiting_updated_at as waitingUpdatedAt",
      "o.accepting_referrals as acceptingReferrals",
      "o.updated_at as updatedAt",
      eb
        .fn<string[]>("array", [
          eb
            .selectFrom("partnership_offer_municipalities as om")
            .innerJoin("municipalities as mu", "mu.id", "om.municipality_id")
            .select("mu.name")
            .whereRef("om.offer_id", "=", "o.id")
            .orderBy("mu.sort_order")
            .orderBy("mu.name"),
        ])
        .as("municipalities"),
    ])
    .orderBy("st.sort_order")
    .orderBy("org.name")
    .orderBy("o.id");
}

export function offersOfPartnership(db: Db, partnershipId: string): Promise<OfferRow[]> {
  return offersQuery(db).where("o.partnership_id", "=", partnershipId).execute();
}

/** The offers of these organisations, in every region (filtered in the query: nothing else is fetched). */
export function offersOfOrganisations(db: Db, organisationIds: string[]): Promise<OfferRow[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return offersQuery(db).where("o.organisation_id", "in", organisationIds).execute();
}

export function findOffer(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<OfferRow | undefined> {
  const query = offersQuery(db).where("o.id", "=", id);
  return (options.forUpdate ? query.forUpdate("o") : query).executeTakeFirst();
}

export async function updateOffer(
  trx: Transaction<Database>,
  id: string,
  values: {
    contact_name?: string;
    contact_email?: string;
    contact_phone?: string;
    eligibility_text?: string;
    languages?: string[];
    capacity_per_year?: number | null;
    waiting_days?: number | null;
    waiting_updated_at?: Date;
    accepting_referrals?: boolean;
    updated_at: Date;
    updated_by: string;
  },
): Promise<void> {
  await trx.updateTable("partnership_offers").set(values).where("id", "=", id).execute();
}
