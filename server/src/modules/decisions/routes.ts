// The decisions and weerwoord API (schemas.ts lists every route with its policy and the rules). Handlers parse,
// call the service and present; record-level authorization happens in the services right after loading (policy.ts).
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import { listDecisions, prepareDecision, publishDecisions, republishDecision } from "./coordinator.ts";
import { fileObjection, getOwnDecision, handleObjection, listObjections } from "./objections.ts";
import * as s from "./schemas.ts";

const managePolicy: RoutePolicy = { access: "signed-in", permission: "call:manage" };
const applyPolicy: RoutePolicy = { access: "signed-in", permission: "candidacy:apply" };

const readErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...readErrors, 409: ErrorResponseSchema };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function decisionRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const manage = { config: { policy: managePolicy } };
    const apply = { config: { policy: applyPolicy } };
    const tags = ["decisions"];

    app.get(
      "/calls/:callId/decisions",
      {
        ...manage,
        schema: {
          tags,
          summary: "The call's submitted candidacies with their prepared and published decisions",
          params: s.CallIdParams,
          response: { 200: s.CallDecisionsSchema, ...readErrors },
        },
      },
      async (request) => listDecisions(deps, actorOf(request), request.params.callId),
    );

    app.put(
      "/candidacies/:id/decision",
      {
        ...manage,
        schema: {
          tags,
          summary: "Prepare a decision (privately, until published; again after an upheld weerwoord)",
          params: s.CandidacyIdParams,
          body: s.PrepareDecisionBody,
          response: { 200: s.CoordinatorDecisionSchema, ...changeErrors },
        },
      },
      async (request) => prepareDecision(deps, actorOf(request), request.params.id, request.body),
    );

    app.post(
      "/calls/:callId/decisions/publish",
      {
        ...manage,
        schema: {
          tags,
          summary: "Publish every decision of the call at once and send the letters",
          params: s.CallIdParams,
          response: { 200: s.CallDecisionsSchema, ...changeErrors },
        },
      },
      async (request) => publishDecisions(deps, actorOf(request), request.params.callId),
    );

    app.post(
      "/candidacies/:id/decision/publish",
      {
        ...manage,
        schema: {
          tags,
          summary: "Publish a reopened decision again: a new letter and a new weerwoord window",
          params: s.CandidacyIdParams,
          response: { 200: s.CoordinatorDecisionSchema, ...changeErrors },
        },
      },
      async (request) => republishDecision(deps, actorOf(request), request.params.id),
    );

    app.get(
      "/calls/:callId/objections",
      {
        ...manage,
        schema: {
          tags,
          summary: "The weerwoorden filed against the call's decisions",
          params: s.CallIdParams,
          response: { 200: s.ObjectionListSchema, ...readErrors },
        },
      },
      async (request) => listObjections(deps, actorOf(request), request.params.callId),
    );

    app.put(
      "/objections/:id",
      {
        ...manage,
        schema: {
          tags,
          summary: "Handle a weerwoord: upheld (the decision reopens) or rejected, with an answer",
          params: s.ObjectionIdParams,
          body: s.HandleObjectionBody,
          response: { 200: s.ObjectionViewSchema, ...changeErrors },
        },
      },
      async (request) => handleObjection(deps, actorOf(request), request.params.id, request.body),
    );

    app.get(
      "/candidacies/:id/decision",
      {
        ...apply,
        schema: {
          tags,
          summary: "The published decision on the applicant's own candidacy, with the weerwoord window",
          params: s.CandidacyIdParams,
          response: { 200: s.ApplicantDecisionSchema, ...readErrors },
        },
      },
      async (request) => getOwnDecision(deps, actorOf(request), request.params.id),
    );

    app.post(
      "/candidacies/:id/objection",
      {
        ...apply,
        schema: {
          tags,
          summary: "File a weerwoord against the published decision, within 14 days",
          params: s.CandidacyIdParams,
          body: s.FileObjectionBody,
          response: { 201: s.ObjectionViewSchema, ...changeErrors },
        },
      },
      async (request, reply) => {
        const view = await fileObjection(deps, actorOf(request), request.params.id, request.body);
        return reply.status(201).send(view);
      },
    );
  };
}
