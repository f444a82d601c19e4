// The platform layer every request passes through, in this order:
//   security headers (helmet) → session cookie → actor → CSRF → route policy → body parsing and validation →
//   handler → error handler.
// Route plugins are registered after this, so the deny-by-default onRoute hook sees every route.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import type { AppDeps } from "../app.ts";
import { errorHandler, forbidden, notFoundHandler, validationFailed, type FieldError } from "./errors.ts";
import { registerPolicyHook } from "./policy-hook.ts";
import { resolveSession, sessionCookieName, sessionCookieOptions, tokensEqual } from "./sessions.ts";
import { registerOpenApi } from "./openapi.ts";

const stateChanging = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export async function registerPlatform(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { config, db, clock } = deps;

  app.setErrorHandler(errorHandler);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // No inline scripts and no eval: the web app is built into files served from our own origin.
        scriptSrc: ["'self'"],
        // Mantine (the component library) writes <style> tags at run time for its CSS variables and colour
        // scheme, so inline styles are allowed — for styles only. Inline styles cannot run code.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Nobody may frame Brug (clickjacking): case files must not appear inside another site.
        frameAncestors: ["'none'"],
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only when served over HTTPS; on http://localhost it would pin the developer's browser to HTTPS.
    strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "same-origin" },
    xFrameOptions: { action: "deny" },
    // noSniff (X-Content-Type-Options: nosniff) stays on, as by default.
  });

  await app.register(fastifyCookie);

  app.decorateRequest("actor", null);

  const cookieName = sessionCookieName(config);
  app.addHook("onRequest", async (request, reply) => {
    const token = request.cookies[cookieName];
    // Only the API acts for a user. The web app's files and its index.html are the same for everyone: resolving the
    // session there would cost two queries per file, keep an idle session alive without the user doing anything,
    // and mark public, content-hashed files as personal (no-store).
    if (token && isApiPath(request.url)) {
      request.actor = await resolveSession(db, token, clock.now());
      // An ended session: drop the cookie so the browser stops sending it.
      if (request.actor === null) void reply.clearCookie(cookieName, sessionCookieOptions(config));
    }
    checkCsrf(request);
  });

  // After the session hook (it needs request.actor) and before the first route: the /api 404 handler and the
  // OpenAPI routes below, then the route plugins in app.ts, are all checked for a policy.
  registerPolicyHook(app);

  // Before schema validation, for every route: a string PostgreSQL cannot store would otherwise fail deep in a
  // query as a server error, after the request was accepted.
  app.addHook("preValidation", async (request) => {
    const fields = unstorableStrings(request.body);
    if (fields.length > 0) throw validationFailed(fields);
  });

  // Nothing personal may stay in a browser or proxy cache. Public API routes may opt in to caching by setting
  // Cache-Control themselves; a signed-in request never may.
  app.addHook("onSend", async (request: FastifyRequest, reply: FastifyReply, payload) => {
    if (request.actor !== null || (request.url.startsWith("/api") && !reply.hasHeader("cache-control"))) {
      void reply.header("cache-control", "no-store");
    }
    return payload;
  });

  // JSON 404s under /api; the web app may handle other paths itself (web.ts).
  await app.register(
    async (api) => {
      api.setNotFoundHandler(notFoundHandler);
    },
    { prefix: "/api" },
  );

  await registerOpenApi(app, config);
}

/**
 * CSRF. A signed-in browser must echo its session's CSRF token (from GET /api/auth/session) in `x-csrf-token` on
 * every state-changing request. Without a session (the login form) there is no token yet: the request must come
 * from our own pages, which browsers tell us through Sec-Fetch-Site or Origin. The session cookie is SameSite=Lax
 * on top of this.
 */
function checkCsrf(request: FastifyRequest): void {
  if (!stateChanging.has(request.method)) return;
  if (request.actor !== null) {
    const sent = request.headers["x-csrf-token"];
    if (typeof sent !== "string" || !tokensEqual(sent, request.actor.csrfToken)) throw forbidden("csrf_failed");
    return;
  }
  const site = request.headers["sec-fetch-site"];
  if (site === "same-origin" || site === "none") return;
  if (site !== undefined) throw forbidden("csrf_failed");
  const origin = request.headers.origin;
  if (origin === undefined) return; // not a browser, or a browser too old to say; SameSite still applies
  if (originHost(origin) !== request.host) throw forbidden("csrf_failed");
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** At most this many strings are reported; one is enough to refuse the request. */
const maxUnstorableReported = 20;

interface Visit {
  value: unknown;
  key: string | null;
  parent: Visit | null;
}

function pathOf(visit: Visit): string {
  const segments: string[] = [];
  for (let at: Visit | null = visit; at !== null && at.key !== null; at = at.parent) segments.push(at.key);
  return segments.reverse().join(".");
}

/**
 * Field errors for every string in a parsed JSON body (values and keys) that PostgreSQL refuses: the NUL
 * character (text and jsonb cannot hold it) and a lone UTF-16 surrogate (jsonb refuses "\ud800"). Iterative, and
 * each step only links to its parent, so a deeply nested body costs neither stack nor quadratic memory.
 */
export function unstorableStrings(body: unknown): FieldError[] {
  const fields: FieldError[] = [];
  const storable = (text: string) => !text.includes("\u0000") && text.isWellFormed();
  const pending: Visit[] = [{ value: body, key: null, parent: null }];
  while (pending.length > 0 && fields.length < maxUnstorableReported) {
    const visit = pending.pop() as Visit;
    const { value } = visit;
    if (typeof value === "string") {
      if (!storable(value)) fields.push({ path: pathOf(visit), code: "field.invalid" });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pending.push({ value: value[i], key: String(i), parent: visit });
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value).reverse()) {
        // A bad key is reported at its object: the key itself cannot be shown as a path.
        if (!storable(key)) fields.push({ path: pathOf(visit), code: "field.invalid" });
        else pending.push({ value: item, key, parent: visit });
      }
    }
  }
  return fields;
}

function isApiPath(url: string): boolean {
  return url === "/api" || url.startsWith("/api/") || url.startsWith("/api?");
}
