// Kysely queries of the plan: goals and actions of a trajectory, the region's partner organisations. No rules here
// beyond what a query must filter: who may see which goal is decided in service.ts with clients/access.ts.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";

export type Db = Kysely<Database> | Transaction<Database>;

export interface GoalRow {
  id: string;
  trajectoryId: string;
  lifeDomain: string;
  text: string;
  status: string;
  progress: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ActionRow {
  id: string;
  goalId: string;
  trajectoryId: string;
  text: string;
  who: string;
  whoOrganisationId: string | null;
  whoOrganisationName: string | null;
  whoText: string;
  dueOn: string | null;
  doneAt: Date | null;
}

const goalColumns = [
  "goals.id",
  "goals.trajectory_id as trajectoryId",
  "goals.life_domain_code as lifeDomain",
  "goals.text",
  "goals.status",
  "goals.progress",
  "goals.created_at as createdAt",
  "goals.updated_at as updatedAt",
] as const;

/**
 * The trajectory's goals in the taxonomy's order of life domains, oldest first within one; only those of the given
 * life domains when `lifeDomains` is set.
 */
export async function goalsOf(db: Db, trajectoryId: string, lifeDomains: string[] | null): Promise<GoalRow[]> {
  let query = db
    .selectFrom("goals")
    .innerJoin("life_domains", "life_domains.code", "goals.life_domain_code")
    .select(goalColumns)
    .where("goals.trajectory_id", "=", trajectoryId);
  if (lifeDomains !== null) {
    if (lifeDomains.length === 0) return [];
    query = query.where("goals.life_domain_code", "in", lifeDomains);
  }
  return query.orderBy("life_domains.sort_order").orderBy("goals.created_at").orderBy("goals.id").execute();
}

export async function findGoal(db: Db, goalId: string): Promise<GoalRow | undefined> {
  return db.selectFrom("goals").select(goalColumns).where("goals.id", "=", goalId).executeTakeFirst();
}

function actionQuery(db: Db) {
  return db
    .selectFrom("plan_actions")
    .leftJoin("organisations", "organisations.id", "plan_actions.who_organisation_id")
    .select([
      "plan_actions.id",
      "plan_actions.goal_id as goalId",
      "plan_actions.trajectory_id as trajectoryId",
      "plan_actions.text",
      "plan_actions.who",
      "plan_actions.who_organisation_id as whoOrganisationId",
      "organisations.name as whoOrganisationName",
      "plan_actions.who_text as whoText",
      "plan_actions.due_on as dueOn",
      "plan_actions.done_at as doneAt",
    ]);
}

/** The actions of these goals, by day (no day last), then as they were made. */
export async function actionsOfGoals(db: Db, goalIds: string[]): Promise<ActionRow[]> {
  if (goalIds.length === 0) return [];
  return actionQuery(db)
    .where("plan_actions.goal_id", "in", goalIds)
    .orderBy("plan_actions.due_on", (o) => o.asc().nullsLast())
    .orderBy("plan_actions.created_at")
    .orderBy("plan_actions.id")
    .execute();
}

export async function findAction(db: Db, actionId: string): Promise<ActionRow | undefined> {
  return actionQuery(db).where("plan_actions.id", "=", actionId).executeTakeFirst();
}

/** The partner organisations of the region's partnership, by name. */
export async function partnerOrganisations(db: Db, regionId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom("partnership_members")
    .innerJoin("partnerships", "partnerships.id", "partnership_members.partnership_id")
    .innerJoin("organisations", "organisations.id", "partnership_members.organisation_id")
    .select(["organisations.id", "organisations.name"])
    .where("partnerships.region_id", "=", regionId)
    .where("partnership_members.kind", "=", "partner")
    .orderBy("organisations.name")
    .distinct()
    .execute();
}

export async function lifeDomainExists(db: Db, code: string): Promise<boolean> {
  const row = await db.selectFrom("life_domains").select("code").where("code", "=", code).executeTakeFirst();
  return row !== undefined;
}

/** Every life domain code, in the taxonomy's order. */
export async function allLifeDomains(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("life_domains").select("code").orderBy("sort_order").execute();
  return rows.map((r) => r.code);
}
