// The jury API (schemas.ts lists every route with its policy and the rules). Handlers parse, call the service and
// present; record-level authorization happens in the services right after loading (policy.ts).
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import { assignJury, getCriteria, getJury, putCriteria, setScoreVisibility, unassignJury } from "./coordinator.ts";
import { declare, getForMember, listJuryCalls, listJuryCandidacies } from "./member.ts";
import { clearConflict, recordConsensus, reviewProgress } from "./progress.ts";
import { othersScores, saveReview, submitReview } from "./review.ts";
import * as s from "./schemas.ts";

const managePolicy: RoutePolicy = { access: "signed-in", permission: "call:manage" };
const reviewPolicy: RoutePolicy = { access: "signed-in", permission: "jury:review" };

const readErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...readErrors, 409: ErrorResponseSchema };

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function juryRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const manage = { config: { policy: managePolicy } };
    const review = { config: { policy: reviewPolicy } };
    const tags = ["jury"];

    app.get(
      "/calls/:callId/criteria",
      {
        ...manage,
        schema: {
          tags,
          summary: "The call's jury criteria and score visibility",
          params: s.CallIdParams,
          response: { 200: s.CriteriaView, ...readErrors },
        },
      },
      async (request) => getCriteria(deps, actorOf(request), request.params.callId),
    );

    app.put(
      "/calls/:callId/criteria",
      {
        ...manage,
        schema: {
          tags,
          summary: "Replace the call's criteria (until the first review is submitted)",
          params: s.CallIdParams,
          body: s.PutCriteriaBody,
          response: { 200: s.CriteriaView, ...changeErrors },
        },
      },
      async (request) => putCriteria(deps, actorOf(request), request.params.callId, request.body),
    );

    app.put(
      "/calls/:callId/score-visibility",
      {
        ...manage,
        schema: {
          tags,
          summary: "When jury members see each other's scores: never, after their own, always",
          params: s.CallIdParams,
          body: s.ScoreVisibilityBody,
          response: { 200: s.CriteriaView, ...changeErrors },
        },
      },
      async (request) => setScoreVisibility(deps, actorOf(request), request.params.callId, request.body),
    );

    app.get(
      "/calls/:callId/jury",
      {
        ...manage,
        schema: {
          tags,
          summary: "The call's jury members, and the region's jurors who may be assigned",
          params: s.CallIdParams,
          response: { 200: s.JuryView, ...readErrors },
        },
      },
      async (request) => getJury(deps, actorOf(request), request.params.callId),
    );

    app.post(
      "/calls/:callId/jury",
      {
        ...manage,
        schema: {
          tags,
          summary: "Assign a juror of the region to the call",
          params: s.CallIdParams,
          body: s.AssignJuryBody,
          response: { 201: s.JuryView, ...changeErrors },
        },
      },
      async (request, reply) => {
        const view = await assignJury(deps, actorOf(request), request.params.callId, request.body.userId);
        return reply.status(201).send(view);
      },
    );

    app.delete(
      "/calls/:callId/jury/:userId",
      {
        ...manage,
        schema: {
          tags,
          summary: "Take a member off the call's jury (before they submitted a review)",
          params: s.CallUserParams,
          response: { 200: s.JuryView, ...changeErrors },
        },
      },
      async (request) => unassignJury(deps, actorOf(request), request.params.callId, request.params.userId),
    );

    app.get(
      "/calls/:callId/review-progress",
      {
        ...manage,
        schema: {
          tags,
          summary: "Progress per candidacy and per member, conflicts, averages and consensus",
          params: s.CallIdParams,
          response: { 200: s.ReviewProgress, ...readErrors },
        },
      },
      async (request) => reviewProgress(deps, actorOf(request), request.params.callId),
    );

    app.post(
      "/candidacies/:id/conflicts/:userId/clear",
      {
        ...manage,
        schema: {
          tags,
          summary: "Clear a member's possible conflict: they may then read and score the candidacy",
          params: s.CandidacyUserParams,
          response: { 200: s.DeclarationView, ...changeErrors },
        },
      },
      async (request) => clearConflict(deps, actorOf(request), request.params.id, request.params.userId),
    );

    app.put(
      "/candidacies/:id/consensus",
      {
        ...manage,
        schema: {
          tags,
          summary: "Record the jury's consensus on the latest revision (while scoring is open)",
          params: s.CandidacyIdParams,
          body: s.ConsensusBody,
          response: { 200: s.ConsensusView, ...changeErrors },
        },
      },
      async (request) => recordConsensus(deps, actorOf(request), request.params.id, request.body),
    );

    app.get(
      "/jury/calls",
      {
        ...review,
        schema: { tags, summary: "The calls the caller sits on", response: { 200: s.JuryCallList, ...readErrors } },
      },
      async (request) => listJuryCalls(deps, actorOf(request)),
    );

    app.get(
      "/jury/calls/:callId/candidacies",
      {
        ...review,
        schema: {
          tags,
          summary: "The call's submitted candidacies with the caller's declaration (no content)",
          params: s.CallIdParams,
          response: { 200: s.JuryCandidacyList, ...readErrors },
        },
      },
      async (request) => listJuryCandidacies(deps, actorOf(request), request.params.callId),
    );

    app.put(
      "/jury/candidacies/:id/declaration",
      {
        ...review,
        schema: {
          tags,
          summary: "Declare a conflict of interest: none, conflict or possible (with a reason)",
          params: s.CandidacyIdParams,
          body: s.DeclarationBody,
          response: { 200: s.DeclarationView, ...changeErrors },
        },
      },
      async (request) => declare(deps, actorOf(request), request.params.id, request.body),
    );

    app.get(
      "/jury/candidacies/:id",
      {
        ...review,
        schema: {
          tags,
          summary: "The latest submitted revision, the criteria and the caller's review (after declaring)",
          params: s.CandidacyIdParams,
          response: { 200: s.JuryCandidacyView, ...readErrors, 409: ErrorResponseSchema },
        },
      },
      async (request) => getForMember(deps, actorOf(request), request.params.id),
    );

    app.put(
      "/jury/candidacies/:id/review",
      {
        ...review,
        schema: {
          tags,
          summary: "Save the caller's draft scores and comments on the latest revision",
          params: s.CandidacyIdParams,
          body: s.SaveReviewBody,
          response: { 200: s.ReviewView, ...changeErrors },
        },
      },
      async (request) => saveReview(deps, actorOf(request), request.params.id, request.body),
    );

    app.post(
      "/jury/candidacies/:id/review/submit",
      {
        ...review,
        schema: {
          tags,
          summary: "Submit the saved review (every criterion scored); it does not change afterwards",
          params: s.CandidacyIdParams,
          response: { 200: s.ReviewView, ...changeErrors },
        },
      },
      async (request) => submitReview(deps, actorOf(request), request.params.id),
    );

    app.get(
      "/jury/candidacies/:id/scores",
      {
        ...review,
        schema: {
          tags,
          summary: "The other members' scores and the averages, as the call's score visibility allows",
          params: s.CandidacyIdParams,
          response: { 200: s.OthersScores, ...readErrors, 409: ErrorResponseSchema },
        },
      },
      async (request) => othersScores(deps, actorOf(request), request.params.id),
    );
  };
}
