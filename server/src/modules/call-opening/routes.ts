// Opening a call on the region's published addendum, and taking a new timeline over from it (service.ts).
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import { CallIdParams } from "../calls/schemas.ts";
import { OpenCallBody, OpenCallResponse, RegionSlugParams, TakeOverBody, TimelineProposal } from "./schemas.ts";
import { openCall, takeOverTimeline, timelineProposal } from "./service.ts";

const managePolicy: RoutePolicy = { access: "signed-in", permission: "call:manage" };
const signedInErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...signedInErrors, 409: ErrorResponseSchema };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function callOpeningRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();

    app.post(
      "/addenda/:slug/calls",
      {
        config: { policy: managePolicy },
        schema: {
          tags: ["calls"],
          summary: "Open a call for the region, with the timeline of its published addendum",
          params: RegionSlugParams,
          body: OpenCallBody,
          response: { 201: OpenCallResponse, ...changeErrors },
        },
      },
      async (request, reply) => {
        const call = await openCall(deps, actorOf(request), request.params.slug, request.body);
        return reply.status(201).send({ call });
      },
    );

    app.get(
      "/calls/:callId/timeline",
      {
        config: { policy: managePolicy },
        schema: {
          tags: ["calls"],
          summary: "What taking the published addendum's timeline over would change in the call, and what is refused",
          params: CallIdParams,
          response: { 200: TimelineProposal, ...signedInErrors },
        },
      },
      async (request) => timelineProposal(deps, actorOf(request), request.params.callId),
    );

    app.put(
      "/calls/:callId/timeline",
      {
        config: { policy: managePolicy },
        schema: {
          tags: ["calls"],
          summary: "Take the published addendum's timeline over into the call (all changes or none)",
          params: CallIdParams,
          body: TakeOverBody,
          response: { 200: TimelineProposal, ...changeErrors },
        },
      },
      async (request) => takeOverTimeline(deps, actorOf(request), request.params.callId, request.body.addendumVersion),
    );
  };
}
