// Security headers, caching and CSRF: what every response and every state-changing request goes through.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.ts";
import { buildAdmin, buildUser, signIn } from "../modules/accounts/testing.ts";

const t = await createTestApp();
// The production configuration: HTTPS, so HSTS and Secure cookies.
const production = await createTestApp({ config: { production: true, secureCookies: true } });

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
