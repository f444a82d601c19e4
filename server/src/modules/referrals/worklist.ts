// What needs action on referrals, for the "action needed" list (the worklist module shows it). Only open referrals
// (sent, accepted, waitlisted, started) of trajectories that have not ended (the rule of plans/overdue.ts and
// worklist/queries.ts too):
// - consent lapsed (sending side only): the consents standing now no longer cover the referral's organisation for
//   every category it asks (coverage.ts) — a consent expired by the clock; renew the consent or end the referral.
//   Such a referral asks nothing else of either side: no "unanswered", no "feedback missing";
// - unanswered: sent, and the answer was due (sent + 10 days) by now;
// - feedback missing: accepted or started with a feedback rhythm, and the rhythm's days have passed since the last
//   feedback (or the acceptance, before any feedback).
// For the sending side (a companion's own clients, or a case director's regions) and for the receiving
// organisations (only referrals the partner may still open: a consent covering them with "general" stands).
// Ids and moments only: whoever shows an item reads the client through modules/clients/access.ts.
import { sql } from "kysely";
import { feedbackDueAt, openReferralStates } from "../../domain/referral-state.ts";
import { endedTrajectoryStatuses } from "../../domain/trajectory-codes.ts";
import { standingConsentsOfClients } from "../clients/access.ts";
import { isCovered } from "./coverage.ts";
import type * as q from "./queries.ts";

export type ReferralWorkScope =
  | { side: "sender"; companionUserId: string }
  | { side: "sender"; regionIds: string[] }
  | { side: "receiver"; organisations: { organisationId: string; regionId: string }[] };

export interface ReferralWorkItem {
  kind: "unanswered" | "feedback_missing" | "consent_lapsed";
  referralId: string;
  trajectoryId: string;
  clientId: string;
  organisationId: string;
  /** When the answer or the feedback was due; for a lapsed consent, when the consent it was sent under ended. */
  dueAt: Date;
}

export async function referralWorkItems(db: q.Db, scope: ReferralWorkScope, now: Date): Promise<ReferralWorkItem[]> {
  let query = db
    .selectFrom("referrals as r")
    .innerJoin("trajectories as t", "t.id", "r.trajectory_id")
    .innerJoin("clients as c", "c.id", "r.client_id")
    .select([
      "r.id",
      "r.trajectory_id as trajectoryId",
      "r.client_id as clientId",
      "r.organisation_id as organisationId",
      sql<"sent" | "accepted" | "waitlisted" | "started">`r.state`.as("state"),
      "r.categories",
      "r.answer_due_at as answerDueAt",
      "r.feedback_every_days as feedbackEveryDays",
      "r.last_feedback_at as lastFeedbackAt",
      (eb) =>
        eb
          .selectFrom("referral_events as e")
          .select((e) => e.fn.max("e.at").as("at"))
          .whereRef("e.referral_id", "=", "r.id")
          .where("e.to_state", "=", "accepted")
          .as("acceptedAt"),
      (eb) =>
        eb
          .selectFrom("consents as under")
          .select(sql<Date>`least(under.revoked_at, under.expires_at)`.as("endedAt"))
          .whereRef("under.id", "=", "r.consent_id")
          .as("consentEndedAt"),
    ])
    .where("t.status", "not in", [...endedTrajectoryStatuses])
    .where((eb) =>
      scope.side === "sender"
        ? // The sending side also hears of a referral whose consent lapsed, in any open state.
          eb("r.state", "in", [...openReferralStates])
        : eb.or([
            eb.and([eb("r.state", "=", "sent"), eb("r.answer_due_at", "<=", now)]),
            eb.and([eb("r.state", "in", ["accepted", "started"]), eb("r.feedback_every_days", "is not", null)]),
          ]),
    );
  if (scope.side === "sender" && "companionUserId" in scope) {
    // The companion of the client's latest trajectory (access.ts's rule).
    query = query
      .where("t.companion_user_id", "=", scope.companionUserId)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("trajectories as later")
              .select("later.id")
              .whereRef("later.client_id", "=", "t.client_id")
              .whereRef("later.started_at", ">", "t.started_at"),
          ),
        ),
      );
  } else if (scope.side === "sender") {
    if (scope.regionIds.length === 0) return [];
    query = query.where("c.region_id", "in", scope.regionIds);
  } else {
    if (scope.organisations.length === 0) return [];
    query = query
      .where((eb) =>
        eb.or(
          scope.organisations.map((o) =>
            eb.and([eb("r.organisation_id", "=", o.organisationId), eb("c.region_id", "=", o.regionId)]),
          ),
        ),
      )
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom("consents as k")
            .select("k.id")
            .whereRef("k.client_id", "=", "r.client_id")
            .where("k.revoked_at", "is", null)
            .where("k.given_at", "<=", now)
            .where("k.expires_at", ">", now)
            .where(sql<boolean>`'general' = any(k.categories)`)
            .where((k) =>
              k.or([k("k.scope", "=", "partnership"), k("k.partner_organisation_id", "=", k.ref("r.organisation_id"))]),
            ),
        ),
      );
  }
  const rows = await query.orderBy("r.id").execute();
  const consents = await standingConsentsOfClients(
    db,
    rows.map((r) => r.clientId),
    now,
  );
  const items: ReferralWorkItem[] = [];
  for (const row of rows) {
    const base = {
      referralId: row.id,
      trajectoryId: row.trajectoryId,
      clientId: row.clientId,
      organisationId: row.organisationId,
    };
    if (!isCovered(consents.get(row.clientId) ?? [], row)) {
      if (scope.side === "sender") {
        const endedAt = row.consentEndedAt !== null && row.consentEndedAt <= now ? row.consentEndedAt : now;
        items.push({ kind: "consent_lapsed", ...base, dueAt: endedAt });
      }
      continue;
    }
    if (row.state === "sent" && row.answerDueAt !== null) {
      if (row.answerDueAt <= now) items.push({ kind: "unanswered", ...base, dueAt: row.answerDueAt });
      continue;
    }
    const due = feedbackDueAt(row);
    if (due !== null && due <= now) items.push({ kind: "feedback_missing", ...base, dueAt: due });
  }
  return items.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
