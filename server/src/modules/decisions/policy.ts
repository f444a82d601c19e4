// Who may do what with decisions and weerwoorden (the record-level layer; the routes already required "call:manage"
// or "candidacy:apply"). The coordinator of the call's region prepares, publishes and handles; an applicant sees
// only their own organisation's published decision. Anything out of reach is 404 (STYLE.md "Authorization").
import { notFound } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { applicantOrganisationIds, managedRegionIds } from "../calls/policy.ts";

export type DecisionAction = "read_decisions" | "prepare" | "publish" | "handle_objection";
export type ApplicantDecisionAction = "read_decision" | "file_objection";

export function canDecide(actor: Actor, _action: DecisionAction, record: { regionId: string }): boolean {
  return managedRegionIds(actor).includes(record.regionId);
}

export function canOnOwnDecision(
  actor: Actor,
  _action: ApplicantDecisionAction,
  candidacy: { organisationId: string },
): boolean {
  return applicantOrganisationIds(actor).includes(candidacy.organisationId);
}

/** Throws 404 unless the actor runs the call of this record. Call it right after loading. */
export function authorizeDecide<T extends { regionId: string }>(
  actor: Actor,
  action: DecisionAction,
  record: T | undefined,
): T {
  if (record === undefined || !canDecide(actor, action, record)) throw notFound();
  return record;
}

/** Throws 404 unless the candidacy is of the actor's own organisation. */
export function authorizeOwnDecision<T extends { organisationId: string }>(
  actor: Actor,
  action: ApplicantDecisionAction,
  candidacy: T | undefined,
): T {
  if (candidacy === undefined || !canOnOwnDecision(actor, action, candidacy)) throw notFound();
  return candidacy;
}
