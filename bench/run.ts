// Load scenarios against the whole app (buildApp), in one run: two baselines registered only for the bench, then
// Brug's own routes. See bench/README.md.
//
//   tsx bench/run.ts [--scale 450] [--clients 5000] [--duration 10] [--connections 50] [--warmup 2] [--only name,name] [--no-bare]
//
// Starts its own embedded PostgreSQL in a temporary folder (or uses BENCH_DATABASE_URL), migrates, loads the
// reference data and the demo (and the synthetic regions with --scale), listens on 127.0.0.1:<free port> and runs
// autocannon in a worker thread, so the load generator does not share the app's event loop. Prints a table and
// writes bench/results/<timestamp>.json. Everything is stopped at the end; a watchdog bounds the whole run.
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import autocannon, { type Result } from "autocannon";
import Fastify, { type FastifyInstance } from "fastify";
import { Kysely, PostgresDialect } from "kysely";
import type pg from "pg";
import { buildApp } from "../server/src/app.ts";
import { loadConfig } from "../server/src/config.ts";
import { createPool } from "../server/src/db/connection.ts";
import { ensureDatabase, findFreePort, startCluster, type EmbeddedServer } from "../server/src/db/embedded.ts";
import { migrateToLatest } from "../server/src/db/migrate.ts";
import type { Database } from "../server/src/db/types.ts";
import { demoPassword, loadDemo } from "../server/src/demo/load.ts";
import { systemClock } from "../server/src/platform/clock.ts";
import { getBarrierGrid } from "../server/src/modules/addenda/public.ts";
import { loadReference } from "../server/src/reference/load.ts";
import { defaultScale, generateRegions, type GenerateResult } from "./generate.ts";
import { clientScenarios, measurePages, pageLoads } from "./client-file.ts";
import { benchCompanionEmail, generateClients, type GeneratedClients } from "./generate-clients.ts";

const benchDir = path.dirname(fileURLToPath(import.meta.url));

// ---- options ----

interface Options {
  scale: number | null;
  /** Background clients next to the one with a long history (the client-file scenarios). */
  clients: number;
  duration: number;
  connections: number;
  warmup: number;
  only: string[] | null;
  bare: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    scale: null,
    clients: 5000,
    duration: 10,
    connections: 50,
    warmup: 2,
    only: null,
    bare: true,
  };
  const number = (name: string, value: string | undefined, min: number, max: number): number => {
    const n = Number(value);
    if (value === undefined || !Number.isFinite(n) || n < min || n > max)
      throw new Error(`${name} needs a number from ${min} to ${max}, got "${value ?? ""}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    switch (arg) {
      case "--scale":
        // "--scale" alone means ten times Flanders.
        if (next === undefined || next.startsWith("--")) options.scale = defaultScale;
        else {
          options.scale = Math.round(number(arg, next, 0, 100_000));
          i++;
        }
        break;
      case "--clients":
        options.clients = Math.round(number(arg, next, 0, 1_000_000));
        i++;
        break;
      case "--duration":
        options.duration = number(arg, next, 1, 120);
        i++;
        break;
      case "--connections":
        options.connections = Math.round(number(arg, next, 1, 1000));
        i++;
        break;
      case "--warmup":
        options.warmup = number(arg, next, 0, 30);
        i++;
        break;
      case "--only":
        options.only = (next ?? "").split(",").filter((s) => s !== "");
        i++;
        break;
      case "--no-bare":
        options.bare = false;
        break;
      case "--help":
      case "-h":
        console.log(
          "tsx bench/run.ts [--scale [N]] [--duration s] [--connections n] [--warmup s] [--only a,b] [--no-bare]",
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument "${arg}" (try --help)`);
    }
  }
  return options;
}

// ---- scenarios ----

export interface Scenario {
  name: string;
  path: string;
  /** What it measures, for the table's readers. */
  what: string;
  signedIn?: boolean;
  /** Signed in as the bench companion who owns the client with a long history (generate-clients.ts). */
  asCompanion?: boolean;
  /** POST with a JSON body (signed-in scenarios send the session's CSRF token). Default GET. */
  method?: "POST";
  /** Looks up what the path and body need from the loaded data (ids), before the scenario runs. */
  target?: (db: Kysely<Database>) => Promise<{ path: string; body?: unknown }>;
  /** Runs against the bare Fastify instance rather than the app. */
  bare?: boolean;
  baseline?: "plain" | "one-read";
}

const scenarios: Scenario[] = [
  {
    name: "bare-fastify",
    path: "/bench/baseline",
    bare: true,
    what: "a constant object from a Fastify instance without Brug's platform (no helmet, cookies, hooks)",
  },
  {
    name: "baseline-plain",
    path: "/bench/baseline",
    baseline: "plain",
    what: "a constant object through Brug's whole platform layer (helmet, cookie, session/CSRF/policy hooks)",
  },
  {
    name: "baseline-one-read",
    path: "/bench/one-read",
    baseline: "one-read",
    what: "one indexed read (region by slug) through the platform layer",
  },
  { name: "health", path: "/api/health", what: "GET /api/health (migration state)" },
  { name: "addenda-list", path: "/api/public/addenda", what: "all published addenda, summarised" },
  { name: "addendum", path: "/api/public/addenda/maasland", what: "one published addendum with references" },
  { name: "barrier-grid", path: "/api/public/barrier-grid", what: "barrier × region grid over all addenda" },
  {
    name: "grid-preserialized",
    path: "/bench/barrier-grid-preserialized",
    what: "bench only: the cached barrier grid sent as a JSON string serialised once per snapshot",
  },
  { name: "persona", path: "/api/public/personas/saled", what: "one persona across all addenda" },
  {
    name: "draft",
    path: "/api/addenda/maasland/draft",
    signedIn: true,
    what: "the coordinator's draft, signed in (session lookup + draft)",
  },
  { name: "calls", path: "/api/public/calls", what: "every call with its phase from the clock" },
  {
    name: "coverage",
    path: "/api/calls/:callId/coverage",
    signedIn: true,
    method: "POST",
    what: "the coverage matrix of Maasland's 2023 call with every candidacy selected (runs on each click in a jury)",
    target: async (db) => {
      const call = await db
        .selectFrom("calls")
        .innerJoin("regions", "regions.id", "calls.region_id")
        .select("calls.id")
        .where("regions.slug", "=", "maasland")
        .where("calls.is_demo", "=", false)
        .executeTakeFirstOrThrow();
      const candidacies = await db
        .selectFrom("candidacies")
        .select("id")
        .where("call_id", "=", call.id)
        .where((eb) => eb.exists(eb.selectFrom("candidacy_revisions").whereRef("candidacy_id", "=", "candidacies.id")))
        .execute();
      return { path: `/api/calls/${call.id}/coverage`, body: { selected: candidacies.map((c) => c.id) } };
    },
  },
  {
    name: "partnership",
    path: "/api/regions/maasland/partnership",
    signedIn: true,
    what: "Maasland's partnership: members and every offer (the directory referrals will search)",
  },
  {
    name: "outbox",
    path: "/api/outbox",
    signedIn: true,
    what: "the coordinator's Berichten: the region's newest messages with their delivery state",
  },
  ...clientScenarios(),
];

// ---- the database ----

interface BenchDatabase {
  url: string;
  mode: "embedded" | "external";
  stop(): Promise<void>;
}

async function openDatabase(): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL?.trim();
  if (external) return { url: external, mode: "external", stop: async () => {} };

  const tempDir = await mkdtemp(path.join(os.tmpdir(), "brug-bench-"));
  // Running as root, PostgreSQL runs as `postgres`, which must reach the cluster folder; mkdtemp makes 0700.
  await chmod(tempDir, 0o755);
  let server: EmbeddedServer | null = null;
  try {
    server = await startCluster({
      clusterDir: path.join(tempDir, "postgres"),
      port: await findFreePort(),
      password: randomBytes(16).toString("hex"),
    });
    await ensureDatabase(server.url(), "brug_bench");
  } catch (error) {
    await server?.stop();
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  const running = server;
  return {
    url: running.url("brug_bench"),
    mode: "embedded",
    stop: async () => {
      try {
        await running.stop();
      } finally {
        await rm(tempDir, { recursive: true, force: true });
      }
    },
  };
}

async function prepareData(db: Kysely<Database>, scale: number | null): Promise<GenerateResult | null> {
  await migrateToLatest(db);
  await loadReference(db);
  const hasDemo = await db.selectFrom("regions").select("id").where("slug", "=", "maasland").executeTakeFirst();
  if (hasDemo === undefined) await loadDemo(db);
  return scale === null ? null : generateRegions(db, { count: scale });
}

// ---- the apps ----

/** Brug's app with the two bench-only baseline routes, added before ready() so the policy hook sees them. */
async function buildBenchApp(db: Kysely<Database>, mode: "embedded" | "external"): Promise<FastifyInstance> {
  const config = { ...loadConfig({}), databaseUrl: null, demo: false, webDist: null, production: false };
  const app = await buildApp({ db, config, clock: systemClock, databaseMode: mode });
  const publicPolicy = { policy: { access: "public" as const } };
  app.get("/bench/baseline", { config: publicPolicy }, async () => ({ hello: "world" }));
  app.get("/bench/one-read", { config: publicPolicy }, async () => {
    const row = await db
      .selectFrom("regions")
      .select(["id", "slug", "name"])
      .where("slug", "=", "maasland")
      .executeTakeFirstOrThrow();
    return row;
  });
  // What the barrier grid would cost if its route sent the cached read model serialised once (per snapshot) instead
  // of serialising 5.7 MB per request: the same read model and freshness check, then a string.
  const serialized = new WeakMap<object, string>();
  app.get("/bench/barrier-grid-preserialized", { config: publicPolicy }, async (_request, reply) => {
    const grid = await getBarrierGrid(db);
    let body = serialized.get(grid);
    if (body === undefined) {
      body = JSON.stringify(grid);
      serialized.set(grid, body);
    }
    return reply.type("application/json; charset=utf-8").send(body);
  });
  await app.ready();
  return app;
}

async function buildBareApp(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get("/bench/baseline", async () => ({ hello: "world" }));
  await app.ready();
  return app;
}

async function signIn(
  base: string,
  email = "coordinator.maasland@brug.demo",
): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter((c) => c !== "")
    .join("; ");
  if (cookie === "") throw new Error("sign-in set no cookie");
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

// ---- running ----

interface Row {
  name: string;
  path: string;
  what: string;
  responseBytes: number;
  requestsPerSecond: number;
  totalRequests: number;
  latencyP50: number;
  latencyP99: number;
  latencyAverage: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  vsOneRead: number | null;
  vsPlain: number | null;
}

let current: { stop(): void } | null = null;

/** Waits (at most 15 s) until no query runs or waits in the pool, plus a moment for the last responses. */
async function drained(pool: pg.Pool): Promise<void> {
  const quietFor = 200;
  let quietSince: number | null = null;
  for (const end = Date.now() + 15_000; Date.now() < end;) {
    const busy = pool.waitingCount > 0 || pool.idleCount < pool.totalCount;
    if (busy) quietSince = null;
    else if (quietSince === null) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietFor) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function load(
  request: { url: string; method: string; body: string | undefined },
  options: Options,
  headers: Record<string, string>,
  seconds: number,
): Promise<Result> {
  const instance = autocannon({
    url: request.url,
    method: request.method,
    ...(request.body === undefined ? {} : { body: request.body }),
    connections: options.connections,
    duration: seconds,
    workers: 1,
    timeout: 10,
    headers,
  });
  current = instance;
  try {
    return await instance;
  } finally {
    current = null;
  }
}

async function runScenario(
  scenario: Scenario,
  base: string,
  options: Options,
  headers: Record<string, string>,
  pool: pg.Pool,
  db: Kysely<Database>,
): Promise<Row> {
  const target = scenario.target ? await scenario.target(db) : { path: scenario.path };
  const request = {
    url: base + target.path,
    method: scenario.method ?? "GET",
    body: target.body === undefined ? undefined : JSON.stringify(target.body),
  };
  if (request.body !== undefined) headers = { ...headers, "content-type": "application/json" };
  // One request first: a scenario that fails outright should say so, not report thousands of fast 401s.
  const probe = await fetch(request.url, { method: request.method, headers, body: request.body ?? null });
  const body = await probe.arrayBuffer();
  if (probe.status !== 200) {
    console.warn(
      `  ${scenario.name}: the probe answered ${probe.status}: ${Buffer.from(body).toString("utf8", 0, 300)}`,
    );
  }
  if (options.warmup > 0) {
    await load(request, options, headers, options.warmup);
    await drained(pool);
  }
  const result = await load(request, options, headers, options.duration);
  await drained(pool);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count]));
  return {
    name: scenario.name,
    path: scenario.path,
    what: scenario.what,
    responseBytes: body.byteLength,
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyAverage: result.latency.average,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    vsOneRead: null,
    vsPlain: null,
  };
}

function fmt(n: number | null, digits = 0): string {
  if (n === null || !Number.isFinite(n)) return "–";
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function bytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} B`;
}

function table(rows: Row[]): string {
  const header = ["scenario", "path", "body", "req/s", "p50 ms", "p99 ms", "err/non-2xx", "× one-read", "× plain"];
  const lines = rows.map((r) => [
    r.name,
    r.path,
    bytes(r.responseBytes),
    fmt(r.requestsPerSecond),
    fmt(r.latencyP50),
    fmt(r.latencyP99),
    `${r.errors + r.timeouts}/${r.non2xx}`,
    fmt(r.vsOneRead, 3),
    fmt(r.vsPlain, 3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8]);
  const render = (cells: string[]) =>
    "| " +
    cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(" | ") +
    " |";
  return [
    render(header),
    "|" + widths.map((w, i) => (numeric.has(i) ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|") + "|",
    ...lines.map(render),
  ].join("\n");
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const selected = scenarios.filter(
    (s) => (options.only === null || options.only.includes(s.name)) && (options.bare || !s.bare),
  );
  if (selected.length === 0) throw new Error(`no scenario matches --only ${options.only?.join(",") ?? ""}`);

  // Watchdog: startup and data (generous), then each scenario's probe, warmup and run plus slack.
  const budgetMs = 180_000 + selected.length * (options.warmup + options.duration + 15) * 1000;
  const cleanups: (() => Promise<void>)[] = [];
  let stopping: Promise<void> | null = null;
  const stopAll = () =>
    (stopping ??= (async () => {
      current?.stop();
      for (const cleanup of cleanups.reverse()) {
        try {
          await cleanup();
        } catch (error) {
          console.error("error while stopping:", error);
        }
      }
    })());
  const watchdog = setTimeout(() => {
    console.error(`The bench ran longer than ${Math.round(budgetMs / 1000)} s; stopping.`);
    void stopAll().finally(() => process.exit(1));
  }, budgetMs);
  watchdog.unref();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping…`);
      void stopAll().finally(() => process.exit(130));
    });
  }

  try {
    const started = performance.now();
    const database = await openDatabase();
    cleanups.push(() => database.stop());
    // The pool itself (not only Kysely over it), to wait until the app's queries are done: when autocannon stops,
    // up to one request per connection is still running, and it must neither spill into the next scenario nor
    // meet a destroyed pool at the end.
    const pool = createPool(database.url, { applicationName: "brug-bench" });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    cleanups.push(async () => {
      await drained(pool);
      await db.destroy();
    });

    const generated = await prepareData(db, options.scale);
    const counts = await db
      .selectFrom("addenda")
      .select(({ fn }) => [fn.countAll<string>().as("published")])
      .where("published_version_id", "is not", null)
      .executeTakeFirstOrThrow();
    const publishedAddenda = Number(counts.published);
    if (generated)
      console.log(
        `Generated ${generated.inserted} synthetic regions (${bytes(generated.documentBytes)} of documents) in ${generated.milliseconds} ms.`,
      );

    let clients: GeneratedClients | null = null;
    if (selected.some((s) => s.asCompanion)) {
      clients = await generateClients(db, { background: options.clients });
      if (clients)
        console.log(
          `Generated the client with two years of history and ${clients.backgroundClients} background clients ` +
            `(${clients.rows} rows) in ${clients.milliseconds} ms.`,
        );
    }

    const app = await buildBenchApp(db, database.mode);
    cleanups.push(() => app.close());
    const port = await findFreePort();
    await app.listen({ host: "127.0.0.1", port });
    const base = `http://127.0.0.1:${port}`;

    let bareBase: string | null = null;
    if (selected.some((s) => s.bare)) {
      const bare = await buildBareApp();
      cleanups.push(() => bare.close());
      const barePort = await findFreePort();
      await bare.listen({ host: "127.0.0.1", port: barePort });
      bareBase = `http://127.0.0.1:${barePort}`;
    }

    const session = selected.some((s) => s.signedIn) ? await signIn(base) : null;
    const companion = selected.some((s) => s.asCompanion) ? await signIn(base, benchCompanionEmail) : null;
    console.log(
      `Ready in ${Math.round(performance.now() - started)} ms: ${publishedAddenda} published addenda, ` +
        `database ${database.mode}. ${selected.length} scenarios × (${options.warmup} s warm-up + ` +
        `${options.duration} s), ${options.connections} connections.\n`,
    );

    const rows: Row[] = [];
    for (const scenario of selected) {
      process.stdout.write(`  ${scenario.name.padEnd(18)} ${scenario.path} … `);
      const headers: Record<string, string> = {};
      const as = scenario.asCompanion ? companion : scenario.signedIn ? session : null;
      if (as !== null) {
        headers.cookie = as.cookie;
        headers["sec-fetch-site"] = "same-origin";
        if (scenario.method === "POST") headers["x-csrf-token"] = as.csrfToken;
      }
      const row = await runScenario(scenario, scenario.bare && bareBase ? bareBase : base, options, headers, pool, db);
      console.log(`${fmt(row.requestsPerSecond)} req/s`);
      rows.push(row);
    }

    const plain = rows.find((r) => scenarios.find((s) => s.name === r.name)?.baseline === "plain");
    const oneRead = rows.find((r) => scenarios.find((s) => s.name === r.name)?.baseline === "one-read");
    for (const row of rows) {
      row.vsPlain = plain && plain.requestsPerSecond > 0 ? row.requestsPerSecond / plain.requestsPerSecond : null;
      row.vsOneRead =
        oneRead && oneRead.requestsPerSecond > 0 ? row.requestsPerSecond / oneRead.requestsPerSecond : null;
    }

    console.log(
      `\nScale: ${publishedAddenda} published addenda${options.scale !== null ? ` (--scale ${options.scale})` : " (demo)"}; ` +
        `${options.duration} s per scenario, ${options.connections} connections.\n`,
    );
    console.log(table(rows));

    const pages = companion === null ? [] : await measurePages(base, companion, db);
    if (pages.length > 0) {
      console.log(`\nPage loads, one at a time (no other load), ${pageLoads} each, the page's requests in parallel:`);
      const base = pages[0]?.p50 ?? 0;
      for (const p of pages)
        console.log(
          `  ${p.name.padEnd(34)} p50 ${fmt(p.p50, 1)} ms (${fmt(base > 0 ? p.p50 / base : null, 1)}× the baseline)  ` +
            `p95 ${fmt(p.p95, 1)} ms  (${p.requests.join(", ")})`,
        );
    }

    const timestamp = new Date().toISOString().replace(/[:.]/g, "-");
    const resultsDir = path.join(benchDir, "results");
    await mkdir(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${timestamp}.json`);
    await writeFile(
      file,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          scale: options.scale,
          publishedAddenda,
          generated,
          database: database.mode,
          duration: options.duration,
          warmup: options.warmup,
          connections: options.connections,
          node: process.version,
          cpus: os.cpus().length,
          cpuModel: os.cpus()[0]?.model ?? null,
          clients,
          scenarios: rows,
          pages,
        },
        null,
        2,
      ) + "\n",
    );
    console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
  } finally {
    await stopAll();
    clearTimeout(watchdog);
  }
}

try {
  await main();
} catch (error) {
  console.error("The bench failed:", error);
  process.exitCode = 1;
}
