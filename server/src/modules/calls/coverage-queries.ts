// Kysely queries of the coverage matrix: the addendum the call was opened on, and names for the codes it shows.
// No business rules here.
import type { AddendumDocument } from "../addenda/document.ts";
import type { Db } from "./queries.ts";

export async function addendumOfCall(db: Db, addendumVersionId: string | null): Promise<AddendumDocument | null> {
  if (addendumVersionId === null) return null;
  const row = await db
    .selectFrom("addendum_versions")
    .select("content")
    .where("id", "=", addendumVersionId)
    .executeTakeFirst();
  return row?.content ?? null;
}

export function serviceTypeNames(db: Db, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("service_types")
    .select(["code", "name_nl as nl", "name_en as en", "name_fr as fr"])
    .where("code", "in", codes)
    .orderBy("sort_order")
    .orderBy("code")
    .execute();
}

export function personaNames(db: Db, slugs: string[]) {
  if (slugs.length === 0) return Promise.resolve([]);
  return db.selectFrom("personas").select(["slug", "name"]).where("slug", "in", slugs).orderBy("name").execute();
}
