// Kysely queries for scans and the suggestions' inputs. No business rules: who may see which domain is decided in
// service.ts with the access from clients/access.ts.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import type { AddendumDocument } from "../addenda/document.ts";

export type Db = Kysely<Database> | Transaction<Database>;

export interface ScanRow {
  id: string;
  trajectoryId: string;
  takenOn: string;
  moment: string;
  ladderRung: number | null;
  talents: string;
  clientWish: string;
  takenBy: string;
  takenByName: string;
  createdAt: Date;
  domains: { lifeDomain: string; score: number; barriers: string[]; strengths: string; wish: string }[];
}

/** The trajectory's scans, newest first, each with its scored domains in the taxonomy's order. */
export async function scansOf(db: Db, trajectoryId: string): Promise<ScanRow[]> {
  return db
    .selectFrom("scans as s")
    .innerJoin("users as u", "u.id", "s.taken_by")
    .select([
      "s.id",
      "s.trajectory_id as trajectoryId",
      "s.taken_on as takenOn",
      "s.moment",
      "s.ladder_rung as ladderRung",
      "s.talents",
      "s.client_wish as clientWish",
      "s.taken_by as takenBy",
      "u.display_name as takenByName",
      "s.created_at as createdAt",
      sql<ScanRow["domains"]>`coalesce((
        select json_agg(json_build_object('lifeDomain', d.life_domain_code, 'score', d.score,
          'barriers', d.barriers, 'strengths', d.strengths, 'wish', d.wish) order by ld.sort_order, ld.code)
        from scan_domains d join life_domains ld on ld.code = d.life_domain_code
        where d.scan_id = s.id
      ), '[]'::json)`.as("domains"),
    ])
    .where("s.trajectory_id", "=", trajectoryId)
    .orderBy("s.taken_on", "desc")
    .orderBy("s.created_at", "desc")
    .orderBy("s.id", "desc")
    .execute();
}

export async function insertScan(
  trx: Transaction<Database>,
  scan: {
    trajectoryId: string;
    takenOn: string;
    moment: string;
    ladderRung: number | null;
    talents: string;
    clientWish: string;
    takenBy: string;
    createdAt: Date;
    domains: { lifeDomain: string; score: number; barriers: string[]; strengths: string; wish: string }[];
  },
): Promise<string> {
  const { id } = await trx
    .insertInto("scans")
    .values({
      trajectory_id: scan.trajectoryId,
      taken_on: scan.takenOn,
      moment: scan.moment,
      ladder_rung: scan.ladderRung,
      talents: scan.talents,
      client_wish: scan.clientWish,
      taken_by: scan.takenBy,
      created_at: scan.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (scan.domains.length > 0) {
    await trx
      .insertInto("scan_domains")
      .values(
        scan.domains.map((d) => ({
          scan_id: id,
          life_domain_code: d.lifeDomain,
          score: d.score,
          barriers: d.barriers,
          strengths: d.strengths,
          wish: d.wish,
        })),
      )
      .execute();
  }
  return id;
}

/** Every barrier code with its life domain, and every life domain code (the reference taxonomy). */
export async function taxonomyCodes(db: Db): Promise<{ lifeDomains: Set<string>; barrierDomain: Map<string, string> }> {
  const [domains, barriers] = await Promise.all([
    db.selectFrom("life_domains").select("code").execute(),
    db.selectFrom("barriers").select(["code", "life_domain_code as lifeDomain"]).execute(),
  ]);
  return {
    lifeDomains: new Set(domains.map((d) => d.code)),
    barrierDomain: new Map(barriers.map((b) => [b.code, b.lifeDomain])),
  };
}

export function trajectoryOf(db: Db, trajectoryId: string) {
  return db
    .selectFrom("trajectories")
    .select(["id", "client_id as clientId", "region_id as regionId", "started_at as startedAt"])
    .where("id", "=", trajectoryId)
    .executeTakeFirstOrThrow();
}

/** What offers are matched on: where the client lives and which languages they speak. */
export function clientForMatching(db: Db, clientId: string) {
  return db
    .selectFrom("clients as c")
    .leftJoin("municipalities as m", "m.id", "c.municipality_id")
    .select([
      "c.residence",
      "c.municipality_id as municipalityId",
      "m.name as municipalityName",
      "c.contact_languages as contactLanguages",
      "c.interpreter_needed as interpreterNeeded",
    ])
    .where("c.id", "=", clientId)
    .executeTakeFirstOrThrow();
}

/** The region's published addendum (the version its personas and challenges are read from). */
export function publishedAddendumOf(db: Db, regionId: string) {
  return db
    .selectFrom("addenda as a")
    .innerJoin("addendum_versions as v", "v.id", "a.published_version_id")
    .innerJoin("regions as r", "r.id", "a.region_id")
    .select(["v.number", "v.content", "r.name as regionName"])
    .where("a.region_id", "=", regionId)
    .executeTakeFirst() as Promise<{ number: number; content: AddendumDocument; regionName: string } | undefined>;
}

export interface MatchableOffer {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
  serviceType: string;
  languages: string[];
  acceptingReferrals: boolean;
  capacityPerYear: number | null;
  waitingDays: number | null;
  waitingUpdatedAt: Date | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  municipalityIds: string[];
  municipalityNames: string[];
  openReferrals: number;
}

/** The offers of the region's partnership with their service area and the referrals now open with each. */
export async function offersOfRegion(
  db: Db,
  regionId: string,
): Promise<{ partnership: boolean; regionMunicipalities: number; offers: MatchableOffer[] }> {
  const [partnership, municipalities] = await Promise.all([
    db.selectFrom("partnerships").select("id").where("region_id", "=", regionId).executeTakeFirst(),
    db
      .selectFrom("municipalities")
      .select(({ fn }) => fn.countAll<string>().as("n"))
      .where("region_id", "=", regionId)
      .executeTakeFirstOrThrow(),
  ]);
  if (!partnership) return { partnership: false, regionMunicipalities: Number(municipalities.n), offers: [] };
  const offers = await db
    .selectFrom("partnership_offers as o")
    .innerJoin("organisations as org", "org.id", "o.organisation_id")
    .innerJoin("service_types as st", "st.code", "o.service_type_code")
    .select([
      "o.id",
      "o.name",
      "o.organisation_id as organisationId",
      "org.name as organisationName",
      "o.service_type_code as serviceType",
      "o.languages",
      "o.accepting_referrals as acceptingReferrals",
      "o.capacity_per_year as capacityPerYear",
      "o.waiting_days as waitingDays",
      "o.waiting_updated_at as waitingUpdatedAt",
      "o.contact_name as contactName",
      "o.contact_email as contactEmail",
      "o.contact_phone as contactPhone",
      sql<string[]>`array(
        select om.municipality_id from partnership_offer_municipalities om
        join municipalities mu on mu.id = om.municipality_id
        where om.offer_id = o.id order by mu.sort_order, mu.name
      )`.as("municipalityIds"),
      sql<string[]>`array(
        select mu.name from partnership_offer_municipalities om
        join municipalities mu on mu.id = om.municipality_id
        where om.offer_id = o.id order by mu.sort_order, mu.name
      )`.as("municipalityNames"),
      sql<number>`(
        select count(*)::int from referrals rf
        where rf.offer_id = o.id and rf.state in ('sent', 'accepted', 'waitlisted', 'started')
      )`.as("openReferrals"),
    ])
    .where("o.partnership_id", "=", partnership.id)
    .orderBy("st.sort_order")
    .orderBy("org.name")
    .orderBy("o.id")
    .execute();
  return { partnership: true, regionMunicipalities: Number(municipalities.n), offers };
}

export function personaNames(db: Db, slugs: string[]) {
  if (slugs.length === 0) return Promise.resolve([] as { slug: string; name: string }[]);
  return db.selectFrom("personas").select(["slug", "name"]).where("slug", "in", slugs).execute();
}
