// Use cases of the accounts module: signing in and out, and the administration of organisations, accounts and
// memberships. createUser, createOrganisation and grantMembership are also called by the CLI (create-admin) and
// the demo loader: they take a Kysely instance or a transaction and any AuditActor. Every change writes its
// audit row in the same transaction.
import { hash, verify } from "@node-rs/argon2";
import type { Kysely, Transaction } from "kysely";
import type { Database, Locale, OrganisationKind } from "../../db/types.ts";
import { parseEnterpriseNumber } from "../../domain/enterprise-number.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { AuditActor } from "../../platform/audit-events.ts";
import {
  conflict,
  HttpError,
  isUniqueViolation,
  notFound,
  tooManyRequests,
  unauthorized,
  validationFailed,
  type FieldError,
} from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import type { Role } from "../../platform/roles.ts";
import { createSession, revokeSession, revokeUserSessions, type NewSession } from "../../platform/sessions.ts";
import { assertMayDisable } from "./policy.ts";
import * as q from "./queries.ts";
import type { AdminUserView, OrganisationView, UserView } from "./schemas.ts";

type Db = q.Db;

async function inTransaction<T>(db: Db, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<Database>) : db.transaction().execute(fn);
}

/**
 * The checks before an insert cannot see a row another transaction is adding at the same moment; the unique index
 * can. Its violation then gets the same answer as the check.
 */
async function uniqueAs<T>(constraint: string, answer: HttpError, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUniqueViolation(error, constraint)) throw answer;
    throw error;
  }
}

// ---- passwords ----------------------------------------------------------------------------------------------

// OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane.
// `algorithm: 2` is Algorithm.Argon2id; the package exports it as a const enum, which isolatedModules cannot read.
const argon2Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** ASVS 2.1.1: at least 12 characters (the schemas of every form that sets a password say the same). */
export const minPasswordLength = 12;

/** The field errors of a new password at `path`: the same rule wherever a password is chosen. */
export function passwordProblems(password: string, path: string): FieldError[] {
  return [...password].length < minPasswordLength
    ? [{ path, code: "field.too_short", params: { limit: minPasswordLength } }]
    : [];
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Compared against when the email is unknown, so that answering takes as long as for a wrong password.
let dummyHash: Promise<string> | null = null;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("brug-dummy-password-for-timing");
  return dummyHash;
}

// ---- sign in and out ----------------------------------------------------------------------------------------

/** Throttling window and limits (OWASP ASVS 2.2.1): stored in login_attempts, so every app server sees them. */
export const loginWindowMs = 15 * 60 * 1000;
export const maxFailuresPerEmail = 5;
export const maxFailuresPerIp = 20;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

interface Throttle {
  /** Seconds until enough failures age out of the window. */
  wait: number;
  /** Which limits are reached; each keeps its own "already audited" mark. */
  byEmail: boolean;
  byIp: boolean;
}

/** Whether the caller must wait, or null when they may try. Call under lockLoginKeys. */
async function throttleState(
  db: Db,
  email: string,
  ip: string | null,
  since: Date,
  now: Date,
): Promise<Throttle | null> {
  const waitFor = (failures: { attempted_at: Date }[], limit: number): number | null => {
    const oldestCounted = failures[limit - 1];
    if (failures.length < limit || !oldestCounted) return null;
    return (oldestCounted.attempted_at.getTime() + loginWindowMs - now.getTime()) / 1000;
  };
  const emailWait = waitFor(await q.recentFailures(db, { email }, since, maxFailuresPerEmail), maxFailuresPerEmail);
  const ipWait =
    ip === null ? null : waitFor(await q.recentFailures(db, { ip }, since, maxFailuresPerIp), maxFailuresPerIp);
  if (emailWait === null && ipWait === null) return null;
  return { wait: Math.max(emailWait ?? 0, ipWait ?? 0), byEmail: emailWait !== null, byIp: ipWait !== null };
}

export interface LoginContext {
  ip: string | null;
  userAgent: string | null;
  now: Date;
  /** The session the browser still carried, ended now so that a login always starts a fresh session. */
  previousSessionIdHash: string | null;
}

/**
 * Admits one attempt that will check or set a password for `email` from `ip` (a login, or a registration), or
 * throws 429 while the email or the address has had too many failures in the window. Counts and records in one
 * step, under locks on the email and the address: the attempt is stored as failed BEFORE the password is checked,
 * so parallel guesses each see the ones before them and no more than the limit ever reach argon2. Locks in a
 * fixed order (email, then address) so two attempts cannot wait on each other. Returns the attempt's id, for
 * {@link markAttemptSucceeded}.
 */
export async function admitAttempt(db: Kysely<Database>, email: string, ip: string | null, now: Date): Promise<string> {
  const since = new Date(now.getTime() - loginWindowMs);
  const admitted = await db.transaction().execute(async (trx): Promise<{ attemptId: string } | { wait: number }> => {
    await q.lockLoginKeys(trx, email, ip);
    const throttle = await throttleState(trx, email, ip, since, now);
    if (throttle === null) {
      return { attemptId: await q.insertLoginAttempt(trx, { email, ip, outcome: "failed", at: now }) };
    }
    // Refused before the password is even looked at, and not counted, so the lock ends on time. Audited once per
    // locked email or address per window: otherwise every refused guess would grow the append-only log.
    const alreadyAudited =
      (throttle.byEmail && (await q.hasThrottledAttempt(trx, { email }, since))) ||
      (throttle.byIp && ip !== null && (await q.hasThrottledAttempt(trx, { ip }, since)));
    if (!alreadyAudited) {
      await q.insertLoginAttempt(trx, { email, ip, outcome: "throttled", at: now });
      await recordAudit(
        trx,
        { kind: "system" },
        {
          action: "auth.login_failed",
          entityType: "user",
          entityId: null,
          payload: { email, ip, reason: "throttled" },
        },
        { at: now },
      );
    }
    return { wait: throttle.wait };
  });
  if ("wait" in admitted) throw tooManyRequests(admitted.wait);
  return admitted.attemptId;
}

/** An admitted attempt that succeeded no longer counts against the limits. */
export function markAttemptSucceeded(db: Db, attemptId: string): Promise<void> {
  return q.setLoginAttemptOutcome(db, attemptId, "succeeded");
}

export async function login(
  db: Kysely<Database>,
  input: { email: string; password: string },
  context: LoginContext,
): Promise<{ session: NewSession; userId: string }> {
  const email = normaliseEmail(input.email);
  const { ip, now } = context;
  const attemptId = await admitAttempt(db, email, ip, now);

  const user = await q.findUserByEmail(db, email);
  const passwordOk = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  const reason = !user
    ? "unknown_email"
    : !passwordOk
      ? "wrong_password"
      : user.disabled_at !== null
        ? "disabled"
        : null;

  if (reason !== null || !user) {
    await db.transaction().execute((trx) =>
      recordAudit(
        trx,
        { kind: "system" },
        {
          action: "auth.login_failed",
          entityType: "user",
          entityId: user?.id ?? null,
          payload: { email, ip, reason: reason ?? "unknown_email" },
        },
        { at: now },
      ),
    );
    // One answer for every reason: nobody learns which accounts exist or are disabled.
    throw unauthorized("auth.invalid_credentials");
  }

  const session = await db.transaction().execute(async (trx) => {
    await markAttemptSucceeded(trx, attemptId);
    return startSession(trx, user.id, context);
  });
  return { session, userId: user.id };
}

/**
 * Signs a user in within the caller's transaction: ends the session the browser still carried, so a sign-in always
 * starts a fresh session (no fixation), creates the new one and audits the login. The route sets the cookie.
 */
export async function startSession(
  trx: Transaction<Database>,
  userId: string,
  context: LoginContext,
): Promise<NewSession> {
  const { ip, now } = context;
  if (context.previousSessionIdHash) await revokeSession(trx, context.previousSessionIdHash, now);
  const created = await createSession(trx, userId, { ip, userAgent: context.userAgent, now });
  await recordAudit(
    trx,
    { kind: "user", userId },
    { action: "auth.login", entityType: "user", entityId: userId, payload: { ip } },
    { at: now },
  );
  return created;
}

export async function logout(db: Kysely<Database>, actor: Actor, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await revokeSession(trx, actor.sessionIdHash, now);
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      { action: "auth.logout", entityType: "user", entityId: actor.userId, payload: {} },
      { at: now },
    );
  });
}

export async function userView(db: Db, userId: string): Promise<UserView | null> {
  const user = await q.userWithMemberships(db, userId);
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    locale: user.locale,
    memberships: user.memberships.map((m) => ({
      organisationId: m.organisation_id,
      organisationName: m.organisation_name,
      regionId: m.region_id,
      regionSlug: m.region_slug,
      regionName: m.region_name,
      role: m.role,
    })),
  };
}

export async function setMyLocale(db: Db, actor: Actor, locale: Locale, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const previous = await q.setUserLocale(trx, actor.userId, locale, now);
    if (!previous) throw notFound();
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "user.locale_changed",
        entityType: "user",
        entityId: actor.userId,
        payload: { from: previous.locale, to: locale },
      },
      { at: now },
    );
  });
}

// ---- administration -----------------------------------------------------------------------------------------

export interface CreateUserInput {
  email: string;
  displayName: string;
  password: string;
  locale: Locale;
}

export async function createUser(
  db: Db,
  actor: AuditActor,
  input: CreateUserInput,
  options: { now?: Date } = {},
): Promise<{ id: string; email: string }> {
  const now = options.now ?? new Date();
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return uniqueAs("users_email_key", conflict("user.email_taken"), () =>
    inTransaction(db, async (trx) => {
      if (await q.findUserByEmail(trx, email)) throw conflict("user.email_taken");
      const user = await q.insertUser(trx, {
        email,
        displayName: input.displayName.trim(),
        passwordHash,
        locale: input.locale,
        now,
      });
      await recordAudit(
        trx,
        actor,
        { action: "user.created", entityType: "user", entityId: user.id, payload: { email } },
        { at: now },
      );
      return user;
    }),
  );
}

export interface CreateOrganisationInput {
  name: string;
  enterpriseNumber: string;
  kind: OrganisationKind;
}

export async function createOrganisation(
  db: Db,
  actor: AuditActor,
  input: CreateOrganisationInput,
  options: { now?: Date } = {},
): Promise<OrganisationView> {
  const now = options.now ?? new Date();
  const parsed = parseEnterpriseNumber(input.enterpriseNumber);
  if (!parsed.ok) throw validationFailed([{ path: "enterpriseNumber", code: parsed.code }]);
  const taken = () =>
    new HttpError(409, "organisation.enterprise_number_taken", {
      fields: [{ path: "enterpriseNumber", code: "organisation.enterprise_number_taken" }],
    });
  return uniqueAs("organisations_enterprise_number_key", taken(), () =>
    inTransaction(db, async (trx) => {
      if (await q.organisationByEnterpriseNumber(trx, parsed.value)) throw taken();
      const org = await q.insertOrganisation(trx, {
        name: input.name.trim(),
        enterpriseNumber: parsed.value,
        kind: input.kind,
        now,
      });
      await recordAudit(
        trx,
        actor,
        {
          action: "organisation.created",
          entityType: "organisation",
          entityId: org.id,
          payload: { name: org.name, enterpriseNumber: org.enterprise_number },
        },
        { at: now },
      );
      return presentOrganisation(org);
    }),
  );
}

function presentOrganisation(org: {
  id: string;
  name: string;
  enterprise_number: string;
  kind: OrganisationKind;
  created_at: Date;
}): OrganisationView {
  return {
    id: org.id,
    name: org.name,
    enterpriseNumber: org.enterprise_number,
    kind: org.kind,
    createdAt: org.created_at.toISOString(),
  };
}

export async function listOrganisations(db: Db): Promise<OrganisationView[]> {
  return (await q.listOrganisations(db)).map(presentOrganisation);
}

export interface GrantMembershipInput {
  userId: string;
  organisationId: string;
  regionId: string | null;
  role: Role;
}

export async function grantMembership(
  db: Db,
  actor: AuditActor,
  input: GrantMembershipInput,
  options: { now?: Date } = {},
): Promise<{ id: string }> {
  const now = options.now ?? new Date();
  return uniqueAs("memberships_unique", conflict("membership.exists"), () =>
    inTransaction(db, async (trx) => {
      const fields = [];
      if (!(await q.exists(trx, "users", input.userId)))
        fields.push({ path: "userId", code: "membership.unknown_user" });
      if (!(await q.exists(trx, "organisations", input.organisationId))) {
        fields.push({ path: "organisationId", code: "membership.unknown_organisation" });
      }
      // Staff of an applying organisation apply in any region's call; every other role but admin is regional.
      if (input.regionId === null && input.role !== "admin" && input.role !== "applicant")
        fields.push({ path: "regionId", code: "membership.region_required" });
      if (input.regionId !== null && !(await q.exists(trx, "regions", input.regionId))) {
        fields.push({ path: "regionId", code: "membership.unknown_region" });
      }
      if (fields.length > 0) throw validationFailed(fields);
      if (await q.findMembership(trx, input)) throw conflict("membership.exists");
      const membership = await q.insertMembership(trx, { ...input, now });
      await recordAudit(
        trx,
        actor,
        {
          action: "membership.granted",
          entityType: "membership",
          entityId: membership.id,
          payload: {
            userId: input.userId,
            organisationId: input.organisationId,
            regionId: input.regionId,
            role: input.role,
          },
        },
        { at: now },
      );
      return membership;
    }),
  );
}

export async function revokeMembership(
  db: Db,
  actor: AuditActor,
  membershipId: string,
  options: { now?: Date } = {},
): Promise<void> {
  const now = options.now ?? new Date();
  await inTransaction(db, async (trx) => {
    const removed = await q.deleteMembership(trx, membershipId);
    if (!removed) throw notFound();
    await recordAudit(
      trx,
      actor,
      {
        action: "membership.revoked",
        entityType: "membership",
        entityId: removed.id,
        payload: { userId: removed.user_id, role: removed.role },
      },
      { at: now },
    );
  });
}

/** Disables an account and ends all its sessions in the same transaction: the next request is anonymous. */
export async function disableUser(db: Db, actor: Actor, userId: string, now: Date): Promise<void> {
  assertMayDisable(actor, userId);
  await inTransaction(db, async (trx) => {
    const user = await q.findUserById(trx, userId);
    if (!user) throw notFound();
    if (user.disabled_at === null) await q.setUserDisabled(trx, userId, now, now);
    const revokedSessions = await revokeUserSessions(trx, userId, now);
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      { action: "user.disabled", entityType: "user", entityId: userId, payload: { revokedSessions } },
      { at: now },
    );
  });
}

export async function enableUser(db: Db, actor: Actor, userId: string, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const user = await q.findUserById(trx, userId);
    if (!user) throw notFound();
    if (user.disabled_at !== null) await q.setUserDisabled(trx, userId, null, now);
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      { action: "user.enabled", entityType: "user", entityId: userId, payload: {} },
      { at: now },
    );
  });
}

export async function listUsers(db: Db): Promise<AdminUserView[]> {
  const users = await q.listUsers(db);
  const byUser = Map.groupBy(
    await q.membershipsOf(
      db,
      users.map((u) => u.id),
    ),
    (m) => m.user_id,
  );
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    locale: u.locale,
    disabled: u.disabled_at !== null,
    createdAt: u.created_at.toISOString(),
    memberships: (byUser.get(u.id) ?? []).map((m) => ({
      id: m.id,
      organisationId: m.organisation_id,
      organisationName: m.organisation_name,
      regionId: m.region_id,
      regionSlug: m.region_slug,
      regionName: m.region_name,
      role: m.role,
    })),
  }));
}
