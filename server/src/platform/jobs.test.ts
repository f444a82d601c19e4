// The scheduled jobs: pg-boss started against this test file's database, its tables in their own schema, each
// registered job scheduled and run by a worker. buildApp never starts pg-boss: this test does, on purpose.
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../test/db.ts";
import { testConfig } from "../../test/app.ts";
import { fixedClock } from "./clock.ts";
import { jobsSchema, periodicJobs, startJobs, type JobContext, type PeriodicJob } from "./jobs.ts";

const { db, url } = await createTestDb();
const clock = fixedClock("2026-11-23T10:00:00Z");

const ran: JobContext[] = [];
let resolveRan: () => void = () => {};
const firstRun = new Promise<void>((resolve) => (resolveRan = resolve));
const probe: PeriodicJob = {
  name: "probe",
  cron: "*/5 * * * *",
  run: async (context) => {
    ran.push(context);
    resolveRan();
    return { ok: true };
  },
};

const logged: { message: string; object: object }[] = [];
const log = {
  info: (object: object, message: string) => logged.push({ object, message }),
  error: (object: object, message: string) => logged.push({ object, message }),
};

const jobs = await startJobs({
  db,
  clock,
  config: testConfig(),
  databaseUrl: url,
  log,
  jobs: [probe],
  pollingIntervalSeconds: 0.5,
});
afterAll(() => jobs.stop());

describe("scheduled jobs", () => {
  it("keep pg-boss's tables in a schema of their own", async () => {
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = ${jobsSchema}
    `.execute(db);
    expect(rows.map((r) => r.table_name)).toContain("job");
    const { rows: ours } = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name like 'job%'
    `.execute(db);
    expect(ours[0]!.n).toBe(0);
  });

  it("schedule each registered job in Brussels time", async () => {
    const { rows } = await sql<{ name: string; cron: string; timezone: string }>`
      select name, cron, timezone from ${sql.table(`${jobsSchema}.schedule`)}
    `.execute(db);
    expect(rows).toEqual([{ name: "probe", cron: "*/5 * * * *", timezone: "Europe/Brussels" }]);
  });

  it("run a registered job with the database, the clock and the configuration", async () => {
    expect(await jobs.runNow("probe")).toEqual(expect.any(String));
    await firstRun;
    expect(ran).toHaveLength(1);
    expect(ran[0]!.db).toBe(db);
    expect(ran[0]!.clock.now()).toEqual(clock.now());
    // No BRUG_SMTP_URL in the test configuration: no mailer.
    expect(ran[0]!.mailer).toBeNull();
    expect(() => jobs.runNow("no-such-job")).toThrow("no scheduled job named no-such-job");
  });

  it("register mail delivery every minute, reminders and partnership formation every 15 minutes, referral expiry hourly", () => {
    expect(periodicJobs.map((j) => [j.name, j.cron])).toEqual([
      ["outbox-delivery", "* * * * *"],
      ["reminders", "*/15 * * * *"],
      ["partnership-formation", "*/15 * * * *"],
      ["referral-expiry", "7 * * * *"],
    ]);
  });
});
