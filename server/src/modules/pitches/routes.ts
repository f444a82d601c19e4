// The pitches API (schemas.ts lists every route with its policy and the rules). Handlers parse, call the service and
// present; record-level authorization happens in the services right after loading (calls/policy.ts).
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import { cancelSlot, updateSlot } from "./changes.ts";
import { sendInvitations } from "./invitations.ts";
import * as s from "./schemas.ts";
import { createSlot, deleteSlot, getPlan } from "./service.ts";

const managePolicy: RoutePolicy = { access: "signed-in", permission: "call:manage" };

const readErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...readErrors, 409: ErrorResponseSchema };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function pitchRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const manage = { config: { policy: managePolicy } };
    const tags = ["pitches"];

    app.get(
      "/calls/:callId/pitches",
      {
        ...manage,
        schema: {
          tags,
          summary: "The call's pitch slots in time order, its candidacies and jury, and suggested groups",
          params: s.CallIdParams,
          response: { 200: s.PitchPlan, ...readErrors },
        },
      },
      async (request) => getPlan(deps, actorOf(request), request.params.callId),
    );

    app.post(
      "/calls/:callId/pitches",
      {
        ...manage,
        schema: {
          tags,
          summary: "Plan a pitch slot on a matching day (clashes of people and rooms refused)",
          params: s.CallIdParams,
          body: s.SlotBody,
          response: { 201: s.SlotView, ...changeErrors },
        },
      },
      async (request, reply) => {
        const view = await createSlot(deps, actorOf(request), request.params.callId, request.body);
        return reply.status(201).send(view);
      },
    );

    app.put(
      "/pitches/:slotId",
      {
        ...manage,
        schema: {
          tags,
          summary: "Change a pitch slot as when planning it; once invited, the change goes out to the people in it",
          params: s.SlotIdParams,
          body: s.SlotBody,
          response: { 200: s.SlotMessages, ...changeErrors },
        },
      },
      async (request) => updateSlot(deps, actorOf(request), request.params.slotId, request.body),
    );

    app.delete(
      "/pitches/:slotId",
      {
        ...manage,
        schema: {
          tags,
          summary: "Remove a pitch slot that was never invited (an invited one is cancelled)",
          params: s.SlotIdParams,
          response: { 204: { type: "null" }, ...changeErrors },
        },
      },
      async (request, reply) => {
        await deleteSlot(deps, actorOf(request), request.params.slotId);
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/pitches/:slotId/invitations",
      {
        ...manage,
        schema: {
          tags,
          summary: "Send the invitations: one message with pitch.ics per candidacy contact and jury member",
          params: s.SlotIdParams,
          response: { 200: s.SlotMessages, ...changeErrors },
        },
      },
      async (request) => sendInvitations(deps, actorOf(request), request.params.slotId),
    );

    app.post(
      "/pitches/:slotId/cancellation",
      {
        ...manage,
        schema: {
          tags,
          summary: "Cancel a pitch slot with a reason: a cancellation with pitch.ics to everyone invited",
          params: s.SlotIdParams,
          body: s.CancelBody,
          response: { 200: s.SlotMessages, ...changeErrors },
        },
      },
      async (request) => cancelSlot(deps, actorOf(request), request.params.slotId, request.body),
    );
  };
}
