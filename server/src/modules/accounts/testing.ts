// Test factories for accounts: whole graphs (a user gets an organisation and, for regional roles, a region)
// and signing in through the API as the web client does.
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { enterpriseNumberCheck } from "../../domain/enterprise-number.ts";
import type { Role } from "../../platform/roles.ts";
import { createOrganisation, createUser, grantMembership } from "./service.ts";

export const testPassword = "correct horse battery staple";

export function validEnterpriseNumber(): string {
  const firstEight = `0${String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0")}`;
  return firstEight + enterpriseNumberCheck(firstEight);
}

export async function buildRegion(db: Kysely<Database>): Promise<{ id: string; slug: string }> {
  const slug = `regio-${randomUUID().slice(0, 8)}`;
  return db
    .insertInto("regions")
    .values({ slug, name: `Regio ${slug}` })
    .returning(["id", "slug"])
    .executeTakeFirstOrThrow();
}

export async function buildOrganisation(db: Kysely<Database>): Promise<{ id: string }> {
  return createOrganisation(
    db,
    { kind: "seed" },
    {
      name: `Organisatie ${randomUUID().slice(0, 8)}`,
      enterpriseNumber: validEnterpriseNumber(),
      kind: "social_organisation",
    },
  );
}

export interface BuiltUser {
  id: string;
  email: string;
  password: string;
  organisationId: string;
  regionId: string | null;
}

/** A user with one membership; `role: null` gives a user without any membership. */
export async function buildUser(
  db: Kysely<Database>,
  options: { role?: Role | null; email?: string; regionId?: string } = {},
): Promise<BuiltUser> {
  const role = options.role === undefined ? "applicant" : options.role;
  const email = options.email ?? `${randomUUID().slice(0, 8)}@example.be`;
  const user = await createUser(
    db,
    { kind: "seed" },
    { email, displayName: `Test ${email}`, password: testPassword, locale: "nl" },
  );
  const organisation = await buildOrganisation(db);
  let regionId: string | null = null;
  if (role !== null) {
    regionId = role === "admin" ? null : (options.regionId ?? (await buildRegion(db)).id);
    await grantMembership(db, { kind: "seed" }, { userId: user.id, organisationId: organisation.id, regionId, role });
  }
  return { id: user.id, email, password: testPassword, organisationId: organisation.id, regionId };
}

export const buildAdmin = (db: Kysely<Database>) => buildUser(db, { role: "admin" });

export interface Session {
  cookie: string;
  csrfToken: string;
  /** Headers for a state-changing request from this browser. */
  headers: { cookie: string; "x-csrf-token": string };
}

/** The session cookie ("name=value") from Set-Cookie: brug_session over http, __Host-brug_session over https. */
export function sessionCookieFrom(setCookie: string | string[] | undefined): string {
  const header = (Array.isArray(setCookie) ? setCookie : [setCookie ?? ""]).find((c) =>
    /^(__Host-)?brug_session=/.test(c),
  );
  if (!header) throw new Error("no session cookie in the response");
  return header.split(";")[0] as string;
}

export async function signIn(app: FastifyInstance, user: { email: string; password: string }): Promise<Session> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email: user.email, password: user.password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookieFrom(response.headers["set-cookie"]);
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrfToken, headers: { cookie, "x-csrf-token": csrfToken } };
}

export async function auditActions(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom("audit_log").select("action").orderBy("id").execute();
  return rows.map((r) => r.action);
}
