import { readdir } from "node:fs/promises";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createTestDb } from "../../test/db.ts";
import { migrateToLatest, migrationFolder, migrationState } from "./migrate.ts";

const { db } = await createTestDb();

describe("migrations", () => {
  it("are all applied to a fresh test database, in name order, with none pending", async () => {
    const files = (await readdir(migrationFolder)).filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/, ""));
    const state = await migrationState(db);
    expect(state.pending).toEqual([]);
    expect(state.applied).toEqual([...files].sort());
  });

  it("count as pending on a database that never ran one (no migration table yet)", async () => {
    const files = (await readdir(migrationFolder)).filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/, ""));
    const rollback = new Error("rollback");
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`drop table kysely_migration`.execute(trx);
        expect(await migrationState(trx)).toEqual({ applied: [], pending: [...files].sort() });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect((await migrationState(db)).pending).toEqual([]);
  });

  it("running them again changes nothing", async () => {
    expect(await migrateToLatest(db)).toEqual({ applied: [] });
  });

  it("live in timestamp-named files only (the Migrator would run any other .ts file there too)", async () => {
    for (const file of await readdir(migrationFolder)) {
      expect(file).toMatch(/^\d{14}_[a-z0-9_]+\.ts$/);
    }
  });
});
