// The rows of one trajectory that make up its timeline, read straight from the tables of the client, plan, referral,
// appointment and note modules. No rules here: service.ts decides what the reader may see.
import type { Transaction } from "kysely";
import type { Database } from "../../db/types.ts";

type Trx = Transaction<Database>;

export async function trajectoryOf(trx: Trx, trajectoryId: string) {
  return trx
    .selectFrom("trajectories as t")
    .innerJoin("users as u", "u.id", "t.created_by")
    .select([
      "t.id",
      "t.client_id as clientId",
      "t.started_at as startedAt",
      "t.companion_user_id as companionUserId",
      "u.display_name as createdByName",
    ])
    .where("t.id", "=", trajectoryId)
    .executeTakeFirstOrThrow();
}

export function trajectoryEvents(trx: Trx, trajectoryId: string) {
  return trx
    .selectFrom("trajectory_events as e")
    .innerJoin("users as u", "u.id", "e.by_user_id")
    .select(["e.id", "e.kind", "e.from_value as from", "e.to_value as to", "e.reason", "e.at", "u.display_name as by"])
    .where("e.trajectory_id", "=", trajectoryId)
    .execute();
}

export function userNames(trx: Trx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return trx.selectFrom("users").select(["id", "display_name as name"]).where("id", "in", ids).execute();
}

export function consentsOf(trx: Trx, clientId: string) {
  return trx
    .selectFrom("consents as c")
    .innerJoin("users as r", "r.id", "c.recorded_by")
    .leftJoin("users as v", "v.id", "c.revoked_by")
    .leftJoin("organisations as o", "o.id", "c.partner_organisation_id")
    .select([
      "c.id",
      "c.scope",
      "c.partner_organisation_id as partnerOrganisationId",
      "o.name as partnerName",
      "c.purpose",
      "c.categories",
      "c.given_at as givenAt",
      "c.expires_at as expiresAt",
      "c.revoked_at as revokedAt",
      "c.revoked_how as revokedHow",
      "r.display_name as recordedBy",
      "v.display_name as revokedBy",
    ])
    .where("c.client_id", "=", clientId)
    .execute();
}

export function caseConferences(trx: Trx, trajectoryId: string) {
  return trx
    .selectFrom("case_conferences as c")
    .innerJoin("users as u", "u.id", "c.recorded_by")
    .select([
      "c.id",
      "c.held_at as heldAt",
      "c.purpose",
      "c.legal_frame as legalFrame",
      "c.consent_id as consentId",
      "u.display_name as by",
    ])
    .where("c.trajectory_id", "=", trajectoryId)
    .execute();
}

export function scans(trx: Trx, trajectoryId: string) {
  return trx
    .selectFrom("scans as s")
    .innerJoin("users as u", "u.id", "s.taken_by")
    .select(["s.id", "s.created_at as at", "s.moment", "s.ladder_rung as ladderRung", "u.display_name as by"])
    .where("s.trajectory_id", "=", trajectoryId)
    .execute();
}

export function scanDomains(trx: Trx, scanIds: string[]) {
  if (scanIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom("scan_domains")
    .select(["scan_id as scanId", "life_domain_code as lifeDomain"])
    .where("scan_id", "in", scanIds)
    .execute();
}

export function goals(trx: Trx, trajectoryId: string) {
  return trx
    .selectFrom("goals as g")
    .innerJoin("users as u", "u.id", "g.created_by")
    .select([
      "g.id",
      "g.life_domain_code as lifeDomain",
      "g.text",
      "g.status",
      "g.created_at as createdAt",
      "g.updated_at as updatedAt",
      "u.display_name as by",
    ])
    .where("g.trajectory_id", "=", trajectoryId)
    .execute();
}

export function actions(trx: Trx, trajectoryId: string) {
  return trx
    .selectFrom("plan_actions as a")
    .innerJoin("goals as g", "g.id", "a.goal_id")
    .innerJoin("users as u", "u.id", "a.created_by")
    .select([
      "a.id",
      "a.text",
      "a.who",
      "a.due_on as dueOn",
      "a.done_at as doneAt",
      "a.created_at as createdAt",
      "g.life_domain_code as lifeDomain",
      "u.display_name as by",
    ])
    .where("a.trajectory_id", "=", trajectoryId)
    .execute();
}

export function referralEvents(trx: Trx, trajectoryId: string) {
  return trx
    .selectFrom("referral_events as e")
    .innerJoin("referrals as r", "r.id", "e.referral_id")
    .innerJoin("partnership_offers as o", "o.id", "r.offer_id")
    .innerJoin("organisations as org", "org.id", "r.organisation_id")
    .leftJoin("goals as g", "g.id", "r.goal_id")
    .leftJoin("users as u", "u.id", "e.by_user_id")
    .select([
      "e.id",
      "e.from_state as from",
      "e.to_state as to",
      "e.reason",
      "e.at",
      "r.organisation_id as organisationId",
      "r.id as referralId",
      "o.name as offerName",
      "org.name as organisationName",
      "g.life_domain_code as lifeDomain",
      "u.display_name as by",
    ])
    .where("r.trajectory_id", "=", trajectoryId)
    .execute();
}

export function referralFeedback(trx: Trx, trajectoryId: string) {
  return trx
    .selectFrom("referral_feedback as f")
    .innerJoin("referrals as r", "r.id", "f.referral_id")
    .innerJoin("organisations as org", "org.id", "r.organisation_id")
    .leftJoin("goals as g", "g.id", "r.goal_id")
    .innerJoin("users as u", "u.id", "f.given_by")
    .select([
      "f.id",
      "f.given_at as at",
      "f.attendance",
      "f.progress",
      "f.summary",
      "r.organisation_id as organisationId",
      "r.id as referralId",
      "org.name as organisationName",
      "g.life_domain_code as lifeDomain",
      "u.display_name as by",
    ])
    .where("r.trajectory_id", "=", trajectoryId)
    .execute();
}

export function appointments(trx: Trx, trajectoryId: string) {
  return trx
    .selectFrom("appointments as a")
    .leftJoin("referrals as r", "r.id", "a.referral_id")
    .innerJoin("users as u", "u.id", "a.created_by")
    .select([
      "a.id",
      "a.title",
      "a.starts_at as startsAt",
      "a.attendance",
      "r.organisation_id as referralOrganisationId",
      "u.display_name as by",
    ])
    .where("a.trajectory_id", "=", trajectoryId)
    .execute();
}

export function notes(trx: Trx, trajectoryId: string) {
  return trx
    .selectFrom("notes as n")
    .innerJoin("users as u", "u.id", "n.written_by")
    .select([
      "n.id",
      "n.written_at as at",
      "n.written_by as writtenBy",
      "n.life_domain_code as lifeDomainCode",
      "n.confidentiality",
      "n.category",
      "n.text",
      "u.display_name as by",
    ])
    .where("n.trajectory_id", "=", trajectoryId)
    .execute();
}

export async function isLifeDomain(trx: Trx, code: string): Promise<boolean> {
  const row = await trx.selectFrom("life_domains").select("code").where("code", "=", code).executeTakeFirst();
  return row !== undefined;
}
