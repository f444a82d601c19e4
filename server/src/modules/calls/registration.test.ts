// An organisation registering itself to apply: what is created, how it signs in, and what is refused.
import { describe, expect, it } from "vitest";
import { createTestApp, fixedClock } from "../../../test/app.ts";
import { auditActions, sessionCookieFrom, validEnterpriseNumber } from "../accounts/testing.ts";
import { countRows } from "./testing.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const t = await createTestApp({ clock });

function body(overrides: { enterpriseNumber?: string; email?: string; password?: string } = {}) {
  return {
    organisation: {
      name: "Vzw Samen Onderweg",
      enterpriseNumber: overrides.enterpriseNumber ?? validEnterpriseNumber(),
      kind: "social_organisation",
    },
    user: {
      displayName: "Lotte Janssens",
      email: overrides.email ?? `lotte-${Math.random().toString(36).slice(2, 8)}@samenonderweg.be`,
      password: overrides.password ?? "een lang genoeg wachtwoord",
    },
  };
}

const register = (payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url: "/api/organisations/register", payload, headers });

async function counts() {
  return {
    organisations: await countRows(t.db, "organisations"),
    users: await countRows(t.db, "users"),
    memberships: await countRows(t.db, "memberships"),
  };
}

describe("registering an organisation", () => {
  it("creates the organisation, the account and an applicant membership in no region, and signs the person in", async () => {
    const payload = body();
    // Typed as on the paper form: dots and the BE prefix.
    const digits = payload.organisation.enterpriseNumber;
    payload.organisation.enterpriseNumber = `BE ${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
    const response = await register(payload);
    expect(response.statusCode).toBe(201);
    const result = response.json();
    expect(result.organisation).toEqual({
      id: expect.any(String),
      name: "Vzw Samen Onderweg",
      enterpriseNumber: digits,
    });

    const membership = await t.db
      .selectFrom("memberships")
      .select(["role", "region_id", "organisation_id"])
      .where("user_id", "=", result.userId)
      .executeTakeFirstOrThrow();
    expect(membership).toEqual({ role: "applicant", region_id: null, organisation_id: result.organisation.id });
    const user = await t.db
      .selectFrom("users")
      .select(["password_hash", "locale"])
      .where("id", "=", result.userId)
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    expect(user.locale).toBe("nl");

    // Signed in: the cookie works and the CSRF token is the session's.
    const cookie = sessionCookieFrom(response.headers["set-cookie"]);
    const session = await t.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } });
    expect(session.json()).toMatchObject({ user: { id: result.userId }, csrfToken: result.csrfToken });
    expect(session.json().abilities).toContain("candidacy:apply");

    expect(await auditActions(t.db)).toEqual(
      expect.arrayContaining([
        "user.created",
        "organisation.created",
        "membership.granted",
        "organisation.registered",
        "auth.login",
      ]),
    );
  });

  it("refuses a wrong enterprise number with a translated field error and creates nothing", async () => {
    const before = await counts();
    const payload = body({ enterpriseNumber: "0123.456.789" });
    const response = await register(payload, { "accept-language": "en" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      {
        path: "organisation.enterpriseNumber",
        code: "enterprise_number.checksum",
        message: expect.stringMatching(/enterprise number/i),
      },
    ]);
    expect(response.headers["set-cookie"]).toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  it("refuses a password shorter than 12 characters and an invalid e-mail address, all at once", async () => {
    const before = await counts();
    const response = await register(body({ email: "niet-een-adres", password: "kort" }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { path: string; code: string }) => [f.path, f.code])).toEqual([
      ["user.email", "field.format"],
      ["user.password", "field.too_short"],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("sends someone whose organisation is already registered to a colleague, without saying who registered it", async () => {
    const first = body();
    expect((await register(first)).statusCode).toBe(201);
    const before = await counts();
    const second = body({ enterpriseNumber: first.organisation.enterpriseNumber });
    const response = await register(second);
    expect(response.statusCode).toBe(409);
    const error = response.json().error;
    expect(error.code).toBe("registration.organisation_exists");
    expect(error.message).toBe(
      "Deze organisatie is al geregistreerd in Brug. Vraag een collega van uw organisatie om u toegang te geven.",
    );
    expect(response.body).not.toContain(first.user.email);
    expect(response.body).not.toContain(first.user.displayName);
    expect(await counts()).toEqual(before);
  });

  it("refuses an e-mail address that already has an account, and creates nothing", async () => {
    const first = body();
    expect((await register(first)).statusCode).toBe(201);
    const before = await counts();
    const response = await register(body({ email: first.user.email.toUpperCase() }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("user.email_taken");
    expect(await counts()).toEqual(before);
  });

  it("throttles repeated attempts for one e-mail address like sign-in does", async () => {
    const taken = body();
    expect((await register(taken)).statusCode).toBe(201);
    // Each refused attempt counts, as a wrong password does: after five within 15 minutes, the next one waits.
    for (let i = 0; i < 5; i++) expect((await register(body({ email: taken.user.email }))).statusCode).toBe(409);
    const throttled = await register(body({ email: taken.user.email }));
    expect(throttled.statusCode).toBe(429);
    expect(throttled.headers["retry-after"]).toBeDefined();
  });
});
