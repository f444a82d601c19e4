// Each test FILE gets its own database, cloned from the migrated template (global-setup.ts): tests in different
// files never see each other's rows and nothing is truncated between tests.
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createDb } from "../src/db/connection.ts";
import type { Database } from "../src/db/types.ts";

export interface TestDb {
  db: Kysely<Database>;
  /** The database's own URL, e.g. for a child process under test. */
  url: string;
  name: string;
  /** Closes the pool and drops the database; registered with afterAll already. */
  destroy(): Promise<void>;
}

export interface TestDbOptions {
  /** Start from a database with the reference data (taxonomies, personas) loaded. Default: only migrated. */
  reference?: boolean;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("testDatabaseServerUrl") });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Call at the top level of a test file (`const { db } = await createTestDb();`): it registers its own cleanup with
 * afterAll, which Vitest only accepts while it collects the file.
 */
export async function createTestDb(options: TestDbOptions = {}): Promise<TestDb> {
  const name = `brug_test_${randomBytes(6).toString("hex")}`;
  const template = options.reference ? "brug_template_reference" : "brug_template";
  await adminQuery(`create database ${name} template ${template}`);
  const url = new URL(inject("testDatabaseServerUrl"));
  url.pathname = `/${name}`;
  const db = createDb(url.toString(), { max: 5, applicationName: "brug-test" });

  let destroyed = false;
  const destroy = async () => {
    if (destroyed) return;
    destroyed = true;
    await db.destroy();
    await adminQuery(`drop database if exists ${name} with (force)`);
  };
  afterAll(destroy);
  return { db, url: url.toString(), name, destroy };
}
