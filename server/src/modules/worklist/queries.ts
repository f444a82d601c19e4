// The rows behind the "action needed" list, filtered inside the query to the reader's own work (STYLE.md: lists
// filter in the query). No rules about who may see a client here: service.ts asks access.ts for each one.
import type { ExpressionBuilder, Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { endedTrajectoryStatuses } from "../../domain/trajectory-codes.ts";

type Db = Kysely<Database> | Transaction<Database>;

export interface StaffScope {
  userId: string;
  directorRegions: string[];
  companionRegions: string[];
}

export interface PartnerScope {
  /** (organisation, region) pairs where the reader is a partner worker. */
  memberships: { organisationId: string; regionId: string }[];
}

/**
 * The trajectories that are the reader's own work: every trajectory of a region they direct cases in, and, as a
 * companion, those whose companion they are where it is the client's latest trajectory (access.ts's rule).
 */
function staffTrajectoryIds(db: Db, scope: StaffScope) {
  return db
    .selectFrom("trajectories as s")
    .select("s.id")
    .where((eb) => {
      const ors = [];
      if (scope.directorRegions.length > 0) ors.push(eb("s.region_id", "in", scope.directorRegions));
      if (scope.companionRegions.length > 0) {
        ors.push(
          eb.and([
            eb("s.region_id", "in", scope.companionRegions),
            eb("s.companion_user_id", "=", scope.userId),
            eb.not(
              eb.exists(
                eb
                  .selectFrom("trajectories as n")
                  .select("n.id")
                  .whereRef("n.client_id", "=", "s.client_id")
                  .where((n) =>
                    n.or([
                      n("n.started_at", ">", n.ref("s.started_at")),
                      n.and([
                        n("n.started_at", "=", n.ref("s.started_at")),
                        n("n.created_at", ">", n.ref("s.created_at")),
                      ]),
                    ]),
                  ),
              ),
            ),
          ]),
        );
      }
      return eb.or(ors);
    });
}

const open = (eb: ExpressionBuilder<Database & { t: Database["trajectories"] }, "t">) =>
  eb("t.status", "not in", [...endedTrajectoryStatuses]);

function withClient(db: Db) {
  return db
    .selectFrom("trajectories as t")
    .innerJoin("clients as c", "c.id", "t.client_id")
    .select(["t.id as trajectoryId", "c.id as clientId", "c.given_name as givenName", "c.family_name as familyName"]);
}

/** The words and client of plan actions found overdue by plans/overdue.ts (which owns the rule). */
export function actionsWithClient(db: Db, actionIds: string[]) {
  if (actionIds.length === 0) return Promise.resolve([]);
  return withClient(db)
    .innerJoin("plan_actions as a", "a.trajectory_id", "t.id")
    .select(["a.id", "a.text"])
    .where("a.id", "in", actionIds)
    .execute();
}

/** The offer, partner and client of referrals found late by referrals/worklist.ts (which owns the rules). */
export function referralsWithClient(db: Db, referralIds: string[]) {
  if (referralIds.length === 0) return Promise.resolve([]);
  return withClient(db)
    .innerJoin("referrals as r", "r.trajectory_id", "t.id")
    .innerJoin("partnership_offers as o", "o.id", "r.offer_id")
    .innerJoin("organisations as org", "org.id", "r.organisation_id")
    .select(["r.id", "o.name as offerName", "org.name as organisationName"])
    .where("r.id", "in", referralIds)
    .execute();
}

export function appointmentsWithoutAttendance(db: Db, scope: StaffScope, now: Date) {
  return withClient(db)
    .innerJoin("appointments as a", "a.trajectory_id", "t.id")
    .select(["a.id", "a.title", "a.ends_at as endsAt"])
    .where("t.id", "in", staffTrajectoryIds(db, scope))
    .where(open)
    .where("a.attendance", "=", "planned")
    .where("a.ends_at", "<", now)
    .execute();
}

export function expiringConsents(db: Db, scope: StaffScope, now: Date, until: Date) {
  return withClient(db)
    .innerJoin("consents as k", "k.client_id", "c.id")
    .leftJoin("organisations as org", "org.id", "k.partner_organisation_id")
    .select(["k.id", "k.expires_at as expiresAt", "k.scope", "org.name as partnerName"])
    .where("t.id", "in", staffTrajectoryIds(db, scope))
    .where(open)
    .where("k.revoked_at", "is", null)
    .where("k.given_at", "<=", now)
    .where("k.expires_at", ">", now)
    .where("k.expires_at", "<=", until)
    .execute();
}

export function followUpsDue(db: Db, scope: StaffScope, today: string) {
  return withClient(db)
    .select(["t.follow_up_due_on as dueOn"])
    .where("t.id", "in", staffTrajectoryIds(db, scope))
    .where("t.follow_up_due_on", "<=", today)
    .where("t.follow_up_done_at", "is", null)
    .execute();
}
