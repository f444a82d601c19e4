// Who may do what to which call and candidacy (the record-level layer; the routes already required
// "candidacy:apply" or "call:manage"). Anything out of reach does not exist for the caller: 404, never 403, so that
// nobody learns which organisations applied where (STYLE.md "Authorization", errors.ts).
import { notFound } from "../../platform/errors.ts";
import { regionsWhere, type Actor } from "../../platform/permissions.ts";

export type CandidacyAction = "read" | "save_draft" | "submit";
export type CallAction =
  "read_candidacies" | "register_by_email" | "read_coverage" | "manage_jury" | "plan_pitches" | "manage_timeline";

/** The organisations the actor applies for: those where they hold the applicant role (in any or no region). */
export function applicantOrganisationIds(actor: Actor): string[] {
  return [...new Set(actor.memberships.filter((m) => m.role === "applicant").map((m) => m.organisationId))];
}

/** The regions whose calls the actor runs: the filter for lists. */
export function managedRegionIds(actor: Actor): string[] {
  return regionsWhere(actor, "coordinator");
}

// Every candidacy action belongs to the organisation's own staff; the region sees submitted revisions through the
// call's list, never the draft.
export function canOnCandidacy(actor: Actor, _action: CandidacyAction, candidacy: { organisationId: string }): boolean {
  return applicantOrganisationIds(actor).includes(candidacy.organisationId);
}

export function canOnCall(actor: Actor, _action: CallAction, call: { regionId: string }): boolean {
  return managedRegionIds(actor).includes(call.regionId);
}

/** Throws 404 unless the actor may do `action` to this candidacy. Call it right after loading the record. */
export function authorizeCandidacy<T extends { organisationId: string }>(
  actor: Actor,
  action: CandidacyAction,
  candidacy: T | undefined,
): T {
  if (candidacy === undefined || !canOnCandidacy(actor, action, candidacy)) throw notFound();
  return candidacy;
}

/** Throws 404 unless the actor may do `action` on this call. Call it right after loading the record. */
export function authorizeCall<T extends { regionId: string }>(
  actor: Actor,
  action: CallAction,
  call: T | undefined,
): T {
  if (call === undefined || !canOnCall(actor, action, call)) throw notFound();
  return call;
}
