// Signing in and out, sessions and their limits, throttling. Real PostgreSQL, one database for this file.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/app.ts";
import { verifyAuditChain } from "../../platform/audit.ts";
import { fixedClock } from "../../platform/clock.ts";
import { hashSessionToken } from "../../platform/sessions.ts";
import { auditActions, buildAdmin, buildUser, sessionCookieFrom, signIn } from "./testing.ts";

const clock = fixedClock("2026-11-23T09:00:00Z");
const t = await createTestApp({ clock });
const minutes = (n: number) => n * 60 * 1000;

async function whoAmI(cookie: string) {
  const response = await t.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } });
  return response.json() as { user: { id: string } | null; csrfToken: string | null; abilities: string[] };
}

describe("signing in", () => {
  it("signs in with the right password and returns the user, memberships, abilities and a CSRF token", async () => {
    const user = await buildUser(t.db, { role: "coordinator" });
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ id: user.id, email: user.email, locale: "nl" });
    expect(body.user.memberships).toEqual([
      expect.objectContaining({
        organisationId: user.organisationId,
        regionId: user.regionId,
        role: "coordinator",
        regionSlug: expect.any(String),
      }),
    ]);
    expect(body.abilities).toEqual([
      "account:self",
      "addendum:edit",
      "call:manage",
      "offer:edit",
      "outbox:read",
      "partnership:manage",
      "signal:raise",
      "signal:manage",
    ]);
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const setCookie = String(response.headers["set-cookie"]);
    expect(setCookie).toMatch(/brug_session=[A-Za-z0-9_-]{43}/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    // 12 hours, counted by the browser: an Expires date by the server's clock would be misread by a browser whose
    // clock differs.
    expect(setCookie).toMatch(/Max-Age=43200(;|$)/);
    expect(setCookie).not.toMatch(/Expires=/i);
    expect(setCookie).not.toMatch(/Secure/i); // development config; see security-headers test for production

    // Only the hash of the token is stored.
    const token = sessionCookieFrom(response.headers["set-cookie"]).split("=")[1] as string;
    const stored = await t.db.selectFrom("sessions").select("id_hash").where("user_id", "=", user.id).execute();
    expect(stored.map((s) => s.id_hash)).toEqual([hashSessionToken(token)]);
  });

  it("refuses a wrong password, an unknown email and a disabled account with the same translated message", async () => {
    const user = await buildUser(t.db);
    const disabled = await buildUser(t.db);
    await t.db.updateTable("users").set({ disabled_at: clock.now() }).where("id", "=", disabled.id).execute();

    const attempts = [
      { email: user.email, password: "wrong password!" },
      { email: "nobody@example.be", password: "whatever it is" },
      { email: disabled.email, password: disabled.password },
    ];
    for (const payload of attempts) {
      const response = await t.app.inject({ method: "POST", url: "/api/auth/login", payload });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        error: { code: "auth.invalid_credentials", message: "Het e-mailadres of het wachtwoord klopt niet." },
      });
      expect(response.headers["set-cookie"]).toBeUndefined();
    }
    const english = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "accept-language": "en-GB,en;q=0.9" },
      payload: attempts[0],
    });
    expect(english.json().error.message).toBe("The email address or password is not correct.");

    const failed = await t.db
      .selectFrom("audit_log")
      .select(["entity_id", "payload"])
      .where("action", "=", "auth.login_failed")
      .where("entity_id", "in", [user.id, disabled.id])
      .execute();
    expect(failed.map((f) => (f.payload as { reason: string }).reason).sort()).toEqual([
      "disabled",
      "wrong_password",
      "wrong_password",
    ]);
    const unknown = await t.db
      .selectFrom("audit_log")
      .select("payload")
      .where("action", "=", "auth.login_failed")
      .where("entity_id", "is", null)
      .execute();
    expect(unknown.map((u) => u.payload)).toContainEqual(
      expect.objectContaining({ email: "nobody@example.be", reason: "unknown_email" }),
    );
    // The password never reaches the audit log.
    const all = await t.db.selectFrom("audit_log").select("payload").execute();
    expect(JSON.stringify(all)).not.toContain("wrong password!");
  });

  it("answers a NUL character in the email or password with a field error, not a server error", async () => {
    const user = await buildUser(t.db);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: `${user.email}\u0000`, password: `pass\u0000word` },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: "email", code: "field.invalid", message: expect.any(String) },
      { path: "password", code: "field.invalid", message: expect.any(String) },
    ]);
  });

  it("starts a new session at every login and ends the one the browser still carried", async () => {
    const user = await buildUser(t.db);
    const first = await signIn(t.app, user);
    const again = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: first.headers,
      payload: { email: user.email, password: user.password },
    });
    expect(again.statusCode).toBe(200);
    const second = sessionCookieFrom(again.headers["set-cookie"]);
    expect(second).not.toBe(first.cookie);
    expect((await whoAmI(first.cookie)).user).toBeNull();
    expect((await whoAmI(second)).user?.id).toBe(user.id);
  });

  it("answers 429 with Retry-After after 5 failures for one email in 15 minutes, without checking the password", async () => {
    const user = await buildUser(t.db);
    const start = clock.now();
    for (let i = 0; i < 5; i++) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: user.email, password: `wrong ${i}` },
      });
      expect(response.statusCode).toBe(401);
      clock.advance(minutes(1));
    }
    // Even the right password is refused now.
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: user.email, password: user.password },
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe("too_many_requests");
    // The first failure leaves the 15-minute window 10 minutes from now.
    expect(refused.headers["retry-after"]).toBe(String(10 * 60));
    const throttled = await t.db
      .selectFrom("audit_log")
      .select("payload")
      .where("action", "=", "auth.login_failed")
      .execute();
    expect(throttled.map((r) => r.payload)).toContainEqual(
      expect.objectContaining({ email: user.email, reason: "throttled" }),
    );

    clock.set(new Date(start.getTime() + minutes(15) + 1000));
    expect((await signIn(t.app, user)).cookie).toMatch(/^brug_session=/);
  });

  it("answers 429 after 20 failures from one IP address, whatever the email", async () => {
    const user = await buildUser(t.db);
    clock.advance(minutes(60));
    const ip = "203.0.113.7";
    for (let i = 0; i < 20; i++) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: ip,
        payload: { email: `guess${i}@example.be`, password: "guess guess" },
      });
      expect(response.statusCode).toBe(401);
    }
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: ip,
      payload: { email: user.email, password: user.password },
    });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    // Another address is not affected.
    const elsewhere = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: "198.51.100.1",
      payload: { email: user.email, password: user.password },
    });
    expect(elsewhere.statusCode).toBe(200);
    clock.advance(minutes(60));
  });
});

describe("throttling under parallel guesses", () => {
  it("checks at most 5 passwords when 20 wrong guesses for one email arrive at once, from many addresses", async () => {
    clock.advance(minutes(60));
    const user = await buildUser(t.db);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.app.inject({
          method: "POST",
          url: "/api/auth/login",
          remoteAddress: `192.0.2.${i + 1}`,
          payload: { email: user.email, password: `wrong guess ${i}` },
        }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);

    const attempts = await t.db
      .selectFrom("login_attempts")
      .select("outcome")
      .where("email", "=", user.email)
      .execute();
    expect(attempts.filter((a) => a.outcome === "failed")).toHaveLength(5);
    const checked = await t.db
      .selectFrom("audit_log")
      .select("payload")
      .where("action", "=", "auth.login_failed")
      .where("entity_id", "=", user.id)
      .execute();
    expect(checked.map((r) => r.payload.reason)).toEqual(Array(5).fill("wrong_password"));
    clock.advance(minutes(60));
  });

  it("audits a lock-out once per email per window, however many refused attempts follow", async () => {
    clock.advance(minutes(60));
    const user = await buildUser(t.db);
    const attempt = (i: number) =>
      t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: `198.51.100.${i + 1}`,
        payload: { email: user.email, password: `wrong guess ${i}` },
      });
    for (let i = 0; i < 5; i++) expect((await attempt(i)).statusCode).toBe(401);
    const refused = await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(10 + i)));
    expect(refused.every((r) => r.statusCode === 429)).toBe(true);
    for (let i = 0; i < 10; i++) expect((await attempt(30 + i)).statusCode).toBe(429);

    const throttledAudits = async () =>
      (await t.db.selectFrom("audit_log").select("payload").where("action", "=", "auth.login_failed").execute()).filter(
        (r) => r.payload.email === user.email && r.payload.reason === "throttled",
      );
    expect(await throttledAudits()).toHaveLength(1);

    // In the next window a new lock-out is audited again.
    clock.advance(minutes(16));
    for (let i = 0; i < 5; i++) expect((await attempt(50 + i)).statusCode).toBe(401);
    expect((await attempt(60)).statusCode).toBe(429);
    expect((await attempt(61)).statusCode).toBe(429);
    expect(await throttledAudits()).toHaveLength(2);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    clock.advance(minutes(60));
  });
});

describe("a session", () => {
  it("ends after 30 minutes without a request", async () => {
    const user = await buildUser(t.db);
    const session = await signIn(t.app, user);
    clock.advance(minutes(29));
    expect((await whoAmI(session.cookie)).user?.id).toBe(user.id);
    // That request counted as activity: another 29 minutes later it still works.
    clock.advance(minutes(29));
    expect((await whoAmI(session.cookie)).user?.id).toBe(user.id);
    clock.advance(minutes(30));
    const response = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: session.cookie },
    });
    expect(response.json()).toEqual({ user: null, csrfToken: null, abilities: [] });
    // The browser is told to forget the cookie.
    expect(String(response.headers["set-cookie"])).toMatch(/brug_session=;/);
  });

  it("notes activity at most once a minute, to spare writes", async () => {
    const user = await buildUser(t.db);
    const session = await signIn(t.app, user);
    const lastSeen = () =>
      t.db.selectFrom("sessions").select("last_seen_at").where("user_id", "=", user.id).executeTakeFirstOrThrow();
    const atLogin = (await lastSeen()).last_seen_at;
    clock.advance(30 * 1000);
    await whoAmI(session.cookie);
    expect((await lastSeen()).last_seen_at).toEqual(atLogin);
    clock.advance(31 * 1000);
    await whoAmI(session.cookie);
    expect((await lastSeen()).last_seen_at).toEqual(clock.now());
  });

  it("can be replaced by signing in again with the expired cookie still in the browser", async () => {
    const user = await buildUser(t.db);
    const stale = await signIn(t.app, user);
    clock.advance(minutes(31));
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { cookie: stale.cookie },
      payload: { email: user.email, password: user.password },
    });
    expect(response.statusCode).toBe(200);
    const fresh = sessionCookieFrom(response.headers["set-cookie"]);
    expect(fresh).not.toBe(stale.cookie);
    expect((await whoAmI(fresh)).user?.id).toBe(user.id);
  });

  it("ends 12 hours after login, however active", async () => {
    const user = await buildUser(t.db);
    const session = await signIn(t.app, user);
    for (let i = 0; i < 47; i++) {
      clock.advance(minutes(15));
      expect((await whoAmI(session.cookie)).user?.id).toBe(user.id);
    }
    clock.advance(minutes(15)); // exactly 12 hours
    expect((await whoAmI(session.cookie)).user).toBeNull();
  });

  it("ends at logout: the cookie is cleared, the old token no longer works, and the logout is audited", async () => {
    const user = await buildUser(t.db);
    const session = await signIn(t.app, user);
    const response = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: session.headers });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers["set-cookie"])).toMatch(/brug_session=;/);
    expect((await whoAmI(session.cookie)).user).toBeNull();
    const revoked = await t.db
      .selectFrom("sessions")
      .select("revoked_at")
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(revoked.revoked_at).not.toBeNull();
    const logout = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "auth.logout")
      .where("entity_id", "=", user.id)
      .execute();
    expect(logout).toHaveLength(1);
  });

  it("stops working at once when an administrator disables the user", async () => {
    const admin = await buildAdmin(t.db);
    const user = await buildUser(t.db);
    const adminSession = await signIn(t.app, admin);
    const userSession = await signIn(t.app, user);
    const other = await signIn(t.app, user);

    const response = await t.app.inject({
      method: "POST",
      url: `/api/admin/users/${user.id}/disable`,
      headers: adminSession.headers,
    });
    expect(response.statusCode).toBe(200);
    expect((await whoAmI(userSession.cookie)).user).toBeNull();
    expect((await whoAmI(other.cookie)).user).toBeNull();
    const event = await t.db
      .selectFrom("audit_log")
      .select("payload")
      .where("action", "=", "user.disabled")
      .where("entity_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(event.payload).toEqual({ revokedSessions: 2 });

    // Enabled again, the old sessions stay ended; signing in works.
    await t.app.inject({ method: "POST", url: `/api/admin/users/${user.id}/enable`, headers: adminSession.headers });
    expect((await whoAmI(userSession.cookie)).user).toBeNull();
    expect((await signIn(t.app, user)).cookie).toMatch(/^brug_session=/);
  });

  it("is also refused when the user is disabled behind the application's back", async () => {
    const user = await buildUser(t.db);
    const session = await signIn(t.app, user);
    await t.db.updateTable("users").set({ disabled_at: clock.now() }).where("id", "=", user.id).execute();
    expect((await whoAmI(session.cookie)).user).toBeNull();
  });
});

describe("the own profile", () => {
  it("remembers the chosen language, and errors then come in that language", async () => {
    const user = await buildUser(t.db);
    const session = await signIn(t.app, user);
    const response = await t.app.inject({
      method: "PATCH",
      url: "/api/me",
      headers: session.headers,
      payload: { locale: "fr" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().locale).toBe("fr");
    const changed = await t.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "entity_id", "payload"])
      .where("action", "=", "user.locale_changed")
      .where("entity_id", "=", user.id)
      .execute();
    expect(changed).toEqual([{ actor_user_id: user.id, entity_id: user.id, payload: { from: "nl", to: "fr" } }]);
    const forbidden = await t.app.inject({
      method: "GET",
      url: "/api/admin/users",
      headers: { cookie: session.cookie, "accept-language": "en" },
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.message).toBe("Vous n'avez pas le droit de faire ceci.");
  });

  it("refuses a language Brug does not have, with a translated field error", async () => {
    const user = await buildUser(t.db);
    const session = await signIn(t.app, user);
    const response = await t.app.inject({
      method: "PATCH",
      url: "/api/me",
      headers: session.headers,
      payload: { locale: "de" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: "validation_failed",
      fields: [{ path: "locale", code: "field.not_allowed", message: "Kies een van de mogelijke waarden." }],
    });
  });

  it("requires sign-in", async () => {
    const response = await t.app.inject({ method: "PATCH", url: "/api/me", payload: { locale: "fr" } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toEqual({ code: "auth.required", message: "Meld u aan om verder te gaan." });
  });
});

describe("the audit trail of signing in", () => {
  it("records logins and failed logins, and the chain verifies", async () => {
    const user = await buildUser(t.db);
    await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: user.email, password: "not the password" },
    });
    await signIn(t.app, user);
    const actions = await auditActions(t.db);
    expect(actions).toContain("auth.login");
    expect(actions).toContain("auth.login_failed");
    const login = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "auth.login")
      .where("entity_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(login).toMatchObject({ actor_user_id: user.id, actor_kind: "user", entity_type: "user" });
    expect(login.occurred_at.toISOString()).toBe(clock.now().toISOString());
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, rows: actions.length });
  });
});
