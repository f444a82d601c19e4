// Outreach (schemas.ts lists every route with its policy and the rules): contacts at finding places, the region's
// persons, and the reach before any file exists. Handlers parse, call the service and present.
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import * as s from "./schemas.ts";
import { getPerson, getReach, listPersons, recordContact } from "./service.ts";

const policy: RoutePolicy = { access: "signed-in", permission: "outreach:record" };
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

export function outreachRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const outreach = { config: { policy } };
    const tags = ["outreach"];

    app.post(
      "/outreach/contacts",
      {
        ...outreach,
        schema: {
          tags,
          summary: "Record a contact at a finding place, with someone new or a person met before",
          body: s.ContactBody,
          response: { 201: s.OutreachPersonSchema, ...readErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await recordContact(deps, actorOf(request), request.body)),
    );

    app.get(
      "/outreach/persons",
      {
        ...outreach,
        schema: {
          tags,
          summary: "The region's persons met in the last three months, or those whose nickname matches",
          querystring: s.PersonsQuery,
          response: { 200: s.OutreachPersonListSchema, ...readErrors },
        },
      },
      async (request) => listPersons(deps, actorOf(request), request.query),
    );

    app.get(
      "/outreach/persons/:id",
      {
        ...outreach,
        schema: {
          tags,
          summary: "One person with their contacts",
          params: s.PersonIdParams,
          response: { 200: s.OutreachPersonSchema, ...readErrors },
        },
      },
      async (request) => getPerson(deps, actorOf(request), request.params.id),
    );

    app.get(
      "/outreach/reach",
      {
        ...outreach,
        schema: {
          tags,
          summary: "Reach in a period: persons, contacts, by finding place and municipality, converted to a file",
          querystring: s.ReachQuery,
          response: { 200: s.ReachSchema, ...readErrors },
        },
      },
      async (request) => getReach(deps, actorOf(request), request.query),
    );
  };
}
