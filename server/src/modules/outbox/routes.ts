// The outbox API: the messages the actor may read, newest first, and one message in full.
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import { OutboxIdParams, OutboxList, OutboxMessageViewSchema } from "../calls/schemas.ts";
import { getOutboxMessage, listOutbox } from "./service.ts";

const readPolicy: RoutePolicy = { access: "signed-in", permission: "outbox:read" };
const errors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function outboxRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();

    app.get(
      "/outbox",
      {
        config: { policy: readPolicy },
        schema: {
          tags: ["outbox"],
          summary: "Messages the caller may read, newest first, each with where its delivery stands",
          response: { 200: OutboxList, ...errors },
        },
      },
      async (request) => listOutbox(deps, actorOf(request)),
    );

    app.get(
      "/outbox/:id",
      {
        config: { policy: readPolicy },
        schema: {
          tags: ["outbox"],
          summary: "One message in full",
          params: OutboxIdParams,
          response: { 200: OutboxMessageViewSchema, ...errors },
        },
      },
      async (request) => getOutboxMessage(deps, actorOf(request), request.params.id),
    );
  };
}
