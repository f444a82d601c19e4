// Deny by default: a route without a policy does not register; the policy is enforced with one rule for 401/403.
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.ts";
import { buildUser, signIn } from "../modules/accounts/testing.ts";
import { errorHandler } from "./errors.ts";
import { allowPublicRoutes, MissingPolicyError, registerPolicyHook } from "./policy-hook.ts";

const t = await createTestApp();

describe("a route without a policy", () => {
  it("refuses to register, so the server does not start", async () => {
    const app = Fastify();
    registerPolicyHook(app);
    const start = async () => {
      await app.register(async (child) => {
        child.get("/api/forgotten", async () => ({ secret: true }));
      });
      await app.ready();
    };
    const error = await start().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MissingPolicyError);
    expect((error as Error).message).toMatch(/GET \/api\/forgotten has no config.policy/);
  });

  it("refuses a malformed policy too", async () => {
    const app = Fastify();
    registerPolicyHook(app);
    expect(() => app.get("/x", { config: { policy: { access: "signed-in" } as never } }, async () => ({}))).toThrow(
      MissingPolicyError,
    );
  });

  it("registers when the route states its policy, and a plugin marked public may add its own routes", async () => {
    const app = Fastify();
    registerPolicyHook(app);
    app.setErrorHandler(errorHandler);
    app.decorateRequest("actor", null);
    app.get("/open", { config: { policy: { access: "public" } } }, async () => ({ ok: true }));
    app.get("/closed", { config: { policy: { access: "signed-in", permission: "account:self" } } }, async () => ({
      ok: true,
    }));
    await app.register(async (docs) => {
      allowPublicRoutes(docs);
      await docs.register(async (thirdParty) => {
        thirdParty.get("/docs/index.html", async () => "docs");
      });
    });
    await app.ready();
    expect((await app.inject("/open")).statusCode).toBe(200);
    expect((await app.inject({ method: "HEAD", url: "/open" })).statusCode).toBe(200);
    expect((await app.inject("/docs/index.html")).statusCode).toBe(200);
    expect((await app.inject("/closed")).statusCode).toBe(401);
    await app.close();
  });
});

describe("the route policy at request time", () => {
  it("answers 401 to an anonymous caller of a signed-in route, before looking at the body", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/admin/users", payload: { nonsense: true } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("auth.required");
  });

  it("does not even parse the body of an anonymous caller", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/admin/users",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(401);
  });

  it("answers 403 to a signed-in user without the permission", async () => {
    const user = await buildUser(t.db, { role: "companion" });
    const session = await signIn(t.app, user);
    const response = await t.app.inject({
      method: "GET",
      url: "/api/admin/users",
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: { code: "forbidden", message: "U mag dit niet doen." } });
  });

  it("answers a translated JSON 404 for an unknown API path", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/does-not-exist",
      headers: { "accept-language": "fr" },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
    expect(response.json().error.message).toMatch(/^Nous ne trouvons pas/);
  });
});
