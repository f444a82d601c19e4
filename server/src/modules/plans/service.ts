// The client's plan (issue 4, item 7): goals per life domain in the client's words, actions with who and by when.
// Every read and write goes through clients/access.ts (404 outside the actor's reach, audited with the consent that
// allowed it); a partner worker sees only the goals of life domains whose data category their access covers. The
// rules are listed in schemas.ts; when an action is overdue is overdue.ts.
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { isValidLocalDate } from "../../domain/milestones.ts";
import { categoryOfLifeDomain } from "../../domain/trajectory-codes.ts";
import type { Clock } from "../../platform/clock.ts";
import { notFound, validationFailed, type FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { maySee, withClientAccess, type ClientAccess } from "../clients/access.ts";
import { isOverdue, todayInBrussels } from "./overdue.ts";
import * as q from "./queries.ts";
import type {
  ActionBody,
  ActionChangeBody,
  ActionView,
  GoalBody,
  GoalChangeBody,
  GoalView,
  PlanView,
} from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

type Status = GoalView["status"];
type Who = ActionView["who"];

function presentAction(action: q.ActionRow, goalStatus: string, now: Date): ActionView {
  return {
    id: action.id,
    goalId: action.goalId,
    text: action.text,
    who: action.who as Who,
    whoOrganisation:
      action.whoOrganisationId === null
        ? null
        : { id: action.whoOrganisationId, name: action.whoOrganisationName ?? "" },
    whoText: action.whoText,
    dueOn: action.dueOn,
    doneAt: action.doneAt?.toISOString() ?? null,
    overdue: isOverdue(action, goalStatus, now),
  };
}

function presentGoal(goal: q.GoalRow, actions: q.ActionRow[], now: Date): GoalView {
  return {
    id: goal.id,
    lifeDomain: goal.lifeDomain,
    text: goal.text,
    status: goal.status as Status,
    progress: goal.progress,
    createdAt: goal.createdAt.toISOString(),
    updatedAt: goal.updatedAt.toISOString(),
    actions: actions.filter((a) => a.goalId === goal.id).map((a) => presentAction(a, goal.status, now)),
  };
}

/** The life domains whose goals the reader may see: all for staff (null), the allowed categories' for partners. */
async function visibleLifeDomains(db: q.Db, access: ClientAccess): Promise<string[] | null> {
  if (access.via !== "partner") return null;
  const all = await q.allLifeDomains(db);
  return all.filter((code) => maySee(access, categoryOfLifeDomain(code)));
}

export async function getPlan(deps: Deps, actor: Actor, trajectoryId: string): Promise<PlanView> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "read", entity: "goal", entityId: trajectoryId, what: "plan" },
    now,
    async (trx, access) => {
      const goals = await q.goalsOf(trx, trajectoryId, await visibleLifeDomains(trx, access));
      const actions = await q.actionsOfGoals(
        trx,
        goals.map((g) => g.id),
      );
      const views = goals.map((g) => presentGoal(g, actions, now));
      const canWrite = access.via !== "partner";
      const all = views.flatMap((g) => g.actions);
      return {
        trajectoryId,
        today: todayInBrussels(now),
        canWrite,
        goals: views,
        partners: canWrite ? await q.partnerOrganisations(trx, access.regionId) : [],
        counts: {
          openGoals: views.filter((g) => g.status === "open").length,
          openActions: all.filter((a) => a.doneAt === null).length,
          overdueActions: all.filter((a) => a.overdue).length,
        },
      };
    },
  );
}

async function checkGoal(db: q.Db, body: GoalBody): Promise<{ lifeDomain: string; text: string }> {
  const fields: FieldError[] = [];
  const text = body.text.trim();
  if (text === "") fields.push({ path: "text", code: "plan.text_required" });
  if (!(await q.lifeDomainExists(db, body.lifeDomain)))
    fields.push({ path: "lifeDomain", code: "plan.unknown_life_domain" });
  if (fields.length > 0) throw validationFailed(fields);
  return { lifeDomain: body.lifeDomain, text };
}

export async function createGoal(deps: Deps, actor: Actor, trajectoryId: string, body: GoalBody): Promise<GoalView> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "write", entity: "goal", entityId: (goal: GoalView) => goal.id, what: "goal_created" },
    now,
    async (trx) => {
      const goal = await checkGoal(trx, body);
      const { id } = await trx
        .insertInto("goals")
        .values({
          trajectory_id: trajectoryId,
          life_domain_code: goal.lifeDomain,
          text: goal.text,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return presentGoal((await q.findGoal(trx, id)) as q.GoalRow, [], now);
    },
  );
}

/** The trajectory a goal belongs to; 404 when there is no such goal (access is checked next, with the same 404). */
async function trajectoryOfGoal(db: q.Db, goalId: string): Promise<string> {
  const goal = await q.findGoal(db, goalId);
  if (!goal) throw notFound();
  return goal.trajectoryId;
}

export async function changeGoal(deps: Deps, actor: Actor, goalId: string, body: GoalChangeBody): Promise<GoalView> {
  const now = deps.clock.now();
  const trajectoryId = await trajectoryOfGoal(deps.db, goalId);
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "write", entity: "goal", entityId: goalId, what: "goal_changed" },
    now,
    async (trx) => {
      const goal = await checkGoal(trx, body);
      await trx
        .updateTable("goals")
        .set({
          life_domain_code: goal.lifeDomain,
          text: goal.text,
          status: body.status,
          progress: body.progress,
          updated_at: now,
        })
        .where("id", "=", goalId)
        .execute();
      const row = (await q.findGoal(trx, goalId)) as q.GoalRow;
      return presentGoal(row, await q.actionsOfGoals(trx, [goalId]), now);
    },
  );
}

interface CheckedAction {
  text: string;
  who: Who;
  whoOrganisationId: string | null;
  whoText: string;
  dueOn: string | null;
}

async function checkAction(db: q.Db, regionId: string, body: ActionBody): Promise<CheckedAction> {
  const fields: FieldError[] = [];
  const text = body.text.trim();
  if (text === "") fields.push({ path: "text", code: "plan.text_required" });
  if (body.who === "partner") {
    if (body.whoOrganisationId === null) {
      fields.push({ path: "whoOrganisationId", code: "plan.partner_required" });
    } else {
      const partners = await q.partnerOrganisations(db, regionId);
      if (!partners.some((p) => p.id === body.whoOrganisationId))
        fields.push({ path: "whoOrganisationId", code: "plan.unknown_partner" });
    }
  } else if (body.whoOrganisationId !== null) {
    fields.push({ path: "whoOrganisationId", code: "plan.organisation_only_for_partner" });
  }
  const whoText = body.who === "other" ? body.whoText.trim() : "";
  if (body.who === "other" && whoText === "") fields.push({ path: "whoText", code: "plan.who_text_required" });
  if (body.dueOn !== null && !isValidLocalDate(body.dueOn)) fields.push({ path: "dueOn", code: "plan.invalid_date" });
  if (fields.length > 0) throw validationFailed(fields);
  return { text, who: body.who, whoOrganisationId: body.whoOrganisationId, whoText, dueOn: body.dueOn };
}

export async function createAction(deps: Deps, actor: Actor, goalId: string, body: ActionBody): Promise<ActionView> {
  const now = deps.clock.now();
  const trajectoryId = await trajectoryOfGoal(deps.db, goalId);
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "write", entity: "plan_action", entityId: (a: ActionView) => a.id, what: "action_created" },
    now,
    async (trx, access) => {
      const action = await checkAction(trx, access.regionId, body);
      const goal = (await q.findGoal(trx, goalId)) as q.GoalRow;
      const { id } = await trx
        .insertInto("plan_actions")
        .values({
          goal_id: goalId,
          trajectory_id: trajectoryId,
          text: action.text,
          who: action.who,
          who_organisation_id: action.whoOrganisationId,
          who_text: action.whoText,
          due_on: action.dueOn,
          created_by: actor.userId,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx.updateTable("goals").set({ updated_at: now }).where("id", "=", goalId).execute();
      return presentAction((await q.findAction(trx, id)) as q.ActionRow, goal.status, now);
    },
  );
}

export async function changeAction(
  deps: Deps,
  actor: Actor,
  actionId: string,
  body: ActionChangeBody,
): Promise<ActionView> {
  const now = deps.clock.now();
  const existing = await q.findAction(deps.db, actionId);
  if (!existing) throw notFound();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId: existing.trajectoryId },
    { operation: "write", entity: "plan_action", entityId: actionId, what: "action_changed" },
    now,
    async (trx, access) => {
      const action = await checkAction(trx, access.regionId, body);
      const current = (await q.findAction(trx, actionId)) as q.ActionRow;
      // Marking done keeps the first moment it was done; undoing clears it.
      const doneAt = body.done ? (current.doneAt ?? now) : null;
      await trx
        .updateTable("plan_actions")
        .set({
          text: action.text,
          who: action.who,
          who_organisation_id: action.whoOrganisationId,
          who_text: action.whoText,
          due_on: action.dueOn,
          done_at: doneAt,
        })
        .where("id", "=", actionId)
        .execute();
      await trx.updateTable("goals").set({ updated_at: now }).where("id", "=", current.goalId).execute();
      const goal = (await q.findGoal(trx, current.goalId)) as q.GoalRow;
      return presentAction((await q.findAction(trx, actionId)) as q.ActionRow, goal.status, now);
    },
  );
}
