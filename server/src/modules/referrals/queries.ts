// Kysely queries of referrals, their events, feedback and hand-over, and of the client data a partner may be shown.
// No business rules: who sees what is decided in modules/clients/access.ts and the services.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import type { ReferralState } from "../../domain/referral-state.ts";

export type Db = Kysely<Database> | Transaction<Database>;

export interface ReferralRow {
  id: string;
  trajectoryId: string;
  clientId: string;
  regionId: string;
  offerId: string;
  offerName: string;
  serviceType: string;
  organisationId: string;
  organisationName: string;
  consentId: string | null;
  categories: string[];
  goalId: string | null;
  message: string;
  state: ReferralState;
  stateReason: string | null;
  stateChangedAt: Date;
  answerDueAt: Date | null;
  feedbackEveryDays: number | null;
  lastFeedbackAt: Date | null;
  sentAt: Date | null;
  createdAt: Date;
  /** The last time it was accepted (from its events); the feedback rhythm counts from it. */
  acceptedAt: Date | null;
}

function referralSelect(db: Db) {
  return db
    .selectFrom("referrals as r")
    .innerJoin("partnership_offers as o", "o.id", "r.offer_id")
    .innerJoin("organisations as org", "org.id", "r.organisation_id")
    .innerJoin("clients as c", "c.id", "r.client_id")
    .select([
      "r.id",
      "r.trajectory_id as trajectoryId",
      "r.client_id as clientId",
      "c.region_id as regionId",
      "r.offer_id as offerId",
      "o.name as offerName",
      "o.service_type_code as serviceType",
      "r.organisation_id as organisationId",
      "org.name as organisationName",
      "r.consent_id as consentId",
      "r.categories",
      "r.goal_id as goalId",
      "r.message",
      sql<ReferralState>`r.state`.as("state"),
      "r.state_reason as stateReason",
      "r.state_changed_at as stateChangedAt",
      "r.answer_due_at as answerDueAt",
      "r.feedback_every_days as feedbackEveryDays",
      "r.last_feedback_at as lastFeedbackAt",
      "r.sent_at as sentAt",
      "r.created_at as createdAt",
      (eb) =>
        eb
          .selectFrom("referral_events as e")
          .select((e) => e.fn.max("e.at").as("at"))
          .whereRef("e.referral_id", "=", "r.id")
          .where("e.to_state", "=", "accepted")
          .as("acceptedAt"),
    ]);
}

export async function findReferral(db: Db, id: string): Promise<ReferralRow | undefined> {
  return referralSelect(db).where("r.id", "=", id).executeTakeFirst();
}

/** The referral's row locked for the rest of the transaction: two steps on one referral take turns. */
export async function lockReferral(trx: Transaction<Database>, id: string): Promise<void> {
  await sql`select 1 from referrals where id = ${id} for update`.execute(trx);
}

export function referralsOfTrajectory(db: Db, trajectoryId: string, onlyIds?: string[]): Promise<ReferralRow[]> {
  let query = referralSelect(db).where("r.trajectory_id", "=", trajectoryId);
  if (onlyIds !== undefined) {
    if (onlyIds.length === 0) return Promise.resolve([]);
    query = query.where("r.id", "in", onlyIds);
  }
  return query.orderBy("r.created_at", "desc").orderBy("r.id").execute();
}

export function referralsByIds(db: Db, ids: string[]): Promise<ReferralRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return referralSelect(db).where("r.id", "in", ids).orderBy("r.created_at", "desc").orderBy("r.id").execute();
}

/** Referrals to these organisations in these states, newest first, with the client's region for the check. */
export function referralsToOrganisations(db: Db, organisationIds: string[], states: readonly string[]) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return referralSelect(db)
    .where("r.organisation_id", "in", organisationIds)
    .where("r.state", "in", [...states])
    .orderBy("r.sent_at", "desc")
    .orderBy("r.id")
    .execute();
}

export function eventsOf(db: Db, referralId: string) {
  return (
    db
      .selectFrom("referral_events as e")
      .leftJoin("users as u", "u.id", "e.by_user_id")
      .select([
        "e.at",
        sql<ReferralState | null>`e.from_state`.as("fromState"),
        sql<ReferralState>`e.to_state`.as("toState"),
        "e.reason",
        "e.note",
        "u.display_name as by",
      ])
      .where("e.referral_id", "=", referralId)
      .orderBy("e.at")
      // Two steps in the same instant keep the loop's order: it only moves forward.
      .orderBy(
        sql`array_position(array['draft','sent','waitlisted','accepted','started']::text[], e.to_state) nulls last`,
      )
      .orderBy("e.id")
      .execute()
  );
}

export function feedbackOf(db: Db, referralId: string) {
  return db
    .selectFrom("referral_feedback as f")
    .innerJoin("users as u", "u.id", "f.given_by")
    .select([
      "f.id",
      "f.given_at as givenAt",
      "u.display_name as by",
      "f.attendance",
      "f.progress",
      "f.summary",
      "f.next_step as nextStep",
    ])
    .where("f.referral_id", "=", referralId)
    .orderBy("f.given_at", "desc")
    .orderBy("f.id")
    .execute();
}

/** The warm hand-over: the referral's first appointment together (the latest planned one, if changed). */
export function handoverOf(db: Db, referralId: string) {
  return db
    .selectFrom("appointments")
    .select([
      "id",
      "title",
      "starts_at as startsAt",
      "ends_at as endsAt",
      "place",
      "online_url as onlineUrl",
      "attendance",
      "ical_sequence as icalSequence",
    ])
    .where("referral_id", "=", referralId)
    .orderBy("created_at")
    .limit(1)
    .executeTakeFirst();
}

export function insertEvent(
  trx: Transaction<Database>,
  event: {
    referralId: string;
    from: ReferralState | null;
    to: ReferralState;
    reason: string | null;
    note: string;
    at: Date;
    byUserId: string | null;
  },
) {
  return trx
    .insertInto("referral_events")
    .values({
      referral_id: event.referralId,
      from_state: event.from,
      to_state: event.to,
      reason: event.reason,
      note: event.note,
      at: event.at,
      by_user_id: event.byUserId,
    })
    .execute();
}

/** The offers of the region's partnership that take referrals, with their organisation and service area. */
export function referableOffers(db: Db, regionId: string) {
  return db
    .selectFrom("partnership_offers as o")
    .innerJoin("partnerships as p", "p.id", "o.partnership_id")
    .innerJoin("organisations as org", "org.id", "o.organisation_id")
    .select([
      "o.id",
      "o.name",
      "o.service_type_code as serviceType",
      "o.organisation_id as organisationId",
      "org.name as organisationName",
      "o.languages",
      "o.capacity_per_year as capacityPerYear",
      "o.waiting_days as waitingDays",
      "o.accepting_referrals as acceptingReferrals",
      (eb) =>
        eb.fn
          .coalesce(
            eb
              .selectFrom("partnership_offer_municipalities as om")
              .innerJoin("municipalities as m", "m.id", "om.municipality_id")
              .select(sql<string[]>`array_agg(m.name order by m.sort_order)`.as("names"))
              .whereRef("om.offer_id", "=", "o.id"),
            sql<string[]>`'{}'::text[]`,
          )
          .as("municipalities"),
    ])
    .where("p.region_id", "=", regionId)
    .orderBy("o.service_type_code")
    .orderBy("org.name")
    .orderBy("o.id")
    .execute();
}

export function offerInRegion(db: Db, offerId: string, regionId: string) {
  return db
    .selectFrom("partnership_offers as o")
    .innerJoin("partnerships as p", "p.id", "o.partnership_id")
    .innerJoin("organisations as org", "org.id", "o.organisation_id")
    .select([
      "o.id",
      "o.organisation_id as organisationId",
      "org.name as organisationName",
      "o.accepting_referrals as acceptingReferrals",
    ])
    .where("o.id", "=", offerId)
    .where("p.region_id", "=", regionId)
    .executeTakeFirst();
}

export function trajectoryOf(db: Db, trajectoryId: string) {
  return db
    .selectFrom("trajectories")
    .select(["id", "client_id as clientId", "region_id as regionId", "status", "ended_at as endedAt"])
    .where("id", "=", trajectoryId)
    .executeTakeFirstOrThrow();
}

export function goalOf(db: Db, goalId: string) {
  return db
    .selectFrom("goals")
    .select(["id", "trajectory_id as trajectoryId", "life_domain_code as lifeDomain", "text"])
    .where("id", "=", goalId)
    .executeTakeFirst();
}

/** The names of many clients in one query (the partner's inbox), by client id. */
export async function clientNames(
  db: Db,
  clientIds: readonly string[],
): Promise<Map<string, { givenName: string; familyName: string }>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("clients")
    .select(["id", "given_name as givenName", "family_name as familyName"])
    .where("id", "in", [...new Set(clientIds)])
    .execute();
  return new Map(rows.map(({ id, ...name }) => [id, name]));
}

export function clientBasics(db: Db, clientId: string) {
  return db
    .selectFrom("clients as c")
    .leftJoin("municipalities as m", "m.id", "c.municipality_id")
    .select([
      "c.id",
      "c.given_name as givenName",
      "c.family_name as familyName",
      "c.birth_date as birthDate",
      "c.phone",
      "c.email",
      "c.contact_languages as contactLanguages",
      "c.interpreter_needed as interpreterNeeded",
      "c.residence",
      "m.name as municipality",
    ])
    .where("c.id", "=", clientId)
    .executeTakeFirstOrThrow();
}

/** The latest scan of the client (over all trajectories) with its life domains. */
export async function latestScan(db: Db, clientId: string) {
  const scan = await db
    .selectFrom("scans as s")
    .innerJoin("trajectories as t", "t.id", "s.trajectory_id")
    .select(["s.id", "s.taken_on as takenOn"])
    .where("t.client_id", "=", clientId)
    .orderBy("s.taken_on", "desc")
    .orderBy("s.created_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!scan) return null;
  const domains = await db
    .selectFrom("scan_domains as d")
    .innerJoin("life_domains as l", "l.code", "d.life_domain_code")
    .select(["d.life_domain_code as lifeDomain", "d.score", "d.barriers", "d.strengths", "d.wish"])
    .where("d.scan_id", "=", scan.id)
    .orderBy("l.sort_order")
    .execute();
  return { takenOn: scan.takenOn, domains };
}

/** Notes marked for partners on the client's trajectories, newest first. */
export function partnerNotes(db: Db, clientId: string, categories: string[]) {
  if (categories.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("notes as n")
    .innerJoin("trajectories as t", "t.id", "n.trajectory_id")
    .select(["n.id", "n.written_at as writtenAt", "n.life_domain_code as lifeDomain", "n.category", "n.text"])
    .where("t.client_id", "=", clientId)
    .where("n.confidentiality", "=", "partners")
    .where("n.category", "in", categories)
    .orderBy("n.written_at", "desc")
    .limit(200)
    .execute();
}

/** The partner workers of an organisation in a region, to tell them about a new referral. */
export function partnerWorkers(db: Db, organisationId: string, regionId: string) {
  return db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["u.id", "u.email", "u.display_name as name", "u.locale"])
    .where("m.organisation_id", "=", organisationId)
    .where("m.region_id", "=", regionId)
    .where("m.role", "=", "partner_worker")
    .where("u.disabled_at", "is", null)
    .distinct()
    .execute();
}
