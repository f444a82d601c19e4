// Operator commands: `npm run cli -- <command>`. They reach the same database as `npm start`: DATABASE_URL when
// set, otherwise the embedded server in the data folder (which must not be in use by a running Brug).
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { Kysely } from "kysely";
import { loadConfig } from "./config.ts";
import { createDb } from "./db/connection.ts";
import { DataFolderInUseError, startEmbedded, type EmbeddedServer } from "./db/embedded.ts";
import { migrateToLatest, migrationState } from "./db/migrate.ts";
import type { Database } from "./db/types.ts";
import { parseEnterpriseNumber } from "./domain/enterprise-number.ts";
import { createOrganisation, createUser, grantMembership } from "./modules/accounts/service.ts";
import { verifyAuditChain } from "./platform/audit.ts";
import type { AuditActor } from "./platform/audit-events.ts";
import { HttpError } from "./platform/errors.ts";

const usage = `Usage: npm run cli -- <command> [options]

Commands:
  migrate                         bring the database schema to the latest migration
  create-admin --email E --name N [--organisation NAME --enterprise-number KBO]
                                  create a platform administrator; the password is read from
                                  BRUG_ADMIN_PASSWORD or from standard input (never from the command line).
                                  The first admin also needs the organisation that runs the platform.
  audit:verify                    recompute the hash chain of the audit log
`;

const cli: AuditActor = { kind: "cli" };

class UsageError extends Error {}

async function withDatabase<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  let embedded: EmbeddedServer | null = null;
  let url = config.databaseUrl;
  if (url === null) {
    const server = await startEmbedded(config.dataDir);
    embedded = server;
    url = server.databaseUrl;
  }
  const db = createDb(url, { max: 2, applicationName: "brug-cli" });
  try {
    return await fn(db);
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

async function requireMigrated(db: Kysely<Database>): Promise<void> {
  const { pending } = await migrationState(db);
  if (pending.length > 0)
    throw new UsageError(`The database has ${pending.length} pending migration(s): run \`npm run migrate\` first.`);
}

/** BRUG_ADMIN_PASSWORD, else standard input: typed without echo on a terminal, or the first line of a pipe. */
async function readPassword(): Promise<string> {
  const fromEnv = process.env.BRUG_ADMIN_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return (Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "").trim();
  }
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    process.stdout.write("Password for the new admin (not shown): ");
    // Mute the echo of what is typed; readline writes through _writeToOutput.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function platformOrganisation(
  db: Kysely<Database>,
  values: { organisation?: string | undefined; "enterprise-number"?: string | undefined },
): Promise<string> {
  if (values.organisation !== undefined || values["enterprise-number"] !== undefined) {
    if (!values.organisation || !values["enterprise-number"]) {
      throw new UsageError("Give both --organisation and --enterprise-number, or neither.");
    }
    const number = parseEnterpriseNumber(values["enterprise-number"]);
    if (!number.ok) throw new UsageError(`--enterprise-number is not a valid KBO number (${number.code}).`);
    const existing = await db
      .selectFrom("organisations")
      .select("id")
      .where("enterprise_number", "=", number.value)
      .executeTakeFirst();
    if (existing) return existing.id;
    const created = await createOrganisation(db, cli, {
      name: values.organisation,
      enterpriseNumber: values["enterprise-number"],
      kind: "other",
    });
    return created.id;
  }
  // Later admins join the organisation of the existing ones.
  const adminOrg = await db
    .selectFrom("memberships")
    .select("organisation_id")
    .where("role", "=", "admin")
    .orderBy("created_at")
    .limit(1)
    .executeTakeFirst();
  if (adminOrg) return adminOrg.organisation_id;
  throw new UsageError(
    "There is no admin yet: name the organisation that runs the platform with --organisation and --enterprise-number.",
  );
}

async function createAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      organisation: { type: "string" },
      "enterprise-number": { type: "string" },
      locale: { type: "string", default: "nl" },
    },
    strict: true,
  });
  if (!values.email || !values.name) throw new UsageError("create-admin needs --email and --name.");
  const locale = values.locale;
  if (locale !== "nl" && locale !== "en" && locale !== "fr") throw new UsageError("--locale is nl, en or fr.");
  const password = await readPassword();
  // ASVS 2.1.1, as for accounts created in the app.
  if (password.length < 12) throw new UsageError("The password must have at least 12 characters.");

  await withDatabase(async (db) => {
    await requireMigrated(db);
    await db.transaction().execute(async (trx) => {
      const organisationId = await platformOrganisation(trx, values);
      const user = await createUser(trx, cli, { email: values.email!, displayName: values.name!, password, locale });
      await grantMembership(trx, cli, { userId: user.id, organisationId, regionId: null, role: "admin" });
      console.log(`Created admin ${user.email} (user ${user.id}).`);
    });
  });
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "migrate": {
      await withDatabase(async (db) => {
        const { applied } = await migrateToLatest(db);
        const { applied: all } = await migrationState(db);
        console.log(
          applied.length > 0
            ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
            : `The schema is up to date (${all.length} migrations, latest ${all.at(-1) ?? "none"}).`,
        );
      });
      return 0;
    }
    case "create-admin":
      await createAdmin(rest);
      return 0;
    case "audit:verify": {
      const result = await withDatabase(async (db) => {
        await requireMigrated(db);
        return verifyAuditChain(db);
      });
      if (result.ok) {
        console.log(`audit chain intact: ${result.rows} rows`);
        return 0;
      }
      console.error(
        `audit chain BROKEN at row ${result.firstBrokenId} (${result.reason}); ${result.rows - 1} rows before it are intact`,
      );
      return 1;
    }
    case undefined:
    case "help":
    case "--help":
      console.log(usage);
      return command === undefined ? 1 : 0;
    default:
      console.error(`Unknown command "${command}".\n\n${usage}`);
      return 1;
  }
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error instanceof DataFolderInUseError) {
    console.error(error.message);
  } else if (error instanceof HttpError) {
    // The services' errors carry a catalogue code (e.g. user.email_taken) and, for bad input, the fields.
    console.error(`Refused: ${error.code}${error.fields ? " " + JSON.stringify(error.fields) : ""}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
