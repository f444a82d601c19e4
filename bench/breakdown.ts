// Where the time of the public read models goes, without HTTP: each query and read model timed on its own, at
// demo scale and again after adding 450 synthetic regions. A diagnostic next to run.ts, not a load test.
//
//   tsx bench/breakdown.ts
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { createDb } from "../server/src/db/connection.ts";
import { ensureDatabase, findFreePort, startCluster } from "../server/src/db/embedded.ts";
import { migrateToLatest, migrationState } from "../server/src/db/migrate.ts";
import { loadReference } from "../server/src/reference/load.ts";
import { loadDemo } from "../server/src/demo/load.ts";
import {
  findPublished,
  listPublished,
  loadTaxonomy,
  readFreshness,
  readReferenceFreshness,
} from "../server/src/modules/addenda/queries.ts";
import {
  getBarrierGrid,
  listPublicAddenda,
  getPublicPersona,
  getPublicAddendum,
} from "../server/src/modules/addenda/public.ts";
import { generateRegions } from "./generate.ts";
const dir = await mkdtemp(path.join(os.tmpdir(), "brug-bd-"));
await chmod(dir, 0o755);
const server = await startCluster({ clusterDir: path.join(dir, "pg"), port: await findFreePort(), password: "x" });
await ensureDatabase(server.url(), "b");
const db = createDb(server.url("b"));
// A fresh pool has no cached read models (read-model.ts keys them by pool): its first call shows the cold cost.
const fresh: ReturnType<typeof createDb>[] = [];
const cold = () => {
  const pool = createDb(server.url("b"), { max: 1 });
  fresh.push(pool);
  return pool;
};
try {
  await migrateToLatest(db);
  await loadReference(db);
  await loadDemo(db);
  const time = async (label: string, f: () => Promise<unknown>, n = 10) => {
    await f();
    const t = performance.now();
    let r: unknown;
    for (let i = 0; i < n; i++) r = await f();
    const ms = (performance.now() - t) / n;
    const size = r === undefined ? 0 : JSON.stringify(r).length;
    console.log(`${label.padEnd(40)} ${ms.toFixed(2).padStart(8)} ms  ${(size / 1e3).toFixed(1)} kB`);
  };
  for (const scale of [0, 450]) {
    if (scale) await generateRegions(db, { count: scale });
    const r = await sql<{
      n: string;
      bytes: string;
    }>`select count(*) n, sum(octet_length(v.content::text)) bytes from addenda a join addendum_versions v on v.id = a.published_version_id`.execute(
      db,
    );
    console.log(`--- ${r.rows[0]?.n} published, ${(Number(r.rows[0]?.bytes) / 1e6).toFixed(1)} MB jsonb as text`);
    await time("migrationState (health)", () => migrationState(db));
    await time("loadTaxonomy", () => loadTaxonomy(db));
    await time("listPublished() all docs", () => listPublished(db));
    await time("listPublished({slug})", () => listPublished(db, { slug: "maasland" }));
    await time("select challenges only (jsonb ->)", () =>
      db
        .selectFrom("addenda")
        .innerJoin("addendum_versions as v", "v.id", "addenda.published_version_id")
        .select(sql`v.content->'challenges'`.as("c"))
        .execute(),
    );
    await time("readFreshness (the per-request token)", () => readFreshness(db), 50);
    await time("readReferenceFreshness", () => readReferenceFreshness(db), 50);
    await time("findPublished maasland (1 query)", () => findPublished(db, "maasland"));
    await time("listPublicAddenda, cold", () => listPublicAddenda(cold()), 3);
    await time("listPublicAddenda, cached", () => listPublicAddenda(db), 50);
    await time("getPublicAddendum maasland", () => getPublicAddendum(db, "maasland"), 50);
    await time("getBarrierGrid, cold", () => getBarrierGrid(cold()), 3);
    await time("getBarrierGrid, cached", () => getBarrierGrid(db), 50);
    await time("getPublicPersona saled, cold", () => getPublicPersona(cold(), "saled"), 3);
    await time("getPublicPersona saled, cached", () => getPublicPersona(db, "saled"), 50);
    const grid = await getBarrierGrid(db);
    await time("JSON.stringify(barrier grid)", async () => void JSON.stringify(grid), 10);
    for (const pool of fresh.splice(0)) await pool.destroy();
  }
} finally {
  await db.destroy();
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
