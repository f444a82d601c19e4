// The multipart form of an e-mailed candidacy with the mail's files: one text part "registration" holding the JSON
// body of the JSON-only request, and a part "files" per file. The JSON is validated with the same schema and the
// same validator as the JSON request (Fastify's ajv, the route's options), so the field errors are the same.
// The whole form is read before answering (bounded: ten files of at most 10 MB): an answer sent halfway through an
// upload reaches a browser as a broken connection, not as the message the coordinator needs.
import type { FastifyRequest } from "fastify";
import { maxAttachmentBytes, maxAttachmentsPerCandidacy } from "../attachments/limits.ts";
import type { UploadedFile } from "../attachments/intake.ts";
import { fieldErrorsFromValidation, HttpError, validationFailed, type FieldError } from "../../platform/errors.ts";
import { RegisterByEmailBody } from "./schemas.ts";

export const registrationPart = "registration";
export const filesPart = "files";

export interface EmailedCandidacy {
  body: RegisterByEmailBody;
  /** The e-mail's files in the order sent; judged by the service (attachments/mailed.ts). */
  files: UploadedFile[];
}

/** The largest JSON body the app accepts (Fastify's default bodyLimit): the registration part may not be larger. */
const registrationMaxBytes = 1_048_576;

/** The options of the multipart plugin in the calls module, where this form is its only multipart body. */
export const byEmailMultipartOptions = {
  limits: {
    fileSize: maxAttachmentBytes,
    // One more file than a candidacy may have, so "too many" is judged and named like the other refusals.
    files: maxAttachmentsPerCandidacy + 1,
    fields: 1,
    fieldSize: registrationMaxBytes,
    headerPairs: 100,
  },
  // A file over the limit is cut off and marked truncated; the others are still read and judged.
  throwFileSizeLimit: false,
};

export async function readByEmailForm(request: FastifyRequest): Promise<EmailedCandidacy> {
  let registration: unknown = undefined;
  const files: UploadedFile[] = [];
  const unknownParts: FieldError[] = [];
  try {
    const parts = request.parts();
    for await (const part of parts) {
      if (part.type === "file") {
        const bytes = await part.toBuffer();
        if (part.fieldname === filesPart)
          files.push({ filename: part.filename, bytes, truncated: part.file.truncated });
        else unknownParts.push({ path: part.fieldname, code: "field.unknown" });
      } else if (part.fieldname === registrationPart) {
        if (part.valueTruncated) throw new HttpError(413, "request.too_large");
        registration = part.value;
      } else unknownParts.push({ path: part.fieldname, code: "field.unknown" });
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // More files than the limit: what was read already is enough to say "too many".
    if (code !== "FST_FILES_LIMIT") {
      if (code === "FST_FIELDS_LIMIT" || code === "FST_PARTS_LIMIT" || code === "FST_INVALID_JSON_FIELD_ERROR")
        throw validationFailed([{ path: registrationPart, code: "field.invalid" }]);
      throw error;
    }
  }
  if (unknownParts.length > 0) throw validationFailed(unknownParts);
  if (registration === undefined) throw validationFailed([{ path: registrationPart, code: "field.required" }]);

  let body: unknown = registration;
  if (typeof registration === "string") {
    try {
      body = JSON.parse(registration);
    } catch {
      throw validationFailed([{ path: registrationPart, code: "field.invalid" }]);
    }
  }
  const validate = request.compileValidationSchema(RegisterByEmailBody, "body");
  if (!validate(body)) throw validationFailed(fieldErrorsFromValidation(validate.errors ?? [], "body"));
  return { body: body as RegisterByEmailBody, files };
}
