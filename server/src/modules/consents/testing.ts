// Test builders for consents and case conferences: a region whose partnership has VDAB and two partners with an
// offer each (their candidacies and revisions inserted directly, without running a call), a client with a trajectory
// and its companion, the region's case director, a partner worker per partner, and referrals inserted as rows.
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { buildOrganisation, buildUser, type BuiltUser } from "../accounts/testing.ts";
import { addPartnerOffer } from "../../../test/client-world.ts";

export interface BuiltPartner {
  organisationId: string;
  name: string;
  offerId: string;
  /** A partner worker of this organisation in the region. */
  worker: BuiltUser;
}

export interface ConsentWorld {
  regionId: string;
  regionName: string;
  partnershipId: string;
  vdab: { organisationId: string; name: string };
  partner: BuiltPartner;
  otherPartner: BuiltPartner;
  companion: BuiltUser;
  caseDirector: BuiltUser;
  /** A companion in the same region who is not this client's companion. */
  otherCompanion: BuiltUser;
  /** The case director of another region. */
  otherCaseDirector: BuiltUser;
  clientId: string;
  trajectoryId: string;
}

async function organisationName(db: Kysely<Database>, id: string): Promise<string> {
  const row = await db.selectFrom("organisations").select("name").where("id", "=", id).executeTakeFirstOrThrow();
  return row.name;
}

async function buildPartner(
  db: Kysely<Database>,
  world: { regionId: string; serviceType: string },
  now: Date,
): Promise<BuiltPartner> {
  // buildUser gives the worker an organisation of its own: that organisation becomes the partner.
  const worker = await buildUser(db, { role: "partner_worker", regionId: world.regionId });
  const organisationId = worker.organisationId;
  const offer = await addPartnerOffer(db, {
    regionId: world.regionId,
    organisationId,
    serviceTypeCode: world.serviceType,
    at: now,
    name: "Aanbod test",
    capacityPerYear: 10,
  });
  return { organisationId, name: await organisationName(db, organisationId), offerId: offer.id, worker };
}

/** A client of the region with an active trajectory whose companion is `companion`. */
export async function buildClient(
  db: Kysely<Database>,
  regionId: string,
  companion: BuiltUser,
  now: Date,
): Promise<{ clientId: string; trajectoryId: string }> {
  const client = await db
    .insertInto("clients")
    .values({
      region_id: regionId,
      given_name: "Chadia",
      family_name: "Testcliënt",
      contact_languages: ["nl"],
      residence: "unknown",
      municipality_id: null,
      created_by: companion.id,
      created_at: now,
      updated_at: now,
      birth_date: null,
      children_count: null,
      outreach_person_id: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const trajectory = await db
    .insertInto("trajectories")
    .values({
      client_id: client.id,
      region_id: regionId,
      companion_user_id: companion.id,
      companion_organisation_id: companion.organisationId,
      status: "active",
      status_changed_at: now,
      started_at: now,
      ended_at: null,
      exit_outcome: null,
      follow_up_due_on: null,
      follow_up_done_at: null,
      follow_up_outcome: null,
      created_by: companion.id,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { clientId: client.id, trajectoryId: trajectory.id };
}

export async function buildConsentWorld(db: Kysely<Database>, now: Date): Promise<ConsentWorld> {
  const regionName = `Regio ${randomUUID().slice(0, 8)}`;
  const region = await db
    .insertInto("regions")
    .values({ slug: `regio-${randomUUID().slice(0, 8)}`, name: regionName })
    .returning("id")
    .executeTakeFirstOrThrow();
  const regionId = region.id;
  const partnership = await db
    .insertInto("partnerships")
    .values({ region_id: regionId, formed_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  const vdab = await buildOrganisation(db);
  await db
    .insertInto("partnership_members")
    .values({
      partnership_id: partnership.id,
      kind: "vdab",
      organisation_id: vdab.id,
      municipality_id: null,
      call_id: null,
      candidacy_id: null,
      revision_id: null,
      joined_at: now,
    })
    .execute();
  const serviceType = await db.selectFrom("service_types").select("code").limit(1).executeTakeFirstOrThrow();
  const base = { regionId, serviceType: serviceType.code };
  const partner = await buildPartner(db, base, now);
  const otherPartner = await buildPartner(db, base, now);
  const companion = await buildUser(db, { role: "companion", regionId });
  const caseDirector = await buildUser(db, { role: "case_director", regionId });
  const otherCompanion = await buildUser(db, { role: "companion", regionId });
  const otherCaseDirector = await buildUser(db, { role: "case_director" });
  const { clientId, trajectoryId } = await buildClient(db, regionId, companion, now);
  return {
    regionId,
    regionName,
    partnershipId: partnership.id,
    vdab: { organisationId: vdab.id, name: await organisationName(db, vdab.id) },
    partner,
    otherPartner,
    companion,
    caseDirector,
    otherCompanion,
    otherCaseDirector,
    clientId,
    trajectoryId,
  };
}

/** A referral row to a partner's offer, as the referrals module would leave it once sent. */
export async function buildReferral(
  db: Kysely<Database>,
  world: Pick<ConsentWorld, "clientId" | "trajectoryId" | "companion">,
  partner: Pick<BuiltPartner, "organisationId" | "offerId">,
  now: Date,
  options: { categories?: string[]; state?: string; consentId?: string | null } = {},
): Promise<string> {
  const row = await db
    .insertInto("referrals")
    .values({
      trajectory_id: world.trajectoryId,
      client_id: world.clientId,
      offer_id: partner.offerId,
      organisation_id: partner.organisationId,
      consent_id: options.consentId ?? null,
      categories: options.categories ?? ["general"],
      goal_id: null,
      state: options.state ?? "sent",
      state_reason: null,
      state_changed_at: now,
      answer_due_at: null,
      feedback_every_days: null,
      last_feedback_at: null,
      sent_at: now,
      created_by: world.companion.id,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
