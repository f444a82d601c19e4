// Kysely queries of consents and case conferences; no rules here (see service.ts and case-conferences.ts).
import type { Kysely, Transaction } from "kysely";
import type { CaseConferenceParticipant, Database } from "../../db/types.ts";

export type Db = Kysely<Database> | Transaction<Database>;

export interface ConsentRow {
  id: string;
  clientId: string;
  scope: "partner" | "partnership";
  partnerOrganisationId: string | null;
  partnerName: string | null;
  purpose: string;
  purposeText: string;
  categories: string[];
  givenHow: string;
  givenAt: Date;
  expiresAt: Date;
  recordedBy: string;
  recordedByName: string;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokedByName: string | null;
  revokedHow: string | null;
  revokeReason: string;
}

function consentQuery(db: Db) {
  return db
    .selectFrom("consents as c")
    .leftJoin("organisations as o", "o.id", "c.partner_organisation_id")
    .innerJoin("users as r", "r.id", "c.recorded_by")
    .leftJoin("users as rv", "rv.id", "c.revoked_by")
    .select([
      "c.id",
      "c.client_id as clientId",
      "c.scope",
      "c.partner_organisation_id as partnerOrganisationId",
      "o.name as partnerName",
      "c.purpose",
      "c.purpose_text as purposeText",
      "c.categories",
      "c.given_how as givenHow",
      "c.given_at as givenAt",
      "c.expires_at as expiresAt",
      "c.recorded_by as recordedBy",
      "r.display_name as recordedByName",
      "c.revoked_at as revokedAt",
      "c.revoked_by as revokedBy",
      "rv.display_name as revokedByName",
      "c.revoked_how as revokedHow",
      "c.revoke_reason as revokeReason",
    ]);
}

/** Every consent of the client, newest first. */
export function consentsOfClient(db: Db, clientId: string): Promise<ConsentRow[]> {
  return consentQuery(db).where("c.client_id", "=", clientId).orderBy("c.given_at", "desc").orderBy("c.id").execute();
}

export function findConsent(db: Db, consentId: string): Promise<ConsentRow | undefined> {
  return consentQuery(db).where("c.id", "=", consentId).executeTakeFirst();
}

/** Just the client of a consent, to check access before anything else is read. */
export async function clientOfConsent(db: Db, consentId: string): Promise<string | undefined> {
  const row = await db.selectFrom("consents").select("client_id").where("id", "=", consentId).executeTakeFirst();
  return row?.client_id;
}

export function regionOfClient(db: Db, clientId: string) {
  return db
    .selectFrom("clients as c")
    .innerJoin("regions as r", "r.id", "c.region_id")
    .select(["r.id", "r.slug", "r.name"])
    .where("c.id", "=", clientId)
    .executeTakeFirstOrThrow();
}

/** The organisations of the region's partnership a consent can name (VDAB and the partners), with their offers. */
export async function partnershipOrganisations(
  db: Db,
  regionId: string,
): Promise<{ organisationId: string; name: string; kind: "vdab" | "partner"; serviceTypes: string[] }[]> {
  const members = await db
    .selectFrom("partnership_members as m")
    .innerJoin("partnerships as p", "p.id", "m.partnership_id")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select(["o.id as organisationId", "o.name", "m.kind", "m.partnership_id as partnershipId"])
    .where("p.region_id", "=", regionId)
    .where("m.kind", "in", ["vdab", "partner"])
    .execute();
  if (members.length === 0) return [];
  const offers = await db
    .selectFrom("partnership_offers")
    .select(["organisation_id as organisationId", "service_type_code as serviceType"])
    .where("partnership_id", "in", [...new Set(members.map((m) => m.partnershipId))])
    .orderBy("service_type_code")
    .execute();
  return members
    .map((m) => ({
      organisationId: m.organisationId,
      name: m.name,
      kind: m.kind as "vdab" | "partner",
      serviceTypes: [...new Set(offers.filter((o) => o.organisationId === m.organisationId).map((o) => o.serviceType))],
    }))
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, "nl") : a.kind === "vdab" ? -1 : 1));
}

/** The companion of the client's latest trajectory: name and organisation, for "whom to ask". */
export function companionOfClient(db: Db, clientId: string) {
  return db
    .selectFrom("trajectories as t")
    .innerJoin("users as u", "u.id", "t.companion_user_id")
    .innerJoin("organisations as o", "o.id", "t.companion_organisation_id")
    .select(["u.display_name as name", "o.name as organisation"])
    .where("t.client_id", "=", clientId)
    .orderBy("t.started_at", "desc")
    .orderBy("t.created_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

export interface CaseConferenceRow {
  id: string;
  trajectoryId: string;
  heldAt: Date;
  participants: CaseConferenceParticipant[];
  clientPresent: boolean;
  purpose: string;
  legalFrame: string;
  legalFrameText: string;
  consentId: string | null;
  outcome: string;
  recordedBy: string;
  recordedByName: string;
  createdAt: Date;
}

function caseConferenceQuery(db: Db) {
  return db
    .selectFrom("case_conferences as cc")
    .innerJoin("users as u", "u.id", "cc.recorded_by")
    .select([
      "cc.id",
      "cc.trajectory_id as trajectoryId",
      "cc.held_at as heldAt",
      "cc.participants",
      "cc.client_present as clientPresent",
      "cc.purpose",
      "cc.legal_frame as legalFrame",
      "cc.legal_frame_text as legalFrameText",
      "cc.consent_id as consentId",
      "cc.outcome",
      "cc.recorded_by as recordedBy",
      "u.display_name as recordedByName",
      "cc.created_at as createdAt",
    ]);
}

export function caseConferencesOfTrajectory(db: Db, trajectoryId: string): Promise<CaseConferenceRow[]> {
  return caseConferenceQuery(db)
    .where("cc.trajectory_id", "=", trajectoryId)
    .orderBy("cc.held_at", "desc")
    .orderBy("cc.id")
    .execute();
}

export function findCaseConference(db: Db, id: string): Promise<CaseConferenceRow | undefined> {
  return caseConferenceQuery(db).where("cc.id", "=", id).executeTakeFirst();
}
