// The consents and case conferences API (schemas.ts lists every route with its policy and the rules). Handlers parse,
// call the service and present; the access to the client is checked (and audited) by clients/access.ts inside it.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import type { Locale } from "../../db/types.ts";
import { unauthorized } from "../../platform/errors.ts";
import { requestLocale, translate } from "../../platform/i18n.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import { contentDisposition } from "../attachments/files.ts";
import { listCaseConferences, recordCaseConference } from "./case-conferences.ts";
import * as s from "./schemas.ts";
import { listConsents, recordConsent, revokeConsent } from "./service.ts";
import { getSummary, summaryPdf } from "./summary.ts";

const workPolicy: RoutePolicy = { access: "signed-in", permission: "client:work" };

const readErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...readErrors, 409: ErrorResponseSchema };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

/** The summary's language: the one asked for (the client's), else the reader's. */
function summaryLanguage(request: FastifyRequest, lang: Locale | undefined): Locale {
  return lang ?? requestLocale(request);
}

function sendPdf(reply: FastifyReply, pdf: Buffer, filename: string): FastifyReply {
  return reply
    .header("content-type", "application/pdf")
    .header("content-disposition", contentDisposition(filename))
    .header("content-length", String(pdf.length))
    .header("x-content-type-options", "nosniff")
    .send(pdf);
}

export function consentRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    // The platform marks every signed-in answer no-store; the summary's PDF also says private, for any cache between
    // us and the browser (as attachments do). Hooks of this plugin run after the platform's.
    instance.addHook("onSend", async (_request, reply, payload) => {
      if (reply.hasHeader("content-disposition")) void reply.header("cache-control", "private, no-store");
      return payload;
    });
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const work = { config: { policy: workPolicy } };
    const tags = ["consents"];

    app.get(
      "/clients/:clientId/consents",
      {
        ...work,
        schema: {
          tags,
          summary: "The client's consents with their state, and the partnership's organisations a consent can name",
          params: s.ClientIdParams,
          response: { 200: s.ConsentListSchema, ...readErrors },
        },
      },
      async (request) => listConsents(deps, actorOf(request), request.params.clientId),
    );

    app.post(
      "/clients/:clientId/consents",
      {
        ...work,
        schema: {
          tags,
          summary: "Record the client's consent to share data with a partner or the whole partnership",
          params: s.ClientIdParams,
          body: s.RecordConsentBody,
          response: { 201: s.ConsentViewSchema, ...changeErrors },
        },
      },
      async (request, reply) => {
        const view = await recordConsent(deps, actorOf(request), request.params.clientId, request.body);
        return reply.status(201).send(view);
      },
    );

    app.post(
      "/consents/:consentId/revoke",
      {
        ...work,
        schema: {
          tags,
          summary: "Revoke a standing consent; it no longer counts from the very next request",
          params: s.ConsentIdParams,
          body: s.RevokeConsentBody,
          response: { 200: s.ConsentViewSchema, ...changeErrors },
        },
      },
      async (request) => revokeConsent(deps, actorOf(request), request.params.consentId, request.body),
    );

    app.get(
      "/clients/:clientId/consents/summary",
      {
        ...work,
        schema: {
          tags,
          summary: "The client's plain-language summary of who may see what, in the language asked",
          params: s.ClientIdParams,
          querystring: s.LanguageQuery,
          response: { 200: s.ConsentSummarySchema, ...changeErrors },
        },
      },
      async (request) =>
        getSummary(
          deps,
          actorOf(request),
          request.params.clientId,
          summaryLanguage(request, request.query.lang),
          "consent_summary",
        ),
    );

    app.get(
      "/clients/:clientId/consents/summary.pdf",
      {
        ...work,
        schema: {
          tags,
          summary: "The same summary as a PDF to print or hand to the client",
          params: s.ClientIdParams,
          querystring: s.LanguageQuery,
          response: {
            200: { type: "string", format: "binary", description: "application/pdf" } as const,
            ...changeErrors,
          },
        },
      },
      async (request, reply) => {
        const lang = summaryLanguage(request, request.query.lang);
        const summary = await getSummary(deps, actorOf(request), request.params.clientId, lang, "consent_summary.pdf");
        const pdf = await summaryPdf(summary, deps.clock.now());
        return sendPdf(reply, pdf, translate(lang, "consents.summary.filename"));
      },
    );

    app.get(
      "/trajectories/:trajectoryId/case-conferences",
      {
        ...work,
        schema: {
          tags,
          summary: "The case conferences held about the trajectory's client, most recent first",
          params: s.TrajectoryIdParams,
          response: { 200: s.CaseConferenceListSchema, ...readErrors },
        },
      },
      async (request) => listCaseConferences(deps, actorOf(request), request.params.trajectoryId),
    );

    app.post(
      "/trajectories/:trajectoryId/case-conferences",
      {
        ...work,
        schema: {
          tags,
          summary: "Record a case conference: when, who took part, why, on which legal frame, and the outcome",
          params: s.TrajectoryIdParams,
          body: s.RecordCaseConferenceBody,
          response: { 201: s.CaseConferenceViewSchema, ...changeErrors },
        },
      },
      async (request, reply) => {
        const view = await recordCaseConference(deps, actorOf(request), request.params.trajectoryId, request.body);
        return reply.status(201).send(view);
      },
    );
  };
}
