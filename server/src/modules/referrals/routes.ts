// The referral API (schemas.ts lists every route with its policy and the rules). Handlers parse, call the service
// and present; access to the client record is checked in the services (modules/clients/access.ts).
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import { giveFeedback, partnerInbox, receiverHandover, receiverStep } from "./partner.ts";
import * as s from "./schemas.ts";
import {
  changeDraft,
  createDraft,
  getReferral,
  listReferrals,
  referralOffers,
  senderHandover,
  senderStep,
  setFeedbackRhythm,
} from "./service.ts";

const readPolicy: RoutePolicy = { access: "signed-in", permission: "client:read" };
const workPolicy: RoutePolicy = { access: "signed-in", permission: "client:work" };
const respondPolicy: RoutePolicy = { access: "signed-in", permission: "referral:respond" };

const readErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...readErrors, 409: ErrorResponseSchema };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function referralRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const read = { config: { policy: readPolicy } };
    const work = { config: { policy: workPolicy } };
    const respond = { config: { policy: respondPolicy } };
    const tags = ["referrals"];

    app.get(
      "/trajectories/:id/referrals",
      {
        ...read,
        schema: {
          tags,
          summary: "The trajectory's referrals (a partner worker: only those to its own organisation)",
          params: s.IdParams,
          response: { 200: s.ReferralListSchema, ...readErrors },
        },
      },
      async (request) => listReferrals(deps, actorOf(request), request.params.id),
    );

    app.get(
      "/trajectories/:id/referral-offers",
      {
        ...work,
        schema: {
          tags,
          summary: "The region's offers that take referrals, with what the client's consents cover for each partner",
          params: s.IdParams,
          response: { 200: s.ReferralOfferListSchema, ...readErrors },
        },
      },
      async (request) => referralOffers(deps, actorOf(request), request.params.id),
    );

    app.post(
      "/trajectories/:id/referrals",
      {
        ...work,
        schema: {
          tags,
          summary: "Draft a referral to an offer, with the data categories the partner needs and a message",
          params: s.IdParams,
          body: s.DraftBody,
          response: { 201: s.ReferralDetailSchema, ...changeErrors },
        },
      },
      async (request, reply) => {
        const detail = await createDraft(deps, actorOf(request), request.params.id, request.body);
        return reply.status(201).send(detail);
      },
    );

    app.get(
      "/referrals/:id",
      {
        ...read,
        schema: {
          tags,
          summary: "One referral with its steps, feedback, hand-over and the client's data it shares",
          params: s.IdParams,
          response: { 200: s.ReferralDetailSchema, ...readErrors },
        },
      },
      async (request) => getReferral(deps, actorOf(request), request.params.id),
    );

    app.patch(
      "/referrals/:id",
      {
        ...work,
        schema: {
          tags,
          summary: "Change a draft referral: offer, categories, message, goal",
          params: s.IdParams,
          body: s.DraftChangeBody,
          response: { 200: s.ReferralDetailSchema, ...changeErrors },
        },
      },
      async (request) => changeDraft(deps, actorOf(request), request.params.id, request.body),
    );

    app.post(
      "/referrals/:id/steps",
      {
        ...work,
        schema: {
          tags,
          summary: "The sender's step: send under consent, or end with a reason",
          params: s.IdParams,
          body: s.SenderStepBody,
          response: { 200: s.ReferralDetailSchema, ...changeErrors },
        },
      },
      async (request) => senderStep(deps, actorOf(request), request.params.id, request.body),
    );

    app.put(
      "/referrals/:id/feedback-rhythm",
      {
        ...work,
        schema: {
          tags,
          summary: "How often the partner gives feedback (days), or only at the end (null)",
          params: s.IdParams,
          body: s.RhythmBody,
          response: { 200: s.ReferralDetailSchema, ...changeErrors },
        },
      },
      async (request) => setFeedbackRhythm(deps, actorOf(request), request.params.id, request.body),
    );

    app.put(
      "/referrals/:id/handover",
      {
        ...work,
        schema: {
          tags,
          summary: "Plan (or change) the warm hand-over: the first appointment at the partner, together",
          params: s.IdParams,
          body: s.HandoverBody,
          response: { 200: s.ReferralDetailSchema, ...changeErrors },
        },
      },
      async (request) => senderHandover(deps, actorOf(request), request.params.id, request.body),
    );

    app.get(
      "/partner/referrals",
      {
        ...respond,
        schema: {
          tags,
          summary: "The partner worker's open referrals under a standing consent, newest first",
          response: { 200: s.InboxSchema, ...readErrors },
        },
      },
      async (request) => partnerInbox(deps, actorOf(request)),
    );

    app.post(
      "/partner/referrals/:id/steps",
      {
        ...respond,
        schema: {
          tags,
          summary: "The partner's answer: accept, waitlist, decline, start, complete or end (with a reason)",
          params: s.IdParams,
          body: s.ReceiverStepBody,
          response: { 200: s.StepDoneSchema, ...changeErrors },
        },
      },
      async (request) => receiverStep(deps, actorOf(request), request.params.id, request.body),
    );

    app.post(
      "/partner/referrals/:id/feedback",
      {
        ...respond,
        schema: {
          tags,
          summary: "The partner's structured feedback: attendance, progress, summary, next step",
          params: s.IdParams,
          body: s.FeedbackBody,
          response: { 201: s.ReferralDetailSchema, ...changeErrors },
        },
      },
      async (request, reply) => {
        const detail = await giveFeedback(deps, actorOf(request), request.params.id, request.body);
        return reply.status(201).send(detail);
      },
    );

    app.put(
      "/partner/referrals/:id/handover",
      {
        ...respond,
        schema: {
          tags,
          summary: "Plan (or change) the warm hand-over from the partner's side",
          params: s.IdParams,
          body: s.HandoverBody,
          response: { 200: s.ReferralDetailSchema, ...changeErrors },
        },
      },
      async (request) => receiverHandover(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
