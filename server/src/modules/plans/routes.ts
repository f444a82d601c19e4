// The plan API (schemas.ts lists every route with its policy and the rules). Handlers parse, call the service and
// present; who may see or change which client is decided in clients/access.ts, called by the service.
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import * as s from "./schemas.ts";
import { changeAction, changeGoal, createAction, createGoal, getPlan } from "./service.ts";

const readPolicy: RoutePolicy = { access: "signed-in", permission: "client:read" };
const workPolicy: RoutePolicy = { access: "signed-in", permission: "client:work" };

const readErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...readErrors };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function planRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ["plans"];

    app.get(
      "/trajectories/:trajectoryId/plan",
      {
        config: { policy: readPolicy },
        schema: {
          tags,
          summary: "The trajectory's plan: goals per life domain with their actions (a partner: allowed domains only)",
          params: s.TrajectoryIdParams,
          response: { 200: s.PlanView, ...readErrors },
        },
      },
      async (request) => getPlan(deps, actorOf(request), request.params.trajectoryId),
    );

    app.post(
      "/trajectories/:trajectoryId/goals",
      {
        config: { policy: workPolicy },
        schema: {
          tags,
          summary: "Add a goal in the client's own words to a life domain",
          params: s.TrajectoryIdParams,
          body: s.GoalBody,
          response: { 201: s.GoalView, ...changeErrors },
        },
      },
      async (request, reply) => {
        const goal = await createGoal(deps, actorOf(request), request.params.trajectoryId, request.body);
        return reply.status(201).send(goal);
      },
    );

    app.put(
      "/goals/:goalId",
      {
        config: { policy: workPolicy },
        schema: {
          tags,
          summary: "Change a goal: its words, life domain, status and progress",
          params: s.GoalIdParams,
          body: s.GoalChangeBody,
          response: { 200: s.GoalView, ...changeErrors },
        },
      },
      async (request) => changeGoal(deps, actorOf(request), request.params.goalId, request.body),
    );

    app.post(
      "/goals/:goalId/actions",
      {
        config: { policy: workPolicy },
        schema: {
          tags,
          summary: "Add an action to a goal: what, who and by when",
          params: s.GoalIdParams,
          body: s.ActionBody,
          response: { 201: s.ActionView, ...changeErrors },
        },
      },
      async (request, reply) => {
        const action = await createAction(deps, actorOf(request), request.params.goalId, request.body);
        return reply.status(201).send(action);
      },
    );

    app.put(
      "/plan-actions/:actionId",
      {
        config: { policy: workPolicy },
        schema: {
          tags,
          summary: "Change an action, or mark it done (or not done)",
          params: s.ActionIdParams,
          body: s.ActionChangeBody,
          response: { 200: s.ActionView, ...changeErrors },
        },
      },
      async (request) => changeAction(deps, actorOf(request), request.params.actionId, request.body),
    );
  };
}
