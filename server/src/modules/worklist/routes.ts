// The "action needed" API (schemas.ts states the route and its rules).
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import * as s from "./schemas.ts";
import { getWorklist } from "./service.ts";

const policy: RoutePolicy = { access: "signed-in", permission: "worklist:read" };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function worklistRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    app.get(
      "/worklist",
      {
        config: { policy },
        schema: {
          tags: ["worklist"],
          summary: "Action needed: what is late or about to lapse in the reader's own trajectories or referrals",
          response: { 200: s.WorklistSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema },
        },
      },
      async (request) => getWorklist(deps, actorOf(request)),
    );
  };
}
