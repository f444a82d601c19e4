// Who may read which piece of a client's trajectory, beyond access.ts's "may this actor see this client at all".
// One place for the rules the timeline applies, so that the notes, referral and plan routes can ask the same
// questions (DESIGN §4 "Need to know"):
//
// - A note's confidentiality: "companion" — its author and the trajectory's current companion; "team" — also the
//   client's staff (companion, case director); "partners" — also a partner worker whose access covers the note's
//   category (and the category of its life domain, if it has one). The notes tab applies the same rule in its query.
// - Anything tied to a life domain (scan domains, goals, actions, notes) only where the actor may see that domain's
//   data category (categoryOfLifeDomain); staff may see every category.
// - A partner worker sees only their own organisation's referrals (events, feedback, the appointments of a warm
//   hand-over), only the consents that cover their organisation, and a case conference only when it was held under
//   one of the consents their access stands on; the trajectory's own history (status, companion, closure, follow-up)
//   is for staff only, as the client file shows it.
import { categoryOfLifeDomain, type DataCategory, type NoteConfidentiality } from "../../domain/trajectory-codes.ts";
import { maySee, type ClientAccess } from "../clients/access.ts";

export type Viewer = Pick<ClientAccess, "via" | "categories" | "consentIds" | "organisationId" | "referralIds"> & {
  userId: string;
};

export function isStaff(viewer: Pick<Viewer, "via">): boolean {
  return viewer.via === "companion" || viewer.via === "case_director";
}

/** May the viewer see data of this life domain (null: no domain, general data)? */
export function maySeeLifeDomain(viewer: Pick<Viewer, "categories">, lifeDomainCode: string | null): boolean {
  return maySee(viewer, categoryOfLifeDomain(lifeDomainCode));
}

export interface NoteForVisibility {
  writtenBy: string;
  confidentiality: NoteConfidentiality | string;
  category: DataCategory | string;
  lifeDomainCode: string | null;
}

/**
 * May the viewer read this note of a trajectory whose companion (its current central contact) is `companionUserId`?
 * The same rule as notes/queries.ts notesFor, which filters the notes tab inside its query.
 */
export function mayReadNote(viewer: Viewer, note: NoteForVisibility, companionUserId: string): boolean {
  if (note.writtenBy === viewer.userId || viewer.userId === companionUserId) return true;
  switch (note.confidentiality) {
    case "companion":
      return false;
    case "team":
      return isStaff(viewer);
    case "partners":
      if (isStaff(viewer)) return true;
      // The note's category decides; a note of a special life domain is never filed under a lower category (notes
      // module), and its life domain's category is checked too so that the rule holds for any row.
      return maySee(viewer, note.category as DataCategory) && maySeeLifeDomain(viewer, note.lifeDomainCode);
    default:
      return false;
  }
}

/** May the viewer see this consent (given, revoked, expired)? A partner sees only those that cover them. */
export function mayReadConsent(
  viewer: Viewer,
  consent: { scope: string; partnerOrganisationId: string | null },
): boolean {
  if (isStaff(viewer)) return true;
  return consent.scope === "partnership" || consent.partnerOrganisationId === viewer.organisationId;
}

/** May the viewer see this referral's events, feedback and hand-over appointments? */
export function mayReadReferral(viewer: Viewer, referral: { organisationId: string; referralId: string }): boolean {
  if (isStaff(viewer)) return true;
  // A partner's own open referrals only: a closed one no longer gives access (access.ts), its history neither.
  return referral.organisationId === viewer.organisationId && viewer.referralIds.includes(referral.referralId);
}

/** May the viewer see this case conference? */
export function mayReadCaseConference(viewer: Viewer, conference: { consentId: string | null }): boolean {
  if (isStaff(viewer)) return true;
  return conference.consentId !== null && viewer.consentIds.includes(conference.consentId);
}
