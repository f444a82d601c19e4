// Schema migrations: plain timestamp-named TypeScript files in ./migrations, run by Kysely's Migrator.
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import { FileMigrationProvider, Migrator, type MigrationResultSet } from "kysely/migration";
import type { Database } from "./types.ts";

export const migrationFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export function createMigrator(db: Kysely<Database>): Migrator {
  return new Migrator({
    // Kysely<unknown>: migrations describe the schema as it was then, not today's table types.
    db: db as Kysely<unknown>,
    provider: new FileMigrationProvider({ fs, path, migrationFolder }),
  });
}

export interface MigrationOutcome {
  applied: string[];
}

/** Brings the schema to the latest migration; throws, naming the migration, when one fails. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  const result: MigrationResultSet = await createMigrator(db).migrateToLatest();
  const failed = result.results?.find((r) => r.status === "Error");
  if (result.error !== undefined || failed) {
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? "(unknown)"} failed: ${cause}`, { cause: result.error });
  }
  return { applied: (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}

export interface MigrationState {
  applied: string[];
  pending: string[];
}

export async function migrationState(db: Kysely<Database>): Promise<MigrationState> {
  const migrations = await createMigrator(db).getMigrations();
  return {
    applied: migrations.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: migrations.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}
