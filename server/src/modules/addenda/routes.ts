// The addenda API: public pages of published addenda (no sign-in) and the coordinator's editor.
// Handlers parse, call the service and return; authorization of the record happens in the service (policy.ts).
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { unauthorized } from "../../platform/errors.ts";
import {
  getBarrierGrid,
  getPublicAddendum,
  getPublicPersona,
  getTaxonomy,
  listPublicAddenda,
  listPublicPersonas,
} from "./public.ts";
import { getDraft, getHistory, listCoordinatedAddenda, publish, saveDraft } from "./service.ts";
import {
  BarrierGridSchema,
  CoordinatedAddendaSchema,
  DraftSchema,
  ErrorResponseSchema,
  HistorySchema,
  PersonaSlugParamsSchema,
  PublicAddendumListSchema,
  PublicAddendumSchema,
  PublicPersonaListSchema,
  PublicPersonaSchema,
  PublishBodySchema,
  PublishResponseSchema,
  RegionSlugParamsSchema,
  SaveDraftBodySchema,
  SaveDraftResponseSchema,
  TaxonomySchema,
} from "./schemas.ts";

const publicPolicy: RoutePolicy = { access: "public" };
const editPolicy: RoutePolicy = { access: "signed-in", permission: "addendum:edit" };

const publicErrors = { 404: ErrorResponseSchema };
const editorErrors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
};

/** The policy hook has already refused anonymous callers on signed-in routes; this narrows the type. */
function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

export function addendaRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();

    // ---- public ----

    app.get(
      "/public/addenda",
      {
        config: { policy: publicPolicy },
        schema: {
          tags: ["addenda"],
          summary: "Published addenda of all regions",
          response: { 200: PublicAddendumListSchema },
        },
      },
      async () => listPublicAddenda(db),
    );

    app.get(
      "/public/addenda/:slug",
      {
        config: { policy: publicPolicy },
        schema: {
          tags: ["addenda"],
          summary: "The published addendum of one region",
          params: RegionSlugParamsSchema,
          response: { 200: PublicAddendumSchema, ...publicErrors },
        },
      },
      async (request) => getPublicAddendum(db, request.params.slug),
    );

    app.get(
      "/public/personas",
      {
        config: { policy: publicPolicy },
        schema: {
          tags: ["addenda"],
          summary: "Personas named in published addenda",
          response: { 200: PublicPersonaListSchema },
        },
      },
      async () => listPublicPersonas(db),
    );

    app.get(
      "/public/personas/:slug",
      {
        config: { policy: publicPolicy },
        schema: {
          tags: ["addenda"],
          summary: "One persona across the published addenda",
          params: PersonaSlugParamsSchema,
          response: { 200: PublicPersonaSchema, ...publicErrors },
        },
      },
      async (request) => getPublicPersona(db, request.params.slug),
    );

    app.get(
      "/public/barrier-grid",
      {
        config: { policy: publicPolicy },
        schema: {
          tags: ["addenda"],
          summary: "Which published addenda name which barrier",
          response: { 200: BarrierGridSchema },
        },
      },
      async () => getBarrierGrid(db),
    );

    app.get(
      "/public/taxonomy",
      {
        config: { policy: publicPolicy },
        schema: {
          tags: ["addenda"],
          summary: "Life domains, barriers and service types",
          response: { 200: TaxonomySchema },
        },
      },
      async () => getTaxonomy(db),
    );

    // ---- coordinator ----

    app.get(
      "/addenda",
      {
        config: { policy: editPolicy },
        schema: {
          tags: ["addenda"],
          summary: "The addenda the caller coordinates",
          response: { 200: CoordinatedAddendaSchema, ...editorErrors },
        },
      },
      async (request) => listCoordinatedAddenda(db, actorOf(request)),
    );

    app.get(
      "/addenda/:slug/draft",
      {
        config: { policy: editPolicy },
        schema: {
          tags: ["addenda"],
          summary: "The latest version of a region's addendum",
          params: RegionSlugParamsSchema,
          response: { 200: DraftSchema, ...editorErrors },
        },
      },
      async (request) => getDraft(db, actorOf(request), request.params.slug),
    );

    app.put(
      "/addenda/:slug/draft",
      {
        config: { policy: editPolicy },
        schema: {
          tags: ["addenda"],
          summary: "Save a new version of a region's addendum",
          params: RegionSlugParamsSchema,
          body: SaveDraftBodySchema,
          response: { 200: SaveDraftResponseSchema, ...editorErrors, 409: ErrorResponseSchema },
        },
        // The schema documents the body; saveDraft validates it, together with the rules a schema cannot state,
        // and reports every problem at once (the schema validator stops at the first). An unknown slug is a 404.
        validatorCompiler: () => () => true,
      },
      async (request) => saveDraft(deps, actorOf(request), request.params.slug, request.body as unknown),
    );

    app.post(
      "/addenda/:slug/publish",
      {
        config: { policy: editPolicy },
        schema: {
          tags: ["addenda"],
          summary: "Publish the latest version of a region's addendum",
          params: RegionSlugParamsSchema,
          body: PublishBodySchema,
          response: { 200: PublishResponseSchema, ...editorErrors, 409: ErrorResponseSchema },
        },
      },
      async (request) => publish(deps, actorOf(request), request.params.slug, request.body.version),
    );

    app.get(
      "/addenda/:slug/history",
      {
        config: { policy: editPolicy },
        schema: {
          tags: ["addenda"],
          summary: "Who changed and published what, newest first",
          params: RegionSlugParamsSchema,
          response: { 200: HistorySchema, ...editorErrors },
        },
      },
      async (request) => getHistory(db, actorOf(request), request.params.slug),
    );
  };
}
