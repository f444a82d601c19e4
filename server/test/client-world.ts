// Test worlds for the partnership at work (issue 4): a region with a formed partnership and partners with offers,
// the cast of people around one client (every role, own and other organisation and region), and a client with a
// trajectory, a consent in a chosen state and a referral to partner A. Rows are inserted directly: the worlds serve
// the access tests and the authorization matrix, which must not depend on the services they test.
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../src/db/types.ts";
import {
  buildOrganisation,
  buildRegion,
  signIn,
  testPassword,
  type BuiltUser,
  type Session,
} from "../src/modules/accounts/testing.ts";
import { createUser, grantMembership } from "../src/modules/accounts/service.ts";
import type { Role } from "../src/platform/roles.ts";

const day = 24 * 60 * 60 * 1000;

export interface OfferRef {
  id: string;
  organisationId: string;
  serviceTypeCode: string;
}

export interface PartnershipWorld {
  regionId: string;
  slug: string;
  municipalityIds: string[];
  partnershipId: string;
  /** One partner organisation per entry of `serviceTypes`, each with one offer of that type in every municipality. */
  offers: OfferRef[];
}

/** The region's partnership, formed at `at` when it did not exist yet. */
export async function ensurePartnership(db: Kysely<Database>, regionId: string, at: Date): Promise<string> {
  const existing = await db
    .selectFrom("partnerships")
    .select("id")
    .where("region_id", "=", regionId)
    .executeTakeFirst();
  if (existing) return existing.id;
  const created = await db
    .insertInto("partnerships")
    .values({ region_id: regionId, formed_at: at })
    .returning("id")
    .executeTakeFirstOrThrow();
  return created.id;
}

/**
 * Makes `organisationId` a partner of the region's partnership with one offer of `serviceTypeCode`, from a minimal
 * call, candidacy and revision (an offer's origin), serving `municipalityIds` (none: the service area is empty).
 */
export async function addPartnerOffer(
  db: Kysely<Database>,
  options: {
    regionId: string;
    organisationId: string;
    serviceTypeCode: string;
    at: Date;
    name?: string;
    languages?: string[];
    municipalityIds?: string[];
    capacityPerYear?: number | null;
    waitingDays?: number | null;
  },
): Promise<OfferRef> {
  const { regionId, organisationId, serviceTypeCode, at } = options;
  const partnershipId = await ensurePartnership(db, regionId, at);
  const call = await db
    .insertInto("calls")
    .values({ region_id: regionId, title: "Oproep (test)", milestones: JSON.stringify([]) })
    .returning("id")
    .executeTakeFirstOrThrow();
  const candidacy = await db
    .insertInto("candidacies")
    .values({ call_id: call.id, organisation_id: organisationId, draft: JSON.stringify({}), draft_saved_at: at })
    .returning("id")
    .executeTakeFirstOrThrow();
  const revision = await db
    .insertInto("candidacy_revisions")
    .values({
      candidacy_id: candidacy.id,
      number: 1,
      content: JSON.stringify({}),
      received_at: at,
      received_via: "portal",
      receipt_code: `T-${randomUUID()}`,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const member = await db
    .insertInto("partnership_members")
    .values({
      partnership_id: partnershipId,
      kind: "partner",
      organisation_id: organisationId,
      call_id: call.id,
      candidacy_id: candidacy.id,
      revision_id: revision.id,
      joined_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const offer = await db
    .insertInto("partnership_offers")
    .values({
      partnership_id: partnershipId,
      member_id: member.id,
      organisation_id: organisationId,
      service_type_code: serviceTypeCode,
      candidacy_id: candidacy.id,
      revision_id: revision.id,
      name: options.name ?? `Aanbod ${serviceTypeCode}`,
      capacity_per_year: options.capacityPerYear === undefined ? 40 : options.capacityPerYear,
      languages: options.languages ?? ["nl"],
      waiting_days: options.waitingDays ?? null,
      created_at: at,
      updated_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const municipalityIds = options.municipalityIds ?? [];
  if (municipalityIds.length > 0) {
    await db
      .insertInto("partnership_offer_municipalities")
      .values(municipalityIds.map((id) => ({ offer_id: offer.id, municipality_id: id })))
      .execute();
  }
  return { id: offer.id, organisationId, serviceTypeCode };
}

/**
 * A region with municipalities and a formed partnership whose partners each have one offer (see addPartnerOffer).
 * Needs the reference data (service types) loaded.
 */
export async function buildPartnershipWorld(
  db: Kysely<Database>,
  options: { serviceTypes?: string[]; languages?: string[]; now?: Date } = {},
): Promise<PartnershipWorld> {
  const now = options.now ?? new Date();
  const region = await buildRegion(db);
  const municipalities = await db
    .insertInto("municipalities")
    .values(["Noordstad", "Zuiddorp"].map((name, i) => ({ region_id: region.id, name: `${name} ${i}`, sort_order: i })))
    .returning("id")
    .execute();
  const partnershipId = await ensurePartnership(db, region.id, now);
  const offers: OfferRef[] = [];
  for (const serviceTypeCode of options.serviceTypes ?? ["bridge_figure", "debt_mediation"]) {
    const organisation = await buildOrganisation(db);
    offers.push(
      await addPartnerOffer(db, {
        regionId: region.id,
        organisationId: organisation.id,
        serviceTypeCode,
        at: now,
        languages: options.languages ?? ["nl", "fr"],
        municipalityIds: municipalities.map((m) => m.id),
        waitingDays: 14,
      }),
    );
  }
  return {
    regionId: region.id,
    slug: region.slug,
    municipalityIds: municipalities.map((m) => m.id),
    partnershipId,
    offers,
  };
}

/** Everyone who could ask for a client's record: the roles of DESIGN §1, own and other organisation and region. */
export const castKeys = [
  "companion", // the client's companion (central contact of the latest trajectory)
  "otherCompanion", // a companion of the same region, not this client's
  "caseDirector", // the region's case director
  "otherCaseDirector", // a case director of another region
  "partnerWorker", // partner worker at organisation A, which receives the referral
  "otherPartnerWorker", // partner worker at organisation B, a partner of the same region without a referral
  "foreignPartnerWorker", // partner worker of organisation A's staff in another region
  "coordinator", // the region's coordinator
  "analyst", // the region's analyst
  "jury", // a jury member of the region
  "applicant", // staff of an applying organisation
  "admin",
] as const;
export type CastKey = (typeof castKeys)[number];

export interface CastMember extends BuiltUser {
  key: CastKey;
  session: Session;
}

export interface Cast {
  partnership: PartnershipWorld;
  otherRegion: { id: string; slug: string };
  /** Organisation A (receives referrals) and B (another partner of the region). */
  organisationA: string;
  organisationB: string;
  offerA: OfferRef;
  offerB: OfferRef;
  people: Record<CastKey, CastMember>;
}

async function person(
  db: Kysely<Database>,
  app: FastifyInstance,
  key: CastKey,
  role: Role,
  organisationId: string,
  regionId: string | null,
): Promise<CastMember> {
  const email = `${key.toLowerCase()}-${randomUUID().slice(0, 8)}@example.be`;
  const user = await createUser(
    db,
    { kind: "seed" },
    { email, displayName: `Test ${key}`, password: testPassword, locale: "nl" },
  );
  await grantMembership(db, { kind: "seed" }, { userId: user.id, organisationId, regionId, role });
  const built = { id: user.id, email, password: testPassword, organisationId, regionId };
  return { ...built, key, session: await signIn(app, built) };
}

/** The partnership world and one signed-in person per cast key. */
export async function buildCast(db: Kysely<Database>, app: FastifyInstance): Promise<Cast> {
  const partnership = await buildPartnershipWorld(db);
  const [offerA, offerB] = partnership.offers as [OfferRef, OfferRef];
  const otherRegion = await buildRegion(db);
  const regionOrganisation = (await buildOrganisation(db)).id;
  const r = partnership.regionId;
  const entries: [CastKey, Role, string, string | null][] = [
    ["companion", "companion", offerA.organisationId, r],
    ["otherCompanion", "companion", offerB.organisationId, r],
    ["caseDirector", "case_director", regionOrganisation, r],
    ["otherCaseDirector", "case_director", regionOrganisation, otherRegion.id],
    ["partnerWorker", "partner_worker", offerA.organisationId, r],
    ["otherPartnerWorker", "partner_worker", offerB.organisationId, r],
    ["foreignPartnerWorker", "partner_worker", offerA.organisationId, otherRegion.id],
    ["coordinator", "coordinator", regionOrganisation, r],
    ["analyst", "analyst", regionOrganisation, r],
    ["jury", "jury", regionOrganisation, r],
    ["applicant", "applicant", offerA.organisationId, null],
    ["admin", "admin", regionOrganisation, null],
  ];
  const people = {} as Record<CastKey, CastMember>;
  for (const [key, role, organisationId, regionId] of entries) {
    people[key] = await person(db, app, key, role, organisationId, regionId);
  }
  return {
    partnership,
    otherRegion,
    organisationA: offerA.organisationId,
    organisationB: offerB.organisationId,
    offerA,
    offerB,
    people,
  };
}

export type ConsentCase = "given" | "revoked" | "expired";
export const consentCases: readonly ConsentCase[] = ["given", "revoked", "expired"];

export interface ClientWorld {
  clientId: string;
  givenName: string;
  trajectoryId: string;
  consentId: string;
  referralId: string;
  /** One record of every kind, for routes that name one. */
  ids: {
    outreachPersonId: string;
    scanId: string;
    goalId: string;
    actionId: string;
    appointmentId: string;
    noteId: string;
    caseConferenceId: string;
    feedbackId: string;
    signalId: string;
    /** A standing consent for organisation B (no referral there): something staff can revoke in any case. */
    spareConsentId: string;
    /** A draft referral to organisation B (drafts need no consent yet). */
    draftReferralId: string;
  };
}

/**
 * A client of the cast's companion with a trajectory, one consent for organisation A (all categories) in the given
 * state at `now`, a referral to offer A in `referralState` sent under it, and one record of every other kind.
 */
export async function buildClientWorld(
  db: Kysely<Database>,
  cast: Cast,
  options: {
    consent: ConsentCase;
    now: Date;
    referralState?: string;
    givenName?: string;
    /** "ended": the trajectory was completed 200 days ago, its follow-up due since 17 days. */
    trajectory?: "active" | "ended";
  },
): Promise<ClientWorld> {
  const { now } = options;
  const companion = cast.people.companion;
  const regionId = cast.partnership.regionId;
  const givenName = options.givenName ?? `Cliënt${randomUUID().slice(0, 6)}`;
  const past = (days: number) => new Date(now.getTime() - days * day);
  const person = await db
    .insertInto("outreach_persons")
    .values({ region_id: regionId, nickname: `Bijnaam ${givenName}`, created_by: companion.id, created_at: past(90) })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("outreach_contacts")
    .values({
      person_id: person.id,
      region_id: regionId,
      occurred_at: past(90),
      finding_place: "street",
      recorded_by: companion.id,
      organisation_id: companion.organisationId,
      created_at: past(90),
    })
    .execute();
  const client = await db
    .insertInto("clients")
    .values({
      region_id: regionId,
      given_name: givenName,
      family_name: "Test (fictief)",
      contact_languages: ["ar", "fr"],
      residence: "municipality",
      municipality_id: cast.partnership.municipalityIds[0] ?? null,
      outreach_person_id: person.id,
      created_by: companion.id,
      created_at: past(80),
      updated_at: past(80),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.updateTable("outreach_persons").set({ client_id: client.id }).where("id", "=", person.id).execute();
  const trajectory = await db
    .insertInto("trajectories")
    .values({
      client_id: client.id,
      region_id: regionId,
      companion_user_id: companion.id,
      companion_organisation_id: companion.organisationId,
      ...(options.trajectory === "ended"
        ? {
            status: "completed",
            status_changed_at: past(200),
            ended_at: past(200),
            exit_outcome: "work",
            follow_up_due_on: past(17).toISOString().slice(0, 10),
          }
        : { status: "active", status_changed_at: past(70) }),
      started_at: past(280),
      created_by: companion.id,
      created_at: past(80),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const consent = await db
    .insertInto("consents")
    .values({
      client_id: client.id,
      scope: "partner",
      partner_organisation_id: cast.organisationA,
      purpose: "referral",
      categories: ["general", "health", "mental_health", "addiction", "justice", "finances"],
      given_how: "signed",
      given_at: past(60),
      expires_at: options.consent === "expired" ? past(1) : new Date(now.getTime() + 300 * day),
      recorded_by: companion.id,
      revoked_at: options.consent === "revoked" ? past(1) : null,
      revoked_by: options.consent === "revoked" ? companion.id : null,
      revoked_how: options.consent === "revoked" ? "spoken" : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const spare = await db
    .insertInto("consents")
    .values({
      client_id: client.id,
      scope: "partner",
      partner_organisation_id: cast.organisationB,
      purpose: "other",
      purpose_text: "Praktische hulp",
      categories: ["general"],
      given_how: "spoken",
      given_at: past(50),
      expires_at: new Date(now.getTime() + 200 * day),
      recorded_by: companion.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const scan = await db
    .insertInto("scans")
    .values({
      trajectory_id: trajectory.id,
      taken_on: "2026-09-01",
      moment: "start",
      ladder_rung: 2,
      taken_by: companion.id,
      created_at: past(60),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("scan_domains")
    .values([
      { scan_id: scan.id, life_domain_code: "housing", score: 2, barriers: ["no_reference_address"] },
      { scan_id: scan.id, life_domain_code: "mental_health", score: 1, barriers: ["war_trauma"] },
    ])
    .execute();
  const goal = await db
    .insertInto("goals")
    .values({
      trajectory_id: trajectory.id,
      life_domain_code: "housing",
      text: "Een eigen adres",
      created_by: companion.id,
      created_at: past(55),
      updated_at: past(55),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const action = await db
    .insertInto("plan_actions")
    .values({
      goal_id: goal.id,
      trajectory_id: trajectory.id,
      text: "Afspraak bij het OCMW maken",
      who: "companion",
      due_on: "2026-10-01",
      created_by: companion.id,
      created_at: past(55),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const referralState = options.referralState ?? "accepted";
  const referral = await db
    .insertInto("referrals")
    .values({
      trajectory_id: trajectory.id,
      client_id: client.id,
      offer_id: cast.offerA.id,
      organisation_id: cast.organisationA,
      consent_id: consent.id,
      categories: ["general", "mental_health"],
      goal_id: goal.id,
      message: "Graag een eerste gesprek.",
      state: referralState,
      state_changed_at: past(40),
      answer_due_at: past(40),
      feedback_every_days: 14,
      sent_at: past(45),
      created_by: companion.id,
      created_at: past(46),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const draft = await db
    .insertInto("referrals")
    .values({
      trajectory_id: trajectory.id,
      client_id: client.id,
      offer_id: cast.offerB.id,
      organisation_id: cast.organisationB,
      categories: ["general", "finances"],
      message: "",
      state: "draft",
      state_changed_at: past(3),
      created_by: companion.id,
      created_at: past(3),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("referral_events")
    .values([
      { referral_id: referral.id, from_state: "draft", to_state: "sent", at: past(45), by_user_id: companion.id },
      ...(referralState === "sent"
        ? []
        : [
            {
              referral_id: referral.id,
              from_state: "sent",
              to_state: referralState,
              at: past(40),
              by_user_id: cast.people.partnerWorker.id,
            },
          ]),
    ])
    .execute();
  const feedback = await db
    .insertInto("referral_feedback")
    .values({
      referral_id: referral.id,
      given_at: past(20),
      given_by: cast.people.partnerWorker.id,
      attendance: "good",
      progress: "better",
      summary: "Komt goed mee.",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const appointment = await db
    .insertInto("appointments")
    .values({
      trajectory_id: trajectory.id,
      referral_id: referral.id,
      title: "Eerste gesprek",
      starts_at: past(38),
      ends_at: new Date(past(38).getTime() + 60 * 60 * 1000),
      ical_uid: `${randomUUID()}@brug.test`,
      created_by: companion.id,
      created_at: past(42),
      updated_at: past(42),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // The warm hand-over still to come, at the partner.
  await db
    .insertInto("appointments")
    .values({
      trajectory_id: trajectory.id,
      referral_id: referral.id,
      title: "Kennismaking bij de partner",
      starts_at: new Date(now.getTime() + 5 * day),
      ends_at: new Date(now.getTime() + 5 * day + 60 * 60 * 1000),
      ical_uid: `${randomUUID()}@brug.test`,
      created_by: companion.id,
      created_at: past(2),
      updated_at: past(2),
    })
    .execute();
  const note = await db
    .insertInto("notes")
    .values({
      trajectory_id: trajectory.id,
      written_at: past(30),
      written_by: companion.id,
      life_domain_code: "housing",
      confidentiality: "partners",
      category: "general",
      text: "Zoekt een woning in de buurt van school.",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const conference = await db
    .insertInto("case_conferences")
    .values({
      trajectory_id: trajectory.id,
      held_at: past(25),
      purpose: "Afstemming huisvesting",
      legal_frame: "consent",
      consent_id: consent.id,
      participants: JSON.stringify([{ name: "Test", organisation: "OCMW", role: "maatschappelijk werker" }]),
      recorded_by: companion.id,
      created_at: past(25),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const signal = await db
    .insertInto("signals")
    .values({
      region_id: regionId,
      title: "Geen referentieadres",
      description: "Sofasurfers krijgen geen referentieadres.",
      life_domains: ["housing"],
      raised_by: companion.id,
      raised_at: past(10),
      updated_at: past(10),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("signal_trajectories").values({ signal_id: signal.id, trajectory_id: trajectory.id }).execute();
  return {
    clientId: client.id,
    givenName,
    trajectoryId: trajectory.id,
    consentId: consent.id,
    referralId: referral.id,
    ids: {
      outreachPersonId: person.id,
      scanId: scan.id,
      goalId: goal.id,
      actionId: action.id,
      appointmentId: appointment.id,
      noteId: note.id,
      caseConferenceId: conference.id,
      feedbackId: feedback.id,
      signalId: signal.id,
      spareConsentId: spare.id,
      draftReferralId: draft.id,
    },
  };
}
