// Who may see which client, and which of their data (DESIGN §4 "Need to know"). Every route that reads or writes a
// client record asks here first, inside its transaction, and records the answer in the audit log with the consent
// that allowed it. The rules:
//
// - The case director of the client's region sees and works on every client of the region.
// - A companion sees and works on the clients whose latest trajectory has them as the central contact; a companion
//   who was replaced loses the file on the next request.
// - A partner worker sees a client only while a referral to their own organisation is open (sent, accepted,
//   waitlisted, started) and a consent stands (given, not expired, not revoked) that covers their organisation (or the
//   whole partnership); they see only the categories that both the referral asks and a standing consent covers. A
//   revoked or expired consent takes effect on the very next request: nothing here is cached.
// - Coordinators, analysts, jury members, applicants and administrators never see a client record.
//
// Anything out of reach is 404, the same answer as for a record that does not exist.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { openReferralStates } from "../../domain/referral-state.ts";
import { dataCategories, type DataCategory } from "../../domain/trajectory-codes.ts";
import { recordAudit, recordAuditBatch } from "../../platform/audit.ts";
import type { AuditEvent, ClientRecordEntity } from "../../platform/audit-events.ts";
import { notFound } from "../../platform/errors.ts";
import { regionsWhere, type Actor } from "../../platform/permissions.ts";

type Db = Kysely<Database> | Transaction<Database>;

export type AccessVia = "companion" | "case_director" | "partner";

export interface ClientAccess {
  clientId: string;
  regionId: string;
  via: AccessVia;
  /** The data categories the actor may see: every one for staff; for a partner, the referral's within consent. */
  categories: ReadonlySet<DataCategory>;
  /** The standing consents that allowed a partner's access (empty for staff, whose access is their role). */
  consentIds: string[];
  /** The partner worker's organisation and the open referrals to it (partner access only). */
  organisationId: string | null;
  referralIds: string[];
  /** The trajectories those referrals belong to: the only ones a partner may read (partner access only). */
  referralTrajectoryIds: string[];
}

export type AccessNeed = "read" | "write";

const allCategories: ReadonlySet<DataCategory> = new Set(dataCategories);

/** The latest trajectory of a client (open or ended): its companion is the client's central contact. */
export async function latestTrajectory(
  db: Db,
  clientId: string,
): Promise<{ id: string; companionUserId: string; status: string } | undefined> {
  return db
    .selectFrom("trajectories")
    .select(["id", "companion_user_id as companionUserId", "status"])
    .where("client_id", "=", clientId)
    .orderBy("started_at", "desc")
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

async function staffAccess(db: Db, actor: Actor, client: { id: string; regionId: string }): Promise<AccessVia | null> {
  if (regionsWhere(actor, "case_director").includes(client.regionId)) return "case_director";
  if (!regionsWhere(actor, "companion").includes(client.regionId)) return null;
  const latest = await latestTrajectory(db, client.id);
  return latest?.companionUserId === actor.userId ? "companion" : null;
}

/** A standing consent at `now`: given, not yet expired, not revoked. */
export function isStanding(consent: { givenAt: Date; expiresAt: Date; revokedAt: Date | null }, now: Date): boolean {
  return consent.revokedAt === null && consent.givenAt <= now && now < consent.expiresAt;
}

async function partnerAccess(
  db: Db,
  actor: Actor,
  client: { id: string; regionId: string },
  now: Date,
): Promise<Omit<ClientAccess, "clientId" | "regionId" | "via"> | null> {
  const organisationIds = actor.memberships
    .filter((m) => m.role === "partner_worker" && m.regionId === client.regionId)
    .map((m) => m.organisationId);
  if (organisationIds.length === 0) return null;
  const referrals = await db
    .selectFrom("referrals")
    .select(["id", "organisation_id as organisationId", "categories", "trajectory_id as trajectoryId"])
    .where("client_id", "=", client.id)
    .where("organisation_id", "in", organisationIds)
    // An open referral (domain/referral-state.ts): a draft is not sent yet, a closed one no longer gives access.
    .where("state", "in", [...openReferralStates])
    .execute();
  if (referrals.length === 0) return null;
  const consents = await standingConsents(db, client.id, now);
  for (const organisationId of new Set(referrals.map((r) => r.organisationId))) {
    const covering = consentsCovering(consents, organisationId);
    if (covering.length === 0) continue;
    const consented = new Set(covering.flatMap((c) => c.categories));
    const own = referrals.filter((r) => r.organisationId === organisationId);
    const asked = new Set(own.flatMap((r) => r.categories));
    const categories = new Set(dataCategories.filter((c) => consented.has(c) && asked.has(c)));
    // Without "general" a partner would see data it cannot tie to a person: a referral always asks for it.
    if (!categories.has("general")) continue;
    return {
      categories,
      consentIds: covering.map((c) => c.id),
      organisationId,
      referralIds: own.map((r) => r.id),
      referralTrajectoryIds: [...new Set(own.map((r) => r.trajectoryId))],
    };
  }
  return null;
}

export interface StandingConsent {
  id: string;
  scope: "partner" | "partnership";
  partnerOrganisationId: string | null;
  categories: DataCategory[];
  purpose: string;
  expiresAt: Date;
}

/** The client's consents that stand at `now` (read fresh on every request: a revocation counts at once). */
export async function standingConsents(db: Db, clientId: string, now: Date): Promise<StandingConsent[]> {
  return (await standingConsentsOfClients(db, [clientId], now)).get(clientId) ?? [];
}

/** standingConsents for many clients in one query (a list: an inbox, the action-needed list), by client. */
export async function standingConsentsOfClients(
  db: Db,
  clientIds: readonly string[],
  now: Date,
): Promise<Map<string, StandingConsent[]>> {
  const byClient = new Map<string, StandingConsent[]>();
  if (clientIds.length === 0) return byClient;
  const rows = await db
    .selectFrom("consents")
    .select([
      "id",
      "client_id as clientId",
      "scope",
      "partner_organisation_id as partnerOrganisationId",
      "categories",
      "purpose",
      "expires_at as expiresAt",
    ])
    .where("client_id", "in", [...new Set(clientIds)])
    // Standing: not revoked, already given, not yet expired.
    .where("revoked_at", "is", null)
    .where("given_at", "<=", now)
    .where("expires_at", ">", now)
    .execute();
  for (const { clientId, ...row } of rows) {
    const list = byClient.get(clientId) ?? [];
    list.push({ ...row, categories: row.categories as DataCategory[] });
    byClient.set(clientId, list);
  }
  return byClient;
}

/**
 * The purposes under which a partner may receive a referral and see the client's data for it (DESIGN §4: "for that
 * partner and purpose"). A consent recorded for a case conference or another purpose shares nothing with a partner
 * outside that purpose.
 */
export const referralPurposes: readonly string[] = ["referral", "feedback"];

/**
 * The consents standing at `now` that cover `organisationId` (one partner or the whole partnership) for a referral:
 * what sending a referral and a partner's access both require.
 */
export function consentsCovering(consents: StandingConsent[], organisationId: string): StandingConsent[] {
  return consents.filter(
    (c) =>
      referralPurposes.includes(c.purpose) && (c.scope === "partnership" || c.partnerOrganisationId === organisationId),
  );
}

/**
 * What the actor may see of this client, or 404. Writes (`need: "write"`) belong to the client's companion and the
 * region's case director; partners change only their referral's state and feedback (see referralAccess).
 */
export async function clientAccess(
  db: Db,
  actor: Actor,
  clientId: string,
  now: Date,
  need: AccessNeed = "read",
): Promise<ClientAccess> {
  const client = await db
    .selectFrom("clients")
    .select(["id", "region_id as regionId"])
    .where("id", "=", clientId)
    .executeTakeFirst();
  if (client === undefined) throw notFound();
  const via = await staffAccess(db, actor, client);
  if (via !== null) {
    return {
      clientId,
      regionId: client.regionId,
      via,
      categories: allCategories,
      consentIds: [],
      organisationId: null,
      referralIds: [],
      referralTrajectoryIds: [],
    };
  }
  if (need === "read") {
    const partner = await partnerAccess(db, actor, client, now);
    if (partner !== null) return { clientId, regionId: client.regionId, via: "partner", ...partner };
  }
  throw notFound();
}

/** The trajectory's client and the actor's access to it, or 404. */
export async function trajectoryAccess(
  db: Db,
  actor: Actor,
  trajectoryId: string,
  now: Date,
  need: AccessNeed = "read",
): Promise<ClientAccess & { trajectoryId: string }> {
  const trajectory = await db
    .selectFrom("trajectories")
    .select(["id", "client_id as clientId"])
    .where("id", "=", trajectoryId)
    .executeTakeFirst();
  if (trajectory === undefined) throw notFound();
  const access = await clientAccess(db, actor, trajectory.clientId, now, need);
  // A partner reads the trajectory its referral belongs to, not the client's earlier or other ones.
  if (access.via === "partner" && !access.referralTrajectoryIds.includes(trajectory.id)) throw notFound();
  return { ...access, trajectoryId: trajectory.id };
}

/**
 * A partner worker's access to one referral to their organisation: open, and under a standing consent that covers
 * the organisation. Staff of the client (companion, case director) pass too, as the sending side.
 */
export async function referralAccess(
  db: Db,
  actor: Actor,
  referralId: string,
  now: Date,
): Promise<ClientAccess & { referralId: string; side: "sender" | "receiver" }> {
  const referral = await db
    .selectFrom("referrals")
    .select(["id", "client_id as clientId", "organisation_id as organisationId"])
    .where("id", "=", referralId)
    .executeTakeFirst();
  if (referral === undefined) throw notFound();
  const access = await clientAccess(db, actor, referral.clientId, now, "read");
  if (access.via !== "partner") return { ...access, referralId, side: "sender" };
  if (access.organisationId !== referral.organisationId || !access.referralIds.includes(referralId)) throw notFound();
  return { ...access, referralId, side: "receiver" };
}

/** May the actor see data of this category (a life domain's, a note's)? */
export function maySee(access: Pick<ClientAccess, "categories">, category: DataCategory): boolean {
  return access.categories.has(category);
}

/**
 * Records one read or write of a client record in the audit log, in the transaction of the request, with how the
 * actor reached it and the consents that allowed it. Never pass data values: ids and names of fields only.
 */
export async function auditClientRecord(
  trx: Transaction<Database>,
  actor: Actor,
  access: Pick<ClientAccess, "clientId" | "via" | "consentIds">,
  record: { operation: "read" | "write"; entity: ClientRecordEntity; entityId: string; what: string },
  at: Date,
): Promise<void> {
  const payload = { clientId: access.clientId, via: access.via, consentIds: access.consentIds, what: record.what };
  const event: AuditEvent =
    record.operation === "read"
      ? { action: "client_record.read", entityType: record.entity, entityId: record.entityId, payload }
      : { action: "client_record.written", entityType: record.entity, entityId: record.entityId, payload };
  await recordAudit(trx, { kind: "user", userId: actor.userId }, event, { at });
}

/** Records the reads of a list (a caseload, an inbox, the action-needed list): one audit row per record shown. */
export async function auditClientReads(
  trx: Transaction<Database>,
  actor: Actor,
  reads: {
    access: Pick<ClientAccess, "clientId" | "via" | "consentIds">;
    entity: ClientRecordEntity;
    entityId: string;
    what: string;
  }[],
  at: Date,
): Promise<void> {
  await recordAuditBatch(
    trx,
    { kind: "user", userId: actor.userId },
    reads.map(({ access, entity, entityId, what }) => ({
      action: "client_record.read" as const,
      entityType: entity,
      entityId,
      payload: { clientId: access.clientId, via: access.via, consentIds: access.consentIds, what },
    })),
    { at },
  );
}

/** Checks the access and records it, in one transaction with `fn`: the shape of every client-record route. */
export async function withClientAccess<T>(
  db: Kysely<Database>,
  actor: Actor,
  target: { clientId: string } | { trajectoryId: string },
  record: {
    operation: "read" | "write";
    entity: ClientRecordEntity;
    /** The record's id; for a record the call creates, take it from the result. Default: the client or trajectory. */
    entityId?: string | ((result: T) => string);
    what: string;
  },
  now: Date,
  fn: (trx: Transaction<Database>, access: ClientAccess & { trajectoryId: string | null }) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const need: AccessNeed = record.operation === "write" ? "write" : "read";
    const access =
      "trajectoryId" in target
        ? await trajectoryAccess(trx, actor, target.trajectoryId, now, need)
        : { ...(await clientAccess(trx, actor, target.clientId, now, need)), trajectoryId: null };
    const result = await fn(trx, access);
    const entityId =
      typeof record.entityId === "function"
        ? record.entityId(result)
        : (record.entityId ?? ("trajectoryId" in target ? target.trajectoryId : target.clientId));
    await auditClientRecord(trx, actor, access, { ...record, entityId }, now);
    return result;
  });
}

/** Locks the client's row for the rest of the transaction: concurrent writes to one file take turns. */
export async function lockClient(trx: Transaction<Database>, clientId: string): Promise<void> {
  await sql`select 1 from clients where id = ${clientId} for update`.execute(trx);
}
