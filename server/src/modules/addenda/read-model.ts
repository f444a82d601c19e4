// Per-process caches of what the public pages are computed from, never trusted without asking the database.
//
// DESIGN §5: app servers are stateless behind a load balancer, so a publish through one server must show on the
// next request through any other. Every request therefore reads a fingerprint of the published versions and of the
// reference taxonomies from PostgreSQL (readFreshness: one small query, a few bytes back) and reuses the computed
// read model only while the fingerprint is the one it was computed from. A publish changes the fingerprint in its
// own transaction, so the first request that starts after the commit, on any server, recomputes.
//
// The reference taxonomies are cached the same way rather than loaded once per process: loadReference runs at every
// start, so during a rolling deploy a new server may add or rename codes while older servers keep running; a
// fingerprint read with each request (in the same statement as the addendum for the single-addendum page) costs
// less than a millisecond of PostgreSQL time and keeps every server on what the database says.
//
// Regions and their municipalities are not in the fingerprint: they are written only together with a new addendum
// (the demo loader and the bench generator insert region, municipalities, addendum and published version in one
// transaction), which changes the `published` fingerprint. A feature that edits regions or municipalities must add
// them to the fingerprint (queries.ts).
//
// The cached objects are shared between requests: treat them as read-only.
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import {
  listPublished,
  loadTaxonomy,
  municipalitiesOf,
  readFreshness,
  readReferenceFreshness,
  type PublishedAddendumRow,
  type TaxonomyRows,
} from "./queries.ts";

/**
 * One value per token: the last one computed. Requests that arrive while it is being computed wait for the same
 * computation, so a publish under load costs one recomputation per server, not one per request.
 */
export class TokenCache<T> {
  private current: { token: string; value: Promise<T> } | null = null;

  /**
   * The value for `token`. `compute` reads its own token in the same snapshot as its data (which may be newer than
   * `token`, never older); the result is kept under that token.
   */
  async get(token: string, compute: () => Promise<{ token: string; value: T }>): Promise<T> {
    if (this.current?.token === token) return this.current.value;
    const computing = compute();
    const entry = { token, value: computing.then((r) => r.value) };
    // Waiters see a failure through their own await; this only keeps an unawaited copy from being "unhandled".
    void entry.value.catch(() => undefined);
    this.current = entry;
    try {
      const result = await computing;
      // A later token may have replaced this entry meanwhile; keep the later one.
      if (this.current === entry) this.current = { token: result.token, value: entry.value };
      return result.value;
    } catch (error) {
      if (this.current === entry) this.current = null;
      throw error;
    }
  }
}

/** Everything the cross-region public pages are computed from, read in one snapshot. */
export interface PublicSnapshot {
  published: PublishedAddendumRow[];
  municipalities: Map<string, string[]>;
  taxonomy: TaxonomyRows;
  /** Read models computed from this snapshot, by name (e.g. "list", "persona:saled"). */
  derived: Map<string, unknown>;
}

interface Caches {
  snapshot: TokenCache<PublicSnapshot>;
  taxonomy: TokenCache<TaxonomyRows>;
}

// Keyed by the Kysely instance: one cache per pool, like one per app server. Two apps on one pool share it.
const cachesByDb = new WeakMap<Kysely<Database>, Caches>();

function cachesOf(db: Kysely<Database>): Caches {
  let caches = cachesByDb.get(db);
  if (!caches) {
    caches = { snapshot: new TokenCache(), taxonomy: new TokenCache() };
    cachesByDb.set(db, caches);
  }
  return caches;
}

/** A repeatable-read, read-only transaction: the fingerprint and the data it stands for come from one snapshot. */
function inSnapshot<T>(db: Kysely<Database>, read: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute(read);
}

/** Every published addendum with its municipalities and the taxonomy, as of now. */
export async function publicSnapshot(db: Kysely<Database>): Promise<PublicSnapshot> {
  const freshness = await readFreshness(db);
  return cachesOf(db).snapshot.get(`${freshness.published}:${freshness.reference}`, () =>
    inSnapshot(db, async (trx) => {
      // Sequential on purpose: a transaction is one connection.
      const current = await readFreshness(trx);
      const published = await listPublished(trx);
      const municipalities = await municipalitiesOf(
        trx,
        published.map((p) => p.regionId),
      );
      const taxonomy = await loadTaxonomy(trx);
      return {
        token: `${current.published}:${current.reference}`,
        value: { published, municipalities, taxonomy, derived: new Map() },
      };
    }),
  );
}

/** A read model computed at most once per snapshot. */
export function derived<T>(snapshot: PublicSnapshot, key: string, compute: (snapshot: PublicSnapshot) => T): T {
  if (snapshot.derived.has(key)) return snapshot.derived.get(key) as T;
  const value = compute(snapshot);
  snapshot.derived.set(key, value);
  return value;
}

/**
 * The reference taxonomies, as of now. `token` is the reference fingerprint when the caller has read it already
 * (findPublished reads it with the addendum); otherwise it is read here.
 */
export async function currentTaxonomy(db: Kysely<Database>, token?: string): Promise<TaxonomyRows> {
  const reference = token ?? (await readReferenceFreshness(db));
  return cachesOf(db).taxonomy.get(reference, () =>
    inSnapshot(db, async (trx) => {
      const current = await readReferenceFreshness(trx);
      return { token: current, value: await loadTaxonomy(trx) };
    }),
  );
}
