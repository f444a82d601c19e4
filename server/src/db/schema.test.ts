// Rules the database itself keeps, whatever code connects: they hold even when a service has a bug.
import { sql } from "kysely";
import { NO_MIGRATIONS } from "kysely/migration";
import { describe, expect, it } from "vitest";
import { createTestDb } from "../../test/db.ts";
import { buildRegion } from "../modules/accounts/testing.ts";
import { createMigrator } from "./migrate.ts";

const { db } = await createTestDb();

async function addendumWithVersion() {
  const region = await buildRegion(db);
  const addendum = await db
    .insertInto("addenda")
    .values({ region_id: region.id })
    .returning("id")
    .executeTakeFirstOrThrow();
  const version = await db
    .insertInto("addendum_versions")
    .values({ addendum_id: addendum.id, number: 1, content: JSON.stringify({}), summary: "" })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { addendumId: addendum.id, versionId: version.id };
}

describe("an addendum's published version", () => {
  it("may be one of its own versions", async () => {
    const own = await addendumWithVersion();
    await db
      .updateTable("addenda")
      .set({ published_version_id: own.versionId })
      .where("id", "=", own.addendumId)
      .execute();
    const row = await db
      .selectFrom("addenda")
      .select("published_version_id")
      .where("id", "=", own.addendumId)
      .executeTakeFirstOrThrow();
    expect(row.published_version_id).toBe(own.versionId);
  });

  it("can never be another addendum's version", async () => {
    const mine = await addendumWithVersion();
    const theirs = await addendumWithVersion();
    await expect(
      db
        .updateTable("addenda")
        .set({ published_version_id: theirs.versionId })
        .where("id", "=", mine.addendumId)
        .execute(),
    ).rejects.toMatchObject({ code: "23503", constraint: "addenda_published_version_fk" });
  });
});

describe("the foundation migration", () => {
  it("refuses to be undone, since that would drop the audit log", async () => {
    // Undoing everything runs the later migrations' downs first, then reaches the foundation's, which refuses.
    const result = await createMigrator(db).migrateTo(NO_MIGRATIONS);
    expect(result.error).toBeInstanceOf(Error);
    expect(String((result.error as Error).message)).toMatch(/not reversible.*audit log/);
    expect(await db.selectFrom("audit_log").select("id").limit(1).execute()).toEqual([]);
    const tables = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.tables where table_name = 'audit_log'`.execute(db);
    expect(tables.rows).toEqual([{ n: 1 }]);
  });
});
