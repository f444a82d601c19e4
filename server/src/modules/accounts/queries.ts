// Kysely queries of the accounts module. No business rules here.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, Locale, LoginOutcome, OrganisationKind } from "../../db/types.ts";
import type { Role } from "../../platform/roles.ts";

export type Db = Kysely<Database> | Transaction<Database>;

export function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom("users")
    .select(["id", "email", "password_hash", "disabled_at"])
    .where("email", "=", email)
    .executeTakeFirst();
}

export function findUserById(db: Db, id: string) {
  return db.selectFrom("users").select(["id", "email", "disabled_at"]).where("id", "=", id).executeTakeFirst();
}

export async function userWithMemberships(db: Db, userId: string) {
  const user = await db
    .selectFrom("users")
    .select(["id", "email", "display_name", "locale"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user) return null;
  const memberships = await membershipsOf(db, [userId]);
  return { ...user, memberships };
}

export function membershipsOf(db: Db, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("memberships")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .leftJoin("regions", "regions.id", "memberships.region_id")
    .select([
      "memberships.id",
      "memberships.user_id",
      "memberships.organisation_id",
      "organisations.name as organisation_name",
      "memberships.region_id",
      "regions.slug as region_slug",
      "regions.name as region_name",
      "memberships.role",
    ])
    .where("memberships.user_id", "in", userIds)
    .orderBy("organisations.name")
    .orderBy("regions.name")
    .orderBy("memberships.role")
    .execute();
}

export function listUsers(db: Db) {
  return db
    .selectFrom("users")
    .select(["id", "email", "display_name", "locale", "disabled_at", "created_at"])
    .orderBy("display_name")
    .orderBy("email")
    .execute();
}

export function listOrganisations(db: Db) {
  return db
    .selectFrom("organisations")
    .select(["id", "name", "enterprise_number", "kind", "created_at"])
    .orderBy("name")
    .execute();
}

export function insertUser(
  db: Db,
  values: { email: string; displayName: string; passwordHash: string; locale: Locale; now: Date },
) {
  return db
    .insertInto("users")
    .values({
      email: values.email,
      display_name: values.displayName,
      password_hash: values.passwordHash,
      locale: values.locale,
      created_at: values.now,
      updated_at: values.now,
    })
    .returning(["id", "email"])
    .executeTakeFirstOrThrow();
}

/** Sets the locale; returns the one it replaces, or undefined when the user does not exist. */
export async function setUserLocale(db: Db, userId: string, locale: Locale, now: Date) {
  // The old value from a locked read: UPDATE … RETURNING only sees the new one.
  const previous = await db
    .selectFrom("users")
    .select("locale")
    .where("id", "=", userId)
    .forUpdate()
    .executeTakeFirst();
  if (!previous) return undefined;
  await db.updateTable("users").set({ locale, updated_at: now }).where("id", "=", userId).execute();
  return previous;
}

export function setUserDisabled(db: Db, userId: string, disabledAt: Date | null, now: Date) {
  return db
    .updateTable("users")
    .set({ disabled_at: disabledAt, updated_at: now })
    .where("id", "=", userId)
    .executeTakeFirst();
}

export function organisationByEnterpriseNumber(db: Db, enterpriseNumber: string) {
  return db
    .selectFrom("organisations")
    .select("id")
    .where("enterprise_number", "=", enterpriseNumber)
    .executeTakeFirst();
}

export function insertOrganisation(
  db: Db,
  values: { name: string; enterpriseNumber: string; kind: OrganisationKind; now: Date },
) {
  return db
    .insertInto("organisations")
    .values({
      name: values.name,
      enterprise_number: values.enterpriseNumber,
      kind: values.kind,
      created_at: values.now,
    })
    .returning(["id", "name", "enterprise_number", "kind", "created_at"])
    .executeTakeFirstOrThrow();
}

export async function exists(db: Db, table: "users" | "organisations" | "regions", id: string): Promise<boolean> {
  const row = await db.selectFrom(table).select("id").where("id", "=", id).executeTakeFirst();
  return row !== undefined;
}

export function findMembership(
  db: Db,
  m: { userId: string; organisationId: string; regionId: string | null; role: Role },
) {
  let query = db
    .selectFrom("memberships")
    .select("id")
    .where("user_id", "=", m.userId)
    .where("organisation_id", "=", m.organisationId)
    .where("role", "=", m.role);
  query = m.regionId === null ? query.where("region_id", "is", null) : query.where("region_id", "=", m.regionId);
  return query.executeTakeFirst();
}

export function insertMembership(
  db: Db,
  m: { userId: string; organisationId: string; regionId: string | null; role: Role; now: Date },
) {
  return db
    .insertInto("memberships")
    .values({
      user_id: m.userId,
      organisation_id: m.organisationId,
      region_id: m.regionId,
      role: m.role,
      created_at: m.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

export function deleteMembership(db: Db, id: string) {
  return db.deleteFrom("memberships").where("id", "=", id).returning(["id", "user_id", "role"]).executeTakeFirst();
}

// Advisory-lock namespaces (the first key of pg_advisory_xact_lock(int, int)); the second key is a hash of the value.
const loginEmailLock = 1;
const loginIpLock = 2;

/** Serialises logins for one email and for one address until the transaction ends. Always email first. */
export async function lockLoginKeys(db: Transaction<Database>, email: string, ip: string | null): Promise<void> {
  await sql`select pg_advisory_xact_lock(${loginEmailLock}, hashtext(${email}))`.execute(db);
  if (ip !== null) await sql`select pg_advisory_xact_lock(${loginIpLock}, hashtext(${ip}))`.execute(db);
}

export async function insertLoginAttempt(
  db: Db,
  a: { email: string; ip: string | null; outcome: LoginOutcome; at: Date },
): Promise<string> {
  const row = await db
    .insertInto("login_attempts")
    .values({ email: a.email, ip: a.ip, outcome: a.outcome, attempted_at: a.at })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setLoginAttemptOutcome(db: Db, id: string, outcome: LoginOutcome): Promise<void> {
  await db.updateTable("login_attempts").set({ outcome }).where("id", "=", id).execute();
}

/** Failed attempts since `since`, newest first, at most `limit` (enough to know when the oldest counted one ages out). */
export function recentFailures(db: Db, by: { email: string } | { ip: string }, since: Date, limit: number) {
  let query = db
    .selectFrom("login_attempts")
    .select("attempted_at")
    .where("outcome", "=", "failed")
    .where("attempted_at", ">", since);
  query = "email" in by ? query.where("email", "=", by.email) : query.where("ip", "=", by.ip);
  return query.orderBy("attempted_at", "desc").limit(limit).execute();
}

/** Whether a throttled attempt (and so its audit row) was already recorded since `since`. */
export async function hasThrottledAttempt(db: Db, by: { email: string } | { ip: string }, since: Date) {
  let query = db
    .selectFrom("login_attempts")
    .select("id")
    .where("outcome", "=", "throttled")
    .where("attempted_at", ">", since);
  query = "email" in by ? query.where("email", "=", by.email) : query.where("ip", "=", by.ip);
  return (await query.limit(1).executeTakeFirst()) !== undefined;
}
