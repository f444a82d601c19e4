// The public pages are cached per app server, yet a publish shows on the very next request: through the server that
// published it and through any other server on the same database (DESIGN §5: stateless app servers).
import type { FastifyInstance } from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock, testConfig } from "../../../test/app.ts";
import { buildApp } from "../../app.ts";
import { createDb } from "../../db/connection.ts";
import { demoPassword, loadDemo } from "../../demo/load.ts";
import { signIn } from "../accounts/testing.ts";
import type { AddendumDocument } from "./document.ts";
import { TokenCache } from "./read-model.ts";
import type {
  BarrierGrid,
  Draft,
  PublicAddendum,
  PublicAddendumList,
  PublicPersona,
  PublicPersonaList,
  Taxonomy,
} from "./schemas.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
// Server A: the test app. Server B: a second app with its own pool on the same database, like a second process.
const { app: serverA, db, url } = await createReferenceTestApp({ clock });
const dbB = createDb(url, { max: 2, applicationName: "brug-test-b" });
const serverB = await buildApp({ db: dbB, config: testConfig(), clock, databaseMode: "embedded" });
await serverB.ready();
afterAll(async () => {
  await serverB.close();
  await dbB.destroy();
});
await loadDemo(db, undefined, { now: clock.now() });

async function get<T>(server: FastifyInstance, url: string): Promise<T> {
  const response = await server.inject({ method: "GET", url });
  expect(response.statusCode).toBe(200);
  return response.json<T>();
}

interface PublicView {
  list: PublicAddendumList;
  addendum: PublicAddendum;
  personas: PublicPersonaList;
  saled: PublicPersona;
  grid: BarrierGrid;
}

/** Every public page that shows a region's addendum, as one server answers it now. */
async function publicView(server: FastifyInstance, region: string): Promise<PublicView> {
  return {
    list: await get(server, "/api/public/addenda"),
    addendum: await get(server, `/api/public/addenda/${region}`),
    personas: await get(server, "/api/public/personas"),
    saled: await get(server, "/api/public/personas/saled"),
    grid: await get(server, "/api/public/barrier-grid"),
  };
}

/**
 * Through `via`, adds persona Saled and a new obstacle to the region's first challenge, saves and publishes it.
 * Maasland and Baldemore's demo addenda do not name Saled on challenge 1 with this obstacle.
 */
async function publishChange(via: FastifyInstance, region: string, obstacle: string): Promise<number> {
  const session = await signIn(via, { email: `coordinator.${region}@brug.demo`, password: demoPassword });
  const draftResponse = await via.inject({
    method: "GET",
    url: `/api/addenda/${region}/draft`,
    headers: { cookie: session.cookie },
  });
  const draft = draftResponse.json<Draft>();
  const document: AddendumDocument = structuredClone(draft.document);
  const challenge = document.challenges[0];
  if (!challenge) throw new Error(`${region} has a first challenge`);
  challenge.personas = [...new Set([...challenge.personas, "saled"])];
  challenge.obstacles = [...challenge.obstacles, { text: obstacle, barriers: ["war_trauma"] }];
  clock.advance(60_000);
  const saved = await via.inject({
    method: "PUT",
    url: `/api/addenda/${region}/draft`,
    headers: session.headers,
    payload: { baseVersion: draft.version.number, document },
  });
  expect(saved.statusCode).toBe(200);
  const number = draft.version.number + 1;
  const published = await via.inject({
    method: "POST",
    url: `/api/addenda/${region}/publish`,
    headers: session.headers,
    payload: { version: number },
  });
  expect(published.statusCode).toBe(200);
  return number;
}

function expectPublished(view: PublicView, region: string, version: number, obstacle: string): void {
  const summary = view.list.regions.find((r) => r.slug === region);
  expect(summary?.publishedVersion).toBe(version);
  expect(summary?.personas.map((p) => p.slug)).toContain("saled");
  expect(view.addendum.version.number).toBe(version);
  expect(view.addendum.document.challenges[0]?.obstacles.map((o) => o.text)).toContain(obstacle);
  expect(view.personas.personas.find((p) => p.slug === "saled")?.regions.map((r) => r.slug)).toContain(region);
  expect(view.saled.appearances.map((a) => a.region.slug)).toContain(region);
  const cell = view.grid.cells.find((c) => c.region === region && c.barrier === "war_trauma");
  expect(cell?.sources).toContainEqual({ kind: "obstacle", challenge: 1, text: obstacle });
}

function expectNotPublished(view: PublicView, region: string, obstacle: string): void {
  expect(view.list.regions.find((r) => r.slug === region)?.publishedVersion).toBe(1);
  expect(view.addendum.version.number).toBe(1);
  const cell = view.grid.cells.find((c) => c.region === region && c.barrier === "war_trauma");
  expect(cell?.sources ?? []).not.toContainEqual(expect.objectContaining({ text: obstacle }));
}

describe("a publish shows on the next public request", () => {
  it("through the server that published it", async () => {
    const obstacle = "Geen vervoer naar de opleiding (test A)";
    // Read first, so that every cached page exists before the publish.
    expectNotPublished(await publicView(serverA, "maasland"), "maasland", obstacle);
    expectNotPublished(await publicView(serverA, "maasland"), "maasland", obstacle);

    const version = await publishChange(serverA, "maasland", obstacle);
    expectPublished(await publicView(serverA, "maasland"), "maasland", version, obstacle);
  });

  it("through another server on the same database, whose pages were cached before the publish", async () => {
    const obstacle = "Geen kinderopvang tijdens de opleiding (test B)";
    expectNotPublished(await publicView(serverB, "baldemore"), "baldemore", obstacle);
    expectNotPublished(await publicView(serverA, "baldemore"), "baldemore", obstacle);

    const version = await publishChange(serverA, "baldemore", obstacle);
    expectPublished(await publicView(serverB, "baldemore"), "baldemore", version, obstacle);
    // And the other way round: published through B, read through A (which has cached pages too).
    const again = "Geen internet thuis (test B2)";
    const next = await publishChange(serverB, "baldemore", again);
    expectPublished(await publicView(serverA, "baldemore"), "baldemore", next, again);
  });

  it("a saved but unpublished version changes no public page on either server", async () => {
    const before = [await publicView(serverA, "maasland"), await publicView(serverB, "maasland")];
    const session = await signIn(serverA, { email: "coordinator.maasland@brug.demo", password: demoPassword });
    const draft = (
      await serverA.inject({ method: "GET", url: "/api/addenda/maasland/draft", headers: { cookie: session.cookie } })
    ).json<Draft>();
    const document = structuredClone(draft.document);
    document.title = "Nog niet gepubliceerd";
    const saved = await serverA.inject({
      method: "PUT",
      url: "/api/addenda/maasland/draft",
      headers: session.headers,
      payload: { baseVersion: draft.version.number, document },
    });
    expect(saved.statusCode).toBe(200);
    expect([await publicView(serverA, "maasland"), await publicView(serverB, "maasland")]).toEqual(before);
  });
});

describe("the reference taxonomies", () => {
  it("are read again when the database has other names than a server cached (a deploy that renames a code)", async () => {
    const names = async (server: FastifyInstance) => ({
      taxonomy: (await get<Taxonomy>(server, "/api/public/taxonomy")).barriers.find((b) => b.code === "war_trauma"),
      persona: (await get<PublicPersona>(server, "/api/public/personas/saled")).persona.name,
      addendum: (await get<PublicAddendum>(server, "/api/public/addenda/baldemore")).references.personas.find(
        (p) => p.slug === "saled",
      )?.name,
    });
    const before = await names(serverB);
    expect(before.persona).toBe("Saled");

    await db.updateTable("personas").set({ name: "Saled (hernoemd)" }).where("slug", "=", "saled").execute();
    await db
      .updateTable("barriers")
      .set({ name_nl: "Oorlogstrauma (hernoemd)" })
      .where("code", "=", "war_trauma")
      .execute();

    for (const server of [serverA, serverB]) {
      const after = await names(server);
      expect(after.persona).toBe("Saled (hernoemd)");
      expect(after.addendum).toBe("Saled (hernoemd)");
      expect(after.taxonomy?.name.nl).toBe("Oorlogstrauma (hernoemd)");
    }
  });
});

describe("TokenCache", () => {
  it("computes once for concurrent callers with one token, and again when the token changes", async () => {
    const cache = new TokenCache<number>();
    let computations = 0;
    const compute = (token: string) => async () => {
      computations += 1;
      await Promise.resolve();
      return { token, value: computations };
    };
    const values = await Promise.all([1, 2, 3].map(() => cache.get("t1", compute("t1"))));
    expect(values).toEqual([1, 1, 1]);
    expect(await cache.get("t1", compute("t1"))).toBe(1);
    expect(await cache.get("t2", compute("t2"))).toBe(2);
    expect(computations).toBe(2);
  });

  it("keeps a value under the token it was read with, which may be newer than the caller's", async () => {
    const cache = new TokenCache<string>();
    expect(await cache.get("old", async () => ({ token: "new", value: "data as of new" }))).toBe("data as of new");
    expect(await cache.get("new", () => Promise.reject(new Error("must not compute again")))).toBe("data as of new");
  });

  it("does not keep a failed computation", async () => {
    const cache = new TokenCache<string>();
    await expect(cache.get("t", () => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
    expect(await cache.get("t", async () => ({ token: "t", value: "ok" }))).toBe("ok");
  });
});
