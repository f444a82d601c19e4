// The use cases of signals: listing a region's signals, raising one (optionally linked to trajectories the raiser
// may write), the coordinator's follow-up, and the trajectories a raiser may link.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { endedTrajectoryStatuses } from "../../domain/trajectory-codes.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Clock } from "../../platform/clock.ts";
import { HttpError, notFound, validationFailed, type FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { auditClientRecord, clientAccess, trajectoryAccess, type ClientAccess } from "../clients/access.ts";
import { managedSignalRegionIds, raisingOrganisation, signalRegionIds } from "./policy.ts";
import * as q from "./queries.ts";
import type {
  FollowUpBody,
  LinkableList,
  RaiseSignalBody,
  SignalList,
  SignalListQuery,
  SignalView,
} from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

type Row = NonNullable<Awaited<ReturnType<typeof q.findSignal>>>;
type Link = { trajectoryId: string; clientId: string; clientName: string };

function present(row: Row, actor: Actor, myLinks: Link[]): SignalView {
  const manages = managedSignalRegionIds(actor).includes(row.regionId);
  return {
    id: row.id,
    region: { slug: row.regionSlug, name: row.regionName },
    title: row.title,
    description: row.description,
    lifeDomains: row.lifeDomains,
    barriers: row.barriers,
    municipality: row.municipalityId !== null ? { id: row.municipalityId, name: row.municipalityName ?? "" } : null,
    status: row.status as SignalView["status"],
    response: row.response,
    raisedAt: row.raisedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    mine: row.raisedBy === actor.userId,
    raisedBy: manages ? { name: row.raisedByName, organisation: row.raisedByOrganisation } : null,
    linkedTrajectories: Number(row.linkedTrajectories ?? 0),
    myLinks: row.raisedBy === actor.userId ? myLinks : [],
  };
}

/** A client's access, or null when it no longer stands (the link is then not shown to the raiser). */
async function accessOrNull(
  trx: Transaction<Database>,
  actor: Actor,
  clientId: string,
  now: Date,
): Promise<ClientAccess | null> {
  try {
    return await clientAccess(trx, actor, clientId, now, "read");
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return null;
    throw error;
  }
}

/**
 * The raiser's own links, limited to the clients they may still read; each client shown is audited as a read of
 * the signal's link (ids only).
 */
async function ownLinks(
  trx: Transaction<Database>,
  actor: Actor,
  rows: Row[],
  now: Date,
): Promise<Map<string, Link[]>> {
  const mine = rows.filter((r) => r.raisedBy === actor.userId).map((r) => r.id);
  const links = await q.linksOf(trx, mine);
  const names = new Map(
    (await q.clientNames(trx, [...new Set(links.map((l) => l.clientId))])).map((c) => [
      c.id,
      `${c.givenName} ${c.familyName}`.trim(),
    ]),
  );
  const result = new Map<string, Link[]>();
  for (const link of links) {
    const access = await accessOrNull(trx, actor, link.clientId, now);
    if (access === null) continue;
    await auditClientRecord(
      trx,
      actor,
      access,
      { operation: "read", entity: "signal", entityId: link.signalId, what: "signal_link" },
      now,
    );
    result.set(link.signalId, [
      ...(result.get(link.signalId) ?? []),
      { trajectoryId: link.trajectoryId, clientId: link.clientId, clientName: names.get(link.clientId) ?? "" },
    ]);
  }
  return result;
}

async function regionOfSlug(db: q.Db, actor: Actor, slug: string) {
  const regions = await q.regionsByIds(db, signalRegionIds(actor));
  const region = regions.find((r) => r.slug === slug);
  if (region === undefined) throw notFound();
  return region;
}

export async function listSignals(deps: Deps, actor: Actor, query: SignalListQuery): Promise<SignalList> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const regions = await q.regionsByIds(trx, signalRegionIds(actor));
    const region = query.region === undefined ? regions[0] : regions.find((r) => r.slug === query.region);
    if (query.region !== undefined && region === undefined) throw notFound();
    if (query.domain !== undefined && (await q.unknownCodes(trx, "life_domains", [query.domain])).length > 0) {
      throw validationFailed([{ path: "query.domain", code: "signals.unknown_life_domain" }]);
    }
    const municipalities = await q.municipalitiesOf(
      trx,
      regions.map((r) => r.id),
    );
    const managed = managedSignalRegionIds(actor);
    const rows =
      region === undefined
        ? []
        : await q.signalsOfRegion(trx, region.id, { status: query.status, domain: query.domain });
    const links = await ownLinks(trx, actor, rows, now);
    return {
      regions: regions.map((r) => ({
        slug: r.slug,
        name: r.name,
        manage: managed.includes(r.id),
        municipalities: municipalities.filter((m) => m.regionId === r.id).map((m) => ({ id: m.id, name: m.name })),
      })),
      region: region?.slug ?? null,
      signals: rows.map((row) => present(row, actor, links.get(row.id) ?? [])),
    };
  });
}

export async function raiseSignal(deps: Deps, actor: Actor, body: RaiseSignalBody): Promise<SignalView> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const region = await regionOfSlug(trx, actor, body.region);
    const barriers = body.barriers ?? [];
    const fields: FieldError[] = [];
    const unknownDomains = await q.unknownCodes(trx, "life_domains", body.lifeDomains);
    if (unknownDomains.length > 0) fields.push({ path: "lifeDomains", code: "signals.unknown_life_domain" });
    if ((await q.unknownCodes(trx, "barriers", barriers)).length > 0) {
      fields.push({ path: "barriers", code: "signals.unknown_barrier" });
    }
    const municipalityId = body.municipalityId ?? null;
    if (municipalityId !== null) {
      const municipalities = await q.municipalitiesOf(trx, [region.id]);
      if (!municipalities.some((m) => m.id === municipalityId)) {
        fields.push({ path: "municipalityId", code: "signals.municipality_outside_region" });
      }
    }
    if (fields.length > 0) throw validationFailed(fields);

    // Every linked trajectory must be one the raiser may write, in this region; otherwise 404 and nothing raised.
    const linked: (ClientAccess & { trajectoryId: string })[] = [];
    for (const trajectoryId of body.trajectoryIds ?? []) {
      const access = await trajectoryAccess(trx, actor, trajectoryId, now, "write");
      if (access.regionId !== region.id) {
        throw validationFailed([{ path: "trajectoryIds", code: "signals.trajectory_outside_region" }]);
      }
      linked.push(access);
    }

    const organisationId = raisingOrganisation(actor, region.id);
    const signal = await trx
      .insertInto("signals")
      .values({
        region_id: region.id,
        title: body.title.trim(),
        description: body.description.trim(),
        life_domains: body.lifeDomains,
        barriers,
        municipality_id: municipalityId,
        raised_by: actor.userId,
        raised_by_organisation_id: organisationId,
        raised_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (linked.length > 0) {
      await trx
        .insertInto("signal_trajectories")
        .values(linked.map((l) => ({ signal_id: signal.id, trajectory_id: l.trajectoryId })))
        .execute();
    }
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "signal.raised",
        entityType: "signal",
        entityId: signal.id,
        payload: {
          regionId: region.id,
          organisationId,
          linkedTrajectories: linked.length,
        },
      },
      { at: now },
    );
    for (const access of linked) {
      await auditClientRecord(
        trx,
        actor,
        access,
        { operation: "write", entity: "signal", entityId: signal.id, what: "signal_linked" },
        now,
      );
    }
    const row = await q.findSignal(trx, signal.id);
    if (row === undefined) throw notFound();
    const links = await ownLinks(trx, actor, [row], now);
    return present(row, actor, links.get(row.id) ?? []);
  });
}

export async function followUpSignal(deps: Deps, actor: Actor, id: string, body: FollowUpBody): Promise<SignalView> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await trx.selectFrom("signals").select("id").where("id", "=", id).forUpdate().executeTakeFirst();
    const row = await q.findSignal(trx, id);
    if (row === undefined || !managedSignalRegionIds(actor).includes(row.regionId)) throw notFound();
    const status = body.status ?? row.status;
    const response = body.response === undefined ? row.response : body.response.trim();
    await trx.updateTable("signals").set({ status, response, updated_at: now }).where("id", "=", id).execute();
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "signal.followed_up",
        entityType: "signal",
        entityId: id,
        payload: { from: row.status, to: status, responseChanged: response !== row.response },
      },
      { at: now },
    );
    const updated = await q.findSignal(trx, id);
    if (updated === undefined) throw notFound();
    const links = await ownLinks(trx, actor, [updated], now);
    return present(updated, actor, links.get(id) ?? []);
  });
}

/** The open trajectories of the region the actor may write, to link to a signal: each client shown is audited. */
export async function linkableTrajectories(deps: Deps, actor: Actor, slug: string): Promise<LinkableList> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const region = await regionOfSlug(trx, actor, slug);
    const director = actor.memberships.some((m) => m.role === "case_director" && m.regionId === region.id);
    let query = trx
      .selectFrom("trajectories as t")
      .innerJoin("clients as c", "c.id", "t.client_id")
      .select([
        "t.id",
        "t.client_id as clientId",
        "t.status",
        "c.given_name as givenName",
        "c.family_name as familyName",
      ])
      .where("t.region_id", "=", region.id)
      .where("t.status", "not in", [...endedTrajectoryStatuses]);
    if (!director) query = query.where("t.companion_user_id", "=", actor.userId);
    // A case director's region can hold thousands: the list offers the first 200 by name (a search comes later).
    const rows = await query.orderBy("c.given_name").orderBy("c.family_name").orderBy("t.id").limit(200).execute();
    const trajectories: LinkableList["trajectories"] = [];
    for (const row of rows) {
      const access = await accessOrNull(trx, actor, row.clientId, now);
      if (access === null || access.via === "partner") continue;
      await auditClientRecord(
        trx,
        actor,
        access,
        { operation: "read", entity: "client", entityId: row.clientId, what: "signal_linkable" },
        now,
      );
      trajectories.push({
        trajectoryId: row.id,
        clientId: row.clientId,
        clientName: `${row.givenName} ${row.familyName}`.trim(),
        status: row.status,
      });
    }
    return { trajectories };
  });
}
