// The partnership API (schemas.ts lists every route with its policy and the rules). Handlers parse, call the service
// and present; record-level authorization happens in the services right after loading (policy.ts).
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import * as s from "./schemas.ts";
import { changeOffer, formNow, getFormationStatus, getPartnership, listOwnOffers } from "./service.ts";

const managePolicy: RoutePolicy = { access: "signed-in", permission: "partnership:manage" };
const offerPolicy: RoutePolicy = { access: "signed-in", permission: "offer:edit" };

const readErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...readErrors, 409: ErrorResponseSchema };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function partnershipRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const manage = { config: { policy: managePolicy } };
    const offers = { config: { policy: offerPolicy } };
    const tags = ["partnerships"];

    app.get(
      "/calls/:callId/partnership",
      {
        ...manage,
        schema: {
          tags,
          summary: "Whether the call formed its region's partnership, or why and until when it waits",
          params: s.CallIdParams,
          response: { 200: s.FormationStatusSchema, ...readErrors },
        },
      },
      async (request) => getFormationStatus(deps, actorOf(request), request.params.callId),
    );

    app.post(
      "/calls/:callId/partnership",
      {
        ...manage,
        schema: {
          tags,
          summary: "Form the partnership from the call's final decisions now, without waiting for the job",
          params: s.CallIdParams,
          response: { 200: s.FormationStatusSchema, ...changeErrors },
        },
      },
      async (request) => formNow(deps, actorOf(request), request.params.callId),
    );

    app.get(
      "/regions/:slug/partnership",
      {
        ...manage,
        schema: {
          tags,
          summary: "The region's partnership: VDAB, the municipalities, the partners and their offers",
          params: s.RegionSlugParams,
          response: { 200: s.PartnershipViewSchema, ...readErrors },
        },
      },
      async (request) => getPartnership(deps, actorOf(request), request.params.slug),
    );

    app.get(
      "/partner/offers",
      {
        ...offers,
        schema: {
          tags,
          summary: "The offers of the signed-in partner staff's own organisations",
          response: { 200: s.OfferListSchema, ...readErrors },
        },
      },
      async (request) => listOwnOffers(deps, actorOf(request)),
    );

    app.patch(
      "/offers/:id",
      {
        ...offers,
        schema: {
          tags,
          summary: "Change an offer's contact, eligibility, languages, capacity, waiting time or intake",
          params: s.OfferIdParams,
          body: s.OfferChangeBody,
          response: { 200: s.OfferViewSchema, ...changeErrors },
        },
      },
      async (request) => changeOffer(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
