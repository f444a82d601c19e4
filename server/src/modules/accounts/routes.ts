// Thin handlers of the accounts module: sign in and out, the current session, the own profile, and the
// administration of organisations, accounts and memberships.
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import type { Actor } from "../../platform/permissions.ts";
import {
  hashSessionToken,
  sessionCookieName,
  sessionCookieOptions,
  sessionCookieWithLifetime,
} from "../../platform/sessions.ts";
import { abilitiesOf } from "./policy.ts";
import * as schemas from "./schemas.ts";
import * as service from "./service.ts";

const publicAccess = { policy: { access: "public" } } as const;
const self = { policy: { access: "signed-in", permission: "account:self" } } as const;
const admin = { policy: { access: "signed-in", permission: "admin:manage" } } as const;

/** Only called on routes whose policy requires a session, so the actor is there. */
function actorOf(request: FastifyRequest): Actor {
  if (request.actor === null) throw new Error("route policy must require a signed-in user");
  return request.actor;
}

export function accountRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, clock, config } = deps;
  const cookieName = sessionCookieName(config);

  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

    app.post(
      "/auth/login",
      {
        config: publicAccess,
        schema: { tags: ["auth"], body: schemas.LoginBody, response: { 200: schemas.LoginResponse } },
      },
      async (request, reply) => {
        const previousToken = request.cookies[cookieName];
        const now = clock.now();
        const { session, userId } = await service.login(db, request.body, {
          ip: request.ip ?? null,
          userAgent: request.headers["user-agent"] ?? null,
          now,
          previousSessionIdHash: previousToken ? hashSessionToken(previousToken) : null,
        });
        void reply.setCookie(cookieName, session.token, sessionCookieWithLifetime(config, session, now));
        const user = await service.userView(db, userId);
        if (!user) throw new Error("user vanished during login");
        const actor: Actor = {
          userId,
          email: user.email,
          displayName: user.displayName,
          locale: user.locale,
          memberships: user.memberships.map((m) => ({
            organisationId: m.organisationId,
            regionId: m.regionId,
            role: m.role,
          })),
          sessionIdHash: session.idHash,
          csrfToken: session.csrfToken,
        };
        return { user, csrfToken: session.csrfToken, abilities: abilitiesOf(actor) };
      },
    );

    app.post(
      "/auth/logout",
      { config: self, schema: { tags: ["auth"], response: { 200: schemas.Ok } } },
      async (request, reply) => {
        await service.logout(db, actorOf(request), clock.now());
        void reply.clearCookie(cookieName, sessionCookieOptions(config));
        return { ok: true as const };
      },
    );

    app.get(
      "/auth/session",
      { config: publicAccess, schema: { tags: ["auth"], response: { 200: schemas.SessionView } } },
      async (request) => {
        const actor = request.actor;
        if (actor === null) return { user: null, csrfToken: null, abilities: [] };
        return {
          user: await service.userView(db, actor.userId),
          csrfToken: actor.csrfToken,
          abilities: abilitiesOf(actor),
        };
      },
    );

    app.patch(
      "/me",
      { config: self, schema: { tags: ["auth"], body: schemas.UpdateMeBody, response: { 200: schemas.UserView } } },
      async (request) => {
        const actor = actorOf(request);
        await service.setMyLocale(db, actor, request.body.locale, clock.now());
        const user = await service.userView(db, actor.userId);
        if (!user) throw new Error("signed-in user not found");
        return user;
      },
    );

    app.get(
      "/admin/organisations",
      { config: admin, schema: { tags: ["admin"], response: { 200: schemas.OrganisationList } } },
      async () => service.listOrganisations(db),
    );

    app.post(
      "/admin/organisations",
      {
        config: admin,
        schema: { tags: ["admin"], body: schemas.CreateOrganisationBody, response: { 201: schemas.OrganisationView } },
      },
      async (request, reply) => {
        const organisation = await service.createOrganisation(db, asAuditActor(request), request.body, {
          now: clock.now(),
        });
        return reply.status(201).send(organisation);
      },
    );

    app.get(
      "/admin/users",
      { config: admin, schema: { tags: ["admin"], response: { 200: schemas.AdminUserList } } },
      async () => service.listUsers(db),
    );

    app.post(
      "/admin/users",
      { config: admin, schema: { tags: ["admin"], body: schemas.CreateUserBody, response: { 201: schemas.Created } } },
      async (request, reply) => {
        const user = await service.createUser(db, asAuditActor(request), request.body, { now: clock.now() });
        return reply.status(201).send({ id: user.id });
      },
    );

    app.post(
      "/admin/users/:id/disable",
      { config: admin, schema: { tags: ["admin"], params: schemas.UserIdParams, response: { 200: schemas.Ok } } },
      async (request) => {
        await service.disableUser(db, actorOf(request), request.params.id, clock.now());
        return { ok: true as const };
      },
    );

    app.post(
      "/admin/users/:id/enable",
      { config: admin, schema: { tags: ["admin"], params: schemas.UserIdParams, response: { 200: schemas.Ok } } },
      async (request) => {
        await service.enableUser(db, actorOf(request), request.params.id, clock.now());
        return { ok: true as const };
      },
    );

    app.post(
      "/admin/memberships",
      {
        config: admin,
        schema: { tags: ["admin"], body: schemas.GrantMembershipBody, response: { 201: schemas.Created } },
      },
      async (request, reply) => {
        const membership = await service.grantMembership(db, asAuditActor(request), request.body, { now: clock.now() });
        return reply.status(201).send(membership);
      },
    );

    app.delete(
      "/admin/memberships/:id",
      { config: admin, schema: { tags: ["admin"], params: schemas.MembershipIdParams, response: { 200: schemas.Ok } } },
      async (request) => {
        await service.revokeMembership(db, asAuditActor(request), request.params.id, { now: clock.now() });
        return { ok: true as const };
      },
    );
  };
}

function asAuditActor(request: FastifyRequest) {
  return { kind: "user" as const, userId: actorOf(request).userId };
}
