// The whole app on a fresh test database, driven with app.inject (no port, no network).
import type { FastifyInstance } from "fastify";
import { afterAll } from "vitest";
import { buildApp } from "../src/app.ts";
import { loadConfig, type Config } from "../src/config.ts";
import { fixedClock, systemClock, type Clock } from "../src/platform/clock.ts";
import { createTestDb, type TestDb } from "./db.ts";

export { fixedClock };

export interface TestAppOptions {
  clock?: Clock;
  /** Start from a database with the reference taxonomies and personas loaded. */
  reference?: boolean;
  config?: Partial<Config>;
}

export interface TestApp extends TestDb {
  app: FastifyInstance;
  clock: Clock;
  config: Config;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ NODE_ENV: "test" }),
    databaseUrl: null,
    demo: false,
    webDist: null,
    ...overrides,
  };
}

/** Call at the top level of a test file, like createTestDb. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const testDb = await createTestDb({ reference: options.reference ?? false });
  const clock = options.clock ?? systemClock;
  const config = testConfig(options.config);
  const app = await buildApp({ db: testDb.db, config, clock, databaseMode: "embedded" });
  await app.ready();
  // Registered after createTestDb's hook, so it runs first (afterAll hooks run in reverse): app before database.
  afterAll(() => app.close());
  return { ...testDb, app, clock, config };
}

/** A test app whose database starts with the reference data loaded. */
export function createReferenceTestApp(options: Omit<TestAppOptions, "reference"> = {}): Promise<TestApp> {
  return createTestApp({ ...options, reference: true });
}
