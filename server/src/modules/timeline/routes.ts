// The trajectory timeline API (schemas.ts states the route and its rules).
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import * as s from "./schemas.ts";
import { getTimeline } from "./service.ts";

const readPolicy: RoutePolicy = { access: "signed-in", permission: "client:read" };
const readErrors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
};

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function timelineRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    app.get(
      "/trajectories/:id/timeline",
      {
        config: { policy: readPolicy },
        schema: {
          tags: ["timeline"],
          summary: "Everything that happened in a trajectory, newest first, filterable by life domain, paged",
          params: s.TrajectoryIdParams,
          querystring: s.TimelineQuery,
          response: { 200: s.TimelineSchema, ...readErrors },
        },
      },
      async (request) => getTimeline(deps, actorOf(request), request.params.id, request.query),
    );
  };
}
