// Security headers, caching and CSRF: what every response and every state-changing request goes through.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.ts";
import { buildAdmin, buildUser, signIn } from "../modules/accounts/testing.ts";

const t = await createTestApp();
// The production configuration: HTTPS, so HSTS and Secure cookies.
const production = await createTestApp({ config: { production: true, secureCookies: true } });
const behindProxy = await createTestApp({ config: { trustProxy: ["10.0.0.0/8"] } });
const oneHop = await createTestApp({ config: { trustProxy: 1 } });

describe("security headers", () => {
  it("sends a strict CSP that forbids framing, nosniff, same-origin referrers, and no HSTS in development", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/auth/session" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("same-origin");
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.headers["strict-transport-security"]).toBeUndefined();
  });

  it("sends HSTS and Secure cookies with the production configuration", async () => {
    const user = await buildUser(production.db);
    const response = await production.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: user.email, password: user.password },
    });
    expect(response.headers["strict-transport-security"]).toMatch(/max-age=31536000; includeSubDomains/);
    expect(String(response.headers["set-cookie"])).toMatch(/; Secure/);
  });

  it("names the session cookie __Host-brug_session over HTTPS: Secure, Path=/, no Domain, and it signs in", async () => {
    const user = await buildUser(production.db);
    const session = await signIn(production.app, user);
    expect(session.cookie).toMatch(/^__Host-brug_session=/);
    const response = await production.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: user.email, password: user.password },
    });
    const setCookie = String(response.headers["set-cookie"]);
    expect(setCookie).toMatch(/^__Host-brug_session=[^;]+;/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i);
    const me = await production.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: session.cookie },
    });
    expect(me.json().user.id).toBe(user.id);
    // The bare name is not read over HTTPS: a cookie planted without the prefix signs nobody in.
    const planted = await production.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: session.cookie.replace("__Host-", "") },
    });
    expect(planted.json().user).toBeNull();
  });

  it("forbids caching of every API answer, and of anything a signed-in user receives", async () => {
    const anonymous = await t.app.inject({ method: "GET", url: "/api/auth/session" });
    expect(anonymous.headers["cache-control"]).toBe("no-store");
    const user = await buildUser(t.db);
    const session = await signIn(t.app, user);
    const signedIn = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: session.cookie },
    });
    expect(signedIn.headers["cache-control"]).toBe("no-store");
    const error = await t.app.inject({ method: "GET", url: "/api/admin/users", headers: { cookie: session.cookie } });
    expect(error.statusCode).toBe(403);
    expect(error.headers["cache-control"]).toBe("no-store");
  });
});

describe("the client's address", () => {
  it("ignores a forged X-Forwarded-For unless BRUG_TRUST_PROXY names the proxy, even in production", async () => {
    const user = await buildUser(production.db);
    const response = await production.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: "198.51.100.20",
      headers: { "x-forwarded-for": "203.0.113.66" },
      payload: { email: user.email, password: user.password },
    });
    expect(response.statusCode).toBe(200);
    const session = await production.db
      .selectFrom("sessions")
      .select("ip")
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(session.ip).toBe("198.51.100.20");
    const attempts = await production.db
      .selectFrom("login_attempts")
      .select("ip")
      .where("email", "=", user.email)
      .execute();
    expect(attempts).toEqual([{ ip: "198.51.100.20" }]);
  });

  it("takes the address from X-Forwarded-For when the request comes through a trusted proxy", async () => {
    const user = await buildUser(behindProxy.db);
    const viaProxy = await behindProxy.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: "10.0.0.5",
      headers: { "x-forwarded-for": "203.0.113.66" },
      payload: { email: user.email, password: user.password },
    });
    expect(viaProxy.statusCode).toBe(200);
    // Not through the proxy: the header is the client's own claim and is ignored.
    const direct = await behindProxy.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: "198.51.100.20",
      headers: { "x-forwarded-for": "203.0.113.77" },
      payload: { email: user.email, password: user.password },
    });
    expect(direct.statusCode).toBe(200);
    const ips = await behindProxy.db
      .selectFrom("sessions")
      .select("ip")
      .where("user_id", "=", user.id)
      .orderBy("created_at")
      .execute();
    expect(ips.map((s) => s.ip).sort()).toEqual(["198.51.100.20", "203.0.113.66"]);
  });

  it("with a hop count, takes the address the one proxy in front of Brug saw", async () => {
    const user = await buildUser(oneHop.db);
    const response = await oneHop.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: "10.0.0.5",
      headers: { "x-forwarded-for": "198.51.100.99, 203.0.113.66" },
      payload: { email: user.email, password: user.password },
    });
    expect(response.statusCode).toBe(200);
    const session = await oneHop.db
      .selectFrom("sessions")
      .select("ip")
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(session.ip).toBe("203.0.113.66");
  });
});

describe("the API description", () => {
  it("is public and lists the routes registered after the platform", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(expect.arrayContaining(["/api/auth/login", "/api/admin/users"]));
  });
});

describe("CSRF", () => {
  it("refuses a signed-in state change without the session's token, and nothing changes", async () => {
    const admin = await buildAdmin(t.db);
    const session = await signIn(t.app, admin);
    const before = await t.db.selectFrom("organisations").select("id").execute();
    const payload = { name: "Zonder token vzw", enterpriseNumber: "0887.010.362", kind: "social_organisation" };

    const missing = await t.app.inject({
      method: "POST",
      url: "/api/admin/organisations",
      headers: { cookie: session.cookie },
      payload,
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe("csrf_failed");
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/admin/organisations",
      headers: { cookie: session.cookie, "x-csrf-token": "x".repeat(43) },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe("csrf_failed");
    expect(await t.db.selectFrom("organisations").select("id").execute()).toEqual(before);

    const withToken = await t.app.inject({
      method: "POST",
      url: "/api/admin/organisations",
      headers: session.headers,
      payload,
    });
    expect(withToken.statusCode).toBe(201);
  });

  it("gives the web client its token through GET /api/auth/session", async () => {
    const user = await buildUser(t.db);
    const session = await signIn(t.app, user);
    const response = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: session.cookie },
    });
    expect(response.json().csrfToken).toBe(session.csrfToken);
  });

  it("refuses a login posted from another site", async () => {
    const user = await buildUser(t.db);
    const payload = { email: user.email, password: user.password };
    const crossSite = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "sec-fetch-site": "cross-site" },
      payload,
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe("csrf_failed");
    const foreignOrigin = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { origin: "https://evil.example" },
      payload,
    });
    expect(foreignOrigin.statusCode).toBe(403);

    const sameOrigin = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "sec-fetch-site": "same-origin", origin: "http://localhost:80" },
      payload,
    });
    expect(sameOrigin.statusCode).toBe(200);
    const ownOrigin = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { host: "brug.example", origin: "https://brug.example" },
      payload,
    });
    expect(ownOrigin.statusCode).toBe(200);
  });
});
