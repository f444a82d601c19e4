// Request and response schemas of the client's plan (issue 4, item 7). The web client imports the exported types:
// change them only together with the client.
//
// Rules (service.ts): goals belong to one life domain and are written in the client's own words; status open /
// achieved / dropped and progress 0–100. Actions belong to a goal, say who does them (the client, the companion, a
// partner organisation of the region's partnership, or someone else named in words) and by when (a Brussels calendar
// day, optional), and are marked done. An action is overdue when its day has passed in Europe/Brussels, it is not
// done and its goal is still open (overdue.ts, also for the "action needed" list). A partner worker sees only the
// goals (with their actions) of life domains whose data category their access allows (clients/access.ts).
//
// Routes (policy in brackets; a trajectory, goal or action outside the actor's reach answers 404 and changes nothing):
//   GET  /api/trajectories/:trajectoryId/plan   [client:read] → PlanView
//   POST /api/trajectories/:trajectoryId/goals  [client:work] GoalBody → 201 GoalView
//   PUT  /api/goals/:goalId                     [client:work] GoalChangeBody → GoalView
//   POST /api/goals/:goalId/actions             [client:work] ActionBody → 201 ActionView
//   PUT  /api/plan-actions/:actionId            [client:work] ActionChangeBody → ActionView
import { Type, type Static } from "typebox";
import { actionWho, goalStatuses } from "../../domain/trajectory-codes.ts";

const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const LocalDate = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Local date in Europe/Brussels" });
const LifeDomainCode = Type.String({ pattern: "^[a-z_]{1,60}$", description: "A life domain of the taxonomy" });
const Text = Type.String({ minLength: 1, maxLength: 1000 });

export const TrajectoryIdParams = Type.Object({ trajectoryId: Uuid });
export const GoalIdParams = Type.Object({ goalId: Uuid });
export const ActionIdParams = Type.Object({ actionId: Uuid });

export const GoalBody = Type.Object(
  {
    lifeDomain: LifeDomainCode,
    /** The goal in the client's own words. */
    text: Text,
  },
  { additionalProperties: false },
);
export type GoalBody = Static<typeof GoalBody>;

export const GoalChangeBody = Type.Object(
  {
    lifeDomain: LifeDomainCode,
    text: Text,
    status: Type.Enum(goalStatuses),
    progress: Type.Integer({ minimum: 0, maximum: 100 }),
  },
  { additionalProperties: false },
);
export type GoalChangeBody = Static<typeof GoalChangeBody>;

const actionFields = {
  text: Text,
  who: Type.Enum(actionWho),
  /** The partner organisation doing it (who = "partner"); null otherwise. */
  whoOrganisationId: Nullable(Uuid),
  /** Who does it, in words (who = "other"); empty otherwise. */
  whoText: Type.String({ maxLength: 200 }),
  /** By when: a calendar day in Brussels; null when there is no date. */
  dueOn: Nullable(LocalDate),
};

export const ActionBody = Type.Object(actionFields, { additionalProperties: false });
export type ActionBody = Static<typeof ActionBody>;

export const ActionChangeBody = Type.Object({ ...actionFields, done: Type.Boolean() }, { additionalProperties: false });
export type ActionChangeBody = Static<typeof ActionChangeBody>;

const Organisation = Type.Object({ id: Uuid, name: Type.String() });

export const ActionView = Type.Object({
  id: Uuid,
  goalId: Uuid,
  text: Type.String(),
  who: Type.Enum(actionWho),
  whoOrganisation: Nullable(Organisation),
  whoText: Type.String(),
  dueOn: Nullable(LocalDate),
  doneAt: Nullable(IsoInstant),
  /** Its day has passed in Brussels, it is not done and its goal is open. */
  overdue: Type.Boolean(),
});
export type ActionView = Static<typeof ActionView>;

export const GoalView = Type.Object({
  id: Uuid,
  lifeDomain: Type.String(),
  text: Type.String(),
  status: Type.Enum(goalStatuses),
  progress: Type.Integer(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  actions: Type.Array(ActionView),
});
export type GoalView = Static<typeof GoalView>;

export const PlanView = Type.Object({
  trajectoryId: Uuid,
  /** Today in Brussels, the day overdue is judged against. */
  today: LocalDate,
  /** Whether the reader may change the plan (the companion and the case director, not partners). */
  canWrite: Type.Boolean(),
  /** By life domain (the taxonomy's order), oldest first within one; for a partner only the domains they may see. */
  goals: Type.Array(GoalView),
  /** The partner organisations of the region's partnership an action can be given to (empty for partners). */
  partners: Type.Array(Organisation),
  counts: Type.Object({ openGoals: Type.Integer(), openActions: Type.Integer(), overdueActions: Type.Integer() }),
});
export type PlanView = Static<typeof PlanView>;
