// The attachments API (schemas.ts lists every route with its policy). Handlers parse, call the service and send;
// record-level authorization happens in the service right after loading (policy.ts). Multipart parsing is
// registered here only, for this module's routes.
import fastifyMultipart from "@fastify/multipart";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import { contentDisposition, maxAttachmentBytes } from "./files.ts";
import * as s from "./schemas.ts";
import {
  downloadForCoordinator,
  downloadForJury,
  downloadForStaff,
  fileRequired,
  listDraftAttachments,
  removeAttachment,
  tooLarge,
  uploadAttachment,
  type Download,
  type UploadedFile,
} from "./service.ts";

const applyPolicy: RoutePolicy = { access: "signed-in", permission: "candidacy:apply" };
const managePolicy: RoutePolicy = { access: "signed-in", permission: "call:manage" };
const reviewPolicy: RoutePolicy = { access: "signed-in", permission: "jury:review" };

const readErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...readErrors, 409: ErrorResponseSchema };
// The bytes are sent as they are (a Buffer is never serialised); the schema documents them for OpenAPI.
const fileResponse = {
  200: { type: "string", format: "binary", description: "The file, with its detected content type" } as const,
  ...readErrors,
};

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

/** The one file part of a multipart request; the size limit and a non-multipart body become translated 400s. */
async function readOneFile(request: FastifyRequest): Promise<UploadedFile | null> {
  try {
    const part = await request.file();
    if (part === undefined || part.fieldname !== "file") return null;
    return { filename: part.filename, bytes: await part.toBuffer() };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge();
    if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE" || code === "FST_FILES_LIMIT" || code === "FST_PARTS_LIMIT")
      throw fileRequired();
    throw error;
  }
}

function send(reply: FastifyReply, file: Download): FastifyReply {
  return reply
    .header("content-type", file.mediaType)
    .header("content-disposition", contentDisposition(file.filename))
    .header("content-length", String(file.content.length))
    .header("x-content-type-options", "nosniff")
    .send(file.content);
}

export function attachmentRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    await instance.register(fastifyMultipart, {
      // One file per request, nothing else; a larger file is cut off at the limit and refused, never buffered whole.
      limits: { fileSize: maxAttachmentBytes, files: 1, fields: 0, parts: 1, headerPairs: 100 },
    });
    // The platform's onSend hook marks every signed-in answer no-store; a file also says private, for any cache
    // between us and the browser. Hooks of this plugin run after the platform's.
    instance.addHook("onSend", async (_request, reply, payload) => {
      if (reply.hasHeader("content-disposition")) void reply.header("cache-control", "private, no-store");
      return payload;
    });
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ["attachments"];

    app.get(
      "/candidacies/:id/attachments",
      {
        config: { policy: applyPolicy },
        schema: {
          tags,
          summary: "The attachments in the candidacy's draft, the limits, and whether they may change now",
          params: s.CandidacyIdParams,
          response: { 200: s.DraftAttachmentList, ...readErrors },
        },
      },
      async (request) => listDraftAttachments(deps, actorOf(request), request.params.id),
    );

    app.post(
      "/candidacies/:id/attachments",
      {
        config: { policy: applyPolicy },
        schema: {
          tags,
          summary: "Add a file to the draft (multipart, one part named file): PDF or an office document, by content",
          params: s.CandidacyIdParams,
          response: { 201: s.AttachmentViewSchema, ...changeErrors },
        },
      },
      async (request, reply) => {
        const view = await uploadAttachment(deps, actorOf(request), request.params.id, () => readOneFile(request));
        return reply.status(201).send(view);
      },
    );

    app.delete(
      "/candidacies/:id/attachments/:attachmentId",
      {
        config: { policy: applyPolicy },
        schema: {
          tags,
          summary: "Remove a file from the draft (revisions that had it keep it)",
          params: s.AttachmentParams,
          response: { 204: { type: "null" }, ...changeErrors },
        },
      },
      async (request, reply) => {
        await removeAttachment(deps, actorOf(request), request.params.id, request.params.attachmentId);
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/candidacies/:id/attachments/:attachmentId",
      {
        config: { policy: applyPolicy },
        schema: {
          tags,
          summary: "Download an attachment of the organisation's candidacy (draft or revision)",
          params: s.AttachmentParams,
          response: fileResponse,
        },
      },
      async (request, reply) =>
        send(reply, await downloadForStaff(deps, actorOf(request), request.params.id, request.params.attachmentId)),
    );

    app.get(
      "/calls/:callId/candidacies/:id/attachments/:attachmentId",
      {
        config: { policy: managePolicy },
        schema: {
          tags,
          summary: "Download an attachment of a submitted revision of a candidacy of the region's call",
          params: s.CoordinatorAttachmentParams,
          response: fileResponse,
        },
      },
      async (request, reply) => {
        const { callId, id, attachmentId } = request.params;
        return send(
          reply,
          await downloadForCoordinator(deps, actorOf(request), { callId, candidacyId: id }, attachmentId),
        );
      },
    );

    app.get(
      "/jury/candidacies/:id/attachments/:attachmentId",
      {
        config: { policy: reviewPolicy },
        schema: {
          tags,
          summary: "Download an attachment of the candidacy's latest revision, once the jury member may read it",
          params: s.AttachmentParams,
          response: fileResponse,
        },
      },
      async (request, reply) =>
        send(reply, await downloadForJury(deps, actorOf(request), request.params.id, request.params.attachmentId)),
    );
  };
}
