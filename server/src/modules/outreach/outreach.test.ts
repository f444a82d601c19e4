// Outreach: a contact recorded in seconds, possibly anonymous; a second contact links to the same person; the person
// becomes a client file when they agree (the contacts stay as its history); reach counted before any file. Only the
// region's companions and case directors; every read and write of a person audited, never with a value.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildCast, type CastKey } from "../../../test/client-world.ts";
import type { ClientFile } from "../clients/schemas.ts";
import type { OutreachPerson, OutreachPersonList, Reach } from "./schemas.ts";

const clock = fixedClock("2026-11-20T14:00:00Z");
const t = await createReferenceTestApp({ clock });
const cast = await buildCast(t.db, t.app);
const app = t.app;
const slug = cast.partnership.slug;
const [municipalityA, municipalityB] = cast.partnership.municipalityIds as [string, string];

const send = (key: CastKey, method: "GET" | "POST", url: string, payload?: object) => {
  const session = cast.people[key].session;
  return app.inject({
    method,
    url,
    headers: method === "GET" ? { cookie: session.cookie } : session.headers,
    ...(payload ? { payload } : {}),
  });
};

const anonymous = (nickname: string, overrides: object = {}) => ({
  regionSlug: slug,
  person: { nickname, ageBand: "18_24", gender: "man" },
  findingPlace: "street",
  municipalityId: municipalityA,
  lifeDomains: ["housing", "language"],
  note: "Slaapt bij vrienden.",
  ...overrides,
});

const countContacts = async () =>
  Number(
    (
      await t.db
        .selectFrom("outreach_contacts")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("recording contacts", () => {
  it("records an anonymous person and links a second contact to the same person, audited without values", async () => {
    const first = await send(
      "companion",
      "POST",
      "/api/outreach/contacts",
      anonymous("Jongen met de rode pet", { occurredAt: "2026-11-17T20:30:00Z" }),
    );
    expect(first.statusCode).toBe(201);
    const person = first.json() as OutreachPerson;
    expect(person).toMatchObject({
      nickname: "Jongen met de rode pet",
      ageBand: "18_24",
      clientId: null,
      contactCount: 1,
      contacts: [{ findingPlace: "street", lifeDomains: ["housing", "language"], recordedBy: "Test companion" }],
    });
    // Another companion of the region meets him again at the food bank.
    const second = await send("otherCompanion", "POST", "/api/outreach/contacts", {
      regionSlug: slug,
      personId: person.id,
      findingPlace: "food_bank",
      municipalityId: municipalityB,
      lifeDomains: [],
      note: "",
    });
    expect(second.statusCode).toBe(201);
    const linked = second.json() as OutreachPerson;
    expect(linked.id).toBe(person.id);
    expect(linked.contacts.map((c) => c.findingPlace)).toEqual(["food_bank", "street"]);
    expect(linked.lastContactAt).toBe(clock.now().toISOString());
    const audited = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", person.id)
      .orderBy("id")
      .execute();
    expect(audited.map((a) => [a.action, a.entity_type, (a.payload as { via: string }).via])).toEqual([
      ["client_record.written", "outreach_person", "outreach"],
      ["client_record.written", "outreach_person", "outreach"],
    ]);
    expect(JSON.stringify(audited)).not.toMatch(/rode pet|Slaapt/);
  });

  it("finds recent persons, and by nickname without caring about case", async () => {
    await send("companion", "POST", "/api/outreach/contacts", anonymous("Oma Zoë"));
    const recent = (
      await send("companion", "GET", `/api/outreach/persons?region=${slug}`)
    ).json() as OutreachPersonList;
    expect(recent.persons.map((p) => p.nickname)).toEqual(
      expect.arrayContaining(["Oma Zoë", "Jongen met de rode pet"]),
    );
    const found = (
      await send("companion", "GET", `/api/outreach/persons?region=${slug}&q=zoë`)
    ).json() as OutreachPersonList;
    expect(found.persons.map((p) => p.nickname)).toEqual(["Oma Zoë"]);
    expect(found.persons[0]).toMatchObject({ contactCount: 1 });
  });

  it.each([
    ["neither a person nor a known one", { person: undefined }, "person"],
    ["both a new and a known person", { personId: "00000000-0000-4000-8000-000000000000" }, "person"],
    ["a finding place that is not one", { findingPlace: "cafe" }, "findingPlace"],
    ["a life domain that does not exist", { lifeDomains: ["wellbeing_xyz"] }, "lifeDomains.0"],
    ["another region's municipality", { municipalityId: "00000000-0000-4000-8000-000000000000" }, "municipalityId"],
    ["a contact next week", { occurredAt: "2027-01-01T10:00:00Z" }, "occurredAt"],
    ["a note longer than 500 characters", { note: "x".repeat(501) }, "note"],
  ])("refuses %s with a translated 400 and records nothing", async (_label, overrides, path) => {
    const before = await countContacts();
    const response = await send("companion", "POST", "/api/outreach/contacts", anonymous("Iemand", overrides));
    expect(response.statusCode).toBe(400);
    const error = response.json().error as { fields: { path: string; message: string }[] };
    expect(error.fields.map((f) => f.path)).toContain(path);
    expect(error.fields.every((f) => f.message.length > 0 && !f.message.startsWith("outreach."))).toBe(true);
    expect(await countContacts()).toBe(before);
  });

  it("is for the region's companions and case director: another region 404, other roles 403, nothing recorded", async () => {
    const before = await countContacts();
    const person = (
      (await send("companion", "GET", `/api/outreach/persons?region=${slug}`)).json() as OutreachPersonList
    ).persons[0]!;
    expect((await send("otherCaseDirector", "POST", "/api/outreach/contacts", anonymous("X"))).statusCode).toBe(404);
    expect((await send("otherCaseDirector", "GET", `/api/outreach/persons/${person.id}`)).statusCode).toBe(404);
    expect((await send("otherCaseDirector", "GET", `/api/outreach/persons?region=${slug}`)).statusCode).toBe(404);
    for (const key of ["partnerWorker", "coordinator", "analyst", "jury", "admin"] as const) {
      expect((await send(key, "POST", "/api/outreach/contacts", anonymous("X"))).statusCode, key).toBe(403);
      expect(
        (await send(key, "GET", `/api/outreach/reach?region=${slug}&from=2026-01-01&to=2026-12-31`)).statusCode,
      ).toBe(403);
    }
    expect((await app.inject({ method: "GET", url: `/api/outreach/persons?region=${slug}` })).statusCode).toBe(401);
    expect(await countContacts()).toBe(before);
  });
});

describe("from contact to client file", () => {
  it("converts a person who agrees: the file links the person, the contacts stay, and the file's people alone read them", async () => {
    const person = (
      await send("companion", "POST", "/api/outreach/contacts", anonymous("Sal"))
    ).json() as OutreachPerson;
    const fileBody = {
      regionSlug: slug,
      givenName: "Saled",
      familyName: "",
      birthDate: null,
      phone: "",
      email: "",
      contactLanguages: ["ps", "en"],
      interpreterNeeded: true,
      household: "unknown",
      childrenCount: null,
      careDuties: [],
      residence: "no_reference_address",
      municipalityId: null,
      gender: "man",
      esf: {
        labourStatus: "unknown",
        ageBand: "18_29",
        educationLevel: "unknown",
        disability: "unknown",
        migrationBackground: "third_country_national",
        homelessness: "housing_exclusion",
        rural: "unknown",
      },
      outreachPersonId: person.id,
    };
    const created = await send("companion", "POST", "/api/clients", fileBody);
    expect(created.statusCode).toBe(201);
    const file = created.json() as ClientFile;
    expect(file.outreachPersonId).toBe(person.id);
    const after = (await send("companion", "GET", `/api/outreach/persons/${person.id}`)).json() as OutreachPerson;
    expect(after).toMatchObject({ clientId: file.id, contactCount: 1 });
    // Now the contacts are the file's history: another companion of the region no longer reads them.
    expect((await send("otherCompanion", "GET", `/api/outreach/persons/${person.id}`)).statusCode).toBe(404);
    const theirs = (
      await send("otherCompanion", "GET", `/api/outreach/persons?region=${slug}`)
    ).json() as OutreachPersonList;
    expect(theirs.persons.map((p) => p.id)).not.toContain(person.id);
    expect((await send("caseDirector", "GET", `/api/outreach/persons/${person.id}`)).statusCode).toBe(200);
    // Converting twice is refused and creates nothing.
    const again = await send("companion", "POST", "/api/clients", { ...fileBody, confirmNotDuplicate: true });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("clients.outreach_already_converted");
  });
});

describe("reach", () => {
  it("counts persons, contacts, finding places, municipalities and files in a Brussels period", async () => {
    const response = await send(
      "caseDirector",
      "GET",
      `/api/outreach/reach?region=${slug}&from=2026-11-01&to=2026-11-30`,
    );
    expect(response.statusCode).toBe(200);
    const reach = response.json() as Reach;
    expect(reach).toMatchObject({ persons: 3, contacts: 4, converted: 1 });
    expect(reach.byFindingPlace).toEqual([
      { findingPlace: "street", persons: 3, contacts: 3 },
      { findingPlace: "food_bank", persons: 1, contacts: 1 },
    ]);
    expect(reach.byMunicipality.map((m) => [m.persons, m.contacts])).toEqual([
      [3, 3],
      [1, 1],
    ]);
    const before = (
      await send("companion", "GET", `/api/outreach/reach?region=${slug}&from=2026-10-01&to=2026-10-31`)
    ).json() as Reach;
    expect(before).toMatchObject({ persons: 0, contacts: 0, byFindingPlace: [] });
  });

  it("refuses a period that ends before it starts, and a date that is not one", async () => {
    const reversed = await send("companion", "GET", `/api/outreach/reach?region=${slug}&from=2026-12-01&to=2026-11-01`);
    expect(reversed.statusCode).toBe(400);
    const wrong = await send("companion", "GET", `/api/outreach/reach?region=${slug}&from=1/11/2026&to=2026-11-30`);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].path).toBe("query.from");
  });
});
