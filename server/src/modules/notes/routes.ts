// The notes API (schemas.ts lists every route with its policy and the rules). Handlers parse, call the service and
// present; who may see or change which client is decided in clients/access.ts, called by the service.
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import * as s from "./schemas.ts";
import { listNotes, writeNote } from "./service.ts";

const readPolicy: RoutePolicy = { access: "signed-in", permission: "client:read" };
const workPolicy: RoutePolicy = { access: "signed-in", permission: "client:work" };

const readErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function noteRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ["notes"];

    app.get(
      "/trajectories/:trajectoryId/notes",
      {
        config: { policy: readPolicy },
        schema: {
          tags,
          summary: "The trajectory's notes the reader may see (by confidentiality level and category), newest first",
          params: s.TrajectoryIdParams,
          response: { 200: s.NoteList, ...readErrors },
        },
      },
      async (request) => listNotes(deps, actorOf(request), request.params.trajectoryId),
    );

    app.post(
      "/trajectories/:trajectoryId/notes",
      {
        config: { policy: workPolicy },
        schema: {
          tags,
          summary: "Write a note with a life domain (optional), a category and a confidentiality level",
          params: s.TrajectoryIdParams,
          body: s.NoteBody,
          response: { 201: s.NoteView, 400: ErrorResponseSchema, ...readErrors },
        },
      },
      async (request, reply) => {
        const note = await writeNote(deps, actorOf(request), request.params.trajectoryId, request.body);
        return reply.status(201).send(note);
      },
    );
  };
}
