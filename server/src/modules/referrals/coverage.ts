// Whether a referral is still covered by consent: the consents standing now (clients/access.ts standingConsents)
// that cover its organisation (consentsCovering) together cover every category it asks. Sending needs it; a referral
// that loses it ends when a consent is revoked (consents/service.ts) and shows up as "consent lapsed" on the sending
// side's action-needed list when a consent expires by the clock (worklist.ts).
import type { Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { codedNote, openReferralStates } from "../../domain/referral-state.ts";
import type { Actor } from "../../platform/permissions.ts";
import {
  auditClientRecord,
  consentsCovering,
  standingConsents,
  type ClientAccess,
  type StandingConsent,
} from "../clients/access.ts";
import * as q from "./queries.ts";
import { judgeStep, writeStep } from "./steps.ts";

export function isCovered(
  consents: StandingConsent[],
  referral: { organisationId: string; categories: readonly string[] },
): boolean {
  const covered = new Set<string>(consentsCovering(consents, referral.organisationId).flatMap((c) => c.categories));
  return referral.categories.every((c) => covered.has(c));
}

/**
 * Ends, as the sending side (`actor`) with client_withdrew, every open referral of the client whose organisation the
 * consents standing at `now` no longer cover for every category it asks — what revoking a consent means for the
 * referrals under it. Each ending is a referral event with the coded note and an audited write
 * ("ended_consent_revoked"). Call it inside the revocation's transaction, with the client's row locked.
 */
export async function endReferralsNoLongerCovered(
  trx: Transaction<Database>,
  actor: Actor,
  access: Pick<ClientAccess, "clientId" | "via" | "consentIds">,
  now: Date,
): Promise<string[]> {
  const open = await trx
    .selectFrom("referrals")
    .select("id")
    .where("client_id", "=", access.clientId)
    .where("state", "in", [...openReferralStates])
    .orderBy("id")
    .execute();
  if (open.length === 0) return [];
  const consents = await standingConsents(trx, access.clientId, now);
  const ended: string[] = [];
  for (const { id } of open) {
    await q.lockReferral(trx, id);
    const row = await q.findReferral(trx, id);
    if (row === undefined || !openReferralStates.includes(row.state) || isCovered(consents, row)) continue;
    const step = judgeStep(row, "sender", "end", "client_withdrew");
    await writeStep(trx, row, { ...step, note: codedNote("consent_withdrawn"), byUserId: actor.userId, at: now });
    await auditClientRecord(
      trx,
      actor,
      access,
      { operation: "write", entity: "referral", entityId: id, what: "ended_consent_revoked" },
      now,
    );
    ended.push(id);
  }
  return ended;
}
