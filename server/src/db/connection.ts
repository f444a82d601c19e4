// The one way Brug opens PostgreSQL: a pg Pool behind Kysely, with explicit type parsing.
import pg from "pg";
import { Kysely, PostgresDialect } from "kysely";
import type { Database } from "./types.ts";

const TIMESTAMPTZ = 1184;
const DATE = 1082;
const INT8 = 20;

// Per-pool parsers rather than pg.types.setTypeParser, so nothing global changes for other pg users.
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    switch (oid) {
      case TIMESTAMPTZ:
        return (value: string) => new Date(value);
      // A calendar date has no time zone: keep "2023-06-09" as text, never shift it through a Date.
      case DATE:
        return (value: string) => value;
      // Ids are bigint; JavaScript numbers lose precision above 2^53, so they stay strings.
      case INT8:
        return (value: string) => value;
      default:
        return pg.types.getTypeParser(oid, format);
    }
  }) as pg.CustomTypesConfig["getTypeParser"],
};

export interface DbOptions {
  /** Pool size; the default suits one app process on a small machine. */
  max?: number;
  applicationName?: string;
}

export function createPool(url: string, options: DbOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 20,
    application_name: options.applicationName ?? "brug",
    types: typeParsers,
  });
  // An idle client that loses its connection (database restart, shutdown) must not crash the process.
  pool.on("error", (error) => {
    console.error(`PostgreSQL connection error: ${error.message}`);
  });
  return pool;
}

export function createDb(url: string, options: DbOptions = {}): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPool(url, options) }) });
}
