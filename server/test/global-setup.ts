// Vitest global setup: ONE PostgreSQL for the whole run, and a migrated template database that every test file
// clones (CREATE DATABASE … TEMPLATE, see db.ts). With TEST_DATABASE_URL (or DATABASE_URL) it uses that server
// instead of starting one; the URL must name a database the test user may create databases from (e.g. postgres).
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDb } from "../src/db/connection.ts";
import { findFreePort, startCluster, type EmbeddedServer } from "../src/db/embedded.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { loadReference } from "../src/reference/load.ts";

export const templateDatabase = "brug_template";
export const referenceTemplateDatabase = "brug_template_reference";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of a maintenance database on the test server; db.ts creates each file's database through it. */
    testDatabaseServerUrl: string;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function recreate(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
    const from = template ? ` template ${client.escapeIdentifier(template)}` : "";
    await client.query(`create database ${client.escapeIdentifier(name)}${from}`);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const externalUrl = process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || null;
  let server: EmbeddedServer | null = null;
  let tempDir: string | null = null;
  let adminUrl: string;

  if (externalUrl !== null) {
    adminUrl = externalUrl;
  } else {
    tempDir = await mkdtemp(path.join(os.tmpdir(), "brug-test-"));
    // Running as root, PostgreSQL runs as `postgres`, which must reach the cluster folder; mkdtemp makes 0700.
    await chmod(tempDir, 0o755);
    server = await startCluster({
      clusterDir: path.join(tempDir, "postgres"),
      port: await findFreePort(),
      password: randomBytes(16).toString("hex"),
    });
    adminUrl = server.url("postgres");
  }

  // The template: migrated once. Then a second template with the reference taxonomies and personas loaded.
  await recreate(adminUrl, templateDatabase);
  const template = createDb(withDatabase(adminUrl, templateDatabase), { max: 2 });
  await migrateToLatest(template);
  await template.destroy();

  await recreate(adminUrl, referenceTemplateDatabase, templateDatabase);
  const reference = createDb(withDatabase(adminUrl, referenceTemplateDatabase), { max: 2 });
  await loadReference(reference);
  await reference.destroy();

  project.provide("testDatabaseServerUrl", adminUrl);

  return async () => {
    if (server) await server.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}
