// The addenda API against real PostgreSQL with the demo loaded: what the public sees, and what a coordinator
// may change — and what nobody else may.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { demoPassword, loadDemo } from "../../demo/load.ts";
import { signIn, type Session } from "../accounts/testing.ts";
import type { AddendumDocument } from "./document.ts";
import type {
  BarrierGrid,
  CoordinatedAddenda,
  Draft,
  History,
  PublicAddendum,
  PublicAddendumList,
  PublicPersona,
  PublicPersonaList,
  SaveDraftResponse,
  Taxonomy,
} from "./schemas.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const { app, db } = await createReferenceTestApp({ clock });
await loadDemo(db, undefined, { now: clock.now() });

const coordinator = (region: string) => ({ email: `coordinator.${region}@brug.demo`, password: demoPassword });

async function versionCount(): Promise<number> {
  const row = await db
    .selectFrom("addendum_versions")
    .select(({ fn }) => fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function auditCount(): Promise<number> {
  const row = await db
    .selectFrom("audit_log")
    .select(({ fn }) => fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function publicAddendum(slug: string): Promise<PublicAddendum> {
  const response = await app.inject({ method: "GET", url: `/api/public/addenda/${slug}` });
  expect(response.statusCode).toBe(200);
  return response.json();
}

async function draftOf(session: Session, slug: string): Promise<Draft> {
  const response = await app.inject({
    method: "GET",
    url: `/api/addenda/${slug}/draft`,
    headers: { cookie: session.cookie },
  });
  expect(response.statusCode).toBe(200);
  return response.json();
}

function save(session: Session, slug: string, body: unknown) {
  return app.inject({
    method: "PUT",
    url: `/api/addenda/${slug}/draft`,
    headers: session.headers,
    payload: body as object,
  });
}

function publish(session: Session, slug: string, version: number) {
  return app.inject({
    method: "POST",
    url: `/api/addenda/${slug}/publish`,
    headers: session.headers,
    payload: { version },
  });
}

describe("public addenda", () => {
  it("lists the five demo regions with their published version, by name", async () => {
    const response = await app.inject({ method: "GET", url: "/api/public/addenda" });
    expect(response.statusCode).toBe(200);
    const { regions } = response.json() as PublicAddendumList;
    expect(regions.map((r) => r.slug)).toEqual([
      "baldemore",
      "klein-brabant-vaartland",
      "maasland",
      "vlaamse-ardennen",
      "zuid-oost-hageland",
    ]);
    for (const region of regions) {
      expect(region.publishedVersion).toBe(1);
      expect(region.challengeCount).toBeGreaterThan(0);
      expect(region.personas.length).toBeGreaterThan(0);
    }
    expect(regions.find((r) => r.slug === "baldemore")?.municipalities).toEqual(["Balen", "Dessel", "Mol", "Retie"]);
  });

  it("shows Maasland's addendum with its four challenges, five municipalities and the deadline as a UTC instant", async () => {
    const addendum = await publicAddendum("maasland");
    expect(addendum.region.name).toBe("Maasland");
    // In the order the addendum lists them, not alphabetically.
    expect(addendum.region.municipalities).toEqual(["Maasmechelen", "Kinrooi", "Maaseik", "Dilsen-Stokkem", "Lanaken"]);
    expect(addendum.document.challenges).toHaveLength(4);
    expect(addendum.version.number).toBe(1);
    const deadline = addendum.milestones.find((m) => m.key === "candidacy_deadline");
    // "1 juni 2023 om 23u59" in Brussels summer time (+02:00).
    expect(deadline?.resolved.instant).toBe("2023-06-01T21:59:00.000Z");
    // Only the references the document uses, with their names.
    expect(addendum.references.personas.map((p) => p.slug)).toContain("mo");
    expect(addendum.references.barriers.map((b) => b.code)).toContain("detention_history");
    const domains = new Set(addendum.references.barriers.map((b) => b.lifeDomain));
    expect(addendum.references.lifeDomains.map((d) => d.code).sort()).toEqual([...domains].sort());
  });

  it("answers 404 for a region it does not know, and for a persona it does not know", async () => {
    const unknown = await app.inject({ method: "GET", url: "/api/public/addenda/atlantis" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: "not_found" } });
    expect((await app.inject({ method: "GET", url: "/api/public/personas/nobody" })).statusCode).toBe(404);
  });

  it("shows that persona Saled appears in four regions", async () => {
    const list = (await app.inject({ method: "GET", url: "/api/public/personas" })).json() as PublicPersonaList;
    const saled = list.personas.find((p) => p.slug === "saled");
    expect(saled?.regions.map((r) => r.slug).sort()).toEqual([
      "baldemore",
      "klein-brabant-vaartland",
      "vlaamse-ardennen",
      "zuid-oost-hageland",
    ]);

    const response = await app.inject({ method: "GET", url: "/api/public/personas/saled" });
    expect(response.statusCode).toBe(200);
    const persona = response.json() as PublicPersona;
    expect(persona.persona).toEqual({ slug: "saled", name: "Saled" });
    expect(persona.appearances.map((a) => a.region.slug).sort()).toEqual([
      "baldemore",
      "klein-brabant-vaartland",
      "vlaamse-ardennen",
      "zuid-oost-hageland",
    ]);
    expect(persona.barriers.map((b) => b.code)).toContain("war_trauma");
    const counts = persona.barriers.map((b) => b.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("puts Baldemore's war trauma in the barrier grid, with the words of the addendum", async () => {
    const grid = (await app.inject({ method: "GET", url: "/api/public/barrier-grid" })).json() as BarrierGrid;
    expect(grid.regions).toHaveLength(5);
    const cell = grid.cells.find((c) => c.region === "baldemore" && c.barrier === "war_trauma");
    expect(cell?.sources).toContainEqual({
      kind: "obstacle",
      challenge: 1,
      text: "Opgelopen trauma’s door oorlog(svlucht)",
    });
    const barrierCodes = new Set(grid.barriers.map((b) => b.code));
    expect(grid.cells.every((c) => barrierCodes.has(c.barrier))).toBe(true);
  });

  it("gives the taxonomy", async () => {
    const taxonomy = (await app.inject({ method: "GET", url: "/api/public/taxonomy" })).json() as Taxonomy;
    expect(taxonomy.lifeDomains.length).toBeGreaterThan(10);
    expect(taxonomy.barriers.find((b) => b.code === "war_trauma")?.lifeDomain).toBe("mental_health");
    expect(taxonomy.serviceTypes.find((s) => s.code === "bridge_figure")?.description.nl).toBeTruthy();
  });
});

describe("coordinator routes require sign-in", () => {
  it.each([
    ["GET", "/api/addenda"],
    ["GET", "/api/addenda/maasland/draft"],
    ["PUT", "/api/addenda/maasland/draft"],
    ["POST", "/api/addenda/maasland/publish"],
    ["GET", "/api/addenda/maasland/history"],
  ] as const)("%s %s answers 401 to an anonymous caller", async (method, url) => {
    const before = await versionCount();
    const response = await app.inject({
      method,
      url,
      ...(method === "GET" ? {} : { payload: { version: 1, baseVersion: 1, document: {} } }),
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: "auth.required" } });
    expect(await versionCount()).toBe(before);
  });

  it("answers 403 to a signed-in user without the coordinator role (the admin)", async () => {
    const admin = await signIn(app, { email: "admin@brug.demo", password: demoPassword });
    const response = await app.inject({ method: "GET", url: "/api/addenda", headers: { cookie: admin.cookie } });
    expect(response.statusCode).toBe(403);
  });
});

describe("a coordinator edits and publishes their region's addendum", () => {
  it("lists only the addenda the coordinator coordinates", async () => {
    const vdab = await signIn(app, { email: "coordinator.vdab@brug.demo", password: demoPassword });
    const response = await app.inject({ method: "GET", url: "/api/addenda", headers: { cookie: vdab.cookie } });
    expect(response.statusCode).toBe(200);
    const { addenda } = response.json() as CoordinatedAddenda;
    expect(addenda.map((a) => a.slug).sort()).toEqual(["vlaamse-ardennen", "zuid-oost-hageland"]);
    expect(addenda[0]).toMatchObject({ latestVersion: 1, publishedVersion: 1, hasUnpublishedChanges: false });
  });

  it("saves a changed challenge as a new version that the public does not see until it is published", async () => {
    const session = await signIn(app, coordinator("maasland"));
    const draft = await draftOf(session, "maasland");
    expect(draft.version).toMatchObject({ number: 1, createdBy: null, published: true });
    expect(draft.publishedVersion).toBe(1);
    expect(draft.references.barriers.length).toBeGreaterThan(draft.references.lifeDomains.length);

    const document: AddendumDocument = structuredClone(draft.document);
    const challenge = document.challenges.find((c) => c.number === 2);
    if (!challenge) throw new Error("Maasland has a challenge 2");
    const oldQuestions = challenge.questions;
    challenge.questions = [...oldQuestions, "Hoe kunnen we de weg naar een job korter maken?"];

    clock.advance(60_000);
    const saved = await save(session, "maasland", { baseVersion: 1, document });
    expect(saved.statusCode).toBe(200);
    const body = saved.json() as SaveDraftResponse;
    expect(body.changed).toBe(true);
    expect(body.version).toMatchObject({
      number: 2,
      published: false,
      summary: "Regio-uitdaging 2 gewijzigd: vragen",
      createdBy: { displayName: "Demo Coördinator Maasland" },
    });

    // The public still reads version 1, and so does an anonymous caller of the list.
    const stillPublic = await publicAddendum("maasland");
    expect(stillPublic.version.number).toBe(1);
    expect(stillPublic.document.challenges.find((c) => c.number === 2)?.questions).toEqual(oldQuestions);

    const list = (
      await app.inject({ method: "GET", url: "/api/addenda", headers: { cookie: session.cookie } })
    ).json() as CoordinatedAddenda;
    expect(list.addenda).toEqual([
      { slug: "maasland", name: "Maasland", latestVersion: 2, publishedVersion: 1, hasUnpublishedChanges: true },
    ]);

    // Saving the same document again writes nothing new.
    const before = await versionCount();
    const again = await save(session, "maasland", { baseVersion: 2, document });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ changed: false, version: { number: 2 } });
    expect(await versionCount()).toBe(before);

    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id", "payload"])
      .where("action", "=", "addendum.draft_saved")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_user_id).not.toBeNull();
    expect(audit[0]?.payload).toMatchObject({
      regionSlug: "maasland",
      number: 2,
      summary: "Regio-uitdaging 2 gewijzigd: vragen",
    });
  });

  it("refuses a save on an older version with 409 and keeps everything as it was", async () => {
    const session = await signIn(app, coordinator("maasland"));
    const draft = await draftOf(session, "maasland");
    const document = structuredClone(draft.document);
    document.title = "Een andere titel";
    const before = await versionCount();
    const response = await save(session, "maasland", { baseVersion: 1, document });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: { code: "addendum.stale_version", message: expect.stringContaining("nu versie 2") as unknown },
    });
    expect(await versionCount()).toBe(before);
  });

  it("refuses an invalid document with an error per field, and changes nothing", async () => {
    const session = await signIn(app, coordinator("maasland"));
    const draft = await draftOf(session, "maasland");
    const document = structuredClone(draft.document) as AddendumDocument;
    document.challenges[1]!.questions = [""];
    document.challenges[0]!.obstacles[0]!.barriers = ["no_such_barrier"];
    const [versionsBefore, auditBefore] = [await versionCount(), await auditCount()];

    const response = await save(session, "maasland", { baseVersion: draft.version.number, document });
    expect(response.statusCode).toBe(400);
    const { error } = response.json() as {
      error: { code: string; fields: { path: string; code: string; message: string }[] };
    };
    expect(error.code).toBe("validation_failed");
    expect(error.fields).toContainEqual({
      path: "document.challenges.1.questions.0",
      code: "field.required",
      message: "Vul dit veld in.",
    });
    expect(error.fields).toContainEqual(
      expect.objectContaining({
        path: "document.challenges.0.obstacles.0.barriers.0",
        code: "addendum.unknown_barrier",
      }),
    );
    expect(await versionCount()).toBe(versionsBefore);
    expect(await auditCount()).toBe(auditBefore);
  });

  it("refuses an addendum without a candidacy deadline", async () => {
    const session = await signIn(app, coordinator("maasland"));
    const draft = await draftOf(session, "maasland");
    const document = {
      ...draft.document,
      milestones: draft.document.milestones.filter((m) => m.key !== "candidacy_deadline"),
    };
    const response = await save(session, "maasland", { baseVersion: draft.version.number, document });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { fields: [{ path: "document.milestones", code: "addendum.deadline_required" }] },
    });
  });

  it("refuses fields the addendum does not have, at their own path, instead of dropping them", async () => {
    const session = await signIn(app, coordinator("maasland"));
    const draft = await draftOf(session, "maasland");
    const document = structuredClone(draft.document) as unknown as { challenges: Record<string, unknown>[] };
    document.challenges[0]!.rating = 5;
    const [versionsBefore, auditBefore] = [await versionCount(), await auditCount()];

    const response = await save(session, "maasland", { baseVersion: draft.version.number, document, note: "x" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: "note", code: "field.unknown", message: "Dit veld kennen we niet." },
      { path: "document.challenges.0.rating", code: "field.unknown", message: "Dit veld kennen we niet." },
    ]);
    const extraOnPublish = await app.inject({
      method: "POST",
      url: "/api/addenda/maasland/publish",
      headers: session.headers,
      payload: { version: draft.version.number, force: true },
    });
    expect(extraOnPublish.statusCode).toBe(400);
    expect(extraOnPublish.json().error.fields).toEqual([
      { path: "force", code: "field.unknown", message: "Dit veld kennen we niet." },
    ]);
    expect(await versionCount()).toBe(versionsBefore);
    expect(await auditCount()).toBe(auditBefore);
  });

  it("refuses a NUL character with a field error rather than failing in the database, and keeps the draft", async () => {
    const session = await signIn(app, coordinator("maasland"));
    const draft = await draftOf(session, "maasland");
    const document = structuredClone(draft.document) as AddendumDocument;
    document.title = "Lokaal Addendum\u0000Maasland";
    document.challenges[0]!.questions[0] = "Hoe\ud800?";
    const [versionsBefore, auditBefore] = [await versionCount(), await auditCount()];

    const response = await save(session, "maasland", { baseVersion: draft.version.number, document });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "validation_failed",
      fields: [
        { path: "document.title", code: "field.invalid" },
        { path: "document.challenges.0.questions.0", code: "field.invalid" },
      ],
    });
    expect(await versionCount()).toBe(versionsBefore);
    expect(await auditCount()).toBe(auditBefore);
    expect((await draftOf(session, "maasland")).version.number).toBe(draft.version.number);
  });

  it("publishes the latest version, after which the public sees the change and the history says who did what", async () => {
    const session = await signIn(app, coordinator("maasland"));
    const stale = await publish(session, "maasland", 1);
    expect(stale.statusCode).toBe(409);

    clock.advance(60_000);
    const response = await publish(session, "maasland", 2);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ publishedVersion: 2, publishedAt: clock.now().toISOString() });

    const now = await publicAddendum("maasland");
    expect(now.version.number).toBe(2);
    expect(now.document.challenges.find((c) => c.number === 2)?.questions).toContain(
      "Hoe kunnen we de weg naar een job korter maken?",
    );

    const history = await app.inject({
      method: "GET",
      url: "/api/addenda/maasland/history",
      headers: { cookie: session.cookie },
    });
    expect(history.statusCode).toBe(200);
    const { versions } = history.json() as History;
    expect(versions.map((v) => v.number)).toEqual([2, 1]);
    expect(versions[0]).toMatchObject({
      createdBy: { displayName: "Demo Coördinator Maasland" },
      publishedBy: { displayName: "Demo Coördinator Maasland" },
      summary: "Regio-uitdaging 2 gewijzigd: vragen",
    });
    expect(versions[1]).toMatchObject({
      createdBy: null,
      publishedBy: null,
      summary: "Geïmporteerd uit het lokaal addendum",
    });

    const published = await db
      .selectFrom("audit_log")
      .select(["actor_user_id", "payload"])
      .where("action", "=", "addendum.published")
      .where("actor_kind", "=", "user")
      .execute();
    expect(published).toHaveLength(1);
    expect(published[0]?.payload).toMatchObject({ regionSlug: "maasland", number: 2 });
  });
});

describe("a coordinator of another region", () => {
  it("gets 404 on Maasland's draft, save, publish and history, and nothing changes", async () => {
    const outsider = await signIn(app, coordinator("baldemore"));
    const maasland = await signIn(app, coordinator("maasland"));
    const draft = await draftOf(maasland, "maasland");
    const document = structuredClone(draft.document);
    document.title = "Overgenomen";
    const [versionsBefore, auditBefore] = [await versionCount(), await auditCount()];
    const publishedBefore = await db.selectFrom("addenda").select("published_version_id").execute();

    const responses = [
      await app.inject({ method: "GET", url: "/api/addenda/maasland/draft", headers: { cookie: outsider.cookie } }),
      await save(outsider, "maasland", { baseVersion: draft.version.number, document }),
      await publish(outsider, "maasland", draft.version.number),
      await app.inject({ method: "GET", url: "/api/addenda/maasland/history", headers: { cookie: outsider.cookie } }),
      // Even an invalid body must not tell an outsider more than "not found".
      await save(outsider, "maasland", { baseVersion: 1, document: { title: "" } }),
    ];
    for (const response of responses) {
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: "not_found" } });
    }
    // The same answer as for a region that does not exist.
    const missing = await app.inject({
      method: "GET",
      url: "/api/addenda/atlantis/draft",
      headers: { cookie: outsider.cookie },
    });
    expect(missing.statusCode).toBe(404);

    expect(await versionCount()).toBe(versionsBefore);
    expect(await auditCount()).toBe(auditBefore);
    expect(await db.selectFrom("addenda").select("published_version_id").execute()).toEqual(publishedBefore);
  });
});

describe("the API description", () => {
  it("documents the addenda routes with their request bodies", async () => {
    const spec = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    expect(spec.paths["/api/public/addenda/{slug}"]?.get).toBeDefined();
    expect(spec.paths["/api/addenda/{slug}/draft"]?.put?.requestBody).toBeDefined();
    expect(spec.paths["/api/addenda/{slug}/publish"]?.post?.requestBody).toBeDefined();
  });
});
