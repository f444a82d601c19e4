// Deny by default (DESIGN §4): every route states its policy in `config.policy`, and a route without one refuses
// to register, so the server does not start. At request time one hook applies the route's policy:
// public → anyone; signed-in → 401 without a session, 403 without the permission. Record-level 404s come later,
// from the services, once the record is loaded (errors.ts).
import type { FastifyInstance, FastifyRequest, RouteOptions } from "fastify";
import { hasPermission, type RoutePolicy } from "./permissions.ts";
import { forbidden, unauthorized } from "./errors.ts";

const publicContext = Symbol.for("brug.publicContext");

/**
 * For third-party plugins that add routes we cannot annotate (the OpenAPI viewer, static files): every route
 * registered in `instance` and its children is public. Call it on a child instance that holds only those routes.
 */
export function allowPublicRoutes(instance: FastifyInstance): void {
  (instance as unknown as Record<symbol, boolean>)[publicContext] = true;
}

export class MissingPolicyError extends Error {
  constructor(method: string, url: string) {
    super(`Route ${method} ${url} has no config.policy: every route must declare who may call it (deny by default)`);
    this.name = "MissingPolicyError";
  }
}

function isPolicy(value: unknown): value is RoutePolicy {
  if (typeof value !== "object" || value === null) return false;
  const policy = value as { access?: unknown; permission?: unknown };
  return policy.access === "public" || (policy.access === "signed-in" && typeof policy.permission === "string");
}

/** A route as registered, with the policy it declared: what the authorization tests enumerate. */
export interface DeclaredRoute {
  method: string;
  url: string;
  policy: RoutePolicy;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every route of the app with its policy, in the order registered. */
    declaredRoutes: DeclaredRoute[];
  }
}

/** Adds the deny-by-default onRoute check and the enforcing onRequest hook; call before any route is added. */
export function registerPolicyHook(app: FastifyInstance): void {
  const declared: DeclaredRoute[] = [];
  app.decorate("declaredRoutes", declared);
  app.addHook("onRoute", function (this: FastifyInstance, route: RouteOptions) {
    const policy: unknown = route.config?.policy;
    const method = Array.isArray(route.method) ? route.method.join(",") : route.method;
    if (isPolicy(policy)) {
      declared.push({ method, url: route.url, policy });
      return;
    }
    if (policy === undefined && (this as unknown as Record<symbol, boolean>)[publicContext]) {
      route.config = { ...route.config, policy: { access: "public" } };
      declared.push({ method, url: route.url, policy: { access: "public" } });
      return;
    }
    throw new MissingPolicyError(method, route.url);
  });

  // onRequest, before the body is even parsed: an anonymous or unauthorised caller learns nothing about the
  // schema and cannot make us parse a large body. Register this after the hook that sets request.actor.
  app.addHook("onRequest", async (request) => {
    enforcePolicy(request);
  });
}

export function enforcePolicy(request: FastifyRequest): void {
  const policy = request.routeOptions.config.policy;
  if (policy === undefined) {
    // Only Fastify's own 404 handler has no policy (every registered route was checked in onRoute).
    if (request.is404) return;
    throw forbidden();
  }
  if (policy.access === "public") return;
  if (request.actor === null) throw unauthorized();
  if (!hasPermission(request.actor, policy.permission)) throw forbidden();
}
