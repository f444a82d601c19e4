// Route-level permissions (the first of the two authorization layers, STYLE.md "Authorization"). A route states
// its policy in `config.policy`; a route without one refuses to register (see policy-hook.ts). Record-level checks
// (which region, which organisation) happen in each module's policy.ts after the record is loaded.
import type { Locale } from "../db/types.ts";
import type { Role } from "./roles.ts";

export type Permission =
  | "account:self" // any signed-in user: own session, own profile
  | "addendum:edit" // write a region's addendum (record check: coordinator of that region)
  | "admin:manage" // regions, organisations, accounts
  | "call:manage" // run a region's call: candidacies, registering e-mailed ones (record check: coordinator of it)
  | "candidacy:apply" // draft, submit and amend candidacies (record check: staff of that organisation)
  | "jury:review" // declare conflicts and score candidacies (record check: assigned to the call, jury in its region)
  | "offer:edit" // read and edit partnership offers (record check: coordinator of the region or the partner's staff)
  | "outbox:read" // read messages in the outbox (record check: the region's or the organisation's messages)
  | "partnership:manage" // the region's partnership: read it, form it once final (record check: coordinator of it)
  // Issue 4, the partnership at work. Record checks for every client record: modules/clients/access.ts.
  | "outreach:record" // outreach contacts and reach in the actor's region (companion, case director)
  | "client:read" // read a client record (companion and case director of the client; a partner worker under consent)
  | "client:work" // create and change client files, trajectories, consents, scans, plans, referrals, notes
  | "referral:respond" // answer a referral to the own organisation and give feedback (partner worker, under consent)
  | "worklist:read" // the "action needed" list of the actor's own work
  | "signal:raise" // raise a structural signal in the actor's region and read the region's signals
  | "signal:manage"; // follow signals up for the region (coordinator)

export type RoutePolicy = { access: "public" } | { access: "signed-in"; permission: Permission };

export interface ActorMembership {
  organisationId: string;
  regionId: string | null;
  role: Role;
}

/** The signed-in user behind a request. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  locale: Locale;
  memberships: ActorMembership[];
  /** SHA-256 of the session token; never the token itself. */
  sessionIdHash: string;
  csrfToken: string;
}

const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: ["account:self", "admin:manage", "outbox:read"],
  coordinator: [
    "account:self",
    "addendum:edit",
    "call:manage",
    "offer:edit",
    "outbox:read",
    "partnership:manage",
    "signal:raise",
    "signal:manage",
  ],
  jury: ["account:self", "jury:review"],
  applicant: ["account:self", "candidacy:apply", "offer:edit", "outbox:read"],
  companion: ["account:self", "outreach:record", "client:read", "client:work", "worklist:read", "signal:raise"],
  case_director: ["account:self", "outreach:record", "client:read", "client:work", "worklist:read", "signal:raise"],
  partner_worker: ["account:self", "client:read", "referral:respond", "worklist:read", "signal:raise"],
  analyst: ["account:self"],
};

export function hasPermission(actor: Actor, permission: Permission): boolean {
  // Every signed-in user may manage their own session and profile, with or without a role: a user whose last
  // membership was revoked must still be able to sign out.
  if (permission === "account:self") return true;
  return actor.memberships.some((m) => rolePermissions[m.role].includes(permission));
}

/** Regions in which the actor holds the role. */
export function regionsWhere(actor: Actor, role: Role): string[] {
  return actor.memberships.filter((m) => m.role === role && m.regionId !== null).map((m) => m.regionId as string);
}

declare module "fastify" {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}
