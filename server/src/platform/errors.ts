// Errors that reach the client, and the one error handler that turns them into
// `{ error: { code, message, fields? } }` with the message in the reader's language.
// Services throw these; the policy hook throws them too, so the 401/403/404 rule lives in one place:
// 401 not signed in, 403 signed in but not allowed to the function, 404 for a record outside the caller's reach.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { requestLocale, translate } from "./i18n.ts";

export interface FieldError {
  /** Dotted path into the request body ("email", "memberships.0.role"); other parts are prefixed ("params.id"). */
  path: string;
  /** A catalogue code such as "field.required" or "enterprise_number.checksum". */
  code: string;
  params?: Record<string, string | number>;
}

export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly fields: FieldError[] | undefined;
  /** Extra response headers (Retry-After). */
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    options: { params?: Record<string, string | number>; fields?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(code);
    this.name = "HttpError";
    this.status = status;
    this.code = code;
    this.params = options.params ?? {};
    this.fields = options.fields;
    this.headers = options.headers ?? {};
  }
}

export const unauthorized = (code = "auth.required"): HttpError => new HttpError(401, code);
export const forbidden = (code = "forbidden"): HttpError => new HttpError(403, code);
/** The record does not exist, or exists outside the caller's reach: the answer is the same. */
export const notFound = (code = "not_found"): HttpError => new HttpError(404, code);
export const conflict = (code: string, params?: Record<string, string | number>): HttpError =>
  new HttpError(409, code, params ? { params } : {});
export const validationFailed = (fields: FieldError[]): HttpError =>
  new HttpError(400, "validation_failed", { fields });
export const tooManyRequests = (retryAfterSeconds: number): HttpError => {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new HttpError(429, "too_many_requests", {
    params: { minutes: Math.ceil(seconds / 60) },
    headers: { "retry-after": String(seconds) },
  });
};

/** JSON Schema keyword (ajv's and TypeBox's errors) → catalogue code. Keywords not listed become "field.invalid". */
export const schemaKeywordCodes: Readonly<Record<string, string>> = {
  required: "field.required",
  minLength: "field.too_short",
  maxLength: "field.too_long",
  pattern: "field.pattern",
  format: "field.format",
  type: "field.type",
  minimum: "field.too_small",
  exclusiveMinimum: "field.too_small",
  maximum: "field.too_large",
  exclusiveMaximum: "field.too_large",
  minItems: "field.too_few",
  maxItems: "field.too_many",
  uniqueItems: "field.duplicate",
  enum: "field.not_allowed",
  const: "field.not_allowed",
  anyOf: "field.not_allowed",
  oneOf: "field.not_allowed",
  additionalProperties: "field.unknown",
};

interface AjvError {
  keyword: string;
  instancePath?: string;
  params?: Record<string, unknown>;
}

/** Turns ajv errors from Fastify's schema validation into field errors. Never copies the submitted value. */
export function fieldErrorsFromValidation(validation: readonly AjvError[], context: string | undefined): FieldError[] {
  const seen = new Set<string>();
  const fields: FieldError[] = [];
  for (const issue of validation) {
    const segments = (issue.instancePath ?? "")
      .split("/")
      .slice(1)
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const params = issue.params ?? {};
    if (issue.keyword === "required" && typeof params.missingProperty === "string")
      segments.push(params.missingProperty);
    if (issue.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
      segments.push(params.additionalProperty);
    }
    if (context && context !== "body") segments.unshift(context === "querystring" ? "query" : context);
    const path = segments.join(".");
    const code = schemaKeywordCodes[issue.keyword] ?? "field.invalid";
    const key = `${path}|${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fieldParams: Record<string, string | number> = {};
    if (typeof params.limit === "number") fieldParams.limit = params.limit;
    if (typeof params.format === "string") fieldParams.format = params.format;
    fields.push(Object.keys(fieldParams).length > 0 ? { path, code, params: fieldParams } : { path, code });
  }
  return fields;
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string; message: string }[] };
}

function present(request: FastifyRequest, error: HttpError): ErrorBody {
  const locale = requestLocale(request);
  const body: ErrorBody = { error: { code: error.code, message: translate(locale, error.code, error.params) } };
  if (error.fields) {
    body.error.fields = error.fields.map((f) => ({
      path: f.path,
      code: f.code,
      message: translate(locale, f.code, f.params ?? {}),
    }));
  }
  return body;
}

/** Fastify's own client errors (bad JSON, wrong content type, body too large) keep their status, get our shape. */
function fromFastifyError(error: FastifyError): HttpError {
  if (error.validation) {
    return validationFailed(fieldErrorsFromValidation(error.validation as AjvError[], error.validationContext));
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return new HttpError(413, "request.too_large");
  if (status === 415) return new HttpError(415, "request.unsupported_media_type");
  if (status === 404) return notFound();
  if (status >= 400 && status < 500) return new HttpError(status, "request.invalid");
  return new HttpError(500, "internal");
}

/** A PostgreSQL unique violation (23505), optionally of one named constraint or unique index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const pgError = error as { code?: unknown; constraint?: unknown };
  return pgError.code === "23505" && (constraint === undefined || pgError.constraint === constraint);
}

export interface LoggedError {
  type: string;
  message: string;
  stack: string;
  code?: string | number;
  cause?: LoggedError;
  [key: string]: unknown;
}

/**
 * What an error may put in the log: name, message, code and stack. Never the rest: a PostgreSQL error carries
 * `detail` ("Key (email)=(…) already exists"), `where` and the query's parameters, which hold personal data.
 */
export function serializeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) {
    return { type: "NonError", message: typeof error === "string" ? error : "(not an Error)", stack: "" };
  }
  const code = (error as { code?: unknown }).code;
  const serialized: LoggedError = { type: error.name, message: error.message, stack: error.stack ?? "" };
  if (typeof code === "string" || typeof code === "number") serialized.code = code;
  if (error.cause !== undefined && depth < 3) serialized.cause = serializeError(error.cause, depth + 1);
  return serialized;
}

interface LoggedRequest {
  id?: unknown;
  method?: string;
  url?: string;
}

/**
 * Pino serializers for Fastify's logger (app.ts). A request is its method and path: the query string may hold a
 * search for a person, and headers hold cookies and the CSRF token.
 */
export const logSerializers = {
  err: (error: unknown) => serializeError(error),
  req: (request: LoggedRequest) => ({ method: request.method, url: request.url?.split("?")[0] }),
};

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const httpError = error instanceof HttpError ? error : fromFastifyError(error as FastifyError);
  if (httpError.status >= 500) {
    // The error object only: never the request body, which may hold passwords or personal data.
    request.log.error({ err: error }, "request failed");
  }
  for (const [name, value] of Object.entries(httpError.headers)) void reply.header(name, value);
  return reply.status(httpError.status).send(present(request, httpError));
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.status(404).send(present(request, notFound()));
}
