// Kysely queries of signals; no rules here (service.ts and policy.ts decide).
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/types.ts";

export type Db = Kysely<Database> | Transaction<Database>;

export function regionsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom("regions").select(["id", "slug", "name"]).where("id", "in", ids).orderBy("name").execute();
}

export function municipalitiesOf(db: Db, regionIds: string[]) {
  if (regionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("municipalities")
    .select(["id", "region_id as regionId", "name"])
    .where("region_id", "in", regionIds)
    .orderBy("sort_order")
    .orderBy("name")
    .execute();
}

const signalColumns = [
  "s.id",
  "s.region_id as regionId",
  "r.slug as regionSlug",
  "r.name as regionName",
  "s.title",
  "s.description",
  "s.life_domains as lifeDomains",
  "s.barriers",
  "s.municipality_id as municipalityId",
  "m.name as municipalityName",
  "s.status",
  "s.response",
  "s.raised_by as raisedBy",
  "u.display_name as raisedByName",
  "o.name as raisedByOrganisation",
  "s.raised_at as raisedAt",
  "s.updated_at as updatedAt",
] as const;

function signalsQuery(db: Db) {
  return (
    db
      .selectFrom("signals as s")
      .innerJoin("regions as r", "r.id", "s.region_id")
      .innerJoin("users as u", "u.id", "s.raised_by")
      .leftJoin("municipalities as m", "m.id", "s.municipality_id")
      // Rows written before the raiser's organisation was kept (or by a seed that does not set it) fall back to the
      // organisation of the raiser's earliest role in the region.
      .leftJoin("organisations as o", (join) =>
        join.on(
          sql<boolean>`o.id = coalesce(s.raised_by_organisation_id, (select m.organisation_id from memberships m
          where m.user_id = s.raised_by and m.region_id = s.region_id order by m.created_at, m.id limit 1))`,
        ),
      )
      .select(signalColumns)
      .select((eb) =>
        eb
          .selectFrom("signal_trajectories as st")
          .select(eb.fn.countAll<string>().as("n"))
          .whereRef("st.signal_id", "=", "s.id")
          .as("linkedTrajectories"),
      )
  );
}

export type SignalRow = Awaited<ReturnType<typeof findSignal>> & {};

export function findSignal(db: Db, id: string) {
  return signalsQuery(db).where("s.id", "=", id).executeTakeFirst();
}

export function signalsOfRegion(db: Db, regionId: string, filter: { status?: string; domain?: string }) {
  let query = signalsQuery(db).where("s.region_id", "=", regionId);
  if (filter.status !== undefined) query = query.where("s.status", "=", filter.status);
  if (filter.domain !== undefined) {
    const domain = filter.domain;
    query = query.where((eb) => eb(eb.val(domain), "=", eb.fn.any("s.life_domains")));
  }
  return query.orderBy("s.raised_at", "desc").orderBy("s.id").execute();
}

export function linksOf(db: Db, signalIds: string[]) {
  if (signalIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("signal_trajectories as st")
    .innerJoin("trajectories as t", "t.id", "st.trajectory_id")
    .select(["st.signal_id as signalId", "st.trajectory_id as trajectoryId", "t.client_id as clientId"])
    .where("st.signal_id", "in", signalIds)
    .execute();
}

export function clientNames(db: Db, clientIds: string[]) {
  if (clientIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("clients")
    .select(["id", "given_name as givenName", "family_name as familyName"])
    .where("id", "in", clientIds)
    .execute();
}

export async function unknownCodes(db: Db, table: "life_domains" | "barriers", codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const found = await db.selectFrom(table).select("code").where("code", "in", codes).execute();
  const known = new Set(found.map((r) => r.code));
  return codes.filter((c) => !known.has(c));
}
