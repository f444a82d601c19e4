// Who may read which message in the outbox (the record-level layer; the route already required "outbox:read").
// An administrator reads every message; a coordinator the messages of the regions they coordinate; an applicant
// the messages of the organisations they apply for. Anything else does not exist for the reader: 404.
import { regionsWhere, type Actor } from "../../platform/permissions.ts";
import type { OutboxScope } from "./queries.ts";

export function outboxScope(actor: Actor): OutboxScope {
  if (actor.memberships.some((m) => m.role === "admin")) return { all: true };
  return {
    all: false,
    regionIds: regionsWhere(actor, "coordinator"),
    organisationIds: actor.memberships.filter((m) => m.role === "applicant").map((m) => m.organisationId),
  };
}
