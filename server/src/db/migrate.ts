// Schema migrations: plain timestamp-named TypeScript files in ./migrations, run by Kysely's Migrator.
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql, type Kysely } from "kysely";
import { DEFAULT_MIGRATION_TABLE, FileMigrationProvider, Migrator, type MigrationResultSet } from "kysely/migration";
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

// The migration files are part of the deployed code: they cannot change while the process runs, so they are
// listed once. Which of them the database has applied is read on every call.
let migrationNames: Promise<string[]> | null = null;

/** The migrations this code ships, in the order the Migrator runs them (by name). */
export function shippedMigrations(): Promise<string[]> {
  migrationNames ??= fs.readdir(migrationFolder).then((files) =>
    files
      // The files FileMigrationProvider imports, named as it names them.
      .filter((f) => /\.(?:[cm]?js|[cm]?ts)$/.test(f) && !/\.d\.[cm]?ts$/.test(f))
      .map((f) => f.replace(/\.[^.]+$/, ""))
      .sort(),
  );
  // A failed listing is not kept: the next call tries again.
  void migrationNames.catch(() => (migrationNames = null));
  return migrationNames;
}

/**
 * Which shipped migrations the database has applied, in one query on Kysely's migration table (the Migrator's own
 * getMigrations introspects every table and imports every migration module: milliseconds, on each health check).
 * A database that never ran a migration has no such table: everything is pending. Any other error (a lost
 * connection) is thrown, so the health check fails.
 */
export async function migrationState(db: Kysely<Database>): Promise<MigrationState> {
  const [shipped, executed] = await Promise.all([shippedMigrations(), executedMigrations(db)]);
  return {
    applied: shipped.filter((name) => executed.has(name)),
    pending: shipped.filter((name) => !executed.has(name)),
  };
}

async function executedMigrations(db: Kysely<Database>): Promise<Set<string>> {
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)}`.execute(db);
    return new Set(rows.map((r) => r.name));
  } catch (error) {
    if ((error as { code?: unknown }).code === undefinedTable) return new Set();
    throw error;
  }
}

const undefinedTable = "42P01";
