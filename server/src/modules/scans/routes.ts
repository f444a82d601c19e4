// The situation scan and its suggestions (schemas.ts lists every route with its policy and the rules). Handlers
// parse, call the service and present; access to the client record is decided in the services (clients/access.ts).
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import * as s from "./schemas.ts";
import { listScans, recordScan } from "./service.ts";
import { getSuggestions } from "./suggestions.ts";

const readPolicy: RoutePolicy = { access: "signed-in", permission: "client:read" };
const workPolicy: RoutePolicy = { access: "signed-in", permission: "client:work" };

const readErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...readErrors, 409: ErrorResponseSchema };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function scanRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ["scans"];

    app.get(
      "/trajectories/:id/scans",
      {
        config: { policy: readPolicy },
        schema: {
          tags,
          summary: "The trajectory's situation scans, newest first (a partner sees only the consented life domains)",
          params: s.TrajectoryIdParams,
          response: { 200: s.ScanListSchema, ...readErrors },
        },
      },
      async (request) => listScans(deps, actorOf(request), request.params.id),
    );

    app.post(
      "/trajectories/:id/scans",
      {
        config: { policy: workPolicy },
        schema: {
          tags,
          summary: "Record a situation scan: scores, barriers, strengths and wishes per life domain, and the ladder",
          params: s.TrajectoryIdParams,
          body: s.NewScanBody,
          response: { 201: s.ScanViewSchema, ...changeErrors },
        },
      },
      async (request, reply) => {
        const scan = await recordScan(deps, actorOf(request), request.params.id, request.body);
        return reply.status(201).send(scan);
      },
    );

    app.get(
      "/trajectories/:id/suggestions",
      {
        config: { policy: workPolicy },
        schema: {
          tags,
          summary: "Personas, challenges and offers the latest scan resembles or fits, each explained; refers nobody",
          params: s.TrajectoryIdParams,
          response: { 200: s.SuggestionsSchema, ...readErrors },
        },
      },
      async (request) => getSuggestions(deps, actorOf(request), request.params.id),
    );
  };
}
