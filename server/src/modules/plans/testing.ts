// Test factories for the client's plan, appointments and notes: a region with a companion, a case director and a
// client in a trajectory, and partner workers reaching the client through a referral under a consent (or not). The
// rows are inserted directly (the schema of issue 4 is fixed); the offer behind a referral gets the smallest call,
// candidacy and partnership the foreign keys ask for.
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { DataCategory } from "../../domain/trajectory-codes.ts";
import { buildRegion, buildUser, signIn, type BuiltUser, type Session } from "../accounts/testing.ts";
import { addPartnerOffer } from "../../../test/client-world.ts";

export interface ClientWorld {
  regionId: string;
  companion: BuiltUser;
  caseDirector: BuiltUser;
  /** A companion in the same region who is not this client's companion. */
  otherCompanion: BuiltUser;
  clientId: string;
  trajectoryId: string;
}

export async function buildClientInTrajectory(
  db: Kysely<Database>,
  options: { regionId: string; companion: BuiltUser; at: Date; givenName?: string },
): Promise<{ clientId: string; trajectoryId: string }> {
  const client = await db
    .insertInto("clients")
    .values({
      region_id: options.regionId,
      given_name: options.givenName ?? "Testcliënt",
      family_name: "Fictief",
      contact_languages: ["nl"],
      residence: "unknown",
      created_by: options.companion.id,
      created_at: options.at,
      updated_at: options.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const trajectory = await db
    .insertInto("trajectories")
    .values({
      client_id: client.id,
      region_id: options.regionId,
      companion_user_id: options.companion.id,
      companion_organisation_id: options.companion.organisationId,
      status: "active",
      status_changed_at: options.at,
      started_at: options.at,
      created_by: options.companion.id,
      created_at: options.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { clientId: client.id, trajectoryId: trajectory.id };
}

export async function buildClientWorld(db: Kysely<Database>, at: Date): Promise<ClientWorld> {
  const region = await buildRegion(db);
  const companion = await buildUser(db, { role: "companion", regionId: region.id });
  const caseDirector = await buildUser(db, { role: "case_director", regionId: region.id });
  const otherCompanion = await buildUser(db, { role: "companion", regionId: region.id });
  const { clientId, trajectoryId } = await buildClientInTrajectory(db, { regionId: region.id, companion, at });
  return { regionId: region.id, companion, caseDirector, otherCompanion, clientId, trajectoryId };
}

/** A partner organisation of the region's partnership with one offer; its worker holds partner_worker there. */
export async function buildPartner(
  db: Kysely<Database>,
  regionId: string,
  at: Date,
): Promise<{ worker: BuiltUser; organisationId: string; offerId: string; name: string }> {
  const worker = await buildUser(db, { role: "partner_worker", regionId });
  const organisationId = worker.organisationId;
  const serviceType = await db.selectFrom("service_types").select("code").limit(1).executeTakeFirstOrThrow();
  const offer = await addPartnerOffer(db, {
    regionId,
    organisationId,
    serviceTypeCode: serviceType.code,
    at,
    name: "Testaanbod",
  });
  const { name } = await db
    .selectFrom("organisations")
    .select("name")
    .where("id", "=", organisationId)
    .executeTakeFirstOrThrow();
  return { worker, organisationId, offerId: offer.id, name };
}

export type ConsentCase = "standing" | "revoked" | "expired" | "none";

/**
 * A referral of the world's client to the partner (sent) with the data categories it asks, under a consent for that
 * partner that stands, was revoked, has expired, or was never given.
 */
export async function referToPartner(
  db: Kysely<Database>,
  world: ClientWorld,
  partner: { organisationId: string; offerId: string },
  options: { categories: DataCategory[]; consent: ConsentCase; at: Date },
): Promise<{ referralId: string; consentId: string | null }> {
  const { at } = options;
  const day = 24 * 3600 * 1000;
  let consentId: string | null = null;
  if (options.consent !== "none") {
    const consent = await db
      .insertInto("consents")
      .values({
        client_id: world.clientId,
        scope: "partner",
        partner_organisation_id: partner.organisationId,
        purpose: "referral",
        categories: options.categories,
        given_how: "spoken",
        given_at: new Date(at.getTime() - 30 * day),
        expires_at: new Date(at.getTime() + (options.consent === "expired" ? -day : 180 * day)),
        recorded_by: world.companion.id,
        ...(options.consent === "revoked"
          ? { revoked_at: new Date(at.getTime() - day), revoked_by: world.companion.id, revoked_how: "spoken" }
          : {}),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    consentId = consent.id;
  }
  const referral = await db
    .insertInto("referrals")
    .values({
      trajectory_id: world.trajectoryId,
      client_id: world.clientId,
      offer_id: partner.offerId,
      organisation_id: partner.organisationId,
      consent_id: consentId,
      categories: options.categories,
      state: "sent",
      state_changed_at: at,
      sent_at: at,
      created_by: world.companion.id,
      created_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { referralId: referral.id, consentId };
}

const sessions = new WeakMap<FastifyInstance, Map<string, Session>>();

/** Sends one request as the user, signed in once per app (GET with the cookie, others with the CSRF header too). */
export async function sendAs(
  app: FastifyInstance,
  user: BuiltUser,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  payload?: object,
) {
  const known = sessions.get(app) ?? new Map<string, Session>();
  sessions.set(app, known);
  const session = known.get(user.id) ?? (await signIn(app, user));
  known.set(user.id, session);
  return app.inject({ method, url, headers: method === "GET" ? { cookie: session.cookie } : session.headers, payload });
}

/** The client-record audit rows, oldest first: what was read or written, by whom, through which consents. */
export async function clientAudit(db: Kysely<Database>) {
  return db
    .selectFrom("audit_log")
    .select(["action", "actor_user_id as actorUserId", "entity_type as entityType", "entity_id as entityId", "payload"])
    .where("action", "in", ["client_record.read", "client_record.written"])
    .orderBy("id")
    .execute();
}

/** Everything the plan, appointment and note routes can change, to prove a refusal changed nothing. */
export async function recordState(db: Kysely<Database>) {
  const [goals, actions, appointments, notes, audit] = await Promise.all([
    db.selectFrom("goals").selectAll().orderBy("id").execute(),
    db.selectFrom("plan_actions").selectAll().orderBy("id").execute(),
    db.selectFrom("appointments").selectAll().orderBy("id").execute(),
    db.selectFrom("notes").selectAll().orderBy("id").execute(),
    clientAudit(db),
  ]);
  return { goals, actions, appointments, notes, clientAuditRows: audit.length };
}
