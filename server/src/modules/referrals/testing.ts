// Test builders for referrals: a region whose partnership has two partners with an offer each (one partner worker
// each), a companion and a case director, and a client with an active trajectory; consents, scans and notes inserted
// as the client modules would. Rows are inserted directly: the schema is fixed (migration 20261123210000).
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { DataCategory } from "../../domain/trajectory-codes.ts";
import { buildUser, signIn, type BuiltUser } from "../accounts/testing.ts";
import { buildCallRegion } from "../calls/testing.ts";
import { addPartnerOffer } from "../../../test/client-world.ts";

export interface ReferralWorld {
  regionId: string;
  companion: BuiltUser;
  caseDirector: BuiltUser;
  /** A partner worker of the first partner, whose offer is `offerId`. */
  partnerWorker: BuiltUser;
  offerId: string;
  /** A second partner in the same partnership, with its own worker and offer. */
  otherWorker: BuiltUser;
  otherOfferId: string;
  clientId: string;
  trajectoryId: string;
}

/** A client with an active trajectory whose companion is `companion`, in `regionId`. */
export async function buildClient(
  db: Kysely<Database>,
  input: { regionId: string; companion: BuiltUser; givenName?: string; startedAt?: Date },
): Promise<{ clientId: string; trajectoryId: string }> {
  const now = input.startedAt ?? new Date("2026-09-01T08:00:00Z");
  const client = await db
    .insertInto("clients")
    .values({
      region_id: input.regionId,
      given_name: input.givenName ?? "Nora",
      family_name: "Testpersoon",
      phone: "0470 12 34 56",
      contact_languages: ["nl", "fr"],
      residence: "unknown",
      created_by: input.companion.id,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const trajectory = await db
    .insertInto("trajectories")
    .values({
      client_id: client.id,
      region_id: input.regionId,
      companion_user_id: input.companion.id,
      companion_organisation_id: input.companion.organisationId,
      status: "active",
      status_changed_at: now,
      started_at: now,
      created_by: input.companion.id,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { clientId: client.id, trajectoryId: trajectory.id };
}

export async function buildReferralWorld(db: Kysely<Database>): Promise<ReferralWorld> {
  const region = await buildCallRegion(db);
  const partnerWorker = await buildUser(db, { role: "partner_worker", regionId: region.regionId });
  const otherWorker = await buildUser(db, { role: "partner_worker", regionId: region.regionId });
  const common = {
    regionId: region.regionId,
    at: new Date("2026-06-01T08:00:00Z"),
    capacityPerYear: 20,
    languages: ["nl", "ar"],
    waitingDays: 14,
  };
  const { id: offerId } = await addPartnerOffer(db, {
    ...common,
    organisationId: partnerWorker.organisationId,
    serviceTypeCode: "debt_mediation",
    name: "Schuldhulp op maat",
  });
  const { id: otherOfferId } = await addPartnerOffer(db, {
    ...common,
    organisationId: otherWorker.organisationId,
    serviceTypeCode: "bridge_figure",
    name: "Brugfiguur",
  });
  const companion = await buildUser(db, { role: "companion", regionId: region.regionId });
  const caseDirector = await buildUser(db, { role: "case_director", regionId: region.regionId });
  const { clientId, trajectoryId } = await buildClient(db, { regionId: region.regionId, companion });
  return {
    regionId: region.regionId,
    companion,
    caseDirector,
    partnerWorker,
    offerId,
    otherWorker,
    otherOfferId,
    clientId,
    trajectoryId,
  };
}

/** A consent given at `givenAt` until `expiresAt`, for one partner (organisationId) or the whole partnership (null). */
export async function giveConsent(
  db: Kysely<Database>,
  input: {
    clientId: string;
    organisationId: string | null;
    categories: DataCategory[];
    recordedBy: string;
    givenAt?: Date;
    expiresAt?: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto("consents")
    .values({
      client_id: input.clientId,
      scope: input.organisationId === null ? "partnership" : "partner",
      partner_organisation_id: input.organisationId,
      purpose: "referral",
      categories: input.categories,
      given_how: "spoken",
      given_at: input.givenAt ?? new Date("2026-09-01T08:00:00Z"),
      expires_at: input.expiresAt ?? new Date("2027-09-01T08:00:00Z"),
      recorded_by: input.recordedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function revokeConsent(db: Kysely<Database>, consentId: string, by: string, at: Date): Promise<void> {
  await db
    .updateTable("consents")
    .set({ revoked_at: at, revoked_by: by, revoked_how: "spoken" })
    .where("id", "=", consentId)
    .execute();
}

/** Sends requests as one signed-in user (signing in once). */
export async function asUser(app: FastifyInstance, user: BuiltUser) {
  const session = await signIn(app, user);
  return (method: "GET" | "POST" | "PUT" | "PATCH", url: string, payload?: object) =>
    app.inject({ method, url, headers: method === "GET" ? { cookie: session.cookie } : session.headers, payload });
}
