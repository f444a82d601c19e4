// Kysely queries for addenda and the reference taxonomies. No business rules here: who may see what is decided
// by the caller, which passes the region ids the actor may reach so that lists filter inside the query.
import { sql, type Kysely, type Transaction } from "kysely";
import type { AddendumDocument } from "./document.ts";
import type { Database } from "../../db/types.ts";
import type { BarrierRef, LifeDomainRef, PersonaRef, ServiceTypeRef } from "../../reference/types.ts";

type Db = Kysely<Database> | Transaction<Database>;

export interface TaxonomyRows {
  lifeDomains: LifeDomainRef[];
  barriers: BarrierRef[];
  serviceTypes: ServiceTypeRef[];
  personas: PersonaRef[];
}

export async function loadTaxonomy(db: Db): Promise<TaxonomyRows> {
  const [lifeDomains, barriers, serviceTypes, personas] = await Promise.all([
    db.selectFrom("life_domains").selectAll().orderBy("sort_order").orderBy("code").execute(),
    db.selectFrom("barriers").selectAll().orderBy("sort_order").orderBy("code").execute(),
    db.selectFrom("service_types").selectAll().orderBy("sort_order").orderBy("code").execute(),
    db.selectFrom("personas").selectAll().orderBy("name").orderBy("slug").execute(),
  ]);
  return {
    lifeDomains: lifeDomains.map((d) => ({ code: d.code, name: { nl: d.name_nl, en: d.name_en, fr: d.name_fr } })),
    barriers: barriers.map((b) => ({
      code: b.code,
      lifeDomain: b.life_domain_code,
      name: { nl: b.name_nl, en: b.name_en, fr: b.name_fr },
    })),
    serviceTypes: serviceTypes.map((s) => ({
      code: s.code,
      name: { nl: s.name_nl, en: s.name_en, fr: s.name_fr },
      description: { nl: s.description_nl, en: s.description_en, fr: s.description_fr },
    })),
    personas: personas.map((p) => ({ slug: p.slug, name: p.name })),
  };
}

export interface PublishedAddendumRow {
  regionId: string;
  slug: string;
  name: string;
  number: number;
  publishedAt: Date;
  content: AddendumDocument;
}

/** The published version of every region that has one; `slug` narrows it to one region. */
export async function listPublished(db: Db, filter: { slug?: string } = {}): Promise<PublishedAddendumRow[]> {
  let query = db
    .selectFrom("addenda")
    .innerJoin("regions", "regions.id", "addenda.region_id")
    .innerJoin("addendum_versions as v", "v.id", "addenda.published_version_id")
    .select([
      "regions.id as regionId",
      "regions.slug",
      "regions.name",
      "v.number",
      "v.published_at as publishedAt",
      "v.content",
    ]);
  if (filter.slug !== undefined) query = query.where("regions.slug", "=", filter.slug);
  const rows = await query.orderBy("regions.name").execute();
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt ?? new Date(0) }));
}

/**
 * Fingerprints of what the public read models are computed from (read-model.ts). Every request reads one, so they
 * must cost next to nothing: at 455 regions both together take about 0.15 ms of PostgreSQL time and return a few
 * bytes (a text digest of the rows took three times as long).
 * - `published`: which version every addendum publishes, as a count and a sum of 64-bit hashes of the version ids.
 *   A publish always points `published_version_id` at another, immutable version, so this changes with every
 *   publish and with every newly published region (a 2^-64 chance that the sum does not).
 * - `reference`: per taxonomy table, the row count and the sum of the row versions' transaction ids (`xmin`). Any
 *   insert or update gives the row a new `xmin` and a delete changes the count, so a rename shows as well as a new
 *   code. loadReference rewrites every row at each start, so each server start changes it once: a cheap reload.
 */
export interface Freshness {
  published: string;
  reference: string;
}

const publishedFingerprint = sql<string>`(
  select count(a.published_version_id) || ':' || coalesce(sum(hashtextextended(a.published_version_id::text, 0)), 0)
  from addenda a
)`;

const rowVersions = (table: string) =>
  sql`(select count(*) || '.' || coalesce(sum(xmin::text::bigint), 0) from ${sql.table(table)})`;

const referenceFingerprint = sql<string>`concat_ws(':',
  ${rowVersions("life_domains")}, ${rowVersions("barriers")}, ${rowVersions("service_types")}, ${rowVersions("personas")}
)`;

export async function readFreshness(db: Db): Promise<Freshness> {
  const { rows } = await sql<Freshness>`
    select ${publishedFingerprint} as published, ${referenceFingerprint} as reference
  `.execute(db);
  const row = rows[0];
  if (!row) throw new Error("the freshness query returned no row");
  return row;
}

export async function readReferenceFreshness(db: Db): Promise<string> {
  const { rows } = await sql<{ reference: string }>`select ${referenceFingerprint} as reference`.execute(db);
  const row = rows[0];
  if (!row) throw new Error("the freshness query returned no row");
  return row.reference;
}

export interface PublishedAddendumWithRegion extends PublishedAddendumRow {
  municipalities: string[];
  /** The reference fingerprint read in the same statement, to check a cached taxonomy against. */
  referenceToken: string;
}

/** One region's published addendum with its municipalities (in the addendum's order), in one round trip. */
export async function findPublished(db: Db, slug: string): Promise<PublishedAddendumWithRegion | undefined> {
  const row = await db
    .selectFrom("addenda")
    .innerJoin("regions", "regions.id", "addenda.region_id")
    .innerJoin("addendum_versions as v", "v.id", "addenda.published_version_id")
    .select([
      "regions.id as regionId",
      "regions.slug",
      "regions.name",
      "v.number",
      "v.published_at as publishedAt",
      "v.content",
      sql<string[]>`array(
        select m.name from municipalities m where m.region_id = regions.id order by m.sort_order, m.name
      )`.as("municipalities"),
      referenceFingerprint.as("referenceToken"),
    ])
    .where("regions.slug", "=", slug)
    .executeTakeFirst();
  return row === undefined ? undefined : { ...row, publishedAt: row.publishedAt ?? new Date(0) };
}

/** Municipality names per region id. */
export async function municipalitiesOf(db: Db, regionIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(regionIds.map((id) => [id, []]));
  if (regionIds.length === 0) return result;
  const rows = await db
    .selectFrom("municipalities")
    .select(["region_id", "name"])
    .where("region_id", "in", regionIds)
    .orderBy("sort_order")
    .orderBy("name")
    .execute();
  for (const row of rows) result.get(row.region_id)?.push(row.name);
  return result;
}

export interface AddendumRecord {
  addendumId: string;
  regionId: string;
  slug: string;
  name: string;
  publishedVersionId: string | null;
}

/** The addendum of a region by slug, whoever asks: the caller authorizes the record (policy.ts). */
export async function findAddendumBySlug(
  db: Db,
  slug: string,
  options: { forUpdate?: boolean } = {},
): Promise<AddendumRecord | undefined> {
  let query = db
    .selectFrom("addenda")
    .innerJoin("regions", "regions.id", "addenda.region_id")
    .select([
      "addenda.id as addendumId",
      "regions.id as regionId",
      "regions.slug",
      "regions.name",
      "addenda.published_version_id as publishedVersionId",
    ])
    .where("regions.slug", "=", slug);
  if (options.forUpdate) query = query.forUpdate("addenda");
  return query.executeTakeFirst();
}

export interface CoordinatedRow {
  slug: string;
  name: string;
  latestVersion: number;
  publishedVersion: number | null;
}

/** The addenda of the given regions with their latest and published version numbers. */
export async function listAddendaOfRegions(db: Db, regionIds: string[]): Promise<CoordinatedRow[]> {
  if (regionIds.length === 0) return [];
  return db
    .selectFrom("addenda")
    .innerJoin("regions", "regions.id", "addenda.region_id")
    .leftJoin("addendum_versions as published", "published.id", "addenda.published_version_id")
    .innerJoin("addendum_versions as v", "v.addendum_id", "addenda.id")
    .select(({ fn }) => [
      "regions.slug",
      "regions.name",
      fn.max<number>("v.number").as("latestVersion"),
      "published.number as publishedVersion",
    ])
    .where("addenda.region_id", "in", regionIds)
    .groupBy(["regions.slug", "regions.name", "published.number"])
    .orderBy("regions.name")
    .execute();
}

export interface VersionRow {
  id: string;
  number: number;
  content: AddendumDocument;
  createdAt: Date;
  createdBy: string | null;
  summary: string;
  publishedAt: Date | null;
  publishedBy: string | null;
}

export async function latestVersion(db: Db, addendumId: string): Promise<VersionRow | undefined> {
  return db
    .selectFrom("addendum_versions as v")
    .leftJoin("users as author", "author.id", "v.created_by")
    .leftJoin("users as publisher", "publisher.id", "v.published_by")
    .select([
      "v.id",
      "v.number",
      "v.content",
      "v.created_at as createdAt",
      "author.display_name as createdBy",
      "v.summary",
      "v.published_at as publishedAt",
      "publisher.display_name as publishedBy",
    ])
    .where("v.addendum_id", "=", addendumId)
    .orderBy("v.number", "desc")
    .limit(1)
    .executeTakeFirst();
}

export type HistoryRow = Omit<VersionRow, "content">;

/** All versions, newest first, without their content. */
export async function versionHistory(db: Db, addendumId: string): Promise<HistoryRow[]> {
  return db
    .selectFrom("addendum_versions as v")
    .leftJoin("users as author", "author.id", "v.created_by")
    .leftJoin("users as publisher", "publisher.id", "v.published_by")
    .select([
      "v.id",
      "v.number",
      "v.created_at as createdAt",
      "author.display_name as createdBy",
      "v.summary",
      "v.published_at as publishedAt",
      "publisher.display_name as publishedBy",
    ])
    .where("v.addendum_id", "=", addendumId)
    .orderBy("v.number", "desc")
    .execute();
}

export async function insertVersion(
  trx: Transaction<Database>,
  row: {
    addendumId: string;
    number: number;
    content: AddendumDocument;
    createdBy: string | null;
    summary: string;
    createdAt: Date;
  },
): Promise<{ id: string; createdAt: Date }> {
  return trx
    .insertInto("addendum_versions")
    .values({
      addendum_id: row.addendumId,
      number: row.number,
      content: JSON.stringify(row.content),
      created_by: row.createdBy,
      summary: row.summary,
      created_at: row.createdAt,
    })
    .returning(["id", "created_at as createdAt"])
    .executeTakeFirstOrThrow();
}

export async function markPublished(
  trx: Transaction<Database>,
  row: { addendumId: string; versionId: string; publishedBy: string | null; publishedAt: Date },
): Promise<void> {
  await trx
    .updateTable("addendum_versions")
    .set({ published_at: row.publishedAt, published_by: row.publishedBy })
    .where("id", "=", row.versionId)
    .execute();
  await trx
    .updateTable("addenda")
    .set({ published_version_id: row.versionId })
    .where("id", "=", row.addendumId)
    .execute();
}
