// A new client file: duplicates found before it exists (without showing another companion's files), refused with
// 409 while a likely duplicate is not confirmed, then created with its trajectory (aanmelding, the creating companion
// as the central contact; a case director names one). The caseload lists a companion's own and a director's region.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp } from "../../../test/app.ts";
import { buildCast, buildClientWorld, type CastKey } from "../../../test/client-world.ts";
import type { Caseload, ClientFile, CreateClientBody, DuplicateCheckResult } from "./schemas.ts";

const t = await createReferenceTestApp();
const cast = await buildCast(t.db, t.app);
const app = t.app;
const now = new Date();
const slug = cast.partnership.slug;

const send = (key: CastKey, method: "GET" | "POST", url: string, payload?: object, locale = "nl") => {
  const session = cast.people[key].session;
  return app.inject({
    method,
    url,
    headers: { ...(method === "GET" ? { cookie: session.cookie } : session.headers), "accept-language": locale },
    ...(payload ? { payload } : {}),
  });
};

const esf = {
  labourStatus: "unknown",
  ageBand: "refused",
  educationLevel: "unknown",
  disability: "unknown",
  migrationBackground: "unknown",
  homelessness: "unknown",
  rural: "unknown",
} as const;

const body = (overrides: Partial<CreateClientBody> = {}): CreateClientBody => ({
  regionSlug: slug,
  givenName: "Nora",
  familyName: "Peeters",
  birthDate: "1988-02-03",
  phone: "",
  email: "",
  contactLanguages: ["nl"],
  interpreterNeeded: false,
  household: "single_parent",
  childrenCount: 1,
  careDuties: ["child_with_disability"],
  residence: "municipality",
  municipalityId: cast.partnership.municipalityIds[1] ?? null,
  gender: "woman",
  esf,
  ...overrides,
});

const countClients = async () =>
  Number(
    (
      await t.db
        .selectFrom("clients")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("creating a file", () => {
  it("makes the file and its trajectory in aanmelding with the companion as the central contact, audited", async () => {
    const response = await send("companion", "POST", "/api/clients", body());
    expect(response.statusCode).toBe(201);
    const file = response.json() as ClientFile;
    expect(file).toMatchObject({
      givenName: "Nora",
      household: "single_parent",
      careDuties: ["child_with_disability"],
      esf: { ageBand: "refused" },
      access: { via: "companion" },
      trajectory: { status: "registered", companion: { userId: cast.people.companion.id }, endedAt: null },
    });
    expect(file.trajectory?.events).toMatchObject([{ kind: "status", from: null, to: "registered" }]);
    const audited = await t.db
      .selectFrom("audit_log")
      .select(["action", "entity_type", "payload"])
      .where("entity_id", "in", [file.id, file.trajectory!.id])
      .orderBy("id")
      .execute();
    expect(audited.map((a) => [a.action, a.entity_type, (a.payload as { what: string }).what])).toEqual([
      ["client_record.written", "client", "created"],
      ["client_record.written", "trajectory", "created"],
    ]);
    expect(JSON.stringify(audited)).not.toContain("Peeters");
  });

  it("lets a case director name a companion of the region, and refuses someone who is not one", async () => {
    const named = await send(
      "caseDirector",
      "POST",
      "/api/clients",
      body({ givenName: "Roy", familyName: "Claes", birthDate: null, companionUserId: cast.people.otherCompanion.id }),
    );
    expect(named.statusCode).toBe(201);
    expect((named.json() as ClientFile).trajectory?.companion.userId).toBe(cast.people.otherCompanion.id);
    const before = await countClients();
    const wrong = await send(
      "caseDirector",
      "POST",
      "/api/clients",
      body({ givenName: "Kim", familyName: "Wouters", companionUserId: cast.people.partnerWorker.id }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0]).toMatchObject({ path: "companionUserId" });
    // A case director who is no companion must name one.
    const none = await send("caseDirector", "POST", "/api/clients", body({ givenName: "Kim", familyName: "Wouters" }));
    expect(none.statusCode).toBe(400);
    // A companion cannot hand the file to someone else.
    const handed = await send(
      "companion",
      "POST",
      "/api/clients",
      body({ givenName: "Kim", familyName: "Wouters", companionUserId: cast.people.otherCompanion.id }),
    );
    expect(handed.statusCode).toBe(400);
    expect(await countClients()).toBe(before);
  });

  it("refuses a region where the actor does not work with 404, and roles without client work with 403", async () => {
    const before = await countClients();
    expect(
      (await send("otherCaseDirector", "POST", "/api/clients", body({ companionUserId: cast.people.companion.id })))
        .statusCode,
    ).toBe(404);
    expect(
      (await send("companion", "POST", "/api/clients", body({ regionSlug: cast.otherRegion.slug }))).statusCode,
    ).toBe(404);
    for (const key of ["partnerWorker", "coordinator", "analyst", "admin"] as const) {
      expect((await send(key, "POST", "/api/clients", body())).statusCode, key).toBe(403);
    }
    expect((await app.inject({ method: "POST", url: "/api/clients", payload: body() })).statusCode).toBe(401);
    expect(await countClients()).toBe(before);
  });

  it.each([
    ["no given name", { givenName: "  " }, "givenName"],
    ["no contact language", { contactLanguages: [] }, "contactLanguages"],
    ["a language name instead of a code", { contactLanguages: ["Tigrinya"] }, "contactLanguages.0"],
    ["a municipality of another region", { municipalityId: "00000000-0000-4000-8000-000000000000" }, "municipalityId"],
    ["a sofasurfer with a municipality", { residence: "no_reference_address" }, "municipalityId"],
    ["a birth date in the future", { birthDate: "2999-12-31" }, "birthDate"],
    ["an ESF+ answer that is not one", { esf: { ...esf, rural: "maybe" } }, "esf.rural"],
  ] as const)("refuses %s with a translated 400 and creates nothing", async (_label, overrides, path) => {
    const before = await countClients();
    const response = await send(
      "companion",
      "POST",
      "/api/clients",
      body(overrides as Partial<CreateClientBody>),
      "fr",
    );
    expect(response.statusCode).toBe(400);
    const error = response.json().error as { fields: { path: string; message: string }[] };
    expect(error.fields.map((f) => f.path)).toContain(path);
    expect(error.fields.every((f) => f.message.length > 0 && !f.message.includes("clients."))).toBe(true);
    expect(await countClients()).toBe(before);
  });
});

describe("duplicates before creation", () => {
  it("names the companion's own file that matches, with why, and refuses creation until it is confirmed", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now, givenName: "Chadia" });
    await t.db
      .updateTable("clients")
      .set({ family_name: "El Idrissi", birth_date: "1990-05-06", phone: "0470 11 22 33" })
      .where("id", "=", world.clientId)
      .execute();
    const keys = {
      regionSlug: slug,
      givenName: "chadia",
      familyName: "El-Idrisi",
      birthDate: "1990-05-06",
      phone: "",
      email: "",
    };
    const check = await send("companion", "POST", "/api/clients/duplicate-check", keys);
    expect(check.statusCode).toBe(200);
    const result = check.json() as DuplicateCheckResult;
    expect(result).toMatchObject({ likely: true, hidden: 0 });
    expect(result.candidates).toEqual([
      expect.objectContaining({
        clientId: world.clientId,
        reasons: ["name", "birth_date"],
        likely: true,
        status: "active",
      }),
    ]);

    const before = await countClients();
    const create = body({ givenName: "Chadia", familyName: "El Idrisi", birthDate: "1990-05-06" });
    const refused = await send("companion", "POST", "/api/clients", create);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: "clients.possible_duplicate" });
    expect(refused.json().error.message).toMatch(/dossier/);
    expect(await countClients()).toBe(before);

    const confirmed = await send("companion", "POST", "/api/clients", { ...create, confirmNotDuplicate: true });
    expect(confirmed.statusCode).toBe(201);
  });

  it("shows another companion only a count, never the file; the case director sees it", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now, givenName: "Mireille" });
    await t.db
      .updateTable("clients")
      .set({ family_name: "Dubois", phone: "+32 471 99 88 77" })
      .where("id", "=", world.clientId)
      .execute();
    const keys = {
      regionSlug: slug,
      givenName: "Anders",
      familyName: "Iemand",
      birthDate: null,
      phone: "0471998877",
      email: "",
    };
    const other = (
      await send("otherCompanion", "POST", "/api/clients/duplicate-check", keys)
    ).json() as DuplicateCheckResult;
    expect(other).toEqual({ candidates: [], hidden: 1, likely: true });
    expect(JSON.stringify(other)).not.toContain(world.clientId);
    const director = (
      await send("caseDirector", "POST", "/api/clients/duplicate-check", keys)
    ).json() as DuplicateCheckResult;
    expect(director.candidates.map((c) => [c.clientId, c.reasons])).toEqual([[world.clientId, ["phone"]]]);
    expect(director.hidden).toBe(0);
    const audited = await t.db
      .selectFrom("audit_log")
      .select("payload")
      .where("entity_id", "=", world.clientId)
      .where("actor_user_id", "=", cast.people.caseDirector.id)
      .execute();
    expect(audited.map((a) => (a.payload as { what: string }).what)).toContain("duplicate_check");
    // The other companion saw only a count, but learned that this person may be a client here: audited as such.
    const probed = await t.db
      .selectFrom("audit_log")
      .select(["action", "payload"])
      .where("entity_id", "=", world.clientId)
      .where("actor_user_id", "=", cast.people.otherCompanion.id)
      .execute();
    expect(probed.map((a) => [a.action, (a.payload as { what: string }).what])).toEqual([
      ["client_record.read", "duplicate_check_hidden"],
    ]);
  });

  it("checks only the region the actor works in", async () => {
    const keys = {
      regionSlug: cast.otherRegion.slug,
      givenName: "Nora",
      familyName: "",
      birthDate: null,
      phone: "",
      email: "",
    };
    expect((await send("companion", "POST", "/api/clients/duplicate-check", keys)).statusCode).toBe(404);
  });
});

describe("the caseload", () => {
  it("lists a companion's own clients only, and the case director's whole region, each read audited", async () => {
    const mine = await buildClientWorld(t.db, cast, { consent: "given", now, givenName: "Eigen" });
    const theirs = await buildClientWorld(t.db, cast, { consent: "given", now, givenName: "Ander" });
    await t.db
      .updateTable("trajectories")
      .set({ companion_user_id: cast.people.otherCompanion.id, companion_organisation_id: cast.organisationB })
      .where("id", "=", theirs.trajectoryId)
      .execute();
    const companion = (await send("companion", "GET", "/api/caseload")).json() as Caseload;
    const ids = companion.clients.map((c) => c.id);
    expect(ids).toContain(mine.clientId);
    expect(ids).not.toContain(theirs.clientId);
    expect(companion.clients.find((c) => c.id === mine.clientId)).toMatchObject({
      region: { slug },
      trajectory: { status: "active", companion: { userId: cast.people.companion.id } },
    });
    const director = (await send("caseDirector", "GET", "/api/caseload")).json() as Caseload;
    expect(director.clients.map((c) => c.id)).toEqual(expect.arrayContaining([mine.clientId, theirs.clientId]));
    expect(((await send("otherCaseDirector", "GET", "/api/caseload")).json() as Caseload).clients).toEqual([]);
    const reads = await t.db
      .selectFrom("audit_log")
      .select("payload")
      .where("entity_id", "=", mine.clientId)
      .where("actor_user_id", "=", cast.people.companion.id)
      .where("action", "=", "client_record.read")
      .execute();
    expect(reads.map((r) => (r.payload as { what: string }).what)).toContain("caseload");
  });
});
