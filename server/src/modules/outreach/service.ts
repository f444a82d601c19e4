// Outreach's use cases: recording a contact (a new person or one met before), the region's recent persons, one
// person with their contacts, and the reach per period. Reads and writes of a person are audited as client records.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { addDaysToLocalDate, localToUtc } from "../../domain/milestones.ts";
import type { Clock } from "../../platform/clock.ts";
import { notFound, validationFailed, type FieldError } from "../../platform/errors.ts";
import { regionsWhere, type Actor } from "../../platform/permissions.ts";
import { recordAudit } from "../../platform/audit.ts";
import { latestTrajectory } from "../clients/access.ts";
import type { ContactBody, OutreachPerson, OutreachPersonList, Reach } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

type Db = Kysely<Database> | Transaction<Database>;
const day = 24 * 60 * 60 * 1000;
/** The "recent" list: persons with a contact in the last three months. */
const recentDays = 90;

/** The region by slug, when the actor works there as companion or case director; otherwise 404. */
async function outreachRegion(db: Db, actor: Actor, slug: string) {
  const region = await db
    .selectFrom("regions")
    .select(["id", "slug", "name"])
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (!region) throw notFound();
  const director = regionsWhere(actor, "case_director").includes(region.id);
  if (!director && !regionsWhere(actor, "companion").includes(region.id)) throw notFound();
  return { ...region, director };
}

/**
 * Whether the actor may read this person: anyone of the region's outreach team before there is a file; once there
 * is one, only whoever may open the file (the case director, the client's companion).
 */
async function mayRead(db: Db, actor: Actor, person: { regionId: string; clientId: string | null }): Promise<boolean> {
  if (regionsWhere(actor, "case_director").includes(person.regionId)) return true;
  if (!regionsWhere(actor, "companion").includes(person.regionId)) return false;
  if (person.clientId === null) return true;
  return (await latestTrajectory(db, person.clientId))?.companionUserId === actor.userId;
}

/** A read or write of an outreach person, audited like any client record: ids and what, never a value. */
async function auditPerson(
  trx: Transaction<Database>,
  actor: Actor,
  operation: "read" | "write",
  person: { id: string; clientId: string | null; regionId: string },
  what: string,
  at: Date,
): Promise<void> {
  const payload = {
    clientId: person.clientId,
    via: regionsWhere(actor, "case_director").includes(person.regionId)
      ? ("case_director" as const)
      : ("outreach" as const),
    consentIds: [],
    what,
  };
  await recordAudit(
    trx,
    { kind: "user", userId: actor.userId },
    operation === "read"
      ? { action: "client_record.read", entityType: "outreach_person", entityId: person.id, payload }
      : { action: "client_record.written", entityType: "outreach_person", entityId: person.id, payload },
    { at },
  );
}

async function loadPerson(db: Db, personId: string): Promise<OutreachPerson & { regionId: string }> {
  const person = await db
    .selectFrom("outreach_persons")
    .innerJoin("regions", "regions.id", "outreach_persons.region_id")
    .select([
      "outreach_persons.id",
      "outreach_persons.region_id as regionId",
      "regions.slug",
      "regions.name",
      "outreach_persons.nickname",
      "outreach_persons.age_band as ageBand",
      "outreach_persons.gender",
      "outreach_persons.client_id as clientId",
      "outreach_persons.created_at as createdAt",
    ])
    .where("outreach_persons.id", "=", personId)
    .executeTakeFirst();
  if (!person) throw notFound();
  const contacts = await db
    .selectFrom("outreach_contacts")
    .innerJoin("users", "users.id", "outreach_contacts.recorded_by")
    .leftJoin("municipalities", "municipalities.id", "outreach_contacts.municipality_id")
    .select([
      "outreach_contacts.id",
      "outreach_contacts.occurred_at as occurredAt",
      "outreach_contacts.finding_place as findingPlace",
      "municipalities.id as municipalityId",
      "municipalities.name as municipalityName",
      "outreach_contacts.life_domains as lifeDomains",
      "outreach_contacts.note",
      "users.display_name as recordedBy",
    ])
    .where("outreach_contacts.person_id", "=", personId)
    .orderBy("outreach_contacts.occurred_at", "desc")
    .orderBy("outreach_contacts.created_at", "desc")
    .execute();
  return {
    id: person.id,
    regionId: person.regionId,
    region: { slug: person.slug, name: person.name },
    nickname: person.nickname,
    ageBand: person.ageBand as OutreachPerson["ageBand"],
    gender: person.gender as OutreachPerson["gender"],
    clientId: person.clientId,
    createdAt: person.createdAt.toISOString(),
    contactCount: contacts.length,
    lastContactAt: contacts[0]?.occurredAt.toISOString() ?? null,
    contacts: contacts.map((c) => ({
      id: c.id,
      occurredAt: c.occurredAt.toISOString(),
      findingPlace: c.findingPlace as OutreachPerson["contacts"][number]["findingPlace"],
      municipality: c.municipalityId && c.municipalityName ? { id: c.municipalityId, name: c.municipalityName } : null,
      lifeDomains: c.lifeDomains,
      note: c.note,
      recordedBy: c.recordedBy,
    })),
  };
}

function present(person: OutreachPerson & { regionId: string }): OutreachPerson {
  const { regionId: _regionId, ...rest } = person;
  return rest;
}

async function checkContact(db: Db, regionId: string, body: ContactBody, now: Date): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if ((body.personId === undefined) === (body.person === undefined)) {
    errors.push({ path: "person", code: "outreach.person_or_known" });
  }
  if (body.municipalityId) {
    const found = await db
      .selectFrom("municipalities")
      .select("id")
      .where("id", "=", body.municipalityId)
      .where("region_id", "=", regionId)
      .executeTakeFirst();
    if (!found) errors.push({ path: "municipalityId", code: "outreach.municipality_not_in_region" });
  }
  if (body.lifeDomains.length > 0) {
    const known = await db.selectFrom("life_domains").select("code").where("code", "in", body.lifeDomains).execute();
    const codes = new Set(known.map((k) => k.code));
    body.lifeDomains.forEach((code, index) => {
      if (!codes.has(code)) errors.push({ path: `lifeDomains.${index}`, code: "outreach.life_domain_unknown" });
    });
  }
  if (body.occurredAt !== undefined) {
    const at = Date.parse(body.occurredAt);
    if (at > now.getTime() + 5 * 60 * 1000 || at < now.getTime() - 30 * day) {
      errors.push({ path: "occurredAt", code: "outreach.occurred_at_range" });
    }
  }
  return errors;
}

/** Records a contact: with someone new (a person is made) or with a person of the region met before. */
export async function recordContact(deps: Deps, actor: Actor, body: ContactBody): Promise<OutreachPerson> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const region = await outreachRegion(trx, actor, body.regionSlug);
    const errors = await checkContact(trx, region.id, body, now);
    if (errors.length > 0) throw validationFailed(errors);
    let personId: string;
    let clientId: string | null = null;
    if (body.personId !== undefined) {
      const person = await trx
        .selectFrom("outreach_persons")
        .select(["id", "region_id as regionId", "client_id as clientId"])
        .where("id", "=", body.personId)
        .forUpdate()
        .executeTakeFirst();
      if (!person || person.regionId !== region.id || !(await mayRead(trx, actor, person))) throw notFound();
      personId = person.id;
      clientId = person.clientId;
    } else {
      const created = await trx
        .insertInto("outreach_persons")
        .values({
          region_id: region.id,
          nickname: body.person!.nickname.trim(),
          age_band: body.person!.ageBand,
          gender: body.person!.gender,
          created_by: actor.userId,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      personId = created.id;
    }
    // The organisation the actor does outreach for in this region.
    const organisationId = actor.memberships.find(
      (m) => m.regionId === region.id && (m.role === "companion" || m.role === "case_director"),
    )!.organisationId;
    const contact = await trx
      .insertInto("outreach_contacts")
      .values({
        person_id: personId,
        region_id: region.id,
        occurred_at: body.occurredAt ? new Date(body.occurredAt) : now,
        finding_place: body.findingPlace,
        municipality_id: body.municipalityId,
        life_domains: body.lifeDomains,
        note: body.note.trim(),
        recorded_by: actor.userId,
        organisation_id: organisationId,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await auditPerson(
      trx,
      actor,
      "write",
      { id: personId, clientId, regionId: region.id },
      body.personId === undefined ? `created:contact:${contact.id}` : `contact:${contact.id}`,
      now,
    );
    return present(await loadPerson(trx, personId));
  });
}

export async function getPerson(deps: Deps, actor: Actor, personId: string): Promise<OutreachPerson> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const person = await loadPerson(trx, personId);
    if (!(await mayRead(trx, actor, person))) throw notFound();
    await auditPerson(trx, actor, "read", person, "person", now);
    return present(person);
  });
}

/**
 * The region's persons with a contact in the last three months, or (with `q`) those whose nickname matches, newest
 * contact first; a person with a file only for whoever may open it. Each person listed is an audited read.
 */
export async function listPersons(
  deps: Deps,
  actor: Actor,
  query: { region: string; q?: string | undefined },
): Promise<OutreachPersonList> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const region = await outreachRegion(trx, actor, query.region);
    const search = query.q?.trim() ?? "";
    let select = trx
      .selectFrom("outreach_persons")
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom("trajectories")
            .select("trajectories.companion_user_id")
            .whereRef("trajectories.client_id", "=", "outreach_persons.client_id")
            .orderBy("trajectories.started_at", "desc")
            .orderBy("trajectories.created_at", "desc")
            .limit(1)
            .as("latest"),
        (join) => join.onTrue(),
      )
      .innerJoinLateral(
        (eb) =>
          eb
            .selectFrom("outreach_contacts")
            .select([
              (e) => e.fn.countAll<string>().as("contactCount"),
              (e) => e.fn.max("outreach_contacts.occurred_at").as("lastContactAt"),
            ])
            .whereRef("outreach_contacts.person_id", "=", "outreach_persons.id")
            .as("c"),
        (join) => join.onTrue(),
      )
      .select([
        "outreach_persons.id",
        "outreach_persons.nickname",
        "outreach_persons.age_band as ageBand",
        "outreach_persons.gender",
        "outreach_persons.client_id as clientId",
        "outreach_persons.created_at as createdAt",
        "c.contactCount",
        "c.lastContactAt",
      ])
      .where("outreach_persons.region_id", "=", region.id);
    if (!region.director) {
      select = select.where((eb) =>
        eb.or([eb("outreach_persons.client_id", "is", null), eb("latest.companion_user_id", "=", actor.userId)]),
      );
    }
    if (search !== "") {
      // Nicknames compared without accents or case, as they are typed on the street.
      const pattern = `%${search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      select = select.where(sql<boolean>`lower(outreach_persons.nickname) like lower(${pattern})`);
    } else {
      select = select.where("c.lastContactAt", ">=", new Date(now.getTime() - recentDays * day));
    }
    const rows = await select.orderBy("c.lastContactAt", "desc").orderBy("outreach_persons.id").limit(50).execute();
    for (const row of rows) {
      const what = search === "" ? "recent" : "search";
      await auditPerson(trx, actor, "read", { ...row, regionId: region.id }, what, now);
    }
    return {
      persons: rows.map((r) => ({
        id: r.id,
        region: { slug: region.slug, name: region.name },
        nickname: r.nickname,
        ageBand: r.ageBand as OutreachPerson["ageBand"],
        gender: r.gender as OutreachPerson["gender"],
        clientId: r.clientId,
        createdAt: r.createdAt.toISOString(),
        contactCount: Number(r.contactCount),
        lastContactAt: r.lastContactAt ? new Date(r.lastContactAt as unknown as string).toISOString() : null,
      })),
    };
  });
}

/** Reach in a period (Brussels dates, both included): persons, contacts, where, and how many became a file. */
export async function getReach(
  deps: Deps,
  actor: Actor,
  query: { region: string; from: string; to: string },
): Promise<Reach> {
  const region = await outreachRegion(deps.db, actor, query.region);
  if (query.from > query.to) throw validationFailed([{ path: "query.to", code: "outreach.period_order" }]);
  const start = new Date(localToUtc(query.from));
  const end = new Date(localToUtc(addDaysToLocalDate(query.to, 1)));
  const base = deps.db
    .selectFrom("outreach_contacts")
    .innerJoin("outreach_persons", "outreach_persons.id", "outreach_contacts.person_id")
    .where("outreach_contacts.region_id", "=", region.id)
    .where("outreach_contacts.occurred_at", ">=", start)
    .where("outreach_contacts.occurred_at", "<", end);
  const [totals, byPlace, byMunicipality] = await Promise.all([
    base
      .select([
        sql<string>`count(distinct outreach_contacts.person_id)`.as("persons"),
        sql<string>`count(*)`.as("contacts"),
        sql<string>`count(distinct outreach_contacts.person_id) filter (where outreach_persons.client_id is not null)`.as(
          "converted",
        ),
      ])
      .executeTakeFirstOrThrow(),
    base
      .select([
        "outreach_contacts.finding_place as findingPlace",
        sql<string>`count(distinct outreach_contacts.person_id)`.as("persons"),
        sql<string>`count(*)`.as("contacts"),
      ])
      .groupBy("outreach_contacts.finding_place")
      .orderBy(sql`count(*)`, "desc")
      .orderBy("outreach_contacts.finding_place")
      .execute(),
    base
      .leftJoin("municipalities", "municipalities.id", "outreach_contacts.municipality_id")
      .select([
        "municipalities.name as municipality",
        sql<string>`count(distinct outreach_contacts.person_id)`.as("persons"),
        sql<string>`count(*)`.as("contacts"),
      ])
      .groupBy(["municipalities.name", "municipalities.sort_order"])
      .orderBy(sql`municipalities.sort_order nulls last`)
      .orderBy("municipalities.name")
      .execute(),
  ]);
  return {
    region: { slug: region.slug, name: region.name },
    from: query.from,
    to: query.to,
    persons: Number(totals.persons),
    contacts: Number(totals.contacts),
    converted: Number(totals.converted),
    byFindingPlace: byPlace.map((r) => ({
      findingPlace: r.findingPlace as Reach["byFindingPlace"][number]["findingPlace"],
      persons: Number(r.persons),
      contacts: Number(r.contacts),
    })),
    byMunicipality: byMunicipality.map((r) => ({
      municipality: r.municipality,
      persons: Number(r.persons),
      contacts: Number(r.contacts),
    })),
  };
}
