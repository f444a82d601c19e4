// Server-side sessions in PostgreSQL (DESIGN §5: revocable). The browser holds a random token in an httpOnly
// cookie; the database holds only its SHA-256, so a copy of the sessions table signs nobody in.
// A session ends after 30 minutes without a request (idle), 12 hours after login (absolute), at logout, and when
// its user is disabled — checked on every request, so the next request after any of these is anonymous.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { CookieSerializeOptions } from "@fastify/cookie";
import type { Kysely, Transaction } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Config } from "../config.ts";
import type { Database } from "../db/types.ts";
import type { Actor } from "./permissions.ts";

/**
 * Over HTTPS the cookie carries the __Host- prefix: browsers then accept it only with Secure, Path=/ and no Domain,
 * so neither a sibling subdomain nor a plain-http page can set or shadow it. Browsers refuse the prefix on plain
 * http, so development on http://localhost keeps the bare name.
 */
export function sessionCookieName(config: Pick<Config, "secureCookies">): string {
  return config.secureCookies ? "__Host-brug_session" : "brug_session";
}
export const idleTimeoutMs = 30 * 60 * 1000;
export const absoluteTimeoutMs = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most once a minute per session, to spare writes on busy pages. */
export const touchIntervalMs = 60 * 1000;

type Db = Kysely<Database> | Transaction<Database>;

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function sessionCookieOptions(config: Pick<Config, "secureCookies">): CookieSerializeOptions {
  // SameSite=Lax: the cookie is not sent on cross-site POSTs; the CSRF token covers the rest. Path=/ and no Domain,
  // as the __Host- prefix requires.
  return { httpOnly: true, sameSite: "lax", path: "/", secure: config.secureCookies };
}

/**
 * The session cookie's options: it lives no longer than the session's absolute end, given as Max-Age (seconds from
 * now, as the browser counts them) rather than Expires (a date by the server's clock, which a browser with another
 * clock would read wrongly). The idle limit is enforced on the server.
 */
export function sessionCookieWithLifetime(
  config: Pick<Config, "secureCookies">,
  session: { expiresAt: Date },
  now: Date,
): CookieSerializeOptions {
  const maxAge = Math.max(0, Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000));
  return { ...sessionCookieOptions(config), maxAge };
}

/** Constant-time comparison of two tokens. */
export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export interface NewSession {
  token: string;
  idHash: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Db,
  userId: string,
  context: { ip: string | null; userAgent: string | null; now: Date },
): Promise<NewSession> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  const idHash = hashSessionToken(token);
  const expiresAt = new Date(context.now.getTime() + absoluteTimeoutMs);
  await db
    .insertInto("sessions")
    .values({
      id_hash: idHash,
      user_id: userId,
      csrf_token: csrfToken,
      created_at: context.now,
      last_seen_at: context.now,
      expires_at: expiresAt,
      ip: context.ip,
      // Enough to recognise a device in a session list; never more.
      user_agent: context.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, idHash, csrfToken, expiresAt };
}

/** The actor behind a session token, or null when the session is unknown, ended or its user disabled. */
export async function resolveSession(db: Kysely<Database>, token: string, now: Date): Promise<Actor | null> {
  const idHash = hashSessionToken(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id_hash",
      "sessions.csrf_token",
      "sessions.last_seen_at",
      "sessions.expires_at",
      "sessions.revoked_at",
      "users.id as user_id",
      "users.email",
      "users.display_name",
      "users.locale",
      "users.disabled_at",
      // The memberships in the same round trip: this runs before every API request of a signed-in user.
      (eb) =>
        jsonArrayFrom(
          eb
            .selectFrom("memberships")
            .select(["memberships.organisation_id", "memberships.region_id", "memberships.role"])
            .whereRef("memberships.user_id", "=", "users.id")
            .orderBy("memberships.created_at"),
        ).as("memberships"),
    ])
    .where("sessions.id_hash", "=", idHash)
    .executeTakeFirst();
  if (!row) return null;
  if (row.revoked_at !== null || row.disabled_at !== null) return null;
  if (row.expires_at.getTime() <= now.getTime()) return null;
  if (now.getTime() - row.last_seen_at.getTime() >= idleTimeoutMs) return null;

  if (now.getTime() - row.last_seen_at.getTime() >= touchIntervalMs) {
    await db.updateTable("sessions").set({ last_seen_at: now }).where("id_hash", "=", idHash).execute();
  }
  return {
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    memberships: row.memberships.map((m) => ({
      organisationId: m.organisation_id,
      regionId: m.region_id,
      role: m.role,
    })),
    sessionIdHash: row.id_hash,
    csrfToken: row.csrf_token,
  };
}

export async function revokeSession(db: Db, idHash: string, now: Date): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("id_hash", "=", idHash)
    .where("revoked_at", "is", null)
    .execute();
}

/** Ends every open session of a user (when the account is disabled). Returns how many were open. */
export async function revokeUserSessions(db: Db, userId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
