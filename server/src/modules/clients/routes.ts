// The client file, the caseload and the trajectory (schemas.ts lists every route with its policy and the rules).
// Handlers parse, call the service and present; access.ts decides, inside the service's transaction, who sees what.
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import * as s from "./schemas.ts";
import {
  checkDuplicates,
  createClient,
  getCaseload,
  getClientFile,
  getCompanions,
  getWorkRegions,
  patchClient,
} from "./service.ts";
import { assignCompanion, changeStatus, closeTrajectory, recordFollowUp } from "./trajectory.ts";

const readPolicy: RoutePolicy = { access: "signed-in", permission: "client:read" };
const workPolicy: RoutePolicy = { access: "signed-in", permission: "client:work" };

const readErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...readErrors, 409: ErrorResponseSchema };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function clientRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const read = { config: { policy: readPolicy } };
    const work = { config: { policy: workPolicy } };
    const tags = ["clients"];

    app.get(
      "/clients/:id",
      {
        ...read,
        schema: {
          tags,
          summary: "The client file as the actor may see it, with the latest trajectory",
          params: s.ClientIdParams,
          response: { 200: s.ClientFileSchema, ...readErrors },
        },
      },
      async (request) => getClientFile(deps, actorOf(request), request.params.id),
    );

    app.patch(
      "/clients/:id",
      {
        ...work,
        schema: {
          tags,
          summary: "Change the client file (its companion or the region's case director)",
          params: s.ClientIdParams,
          body: s.ClientPatchBody,
          response: { 200: s.ClientFileSchema, ...changeErrors },
        },
      },
      async (request) => patchClient(deps, actorOf(request), request.params.id, request.body),
    );

    app.post(
      "/clients/duplicate-check",
      {
        ...work,
        schema: {
          tags,
          summary: "Files of the region that may be the same person, before one is created",
          body: s.DuplicateCheckBody,
          response: { 200: s.DuplicateCheckResultSchema, ...changeErrors },
        },
      },
      async (request) => checkDuplicates(deps, actorOf(request), request.body),
    );

    app.post(
      "/clients",
      {
        ...work,
        schema: {
          tags,
          summary: "Create a client file and its trajectory (409 while a likely duplicate is not confirmed)",
          body: s.CreateClientBody,
          response: { 201: s.ClientFileSchema, ...changeErrors },
        },
      },
      async (request, reply) => {
        const file = await createClient(deps, actorOf(request), request.body);
        return reply.status(201).send(file);
      },
    );

    app.get(
      "/caseload",
      {
        ...work,
        schema: {
          tags,
          summary: "A companion's own clients; a case director's whole region",
          response: { 200: s.CaseloadSchema, ...readErrors },
        },
      },
      async (request) => getCaseload(deps, actorOf(request)),
    );

    app.get(
      "/client-regions",
      {
        ...work,
        schema: {
          tags,
          summary: "The regions where the actor works with clients, with their municipalities",
          response: { 200: s.WorkRegionsSchema, ...readErrors },
        },
      },
      async (request) => getWorkRegions(deps, actorOf(request)),
    );

    app.get(
      "/regions/:slug/companions",
      {
        ...work,
        schema: {
          tags,
          summary: "The region's companions, for its case director",
          params: s.RegionSlugParams,
          response: { 200: s.CompanionListSchema, ...readErrors },
        },
      },
      async (request) => getCompanions(deps, actorOf(request), request.params.slug),
    );

    app.post(
      "/trajectories/:id/status",
      {
        ...work,
        schema: {
          tags,
          summary: "Move the trajectory to another (not ending) status, with a reason where one is needed",
          params: s.TrajectoryIdParams,
          body: s.StatusChangeBody,
          response: { 200: s.ClientFileSchema, ...changeErrors },
        },
      },
      async (request) => changeStatus(deps, actorOf(request), request.params.id, request.body),
    );

    app.post(
      "/trajectories/:id/closure",
      {
        ...work,
        schema: {
          tags,
          summary: "End the trajectory with the outcome at exit; the follow-up is due six months later",
          params: s.TrajectoryIdParams,
          body: s.ClosureBody,
          response: { 200: s.ClientFileSchema, ...changeErrors },
        },
      },
      async (request) => closeTrajectory(deps, actorOf(request), request.params.id, request.body),
    );

    app.post(
      "/trajectories/:id/follow-up",
      {
        ...work,
        schema: {
          tags,
          summary: "Record the follow-up six months after the end",
          params: s.TrajectoryIdParams,
          body: s.FollowUpBody,
          response: { 200: s.ClientFileSchema, ...changeErrors },
        },
      },
      async (request) => recordFollowUp(deps, actorOf(request), request.params.id, request.body),
    );

    app.put(
      "/trajectories/:id/companion",
      {
        ...work,
        schema: {
          tags,
          summary: "Name another companion of the region as the central contact (case director)",
          params: s.TrajectoryIdParams,
          body: s.CompanionBody,
          response: { 200: s.ClientFileSchema, ...changeErrors },
        },
      },
      async (request) => assignCompanion(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
