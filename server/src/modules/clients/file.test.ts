// The client file: its companion and the region's case director read and change all of it; a partner worker under a
// referral and a standing consent reads the identifying data only; everybody else gets 404 and nothing changes.
// Every read and write is audited with how the actor reached the file, and never with a value from it.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp } from "../../../test/app.ts";
import { buildCast, buildClientWorld, type CastKey } from "../../../test/client-world.ts";
import type { ClientFile } from "./schemas.ts";

const t = await createReferenceTestApp();
const cast = await buildCast(t.db, t.app);
const app = t.app;
const now = new Date();

const send = (key: CastKey, method: "GET" | "PATCH" | "POST" | "PUT", url: string, payload?: object) => {
  const session = cast.people[key].session;
  return app.inject({
    method,
    url,
    headers: method === "GET" ? { cookie: session.cookie } : session.headers,
    ...(payload ? { payload } : {}),
  });
};

const auditRows = (entityId: string) =>
  t.db.selectFrom("audit_log").selectAll().where("entity_id", "=", entityId).orderBy("id").execute();

describe("reading the file", () => {
  it("shows the companion everything: identity, languages, household, ESF+ and the trajectory with its companion", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    const response = await send("companion", "GET", `/api/clients/${world.clientId}`);
    expect(response.statusCode).toBe(200);
    const file = response.json() as ClientFile;
    expect(file).toMatchObject({
      id: world.clientId,
      region: { slug: cast.partnership.slug },
      givenName: world.givenName,
      contactLanguages: ["ar", "fr"],
      residence: "municipality",
      municipality: { id: cast.partnership.municipalityIds[0] },
      esf: { labourStatus: "unknown", disability: "unknown" },
      access: { via: "companion", canWrite: true, canAssign: false },
      trajectory: {
        id: world.trajectoryId,
        status: "active",
        companion: { userId: cast.people.companion.id, name: "Test companion" },
        endedAt: null,
      },
    });
    expect(file.access.categories).toHaveLength(6);
    expect(file.trajectory?.nextStatuses).toEqual(["paused", "completed", "stopped", "dropped_out"]);
  });

  it("lets the region's case director assign, and audits each read with how it was reached", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    const file = (await send("caseDirector", "GET", `/api/clients/${world.clientId}`)).json() as ClientFile;
    expect(file.access).toMatchObject({ via: "case_director", canWrite: true, canAssign: true });
    const audited = await auditRows(world.clientId);
    expect(audited.at(-1)).toMatchObject({
      action: "client_record.read",
      entity_type: "client",
      actor_user_id: cast.people.caseDirector.id,
      payload: { clientId: world.clientId, via: "case_director", consentIds: [], what: "file" },
    });
  });

  it("shows a partner worker under consent the identifying data only: no ESF+, no closure, no history", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    const response = await send("partnerWorker", "GET", `/api/clients/${world.clientId}`);
    expect(response.statusCode).toBe(200);
    const file = response.json() as ClientFile;
    expect(file.access).toMatchObject({ via: "partner", canWrite: false, canAssign: false });
    expect(file.access.categories.sort()).toEqual(["general", "mental_health"]);
    expect(file.esf).toBeNull();
    expect(file.outreachPersonId).toBeNull();
    expect(file.trajectory).toMatchObject({
      status: "active",
      statusReason: null,
      exitOutcome: null,
      followUpNote: null,
      nextStatuses: [],
      events: [],
    });
    const audited = await auditRows(world.clientId);
    expect(audited.at(-1)?.payload).toMatchObject({ via: "partner", consentIds: [world.consentId] });
  });

  it("answers 404 to everyone else, to a partner whose consent was revoked, and for a file that does not exist", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    const revoked = await buildClientWorld(t.db, cast, { consent: "revoked", now });
    for (const key of ["otherCompanion", "otherCaseDirector", "otherPartnerWorker", "foreignPartnerWorker"] as const) {
      expect((await send(key, "GET", `/api/clients/${world.clientId}`)).statusCode, key).toBe(404);
    }
    for (const key of ["coordinator", "analyst", "jury", "applicant", "admin"] as const) {
      expect((await send(key, "GET", `/api/clients/${world.clientId}`)).statusCode, key).toBe(403);
    }
    expect((await send("partnerWorker", "GET", `/api/clients/${revoked.clientId}`)).statusCode).toBe(404);
    expect((await send("caseDirector", "GET", "/api/clients/00000000-0000-4000-8000-000000000000")).statusCode).toBe(
      404,
    );
    expect((await app.inject({ method: "GET", url: `/api/clients/${world.clientId}` })).statusCode).toBe(401);
  });
});

describe("changing the file", () => {
  it("lets the companion change languages, household and residence, audited with the field names only", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    const response = await send("companion", "PATCH", `/api/clients/${world.clientId}`, {
      contactLanguages: ["ti", "ar"],
      interpreterNeeded: true,
      household: "single_parent",
      childrenCount: 2,
      careDuties: ["children", "child_with_disability"],
      residence: "no_reference_address",
      municipalityId: null,
      phone: "0470 12 34 56",
      esf: {
        labourStatus: "long_term_unemployed",
        ageBand: "30_54",
        educationLevel: "refused",
        disability: "unknown",
        migrationBackground: "third_country_national",
        homelessness: "housing_exclusion",
        rural: "not_rural",
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      contactLanguages: ["ti", "ar"],
      interpreterNeeded: true,
      household: "single_parent",
      childrenCount: 2,
      residence: "no_reference_address",
      municipality: null,
      esf: { educationLevel: "refused", homelessness: "housing_exclusion" },
    });
    const audited = (await auditRows(world.clientId)).at(-1);
    expect(audited).toMatchObject({ action: "client_record.written", payload: { via: "companion" } });
    expect(JSON.stringify(audited?.payload)).not.toContain("0470");
    expect((audited?.payload as { what: string }).what).toContain("phone");
  });

  it("refuses a municipality outside the region and a residence without one, with a translated 400", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    const before = await t.db.selectFrom("clients").selectAll().where("id", "=", world.clientId).execute();
    const outside = await t.db
      .insertInto("municipalities")
      .values({ region_id: cast.otherRegion.id, name: "Elders" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const cases: [object, string][] = [
      [{ residence: "municipality", municipalityId: outside.id }, "municipalityId"],
      [{ residence: "municipality", municipalityId: null }, "municipalityId"],
      [{ birthDate: "2999-01-01" }, "birthDate"],
      [{ contactLanguages: [] }, "contactLanguages"],
      [{ household: "castle" }, "household"],
      [{ esf: { labourStatus: "unknown" } }, "esf.ageBand"],
    ];
    for (const [payload, path] of cases) {
      const response = await send("companion", "PATCH", `/api/clients/${world.clientId}`, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const error = response.json().error as { fields: { path: string; message: string }[] };
      expect(error.fields.map((f) => f.path)).toContain(path);
      expect(error.fields.every((f) => f.message.length > 0 && !f.message.startsWith("clients."))).toBe(true);
    }
    expect(await t.db.selectFrom("clients").selectAll().where("id", "=", world.clientId).execute()).toEqual(before);
  });

  it("is refused with 404 to a partner worker and another companion; nothing changes", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    const before = await t.db.selectFrom("clients").selectAll().where("id", "=", world.clientId).execute();
    const audits = (await auditRows(world.clientId)).length;
    for (const key of ["partnerWorker", "otherCompanion", "otherCaseDirector"] as const) {
      const response = await send(key, "PATCH", `/api/clients/${world.clientId}`, { givenName: "Ander" });
      expect(response.statusCode, key).toBe(key === "partnerWorker" ? 403 : 404);
    }
    expect(await t.db.selectFrom("clients").selectAll().where("id", "=", world.clientId).execute()).toEqual(before);
    expect(await auditRows(world.clientId)).toHaveLength(audits);
  });
});
