// Start Brug: the database (embedded in the data folder, or DATABASE_URL), migrations, reference data, demo data
// on a fresh embedded database, then the HTTP server, then the scheduled jobs (pg-boss: mail delivery, reminders)
// in the background, so that they never hold up the start. Ctrl-C closes the app, the jobs, the pool and PostgreSQL
// in that order.
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { buildApp } from "./app.ts";
import { loadConfig, startupRefusal } from "./config.ts";
import { createDb } from "./db/connection.ts";
import { DataFolderInUseError, startEmbedded, type EmbeddedServer } from "./db/embedded.ts";
import { migrateToLatest } from "./db/migrate.ts";
import type { Database } from "./db/types.ts";
import { keepDemoCallsCurrent } from "./demo/calls.ts";
import { listDemoAccounts, loadDemo, type DemoAccount } from "./demo/load.ts";
import { systemClock } from "./platform/clock.ts";
import { startJobs, type Jobs } from "./platform/jobs.ts";
import { loadReference } from "./reference/load.ts";

async function main(): Promise<void> {
  const config = loadConfig();
  const refusal = startupRefusal(config);
  if (refusal !== null) {
    console.error(`Brug could not start: ${refusal}`);
    process.exit(1);
  }
  let embedded: EmbeddedServer | null = null;
  let db: Kysely<Database> | null = null;
  let app: FastifyInstance | null = null;
  let jobsStarting: Promise<Jobs | null> | null = null;

  let stopping: Promise<void> | null = null;
  const stop = (exitCode: number) =>
    (stopping ??= (async () => {
      try {
        await app?.close();
        // A start still under way is waited for, then stopped: running jobs finish (at most 10 s) before the pool goes.
        await (await jobsStarting)?.stop();
        await db?.destroy();
        await embedded?.stop();
      } catch (error) {
        console.error("Error while stopping:", error);
        exitCode = 1;
      }
      process.exit(exitCode);
    })());
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      console.log(`\n${signal}: stopping Brug…`);
      void stop(0);
    });
  }

  try {
    let databaseUrl: string;
    if (config.databaseUrl !== null) {
      databaseUrl = config.databaseUrl;
    } else {
      console.log(`Starting PostgreSQL in ${config.dataDir} …`);
      const server = await startEmbedded(config.dataDir);
      embedded = server;
      databaseUrl = server.databaseUrl;
    }
    db = createDb(databaseUrl);

    const { applied } = await migrateToLatest(db);
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);

    await loadReference(db);

    let demoAccounts: DemoAccount[] = [];
    if (config.demo) {
      const hasRegions = await db.selectFrom("regions").select("id").limit(1).executeTakeFirst();
      if (hasRegions === undefined) {
        console.log("Loading the demo data (five regions, their addenda and calls) …");
        demoAccounts = await loadDemo(db, undefined, { publicUrl: config.publicUrl });
      } else {
        demoAccounts = listDemoAccounts();
        const moved = await keepDemoCallsCurrent(db, systemClock.now());
        if (moved > 0) console.log("The demo call's deadline had passed: its timeline now starts from today.");
      }
    }

    app = await buildApp({ db, config, clock: systemClock, databaseMode: embedded ? "embedded" : "external" });
    const address = await app.listen({ port: config.port, host: config.host });

    const url = address.replace("127.0.0.1", "localhost");
    console.log(`\nBrug is running at ${url}`);
    console.log(`API documentation: ${url}/api/docs`);
    if (demoAccounts.length > 0) {
      console.log(`\nDemo accounts (demo data only; never use these passwords elsewhere):`);
      const width = Math.max(...demoAccounts.map((a) => a.email.length));
      for (const account of demoAccounts) {
        const region = account.region ? `  ${account.region}` : "";
        console.log(`  ${account.role.padEnd(12)} ${account.email.padEnd(width)}  ${account.password}${region}`);
      }
    }
    console.log(
      config.mail
        ? `\nMail: sent through ${new URL(config.mail.smtpUrl).host} as ${config.mail.from}`
        : "\nMail: no BRUG_SMTP_URL, so nothing is sent; every message stays readable under Berichten.",
    );
    jobsStarting = startJobs({ db, clock: systemClock, config, databaseUrl, log: app.log }).catch((error: unknown) => {
      // The app still serves; messages and reminders wait in the database until the next start.
      console.error("Scheduled jobs (mail, reminders) could not start:", error);
      return null;
    });
    console.log("\nPress Ctrl-C to stop.");
  } catch (error) {
    if (error instanceof DataFolderInUseError) {
      console.error(error.message);
    } else {
      console.error("Brug could not start:", error);
    }
    await stop(1);
  }
}

await main();
