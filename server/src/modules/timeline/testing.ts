// Test factories for the client records that the timeline, the worklist and signals read: a region with a companion,
// a case director, a client with a trajectory, and a partner organisation with an offer and a partner worker. The
// client, plan, referral and note modules are built in parallel, so rows are inserted directly (the schema is fixed by
// migration 20261123210000_trajectories.ts).
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { buildRegion, buildUser, type BuiltUser } from "../accounts/testing.ts";
import { grantMembership } from "../accounts/service.ts";
import { addPartnerOffer } from "../../../test/client-world.ts";

type Db = Kysely<Database>;

export interface PartnerOrg {
  organisationId: string;
  offerId: string;
  worker: BuiltUser;
}

export interface ClientWorld {
  regionId: string;
  regionSlug: string;
  municipalityId: string;
  companion: BuiltUser;
  caseDirector: BuiltUser;
  coordinator: BuiltUser;
  partner: PartnerOrg;
}

export async function buildClientWorld(db: Db, at: Date): Promise<ClientWorld> {
  const region = await buildRegion(db);
  const municipality = await db
    .insertInto("municipalities")
    .values({ region_id: region.id, name: `Gemeente ${region.slug}` })
    .returning("id")
    .executeTakeFirstOrThrow();
  const companion = await buildUser(db, { role: "companion", regionId: region.id });
  const caseDirector = await buildUser(db, { role: "case_director", regionId: region.id });
  const coordinator = await buildUser(db, { role: "coordinator", regionId: region.id });
  const partner = await buildPartner(db, region.id, at);
  return {
    regionId: region.id,
    regionSlug: region.slug,
    municipalityId: municipality.id,
    companion,
    caseDirector,
    coordinator,
    partner,
  };
}

/** A partner organisation of the region's partnership with one offer and one partner worker. */
export async function buildPartner(db: Db, regionId: string, at: Date): Promise<PartnerOrg> {
  const worker = await buildUser(db, { role: "partner_worker", regionId });
  const organisationId = worker.organisationId;
  const offer = await addPartnerOffer(db, {
    regionId,
    organisationId,
    serviceTypeCode: "debt_mediation",
    at,
    name: "Schuldbemiddeling (test)",
  });
  return { organisationId, offerId: offer.id, worker };
}

/** A second role for an existing user (e.g. a companion who is also a partner worker elsewhere). */
export async function grantRole(
  db: Db,
  user: { id: string; organisationId: string },
  role: "companion" | "case_director" | "partner_worker" | "coordinator",
  regionId: string,
): Promise<void> {
  await grantMembership(db, { kind: "seed" }, { userId: user.id, organisationId: user.organisationId, regionId, role });
}

export interface BuiltClient {
  clientId: string;
  trajectoryId: string;
}

/** A client with one trajectory whose companion is `companion`. */
export async function buildClient(
  db: Db,
  world: Pick<ClientWorld, "regionId">,
  companion: { id: string; organisationId: string },
  at: Date,
  options: { givenName?: string; status?: "active" | "completed"; followUpDueOn?: string } = {},
): Promise<BuiltClient> {
  const client = await db
    .insertInto("clients")
    .values({
      region_id: world.regionId,
      given_name: options.givenName ?? "Test",
      family_name: "Cliënt",
      contact_languages: ["nl"],
      residence: "unknown",
      created_by: companion.id,
      created_at: at,
      updated_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const status = options.status ?? "active";
  const trajectory = await db
    .insertInto("trajectories")
    .values({
      client_id: client.id,
      region_id: world.regionId,
      companion_user_id: companion.id,
      companion_organisation_id: companion.organisationId,
      status,
      status_changed_at: at,
      started_at: at,
      ended_at: status === "completed" ? at : null,
      exit_outcome: status === "completed" ? "work" : null,
      follow_up_due_on: options.followUpDueOn ?? null,
      created_by: companion.id,
      created_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { clientId: client.id, trajectoryId: trajectory.id };
}

export async function insertConsent(
  db: Db,
  clientId: string,
  by: string,
  options: { organisationId?: string; categories?: string[]; givenAt: Date; expiresAt: Date },
): Promise<string> {
  const row = await db
    .insertInto("consents")
    .values({
      client_id: clientId,
      scope: options.organisationId ? "partner" : "partnership",
      partner_organisation_id: options.organisationId ?? null,
      purpose: "referral",
      categories: options.categories ?? ["general"],
      given_how: "spoken",
      given_at: options.givenAt,
      expires_at: options.expiresAt,
      recorded_by: by,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertGoal(
  db: Db,
  trajectoryId: string,
  by: string,
  lifeDomain: string,
  text: string,
  at: Date,
): Promise<string> {
  const row = await db
    .insertInto("goals")
    .values({
      trajectory_id: trajectoryId,
      life_domain_code: lifeDomain,
      text,
      created_by: by,
      created_at: at,
      updated_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertAction(
  db: Db,
  goalId: string,
  trajectoryId: string,
  by: string,
  options: { text: string; dueOn: string | null; at: Date; doneAt?: Date; partnerOrganisationId?: string },
): Promise<string> {
  const row = await db
    .insertInto("plan_actions")
    .values({
      goal_id: goalId,
      trajectory_id: trajectoryId,
      text: options.text,
      who: options.partnerOrganisationId ? "partner" : "client",
      who_organisation_id: options.partnerOrganisationId ?? null,
      due_on: options.dueOn,
      done_at: options.doneAt ?? null,
      created_by: by,
      created_at: options.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertReferral(
  db: Db,
  target: BuiltClient,
  partner: Pick<PartnerOrg, "organisationId" | "offerId">,
  by: string,
  options: {
    state: "sent" | "accepted" | "started" | "completed" | "declined";
    at: Date;
    consentId: string | null;
    categories?: string[];
    goalId?: string;
    answerDueAt?: Date;
    feedbackEveryDays?: number;
    lastFeedbackAt?: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto("referrals")
    .values({
      trajectory_id: target.trajectoryId,
      client_id: target.clientId,
      offer_id: partner.offerId,
      organisation_id: partner.organisationId,
      consent_id: options.consentId,
      categories: options.categories ?? ["general"],
      goal_id: options.goalId ?? null,
      state: options.state,
      state_changed_at: options.at,
      answer_due_at: options.answerDueAt ?? null,
      feedback_every_days: options.feedbackEveryDays ?? null,
      last_feedback_at: options.lastFeedbackAt ?? null,
      sent_at: options.at,
      created_by: by,
      created_at: options.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("referral_events")
    .values({ referral_id: row.id, from_state: "draft", to_state: "sent", at: options.at, by_user_id: by })
    .execute();
  if (options.state !== "sent") {
    await db
      .insertInto("referral_events")
      .values({ referral_id: row.id, from_state: "sent", to_state: options.state, at: options.at, by_user_id: by })
      .execute();
  }
  return row.id;
}

export async function insertNote(
  db: Db,
  trajectoryId: string,
  by: string,
  options: {
    text: string;
    at: Date;
    confidentiality: "companion" | "team" | "partners";
    category?: string;
    lifeDomain?: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto("notes")
    .values({
      trajectory_id: trajectoryId,
      written_at: options.at,
      written_by: by,
      life_domain_code: options.lifeDomain ?? null,
      confidentiality: options.confidentiality,
      category: options.category ?? "general",
      text: options.text,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertScan(
  db: Db,
  trajectoryId: string,
  by: string,
  at: Date,
  domains: { code: string; score: number; strengths?: string }[],
): Promise<string> {
  const scan = await db
    .insertInto("scans")
    .values({
      trajectory_id: trajectoryId,
      taken_on: at.toISOString().slice(0, 10),
      moment: "start",
      taken_by: by,
      created_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("scan_domains")
    .values(
      domains.map((d) => ({
        scan_id: scan.id,
        life_domain_code: d.code,
        score: d.score,
        strengths: d.strengths ?? "",
      })),
    )
    .execute();
  return scan.id;
}

export async function insertAppointment(
  db: Db,
  trajectoryId: string,
  by: string,
  options: { title: string; startsAt: Date; attendance?: "planned" | "present" | "absent"; referralId?: string },
): Promise<string> {
  const row = await db
    .insertInto("appointments")
    .values({
      trajectory_id: trajectoryId,
      referral_id: options.referralId ?? null,
      title: options.title,
      starts_at: options.startsAt,
      ends_at: new Date(options.startsAt.getTime() + 3_600_000),
      attendance: options.attendance ?? "planned",
      ical_uid: `${randomUUID()}@brug.test`,
      created_by: by,
      created_at: options.startsAt,
      updated_at: options.startsAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
