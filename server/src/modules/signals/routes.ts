// The signals API (schemas.ts lists every route with its policy and the rules).
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import * as s from "./schemas.ts";
import { followUpSignal, linkableTrajectories, listSignals, raiseSignal } from "./service.ts";

const raisePolicy: RoutePolicy = { access: "signed-in", permission: "signal:raise" };
const managePolicy: RoutePolicy = { access: "signed-in", permission: "signal:manage" };
const workPolicy: RoutePolicy = { access: "signed-in", permission: "client:work" };

const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
};

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function signalRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ["signals"];

    app.get(
      "/signals",
      {
        config: { policy: raisePolicy },
        schema: {
          tags,
          summary: "The signals of one of the reader's regions, with filters; who raised them for the coordinator",
          querystring: s.SignalListQuery,
          response: { 200: s.SignalListSchema, ...errors },
        },
      },
      async (request) => listSignals(deps, actorOf(request), request.query),
    );

    app.post(
      "/signals",
      {
        config: { policy: raisePolicy },
        schema: {
          tags,
          summary: "Raise a signal about a structural problem, optionally linked to trajectories one may write",
          body: s.RaiseSignalBody,
          response: { 200: s.SignalViewSchema, ...errors },
        },
      },
      async (request) => raiseSignal(deps, actorOf(request), request.body),
    );

    app.patch(
      "/signals/:id",
      {
        config: { policy: managePolicy },
        schema: {
          tags,
          summary: "The coordinator's follow-up of a signal: status and response",
          params: s.SignalIdParams,
          body: s.FollowUpBody,
          response: { 200: s.SignalViewSchema, ...errors },
        },
      },
      async (request) => followUpSignal(deps, actorOf(request), request.params.id, request.body),
    );

    app.get(
      "/signals/linkable",
      {
        config: { policy: workPolicy },
        schema: {
          tags,
          summary: "The open trajectories of a region that the reader may link to a signal (their own work)",
          querystring: s.LinkableQuery,
          response: { 200: s.LinkableListSchema, ...errors },
        },
      },
      async (request) => linkableTrajectories(deps, actorOf(request), request.query.region),
    );
  };
}
