// Scheduled jobs with pg-boss on the same PostgreSQL (DESIGN §5), its tables in their own schema (pgboss).
//
// main.ts starts them after the HTTP server listens and stops them on Ctrl-C before the pool and PostgreSQL;
// buildApp and the tests never start them (a test that wants them calls startJobs itself). pg-boss runs each
// schedule once per occurrence however many app servers there are, and a queue with the "stately" policy holds at
// most one waiting and one running job, so a slow run is never stacked. Every job is idempotent on its own anyway:
// the outbox claims messages with SKIP LOCKED, reminders have a unique key.
//
// To add a periodic job, add one line to periodicJobs: a name, a cron expression (Europe/Brussels) and the function.
import type { Kysely } from "kysely";
import { PgBoss } from "pg-boss";
import type { Config } from "../config.ts";
import type { Database } from "../db/types.ts";
import { deliverOutbox } from "../modules/outbox/delivery.ts";
import { formFinalPartnerships } from "../modules/partnerships/formation.ts";
import { queueReminders } from "../modules/reminders/reminders.ts";
import { expireUnansweredReferrals } from "../modules/referrals/expiry.ts";
import type { Clock } from "./clock.ts";
import { createMailer, type Mailer } from "./mail.ts";

/** What a job gets: the database, the clock, the configuration and the mailer (null without BRUG_SMTP_URL). */
export interface JobContext {
  db: Kysely<Database>;
  clock: Clock;
  config: Config;
  mailer: Mailer | null;
}

export interface PeriodicJob {
  /** The pg-boss queue name: letters, digits, dashes. */
  name: string;
  /** Five-field cron, evaluated in Europe/Brussels; pg-boss runs schedules at minute resolution. */
  cron: string;
  /** Returns a short summary for the log (counts, never message contents); null or undefined: nothing to log. */
  run(context: JobContext): Promise<unknown>;
}

export const periodicJobs: PeriodicJob[] = [
  {
    name: "outbox-delivery",
    cron: "* * * * *",
    run: async ({ db, clock, config, mailer }) => {
      const result = await deliverOutbox({ db, mailer, mail: config.mail, now: () => clock.now() });
      return result.sent > 0 || result.failed.length > 0 ? result : null;
    },
  },
  {
    name: "reminders",
    cron: "*/15 * * * *",
    run: async ({ db, clock, config }) => {
      const result = await queueReminders(db, clock.now(), config.publicUrl);
      return result.candidacy > 0 || result.jury > 0 ? result : null;
    },
  },
  {
    // A call's partnership forms once its decisions are final (the last weerwoord window closed, every weerwoord
    // handled); the coordinator can form it sooner from the screen.
    name: "partnership-formation",
    cron: "*/15 * * * *",
    run: async ({ db, clock }) => {
      const formed = await formFinalPartnerships(db, clock.now());
      return formed > 0 ? { formed } : null;
    },
  },
  {
    // A referral sent and unanswered for 30 days ends as expired_without_answer (domain/referral-state.ts).
    name: "referral-expiry",
    cron: "7 * * * *",
    run: async ({ db, clock }) => {
      const expired = await expireUnansweredReferrals(db, clock.now());
      return expired > 0 ? { expired } : null;
    },
  },
];

/** The part of a pino logger the jobs use (Fastify's app.log fits). */
export interface JobLog {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface Jobs {
  /** Queues one run of a registered job now (as its schedule would); resolves with the pg-boss job id. */
  runNow(name: string): Promise<string | null>;
  /** Waits for running jobs (at most 10 s), then closes pg-boss's connections. */
  stop(): Promise<void>;
}

export interface StartJobsOptions extends Omit<JobContext, "mailer"> {
  /** The database's URL; pg-boss keeps a small pool of its own. */
  databaseUrl: string;
  log: JobLog;
  /** Default: periodicJobs. */
  jobs?: PeriodicJob[];
  /** Seconds between a worker's polls for new jobs; default 2. */
  pollingIntervalSeconds?: number;
}

export const jobsSchema = "pgboss";

export async function startJobs(options: StartJobsOptions): Promise<Jobs> {
  const jobs = options.jobs ?? periodicJobs;
  const { log } = options;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: jobsSchema,
    application_name: "brug-jobs",
    max: 3,
  });
  // pg-boss reports its own trouble (a lost connection, a slow query) as events; an unhandled "error" would crash.
  boss.on("error", (error) => log.error({ err: error }, "scheduled jobs: pg-boss error"));

  const mailer = options.config.mail ? createMailer(options.config.mail) : null;
  const context: JobContext = { db: options.db, clock: options.clock, config: options.config, mailer };
  await boss.start();
  try {
    const known = new Set(jobs.map((j) => j.name));
    for (const job of jobs) {
      if ((await boss.getQueue(job.name)) === null) {
        await boss.createQueue(job.name, { policy: "stately", retryLimit: 0, expireInSeconds: 600 });
      }
      await boss.work(
        job.name,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
        async () => {
          try {
            const summary = await job.run(context);
            // A run that did nothing (most of them) is not worth a line every minute.
            if (summary !== null && summary !== undefined) log.info({ job: job.name, summary }, "scheduled job done");
          } catch (error) {
            log.error({ job: job.name, err: error }, "scheduled job failed");
            throw error;
          }
        },
      );
      // missed: "once" — after the server was down, one run catches up (the jobs judge what is still due).
      await boss.schedule(job.name, job.cron, null, { tz: "Europe/Brussels", missed: "once" });
    }
    // A job taken out of the registry must not keep running from an old schedule.
    for (const schedule of await boss.getSchedules()) {
      if (!known.has(schedule.name)) await boss.unschedule(schedule.name, schedule.key);
    }
  } catch (error) {
    await boss.stop({ graceful: false });
    mailer?.close();
    throw error;
  }

  return {
    runNow: (name) => {
      if (!jobs.some((j) => j.name === name)) throw new Error(`no scheduled job named ${name}`);
      return boss.send(name, null);
    },
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 10_000 });
      mailer?.close();
    },
  };
}
