// When a plan action is overdue, and the query the "action needed" list calls.
//
// The rule: an action is overdue when its day (a calendar day in Europe/Brussels) has passed — on the day itself it is
// still on time — it is not done, and its goal is still open (an achieved or dropped goal's leftover actions no
// longer ask for anything). overdueActions also leaves out trajectories that ended. As SQL, for whoever needs it in a
// query of their own:
//
//   plan_actions.done_at is null and plan_actions.due_on < :todayInBrussels and goals.status = 'open'
//   and trajectories.status not in ('completed', 'stopped', 'dropped_out')
//
// with :todayInBrussels = todayInBrussels(now) ("2026-11-24"), never current_date (the database's zone is not ours).
import { endedTrajectoryStatuses } from "../../domain/trajectory-codes.ts";
import { utcToLocal } from "../../domain/milestones.ts";
import type { Db } from "./queries.ts";

/** Today's calendar day in Brussels. */
export function todayInBrussels(now: Date): string {
  return utcToLocal(now.toISOString()).date;
}

export function isOverdue(
  action: { dueOn: string | null; doneAt: Date | null },
  goalStatus: string,
  now: Date,
): boolean {
  return (
    action.doneAt === null && action.dueOn !== null && action.dueOn < todayInBrussels(now) && goalStatus === "open"
  );
}

export interface OverdueScope {
  /** Only these trajectories. */
  trajectoryIds?: readonly string[];
  /** Only trajectories with this user as their companion. */
  companionUserId?: string;
  /** Only trajectories in these regions (a case director's). */
  regionIds?: readonly string[];
  /** Only actions given to these partner organisations (a partner worker's own). */
  whoOrganisationIds?: readonly string[];
}

export interface OverdueAction {
  actionId: string;
  goalId: string;
  trajectoryId: string;
  clientId: string;
  regionId: string;
  /** The goal's life domain: filter a partner's list with maySee(access, categoryOfLifeDomain(lifeDomain)). */
  lifeDomain: string;
  who: string;
  whoOrganisationId: string | null;
  dueOn: string;
}

/**
 * The overdue actions in the scope, most overdue first. Every scope given narrows the list; with none it would be
 * every region's, so at least one is required. Returns ids and codes only: the caller reads the texts through
 * clients/access.ts if it shows them.
 */
export async function overdueActions(db: Db, scope: OverdueScope, now: Date): Promise<OverdueAction[]> {
  const given = [scope.trajectoryIds, scope.companionUserId, scope.regionIds, scope.whoOrganisationIds];
  if (given.every((s) => s === undefined)) throw new Error("overdueActions needs a scope");
  for (const list of [scope.trajectoryIds, scope.regionIds, scope.whoOrganisationIds]) {
    if (list !== undefined && list.length === 0) return [];
  }
  let query = db
    .selectFrom("plan_actions")
    .innerJoin("goals", "goals.id", "plan_actions.goal_id")
    .innerJoin("trajectories", "trajectories.id", "plan_actions.trajectory_id")
    .select([
      "plan_actions.id as actionId",
      "plan_actions.goal_id as goalId",
      "plan_actions.trajectory_id as trajectoryId",
      "trajectories.client_id as clientId",
      "trajectories.region_id as regionId",
      "goals.life_domain_code as lifeDomain",
      "plan_actions.who",
      "plan_actions.who_organisation_id as whoOrganisationId",
      "plan_actions.due_on as dueOn",
    ])
    .where("plan_actions.done_at", "is", null)
    .where("plan_actions.due_on", "<", todayInBrussels(now))
    .where("goals.status", "=", "open")
    .where("trajectories.status", "not in", [...endedTrajectoryStatuses]);
  if (scope.trajectoryIds) query = query.where("plan_actions.trajectory_id", "in", [...scope.trajectoryIds]);
  if (scope.companionUserId) query = query.where("trajectories.companion_user_id", "=", scope.companionUserId);
  if (scope.regionIds) query = query.where("trajectories.region_id", "in", [...scope.regionIds]);
  if (scope.whoOrganisationIds)
    query = query.where("plan_actions.who_organisation_id", "in", [...scope.whoOrganisationIds]);
  const rows = await query.orderBy("plan_actions.due_on").orderBy("plan_actions.id").execute();
  return rows.map((r) => ({ ...r, dueOn: r.dueOn as string }));
}
