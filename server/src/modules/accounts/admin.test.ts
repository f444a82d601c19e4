// Administration of organisations, accounts and memberships: admins only, validated, audited in the same
// transaction, and nothing changes for anyone else.
import { setTimeout } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { sql, type Kysely, type Transaction } from "kysely";
import { createTestApp } from "../../../test/app.ts";
import type { Database } from "../../db/types.ts";
import { verifyAuditChain } from "../../platform/audit.ts";
import { HttpError } from "../../platform/errors.ts";
import { createOrganisation, createUser, grantMembership } from "./service.ts";
import {
  buildAdmin,
  buildOrganisation,
  buildRegion,
  buildUser,
  signIn,
  validEnterpriseNumber,
  type Session,
} from "./testing.ts";

const t = await createTestApp();
let admin: Session;
let adminId: string;

beforeAll(async () => {
  const built = await buildAdmin(t.db);
  adminId = built.id;
  admin = await signIn(t.app, built);
});

async function snapshot(db: Kysely<Database>) {
  const [users, organisations, memberships, audit] = await Promise.all([
    db.selectFrom("users").selectAll().orderBy("id").execute(),
    db.selectFrom("organisations").selectAll().orderBy("id").execute(),
    db.selectFrom("memberships").selectAll().orderBy("id").execute(),
    db.selectFrom("audit_log").select("id").where("action", "not like", "auth.%").orderBy("id").execute(),
  ]);
  return { users, organisations, memberships, audit };
}

async function lastAudit(action: string) {
  return t.db
    .selectFrom("audit_log")
    .selectAll()
    .where("action", "=", action)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirstOrThrow();
}

describe("organisations", () => {
  it("are created with a valid enterprise number, stored as 10 digits, and audited", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/admin/organisations",
      headers: admin.headers,
      payload: { name: "Buurtwerk Maasland vzw", enterpriseNumber: "BE 0403.170.701", kind: "social_organisation" },
    });
    expect(response.statusCode).toBe(201);
    const organisation = response.json();
    expect(organisation).toMatchObject({
      name: "Buurtwerk Maasland vzw",
      enterpriseNumber: "0403170701",
      kind: "social_organisation",
    });
    expect(await lastAudit("organisation.created")).toMatchObject({
      actor_user_id: adminId,
      entity_id: organisation.id,
      payload: { name: "Buurtwerk Maasland vzw", enterpriseNumber: "0403170701" },
    });
    const list = await t.app.inject({
      method: "GET",
      url: "/api/admin/organisations",
      headers: { cookie: admin.cookie },
    });
    expect(list.json().map((o: { id: string }) => o.id)).toContain(organisation.id);
  });

  it("refuses an enterprise number whose check digits are wrong, with a translated field error, and keeps nothing", async () => {
    const before = await snapshot(t.db);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/admin/organisations",
      headers: admin.headers,
      payload: { name: "Typfout vzw", enterpriseNumber: "0403.170.702", kind: "other" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      {
        path: "enterpriseNumber",
        code: "enterprise_number.checksum",
        message: "Dit ondernemingsnummer bestaat niet. Kijk de cijfers na.",
      },
    ]);
    const duplicate = await t.app.inject({
      method: "POST",
      url: "/api/admin/organisations",
      headers: admin.headers,
      payload: { name: "Dubbel vzw", enterpriseNumber: "0403170701", kind: "other" },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({
      code: "organisation.enterprise_number_taken",
      message: "Er bestaat al een organisatie met dit ondernemingsnummer.",
      fields: [{ path: "enterpriseNumber", code: "organisation.enterprise_number_taken" }],
    });
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe("accounts", () => {
  it("are created with an argon2id password hash, listed, and audited without the password", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/admin/users",
      headers: admin.headers,
      payload: {
        email: "Sara.Peeters@Example.be",
        displayName: "Sara Peeters",
        password: "lang genoeg wachtwoord",
        locale: "nl",
      },
    });
    expect(response.statusCode).toBe(201);
    const { id } = response.json();
    const stored = await t.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(stored.email).toBe("sara.peeters@example.be");
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const event = await lastAudit("user.created");
    expect(event).toMatchObject({ entity_id: id, payload: { email: "sara.peeters@example.be" } });
    expect(JSON.stringify(event)).not.toContain("lang genoeg");

    const list = await t.app.inject({ method: "GET", url: "/api/admin/users", headers: { cookie: admin.cookie } });
    expect(list.json()).toContainEqual(
      expect.objectContaining({ id, email: "sara.peeters@example.be", disabled: false, memberships: [] }),
    );
    expect(list.body).not.toContain("argon2");
    // The new account can sign in.
    await signIn(t.app, { email: "sara.peeters@example.be", password: "lang genoeg wachtwoord" });
  });

  it("refuses a short password and a taken email, and keeps nothing", async () => {
    const before = await snapshot(t.db);
    const short = await t.app.inject({
      method: "POST",
      url: "/api/admin/users",
      headers: admin.headers,
      payload: { email: "kort@example.be", displayName: "Kort", password: "te kort", locale: "nl" },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toEqual([
      { path: "password", code: "field.too_short", message: "Dit is te kort. Gebruik minstens 12 tekens." },
    ]);
    expect(short.body).not.toContain('te kort"');
    const taken = await t.app.inject({
      method: "POST",
      url: "/api/admin/users",
      headers: admin.headers,
      payload: {
        email: "SARA.PEETERS@example.be",
        displayName: "Sara",
        password: "nog een lang wachtwoord",
        locale: "nl",
      },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe("user.email_taken");
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("refuses a field the form does not have, rather than dropping it, and keeps nothing", async () => {
    const before = await snapshot(t.db);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/admin/users",
      headers: admin.headers,
      payload: {
        email: "extra@example.be",
        displayName: "Extra",
        password: "lang genoeg wachtwoord",
        locale: "nl",
        isAdmin: true,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: "isAdmin", code: "field.unknown", message: expect.any(String) },
    ]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("refuses a number where a name belongs, rather than turning it into text", async () => {
    const before = await snapshot(t.db);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/admin/users",
      headers: admin.headers,
      payload: { email: "getal@example.be", displayName: 12345, password: "lang genoeg wachtwoord", locale: "nl" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: "displayName", code: "field.type", message: expect.any(String) },
    ]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("reports every problem of a form at once", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/admin/users",
      headers: admin.headers,
      payload: { email: "x", displayName: "", password: "kort", locale: "de" },
    });
    expect(response.statusCode).toBe(400);
    const paths = new Set(response.json().error.fields.map((f: { path: string }) => f.path));
    expect([...paths].sort()).toEqual(["displayName", "email", "locale", "password"]);
  });

  it("cannot be disabled by their own administrator", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: `/api/admin/users/${adminId}/disable`,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("user.cannot_disable_self");
  });

  it("answer 404 for an unknown user", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/admin/users/00000000-0000-4000-8000-000000000000/disable",
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe("memberships", () => {
  it("are granted and revoked, and the user's abilities follow on the next request", async () => {
    const user = await buildUser(t.db, { role: null });
    const organisation = await buildOrganisation(t.db);
    const region = await buildRegion(t.db);
    const session = await signIn(t.app, user);

    const granted = await t.app.inject({
      method: "POST",
      url: "/api/admin/memberships",
      headers: admin.headers,
      payload: { userId: user.id, organisationId: organisation.id, regionId: region.id, role: "coordinator" },
    });
    expect(granted.statusCode).toBe(201);
    const membershipId = granted.json().id;
    expect(await lastAudit("membership.granted")).toMatchObject({
      entity_id: membershipId,
      payload: { userId: user.id, organisationId: organisation.id, regionId: region.id, role: "coordinator" },
    });
    const now = await t.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie: session.cookie } });
    expect(now.json().abilities).toEqual([
      "account:self",
      "addendum:edit",
      "call:manage",
      "offer:edit",
      "outbox:read",
      "partnership:manage",
      "signal:raise",
      "signal:manage",
    ]);
    expect(now.json().user.memberships[0]).toMatchObject({ regionSlug: region.slug, role: "coordinator" });

    const again = await t.app.inject({
      method: "POST",
      url: "/api/admin/memberships",
      headers: admin.headers,
      payload: { userId: user.id, organisationId: organisation.id, regionId: region.id, role: "coordinator" },
    });
    expect(again.statusCode).toBe(409);

    const revoked = await t.app.inject({
      method: "DELETE",
      url: `/api/admin/memberships/${membershipId}`,
      headers: admin.headers,
    });
    expect(revoked.statusCode).toBe(200);
    expect(await lastAudit("membership.revoked")).toMatchObject({
      entity_id: membershipId,
      payload: { userId: user.id, role: "coordinator" },
    });
    const after = await t.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie: session.cookie } });
    // Without any role the user keeps only their own account, and can still sign out.
    expect(after.json().abilities).toEqual(["account:self"]);
    const logout = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: session.headers });
    expect(logout.statusCode).toBe(200);
    const signedOut = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: session.cookie },
    });
    expect(signedOut.json().user).toBeNull();
    const gone = await t.app.inject({
      method: "DELETE",
      url: `/api/admin/memberships/${membershipId}`,
      headers: admin.headers,
    });
    expect(gone.statusCode).toBe(404);
  });

  it("need a region for every role but admin, and existing records", async () => {
    const user = await buildUser(t.db, { role: null });
    const organisation = await buildOrganisation(t.db);
    const before = await snapshot(t.db);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/admin/memberships",
      headers: admin.headers,
      payload: {
        userId: user.id,
        organisationId: "00000000-0000-4000-8000-000000000000",
        regionId: null,
        role: "companion",
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { path: string; code: string }) => [f.path, f.code])).toEqual([
      ["organisationId", "membership.unknown_organisation"],
      ["regionId", "membership.region_required"],
    ]);
    expect(organisation.id).toBeTruthy();
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe("two administrators creating the same record at the same moment", () => {
  /**
   * Runs `attempt` while another transaction holds an uncommitted row that clashes with it: the attempt's own check
   * sees nothing, its insert waits on the unique index, and fails once the other transaction commits.
   */
  async function racingWith(hold: (trx: Transaction<Database>) => Promise<unknown>, attempt: () => Promise<unknown>) {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let holding = () => {};
    const held = new Promise<void>((resolve) => (holding = resolve));
    const other = t.db.transaction().execute(async (trx) => {
      await hold(trx);
      holding();
      await gate;
    });
    await held;
    const outcome = attempt().then(
      () => null,
      (error: unknown) => error,
    );
    // Wait until the attempt's insert is blocked on the other transaction's row.
    for (let i = 0; i < 500; i++) {
      const waiting = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
      if ((waiting.rows[0]?.n ?? 0) > 0) break;
      await setTimeout(10);
    }
    release();
    await other;
    return outcome;
  }

  it("gives the second a translated 409, not a server error, for a user, an organisation and a membership", async () => {
    const email = "tegelijk@example.be";
    const userClash = await racingWith(
      (trx) =>
        trx.insertInto("users").values({ email, display_name: "Eerste", password_hash: "x", locale: "nl" }).execute(),
      () =>
        createUser(
          t.db,
          { kind: "cli" },
          { email, displayName: "Tweede", password: "lang genoeg wachtwoord", locale: "nl" },
        ),
    );
    expect(userClash).toBeInstanceOf(HttpError);
    expect(userClash).toMatchObject({ status: 409, code: "user.email_taken" });

    const enterpriseNumber = validEnterpriseNumber();
    const organisationClash = await racingWith(
      (trx) =>
        trx
          .insertInto("organisations")
          .values({ name: "Eerste vzw", enterprise_number: enterpriseNumber, kind: "other" })
          .execute(),
      () => createOrganisation(t.db, { kind: "cli" }, { name: "Tweede vzw", enterpriseNumber, kind: "other" }),
    );
    expect(organisationClash).toMatchObject({ status: 409, code: "organisation.enterprise_number_taken" });

    const user = await buildUser(t.db, { role: null });
    const region = await buildRegion(t.db);
    const membership = {
      userId: user.id,
      organisationId: user.organisationId,
      regionId: region.id,
      role: "jury" as const,
    };
    const membershipClash = await racingWith(
      (trx) =>
        trx
          .insertInto("memberships")
          .values({
            user_id: membership.userId,
            organisation_id: membership.organisationId,
            region_id: membership.regionId,
            role: membership.role,
          })
          .execute(),
      () => grantMembership(t.db, { kind: "cli" }, membership),
    );
    expect(membershipClash).toMatchObject({ status: 409, code: "membership.exists" });
  });

  it("answers 409 through the API when the same email is posted twice at once", async () => {
    const payload = {
      email: "dubbel@example.be",
      displayName: "Dubbel",
      password: "lang genoeg wachtwoord",
      locale: "nl",
    };
    const responses = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.app.inject({ method: "POST", url: "/api/admin/users", headers: admin.headers, payload }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
  });
});

describe("for anyone but an administrator", () => {
  const attempts = (ids: { userId: string; organisationId: string; membershipId: string }) => [
    { method: "GET" as const, url: "/api/admin/users" },
    { method: "GET" as const, url: "/api/admin/organisations" },
    {
      method: "POST" as const,
      url: "/api/admin/organisations",
      payload: { name: "Sluiproute vzw", enterpriseNumber: "0887010362", kind: "other" },
    },
    {
      method: "POST" as const,
      url: "/api/admin/users",
      payload: { email: "sluip@example.be", displayName: "Sluip", password: "een lang wachtwoord", locale: "nl" },
    },
    { method: "POST" as const, url: `/api/admin/users/${ids.userId}/disable` },
    { method: "POST" as const, url: `/api/admin/users/${ids.userId}/enable` },
    {
      method: "POST" as const,
      url: "/api/admin/memberships",
      payload: { userId: ids.userId, organisationId: ids.organisationId, regionId: null, role: "admin" },
    },
    { method: "DELETE" as const, url: `/api/admin/memberships/${ids.membershipId}` },
  ];

  it("every admin route answers 401 without sign-in and 403 to a coordinator, and nothing changes", async () => {
    const coordinator = await buildUser(t.db, { role: "coordinator" });
    const session = await signIn(t.app, coordinator);
    const membership = await t.db
      .selectFrom("memberships")
      .select("id")
      .where("user_id", "=", coordinator.id)
      .executeTakeFirstOrThrow();
    const ids = { userId: coordinator.id, organisationId: coordinator.organisationId, membershipId: membership.id };
    const before = await snapshot(t.db);
    for (const attempt of attempts(ids)) {
      const anonymous = await t.app.inject({ ...attempt });
      expect(anonymous.statusCode, `${attempt.method} ${attempt.url}`).toBe(401);
      const signedIn = await t.app.inject({ ...attempt, headers: session.headers });
      expect(signedIn.statusCode, `${attempt.method} ${attempt.url}`).toBe(403);
    }
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("leaves an audit chain that verifies", async () => {
    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(true);
  });
});
