// Who may do what with the partnership and its offers (the record-level layer; the routes already required
// "partnership:manage" or "offer:edit"). The region's coordinators read and form the partnership and edit every
// offer in it; a partner's own staff (its applicant-role users) read and edit their organisation's offers only.
// Anything out of reach is 404 (STYLE.md "Authorization").
import { notFound } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { applicantOrganisationIds, managedRegionIds } from "../calls/policy.ts";

export type PartnershipAction = "read" | "form";
export type OfferAction = "read" | "edit";

export function canOnPartnership(actor: Actor, _action: PartnershipAction, record: { regionId: string }): boolean {
  return managedRegionIds(actor).includes(record.regionId);
}

export function canOnOffer(
  actor: Actor,
  _action: OfferAction,
  offer: { regionId: string; organisationId: string },
): boolean {
  return (
    managedRegionIds(actor).includes(offer.regionId) || applicantOrganisationIds(actor).includes(offer.organisationId)
  );
}

/** Throws 404 unless the actor coordinates the record's region. Call it right after loading. */
export function authorizePartnership<T extends { regionId: string }>(
  actor: Actor,
  action: PartnershipAction,
  record: T | undefined,
): T {
  if (record === undefined || !canOnPartnership(actor, action, record)) throw notFound();
  return record;
}

/** Throws 404 unless the actor coordinates the offer's region or is staff of its organisation. */
export function authorizeOffer<T extends { regionId: string; organisationId: string }>(
  actor: Actor,
  action: OfferAction,
  offer: T | undefined,
): T {
  if (offer === undefined || !canOnOffer(actor, action, offer)) throw notFound();
  return offer;
}
