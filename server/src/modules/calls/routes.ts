// The call API (schemas.ts lists every route with its policy). Handlers parse, call the service and present;
// record-level authorization happens in the services right after loading (policy.ts).
import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { hashSessionToken, sessionCookieName, sessionCookieWithLifetime } from "../../platform/sessions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import { getPublicCall, listPublicCalls } from "./calls.ts";
import { byEmailMultipartOptions, readByEmailForm, type EmailedCandidacy } from "./by-email-form.ts";
import { listCallCandidacies, registerByEmail } from "./coordinator.ts";
import { callCoverage } from "./coverage.ts";
import { CoverageBody, CoverageResponse } from "./coverage-schemas.ts";
import { registerOrganisation } from "./registration.ts";
import * as schemas from "./schemas.ts";
import { createCandidacy, getCandidacy, getRevision, listMyCandidacies, saveDraft } from "./service.ts";
import { submitCandidacy } from "./submit.ts";

const publicPolicy: RoutePolicy = { access: "public" };
const applyPolicy: RoutePolicy = { access: "signed-in", permission: "candidacy:apply" };
const managePolicy: RoutePolicy = { access: "signed-in", permission: "call:manage" };

const signedInErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...signedInErrors, 409: ErrorResponseSchema };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function callRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock, config } = deps;
  const cookieName = sessionCookieName(config);

  return async (instance) => {
    // For the e-mailed candidacy with its files (by-email-form.ts); the other routes of this module take JSON only,
    // and a multipart body there fails their schema like any other wrong body.
    await instance.register(fastifyMultipart, byEmailMultipartOptions);
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();

    app.post(
      "/organisations/register",
      {
        config: { policy: publicPolicy },
        schema: {
          tags: ["calls"],
          summary: "Register an organisation and its first applicant account, and sign in",
          body: schemas.RegisterOrganisationBody,
          response: {
            201: schemas.RegisterOrganisationResponse,
            400: ErrorResponseSchema,
            409: ErrorResponseSchema,
            429: ErrorResponseSchema,
          },
        },
      },
      async (request: FastifyRequest<{ Body: schemas.RegisterOrganisationBody }>, reply) => {
        const previousToken = request.cookies[cookieName];
        const now = clock.now();
        const { response, session } = await registerOrganisation(db, request.body, {
          ip: request.ip ?? null,
          userAgent: request.headers["user-agent"] ?? null,
          now,
          previousSessionIdHash: previousToken ? hashSessionToken(previousToken) : null,
        });
        // The cookie as /api/auth/login sets it.
        void reply.setCookie(cookieName, session.token, sessionCookieWithLifetime(config, session, now));
        return reply.status(201).send({ ...response, csrfToken: session.csrfToken });
      },
    );

    app.get(
      "/public/calls",
      {
        config: { policy: publicPolicy },
        schema: {
          tags: ["calls"],
          summary: "Every call with its phase, by region, the newest first",
          response: { 200: schemas.CallSummaryList },
        },
      },
      async () => listPublicCalls(deps),
    );

    app.get(
      "/public/calls/:callId",
      {
        config: { policy: publicPolicy },
        schema: {
          tags: ["calls"],
          summary: "One call: phase, deadline, milestones, and what a candidacy may name",
          params: schemas.CallIdParams,
          response: { 200: schemas.CallViewSchema, 404: ErrorResponseSchema },
        },
      },
      async (request) => getPublicCall(deps, request.params.callId),
    );

    app.get(
      "/candidacies",
      {
        config: { policy: applyPolicy },
        schema: {
          tags: ["calls"],
          summary: "The candidacies of the caller's organisations",
          response: { 200: schemas.MyCandidacyList, ...signedInErrors },
        },
      },
      async (request) => listMyCandidacies(deps, actorOf(request)),
    );

    app.post(
      "/calls/:callId/candidacies",
      {
        config: { policy: applyPolicy },
        schema: {
          tags: ["calls"],
          summary: "Start a candidacy for a call (while the call is open)",
          params: schemas.CallIdParams,
          body: schemas.CreateCandidacyBody,
          response: { 201: schemas.CandidacyViewSchema, ...changeErrors },
        },
      },
      async (request, reply) => {
        const view = await createCandidacy(deps, actorOf(request), request.params.callId, request.body);
        return reply.status(201).send(view);
      },
    );

    app.get(
      "/candidacies/:id",
      {
        config: { policy: applyPolicy },
        schema: {
          tags: ["calls"],
          summary: "One candidacy with its draft and submitted revisions",
          params: schemas.CandidacyIdParams,
          response: { 200: schemas.CandidacyViewSchema, ...signedInErrors },
        },
      },
      async (request) => getCandidacy(deps, actorOf(request), request.params.id),
    );

    app.put(
      "/candidacies/:id/draft",
      {
        config: { policy: applyPolicy },
        schema: {
          tags: ["calls"],
          summary: "Save the draft (until the deadline)",
          params: schemas.CandidacyIdParams,
          body: schemas.SaveCandidacyDraftBody,
          response: { 200: schemas.SaveCandidacyDraftResponse, ...changeErrors },
        },
      },
      async (request) => saveDraft(deps, actorOf(request), request.params.id, request.body),
    );

    app.post(
      "/candidacies/:id/submit",
      {
        config: { policy: applyPolicy },
        schema: {
          tags: ["calls"],
          summary: "Submit the draft as the next revision (until the deadline); a receipt is queued",
          params: schemas.CandidacyIdParams,
          body: schemas.SubmitCandidacyBody,
          response: { 201: schemas.RevisionViewSchema, ...changeErrors },
        },
      },
      async (request, reply) => {
        const revision = await submitCandidacy(deps, actorOf(request), request.params.id, request.body);
        return reply.status(201).send(revision);
      },
    );

    app.get(
      "/candidacies/:id/revisions/:number",
      {
        config: { policy: applyPolicy },
        schema: {
          tags: ["calls"],
          summary: "One submitted revision, as received",
          params: schemas.RevisionParams,
          response: { 200: schemas.RevisionViewSchema, ...signedInErrors },
        },
      },
      async (request) => getRevision(deps, actorOf(request), request.params.id, Number(request.params.number)),
    );

    app.get(
      "/calls/:callId/candidacies",
      {
        config: { policy: managePolicy },
        schema: {
          tags: ["calls"],
          summary: "The submitted candidacies of a call of the caller's region (never drafts)",
          params: schemas.CallIdParams,
          response: { 200: schemas.CoordinatorCandidacyList, ...signedInErrors },
        },
      },
      async (request) => listCallCandidacies(deps, actorOf(request), request.params.callId),
    );

    app.post(
      "/calls/:callId/candidacies/by-email",
      {
        config: { policy: managePolicy },
        schema: {
          tags: ["calls"],
          summary: "Register a candidacy that arrived by e-mail, judged by when the mail arrived",
          description:
            "JSON (the candidacy without files), or multipart/form-data with the mail's files: a text part " +
            "`registration` holding the same JSON, validated the same way, and a part `files` per file (PDF or an " +
            "office document by content, at most 10 MB each and ten in all; a refused file is named in the field " +
            "error `files.<n>`, and nothing is registered).",
          params: schemas.CallIdParams,
          body: {
            content: {
              "application/json": { schema: schemas.RegisterByEmailBody },
              "multipart/form-data": { schema: schemas.RegisterByEmailForm },
            },
          },
          response: { 201: schemas.RevisionViewSchema, ...changeErrors },
        },
      },
      async (request, reply) => {
        const read = request.isMultipart()
          ? () => readByEmailForm(request)
          : async (): Promise<EmailedCandidacy> => ({ body: request.body as schemas.RegisterByEmailBody, files: [] });
        const revision = await registerByEmail(deps, actorOf(request), request.params.callId, read);
        return reply.status(201).send(revision);
      },
    );

    app.post(
      "/calls/:callId/coverage",
      {
        config: { policy: managePolicy },
        schema: {
          tags: ["calls"],
          summary:
            "The coverage matrix for a selection the jury considers, with reserves that close the gaps (writes nothing)",
          params: schemas.CallIdParams,
          body: CoverageBody,
          response: { 200: CoverageResponse, 400: ErrorResponseSchema, ...signedInErrors },
        },
      },
      async (request) => callCoverage(deps, actorOf(request), request.params.callId, request.body),
    );
  };
}
