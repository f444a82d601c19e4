// The client file's use cases: reading it, checking for duplicates, creating it with its trajectory, changing it,
// the caseload, and where the actor works. Every read and write of a record goes through access.ts and is audited.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { judgeDuplicate, type PersonKeys } from "../../domain/duplicates.ts";
import { brusselsDate } from "../../domain/trajectory-status.ts";
import type { Clock } from "../../platform/clock.ts";
import { conflict, notFound, validationFailed, type FieldError } from "../../platform/errors.ts";
import { regionsWhere, type Actor } from "../../platform/permissions.ts";
import { auditClientReads, auditClientRecord, clientAccess, withClientAccess, type AccessVia } from "./access.ts";
import { presentFile } from "./present.ts";
import * as q from "./queries.ts";
import type {
  Caseload,
  ClientFile,
  ClientPatchBody,
  CompanionList,
  CreateClientBody,
  DuplicateCheckBody,
  DuplicateCheckResult,
  WorkRegions,
} from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

export async function getClientFile(deps: Deps, actor: Actor, clientId: string): Promise<ClientFile> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { clientId },
    { operation: "read", entity: "client", what: "file" },
    now,
    (trx, access) => presentFile(trx, actor, access),
  );
}

/** How the actor works in a region: as its case director, as a companion, or not at all (then 404). */
function staffRole(actor: Actor, regionId: string): AccessVia | null {
  if (regionsWhere(actor, "case_director").includes(regionId)) return "case_director";
  if (regionsWhere(actor, "companion").includes(regionId)) return "companion";
  return null;
}

async function regionForStaff(db: q.Db, actor: Actor, slug: string) {
  const region = await q.findRegionBySlug(db, slug);
  if (!region) throw notFound();
  const role = staffRole(actor, region.id);
  if (role === null) throw notFound();
  return { ...region, role };
}

/** The checks a file's fields need beyond their schema: the municipality is the region's, the birth date real. */
async function checkFields(
  db: q.Db,
  regionId: string,
  fields: { residence?: string; municipalityId?: string | null; birthDate?: string | null },
  now: Date,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  if (fields.residence !== undefined || fields.municipalityId !== undefined) {
    if (fields.residence === "municipality") {
      if (!fields.municipalityId) errors.push({ path: "municipalityId", code: "clients.municipality_required" });
      else {
        const found = (await q.municipalitiesOf(db, [regionId])).some((m) => m.id === fields.municipalityId);
        if (!found) errors.push({ path: "municipalityId", code: "clients.municipality_not_in_region" });
      }
    } else if (fields.municipalityId) {
      errors.push({ path: "municipalityId", code: "clients.municipality_only_with_residence" });
    }
  }
  if (fields.birthDate) {
    if (fields.birthDate > brusselsDate(now) || fields.birthDate < "1900-01-01") {
      errors.push({ path: "birthDate", code: "clients.birth_date_implausible" });
    }
  }
  return errors;
}

/**
 * The region's files that may be the same person. The actor sees the ones they may open (the case director all of
 * the region, a companion their own); of the others only how many there are.
 */
async function findDuplicates(
  trx: Transaction<Database>,
  actor: Actor,
  region: { id: string; role: AccessVia },
  keys: PersonKeys,
  now: Date,
): Promise<DuplicateCheckResult> {
  const rows = await q.regionPersonKeys(trx, region.id);
  const result: DuplicateCheckResult = { candidates: [], hidden: 0, likely: false };
  const via: AccessVia = region.role === "case_director" ? "case_director" : "companion";
  const reads: Parameters<typeof auditClientReads>[2] = [];
  for (const row of rows) {
    const judgement = judgeDuplicate(keys, row);
    if (judgement === null) continue;
    if (judgement.likely) result.likely = true;
    const mayOpen = region.role === "case_director" || row.companionUserId === actor.userId;
    if (!mayOpen) {
      // Only a count is shown, yet it says "this person may be a client here": that is audited too.
      result.hidden += 1;
      reads.push({
        access: { clientId: row.id, via, consentIds: [] },
        entity: "client",
        entityId: row.id,
        what: "duplicate_check_hidden",
      });
      continue;
    }
    result.candidates.push({
      clientId: row.id,
      givenName: row.givenName,
      familyName: row.familyName,
      birthDate: row.birthDate,
      municipality: row.municipality,
      companion: row.companionName,
      status: (row.status as DuplicateCheckResult["candidates"][number]["status"]) ?? null,
      reasons: judgement.reasons,
      likely: judgement.likely,
    });
    reads.push({
      access: { clientId: row.id, via, consentIds: [] },
      entity: "client",
      entityId: row.id,
      what: "duplicate_check",
    });
  }
  await auditClientReads(trx, actor, reads, now);
  result.candidates.sort((a, b) => Number(b.likely) - Number(a.likely) || b.reasons.length - a.reasons.length);
  return result;
}

export async function checkDuplicates(
  deps: Deps,
  actor: Actor,
  body: DuplicateCheckBody,
): Promise<DuplicateCheckResult> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const region = await regionForStaff(trx, actor, body.regionSlug);
    return findDuplicates(trx, actor, region, body, now);
  });
}

/** The companion of a new trajectory, and the organisation they work for in the region. */
async function companionFor(
  db: q.Db,
  actor: Actor,
  region: { id: string; role: AccessVia },
  named: string | undefined,
): Promise<{ userId: string; organisationId: string }> {
  const companions = await q.companionsOfRegion(db, region.id);
  const userId = named ?? actor.userId;
  // A companion names only themself; the case director any companion of the region.
  if (named !== undefined && named !== actor.userId && region.role !== "case_director") {
    throw validationFailed([{ path: "companionUserId", code: "clients.companion_case_director_only" }]);
  }
  const found = companions.find((c) => c.userId === userId);
  if (!found) {
    throw validationFailed([
      {
        path: "companionUserId",
        code: named === undefined ? "clients.companion_required" : "clients.companion_not_in_region",
      },
    ]);
  }
  return { userId: found.userId, organisationId: found.organisationId };
}

function fileValues(body: ClientPatchBody) {
  const values: Partial<Record<string, unknown>> = {};
  const set = <K extends keyof ClientPatchBody>(
    key: K,
    column: string,
    map = (v: ClientPatchBody[K]) => v as unknown,
  ) => {
    if (body[key] !== undefined) values[column] = map(body[key]);
  };
  set("givenName", "given_name", (v) => (v as string).trim());
  set("familyName", "family_name", (v) => (v as string).trim());
  set("birthDate", "birth_date");
  set("phone", "phone", (v) => (v as string).trim());
  set("email", "email", (v) => (v as string).trim().toLowerCase());
  set("contactLanguages", "contact_languages");
  set("interpreterNeeded", "interpreter_needed");
  set("household", "household");
  set("childrenCount", "children_count");
  set("careDuties", "care_duties");
  set("residence", "residence");
  set("municipalityId", "municipality_id");
  set("gender", "gender");
  if (body.esf) {
    values.esf_labour_status = body.esf.labourStatus;
    values.esf_age_band = body.esf.ageBand;
    values.esf_education_level = body.esf.educationLevel;
    values.esf_disability = body.esf.disability;
    values.esf_migration_background = body.esf.migrationBackground;
    values.esf_homelessness = body.esf.homelessness;
    values.esf_rural = body.esf.rural;
  }
  return values;
}

export async function createClient(deps: Deps, actor: Actor, body: CreateClientBody): Promise<ClientFile> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const region = await regionForStaff(trx, actor, body.regionSlug);
    const errors = await checkFields(trx, region.id, body, now);
    if (errors.length > 0) throw validationFailed(errors);
    const companion = await companionFor(trx, actor, region, body.companionUserId);
    if (body.outreachPersonId !== undefined) {
      const person = await trx
        .selectFrom("outreach_persons")
        .select(["id", "client_id"])
        .where("id", "=", body.outreachPersonId)
        .where("region_id", "=", region.id)
        .forUpdate()
        .executeTakeFirst();
      if (!person) throw notFound();
      if (person.client_id !== null) throw conflict("clients.outreach_already_converted");
    }
    await q.lockRegionFiles(trx, region.id);
    const duplicates = await findDuplicates(trx, actor, region, body, now);
    if (duplicates.likely && body.confirmNotDuplicate !== true) throw conflict("clients.possible_duplicate");

    const client = await trx
      .insertInto("clients")
      .values({
        ...(fileValues(body) as object),
        given_name: body.givenName.trim(),
        contact_languages: body.contactLanguages,
        residence: body.residence,
        region_id: region.id,
        outreach_person_id: body.outreachPersonId ?? null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const trajectory = await trx
      .insertInto("trajectories")
      .values({
        client_id: client.id,
        region_id: region.id,
        companion_user_id: companion.userId,
        companion_organisation_id: companion.organisationId,
        status: "registered",
        status_changed_at: now,
        started_at: now,
        created_by: actor.userId,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("trajectory_events")
      .values({
        trajectory_id: trajectory.id,
        kind: "status",
        from_value: null,
        to_value: "registered",
        at: now,
        by_user_id: actor.userId,
      })
      .execute();
    const via: AccessVia = region.role;
    const access = { clientId: client.id, via, consentIds: [] };
    if (body.outreachPersonId !== undefined) {
      await trx
        .updateTable("outreach_persons")
        .set({ client_id: client.id })
        .where("id", "=", body.outreachPersonId)
        .execute();
      await auditClientRecord(
        trx,
        actor,
        access,
        { operation: "write", entity: "outreach_person", entityId: body.outreachPersonId, what: "converted" },
        now,
      );
    }
    await auditClientRecord(
      trx,
      actor,
      access,
      { operation: "write", entity: "client", entityId: client.id, what: "created" },
      now,
    );
    await auditClientRecord(
      trx,
      actor,
      access,
      { operation: "write", entity: "trajectory", entityId: trajectory.id, what: "created" },
      now,
    );
    return presentFile(trx, actor, await clientAccess(trx, actor, client.id, now, "read"));
  });
}

export async function patchClient(
  deps: Deps,
  actor: Actor,
  clientId: string,
  body: ClientPatchBody,
): Promise<ClientFile> {
  const now = deps.clock.now();
  const changed = Object.keys(body).sort();
  return withClientAccess(
    deps.db,
    actor,
    { clientId },
    // The names of the fields changed, never their values (access.ts).
    { operation: "write", entity: "client", what: `changed:${changed.join(",")}` },
    now,
    async (trx, access) => {
      const current = await q.findClientRow(trx, clientId);
      if (!current) throw notFound();
      // The residence rule holds on the whole file: a change of one of the two is judged with the other as it is.
      const residence = body.residence ?? current.residence;
      const municipalityId = body.municipalityId !== undefined ? body.municipalityId : current.municipality_id;
      const touchesResidence = body.residence !== undefined || body.municipalityId !== undefined;
      const errors = await checkFields(
        trx,
        current.region_id,
        { ...(touchesResidence ? { residence, municipalityId } : {}), birthDate: body.birthDate ?? null },
        now,
      );
      if (errors.length > 0) throw validationFailed(errors);
      await trx
        .updateTable("clients")
        .set({ ...(fileValues(body) as object), updated_at: now })
        .where("id", "=", clientId)
        .execute();
      return presentFile(trx, actor, access);
    },
  );
}

export async function getCaseload(deps: Deps, actor: Actor): Promise<Caseload> {
  const now = deps.clock.now();
  const directorRegionIds = regionsWhere(actor, "case_director");
  const companionRegionIds = regionsWhere(actor, "companion").filter((id) => !directorRegionIds.includes(id));
  return deps.db.transaction().execute(async (trx) => {
    const rows = await q.caseloadRows(trx, { directorRegionIds, companionRegionIds, userId: actor.userId });
    await auditClientReads(
      trx,
      actor,
      rows.map((row) => {
        const via: AccessVia =
          directorRegionIds.length > 0 && row.companionUserId !== actor.userId ? "case_director" : "companion";
        return {
          access: { clientId: row.id, via, consentIds: [] },
          entity: "client",
          entityId: row.id,
          what: "caseload",
        };
      }),
      now,
    );
    return {
      clients: rows.map((r) => ({
        id: r.id,
        givenName: r.givenName,
        familyName: r.familyName,
        region: { slug: r.regionSlug, name: r.regionName },
        municipality: r.municipality,
        trajectory:
          r.trajectoryId && r.status && r.statusChangedAt && r.companionUserId
            ? {
                id: r.trajectoryId,
                status: r.status as NonNullable<Caseload["clients"][number]["trajectory"]>["status"],
                statusChangedAt: r.statusChangedAt.toISOString(),
                companion: {
                  userId: r.companionUserId,
                  name: r.companionName ?? "",
                  organisation: r.companionOrganisation ?? "",
                },
                followUpDueOn: r.followUpDueOn,
                followUpDone: r.followUpDoneAt !== null,
              }
            : null,
      })),
    };
  });
}

/** The regions where the actor works as companion or case director, with their municipalities (for the forms). */
export async function getWorkRegions(deps: Deps, actor: Actor): Promise<WorkRegions> {
  const roles = new Map<string, string[]>();
  for (const role of ["companion", "case_director"] as const) {
    for (const regionId of regionsWhere(actor, role)) roles.set(regionId, [...(roles.get(regionId) ?? []), role]);
  }
  const ids = [...roles.keys()];
  if (ids.length === 0) return { regions: [] };
  const [regions, municipalities] = await Promise.all([
    deps.db.selectFrom("regions").select(["id", "slug", "name"]).where("id", "in", ids).orderBy("name").execute(),
    q.municipalitiesOf(deps.db, ids),
  ]);
  return {
    regions: regions.map((r) => ({
      slug: r.slug,
      name: r.name,
      roles: roles.get(r.id) ?? [],
      municipalities: municipalities.filter((m) => m.regionId === r.id).map((m) => ({ id: m.id, name: m.name })),
    })),
  };
}

/** The region's companions, for the case director who assigns them. */
export async function getCompanions(deps: Deps, actor: Actor, slug: string): Promise<CompanionList> {
  const region = await q.findRegionBySlug(deps.db, slug);
  if (!region || !regionsWhere(actor, "case_director").includes(region.id)) throw notFound();
  const companions = await q.companionsOfRegion(deps.db, region.id);
  return { companions: companions.map((c) => ({ userId: c.userId, name: c.name, organisation: c.organisation })) };
}
