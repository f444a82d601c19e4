// Who may do what to which addendum (the record-level layer; the route already required "addendum:edit").
// A coordinator works on the addenda of the regions they coordinate; for anyone else the addendum does not
// exist: 404, never 403, so that its existence is not revealed (STYLE.md "Authorization").
import { notFound } from "../../platform/errors.ts";
import { regionsWhere, type Actor } from "../../platform/permissions.ts";

export type AddendumAction = "read_draft" | "save_draft" | "publish" | "read_history";

const rolesFor: Record<AddendumAction, "coordinator"> = {
  read_draft: "coordinator",
  save_draft: "coordinator",
  publish: "coordinator",
  read_history: "coordinator",
};

/** The regions whose addenda the actor may edit: the filter for lists. */
export function editableRegionIds(actor: Actor): string[] {
  return regionsWhere(actor, "coordinator");
}

export function can(actor: Actor, action: AddendumAction, addendum: { regionId: string }): boolean {
  return regionsWhere(actor, rolesFor[action]).includes(addendum.regionId);
}

/** Throws 404 unless the actor may do `action` to this addendum. Call it right after loading the record. */
export function authorize<T extends { regionId: string }>(
  actor: Actor,
  action: AddendumAction,
  addendum: T | undefined,
): T {
  if (addendum === undefined || !can(actor, action, addendum)) throw notFound();
  return addendum;
}
