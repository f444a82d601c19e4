// Who may raise, read and follow up the signals of a region (the record-level layer; the routes already required
// "signal:raise", "signal:manage" or "client:work"). Linking a trajectory is checked by access.ts in the service.
import type { Role } from "../../platform/roles.ts";
import { regionsWhere, type Actor } from "../../platform/permissions.ts";

/** The roles that raise signals, in the order that picks the organisation a signal is raised for. */
export const raisingRoles: readonly Role[] = ["companion", "case_director", "partner_worker", "coordinator"];

/** The regions where the actor may raise and read signals. */
export function signalRegionIds(actor: Actor): string[] {
  return [...new Set(raisingRoles.flatMap((role) => regionsWhere(actor, role)))];
}

/** The regions whose signals the actor follows up (coordinator). */
export function managedSignalRegionIds(actor: Actor): string[] {
  return regionsWhere(actor, "coordinator");
}

/** The organisation the actor raises a signal for in the region: that of their first raising role there. */
export function raisingOrganisation(actor: Actor, regionId: string): string | null {
  for (const role of raisingRoles) {
    const membership = actor.memberships.find((m) => m.role === role && m.regionId === regionId);
    if (membership) return membership.organisationId;
  }
  return null;
}
