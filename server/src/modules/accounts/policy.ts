// Who may do what in the accounts module. The route layer already requires admin:manage for the admin routes;
// these are the record-level rules on top.
import { hasPermission, type Actor, type Permission } from "../../platform/permissions.ts";
import { conflict } from "../../platform/errors.ts";

// A Record over the Permission union, so adding a permission without listing it here fails to compile.
const everyPermission: Record<Permission, true> = {
  "account:self": true,
  "addendum:edit": true,
  "admin:manage": true,
  "call:manage": true,
  "candidacy:apply": true,
  "jury:review": true,
  "offer:edit": true,
  "outbox:read": true,
  "partnership:manage": true,
  "outreach:record": true,
  "client:read": true,
  "client:work": true,
  "referral:respond": true,
  "worklist:read": true,
  "signal:raise": true,
  "signal:manage": true,
};

/** The permissions the server grants this actor, sent to the web client to show only what it may use. */
export function abilitiesOf(actor: Actor | null): Permission[] {
  if (actor === null) return [];
  return (Object.keys(everyPermission) as Permission[]).filter((p) => hasPermission(actor, p));
}

/** An administrator cannot disable their own account: it could leave the platform without one. */
export function assertMayDisable(actor: { userId: string }, targetUserId: string): void {
  if (actor.userId === targetUserId) throw conflict("user.cannot_disable_self");
}
