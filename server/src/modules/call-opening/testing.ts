// Test builders for opening calls: a region's addendum published again with another timeline.
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Milestone } from "../../domain/milestone-types.ts";
import { minimalDocument } from "../addenda/testing.ts";

/** Publishes a new version of the region's addendum with this timeline; returns its number. */
export async function publishTimeline(
  db: Kysely<Database>,
  regionId: string,
  milestones: Milestone[],
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const addendum = await trx
      .selectFrom("addenda")
      .select("id")
      .where("region_id", "=", regionId)
      .executeTakeFirstOrThrow();
    const last = await trx
      .selectFrom("addendum_versions")
      .select(({ fn }) => fn.max("number").as("n"))
      .where("addendum_id", "=", addendum.id)
      .executeTakeFirstOrThrow();
    const number = Number(last.n) + 1;
    const version = await trx
      .insertInto("addendum_versions")
      .values({
        addendum_id: addendum.id,
        number,
        content: JSON.stringify(minimalDocument({ milestones })),
        created_by: null,
        summary: "test",
        published_at: new Date(),
        published_by: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx.updateTable("addenda").set({ published_version_id: version.id }).where("id", "=", addendum.id).execute();
    return number;
  });
}
