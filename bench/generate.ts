// Benchmark data: N synthetic regions, each with one published addendum, built by varying the five real seed
// addenda (server/src/demo/regions). Bench data only, never demo data: the names say so ("Synthetische regio 123"),
// contacts are replaced by made-up ones, and rows go in with direct inserts (no audit entries, no accounts).
//
// Deterministic: the same count and seed give the same documents. Idempotent: regions whose slug already exists
// are skipped, so it can run again against a BENCH_DATABASE_URL that holds an earlier run.
//
// Standalone:  tsx bench/generate.ts [--scale 450] [--seed 1]   (against BENCH_DATABASE_URL or DATABASE_URL)
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql, type Kysely } from "kysely";
import type { Database } from "../server/src/db/types.ts";
import type { AddendumDocument } from "../server/src/modules/addenda/document.ts";
import { validateDocument, type KnownCodes } from "../server/src/modules/addenda/validation.ts";
import { regionSeeds } from "../server/src/demo/regions/index.ts";
import type { RegionSeed } from "../server/src/demo/regions/types.ts";

/** Ten times Flanders' ~45 partnerships (DESIGN §5). */
export const defaultScale = 450;

export const syntheticSlugPrefix = "synthetische-regio-";

export interface GenerateOptions {
  /** How many synthetic regions; default {@link defaultScale}. */
  count?: number;
  /** PRNG seed for the shuffles. */
  seed?: number;
  now?: Date;
  /** Rows per INSERT for the (large) version documents. */
  batchSize?: number;
}

export interface GenerateResult {
  inserted: number;
  skipped: number;
  /** Total size of the inserted documents as JSON text, in bytes. */
  documentBytes: number;
  milliseconds: number;
}

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function syntheticSlug(index: number): string {
  return `${syntheticSlugPrefix}${index}`;
}

export function syntheticName(index: number): string {
  return `Synthetische regio ${index}`;
}

export interface SyntheticRegion {
  slug: string;
  name: string;
  municipalities: string[];
  document: AddendumDocument;
  /** The seed it was varied from. */
  from: string;
}

/**
 * Region `index` (1-based): a clone of seed `(index - 1) % 5` with a new slug, name and title, challenges and
 * their obstacles and personas in shuffled order (challenge numbers are kept, so findings and recognition still
 * point at the right challenge), and made-up municipalities and contacts.
 */
export function syntheticRegion(index: number, seeds: RegionSeed[] = regionSeeds, seed = 1): SyntheticRegion {
  const source = seeds[(index - 1) % seeds.length];
  if (!source) throw new Error("no region seeds");
  const random = prng(seed * 100_003 + index);
  const document = structuredClone(source.document);
  const name = syntheticName(index);
  const slug = syntheticSlug(index);

  document.title = `${name} (synthetisch, naar ${source.name})`;
  document.challenges = shuffled(document.challenges, random).map((challenge) => ({
    ...challenge,
    personas: shuffled(challenge.personas, random),
    obstacles: shuffled(challenge.obstacles, random),
  }));
  document.contacts = document.contacts.map((contact, i) => ({
    ...contact,
    name: `Synthetische contactpersoon ${index}.${i + 1}`,
    email: `contact${i + 1}.regio${index}@synthetisch.brug.demo`,
    phones: [],
    ...(contact.role !== undefined ? { role: `Synthetische functie (${name})` } : {}),
  }));
  document.application = {
    ...document.application,
    email: `kandidatuur.regio${index}@synthetisch.brug.demo`,
  };

  const municipalityCount = Math.max(1, source.municipalities.length);
  const municipalities = Array.from({ length: municipalityCount }, (_, i) => `Synthetische gemeente ${index}-${i + 1}`);
  return { slug, name, municipalities, document, from: source.slug };
}

async function knownCodes(db: Kysely<Database>): Promise<KnownCodes> {
  const [barriers, serviceTypes, personas] = await Promise.all([
    db.selectFrom("barriers").select("code").execute(),
    db.selectFrom("service_types").select("code").execute(),
    db.selectFrom("personas").select("slug").execute(),
  ]);
  return {
    barriers: new Set(barriers.map((r) => r.code)),
    serviceTypes: new Set(serviceTypes.map((r) => r.code)),
    personas: new Set(personas.map((r) => r.slug)),
  };
}

/** Adds the synthetic regions with their published addenda in one transaction. Expects loadReference first. */
export async function generateRegions(db: Kysely<Database>, options: GenerateOptions = {}): Promise<GenerateResult> {
  const started = performance.now();
  const count = options.count ?? defaultScale;
  const seed = options.seed ?? 1;
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 50;
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number ≥ 0, got ${count}`);

  const known = await knownCodes(db);
  const existing = new Set(
    (await db.selectFrom("regions").select("slug").where("slug", "like", `${syntheticSlugPrefix}%`).execute()).map(
      (r) => r.slug,
    ),
  );

  const regions: SyntheticRegion[] = [];
  for (let index = 1; index <= count; index++) {
    if (existing.has(syntheticSlug(index))) continue;
    const region = syntheticRegion(index, regionSeeds, seed);
    // The seeds are validated by the demo loader; the variations must stay valid too, or the bench measures
    // documents the app would never hold.
    const problems = validateDocument(region.document, known);
    if (problems.length > 0) {
      throw new Error(
        `${region.slug}: the synthetic document is invalid: ${problems.map((p) => `${p.path} ${p.code}`).join("; ")}`,
      );
    }
    regions.push(region);
  }

  let documentBytes = 0;
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < regions.length; start += batchSize) {
      const batch = regions.slice(start, start + batchSize);
      const regionRows = await trx
        .insertInto("regions")
        .values(batch.map((r) => ({ slug: r.slug, name: r.name, created_at: now })))
        .returning(["id", "slug"])
        .execute();
      const regionId = new Map(regionRows.map((r) => [r.slug, r.id]));
      const idOf = (slug: string): string => {
        const id = regionId.get(slug);
        if (id === undefined) throw new Error(`region ${slug} was not inserted`);
        return id;
      };

      await trx
        .insertInto("municipalities")
        .values(
          batch.flatMap((r) =>
            r.municipalities.map((name, sortOrder) => ({
              region_id: idOf(r.slug),
              name,
              nis_code: null,
              sort_order: sortOrder,
            })),
          ),
        )
        .execute();

      const addendumRows = await trx
        .insertInto("addenda")
        .values(batch.map((r) => ({ region_id: idOf(r.slug), created_at: now })))
        .returning(["id", "region_id"])
        .execute();
      const addendumOfRegion = new Map(addendumRows.map((a) => [a.region_id, a.id]));

      const contents = batch.map((r) => JSON.stringify(r.document));
      for (const content of contents) documentBytes += Buffer.byteLength(content);
      await trx
        .insertInto("addendum_versions")
        .values(
          batch.map((r, i) => ({
            addendum_id: addendumOfRegion.get(idOf(r.slug)) ?? "",
            number: 1,
            content: contents[i] ?? "{}",
            created_by: null,
            created_at: now,
            summary: `Synthetisch (bench), gevarieerd uit ${r.from}`,
            published_at: now,
            published_by: null,
          })),
        )
        .execute();
    }

    // Publish version 1 of every synthetic addendum that has none yet, in one statement.
    await sql`
      update addenda a set published_version_id = v.id
      from addendum_versions v, regions r
      where v.addendum_id = a.id and v.number = 1 and r.id = a.region_id
        and a.published_version_id is null and r.slug like ${`${syntheticSlugPrefix}%`}
    `.execute(trx);
  });

  return {
    inserted: regions.length,
    skipped: count - regions.length,
    documentBytes,
    milliseconds: Math.round(performance.now() - started),
  };
}

// ---- standalone ----

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim();
  if (!url) {
    console.error("Set BENCH_DATABASE_URL (or DATABASE_URL) to a migrated Brug database with the reference data.");
    process.exit(2);
  }
  const args = process.argv.slice(2);
  const count = Number(flag(args, "--scale") ?? defaultScale);
  const seed = Number(flag(args, "--seed") ?? 1);
  const { createDb } = await import("../server/src/db/connection.ts");
  const db = createDb(url, { max: 2, applicationName: "brug-bench-generate" });
  try {
    const result = await generateRegions(db, { count, seed });
    console.log(
      `Synthetic regions: ${result.inserted} inserted, ${result.skipped} already there ` +
        `(${(result.documentBytes / 1e6).toFixed(1)} MB of documents, ${result.milliseconds} ms).`,
    );
  } finally {
    await db.destroy();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
