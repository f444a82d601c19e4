// The demo's jury: one fictional jury member of Maasland (jury.maasland@brug.demo), assigned to Maasland's 2023 call,
// who declared a conflict of interest on one candidacy and submitted reviews of the others, so the coordinator's
// progress screen and the jury member's list have something to show. Written directly in the loader's
// transaction, audited as the seed, like the applicants (applicants.ts).
import type { Transaction } from "kysely";
import type { Database, ReviewScores } from "../db/types.ts";
import type { AuditActor } from "../platform/audit-events.ts";
import { recordAudit } from "../platform/audit.ts";
import { regionalCallTitle } from "./calls.ts";

export const demoJuryEmail = "jury.maasland@brug.demo";
export const demoJuryRegion = "maasland";
/** The candidacy the demo jury member declared a conflict on. */
export const demoConflictOrganisation = "Herstelcentrum Maasvallei (fictief)";
const conflictReason = "Ik was tot vorig jaar bestuurder van deze organisatie.";

// A comment per score, as a jury member would write it.
const comments = ["", "Onvoldoende uitgewerkt.", "Beperkt uitgewerkt.", "Voldoende.", "Goed uitgewerkt.", "Sterk."];

export async function loadDemoJury(
  trx: Transaction<Database>,
  actor: AuditActor,
  regions: Map<string, { regionId: string }>,
  now: Date,
): Promise<void> {
  const region = regions.get(demoJuryRegion);
  if (!region) return;
  const call = await trx
    .selectFrom("calls")
    .select("id")
    .where("region_id", "=", region.regionId)
    .where("title", "=", regionalCallTitle)
    .executeTakeFirstOrThrow();
  const user = await trx.selectFrom("users").select("id").where("email", "=", demoJuryEmail).executeTakeFirstOrThrow();
  await trx
    .insertInto("jury_assignments")
    .values({ call_id: call.id, user_id: user.id, assigned_by: null, assigned_at: now })
    .execute();
  await recordAudit(
    trx,
    actor,
    { action: "jury.assigned", entityType: "call", entityId: call.id, payload: { userId: user.id } },
    { at: now },
  );

  await loadDemoReviews(
    trx,
    actor,
    { callId: call.id, userId: user.id, conflictOrganisation: demoConflictOrganisation },
    now,
  );
}

/**
 * The jury member's declarations and submitted reviews on every submitted candidacy of a call: a conflict on
 * `conflictOrganisation` (when given), none on the others, and each of those scored on every criterion.
 */
export async function loadDemoReviews(
  trx: Transaction<Database>,
  actor: AuditActor,
  input: { callId: string; userId: string; conflictOrganisation: string | null },
  now: Date,
): Promise<void> {
  const user = { id: input.userId };
  const call = { id: input.callId };
  const criteria = await trx
    .selectFrom("call_criteria")
    .select(["key", "max_score"])
    .where("call_id", "=", call.id)
    .orderBy("sort_order")
    .execute();
  const candidacies = await trx
    .selectFrom("candidacies")
    .innerJoin("organisations", "organisations.id", "candidacies.organisation_id")
    .innerJoin("candidacy_revisions as r", "r.candidacy_id", "candidacies.id")
    .select(["candidacies.id", "organisations.name", "r.id as revisionId"])
    .where("candidacies.call_id", "=", call.id)
    .orderBy("organisations.name")
    .execute();

  for (const [index, candidacy] of candidacies.entries()) {
    const conflict = candidacy.name === input.conflictOrganisation;
    await trx
      .insertInto("conflict_declarations")
      .values({
        candidacy_id: candidacy.id,
        user_id: user.id,
        status: conflict ? "conflict" : "none",
        reason: conflict ? conflictReason : null,
        declared_at: now,
      })
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: "jury.conflict_declared",
        entityType: "candidacy",
        entityId: candidacy.id,
        payload: {
          userId: user.id,
          status: conflict ? "conflict" : "none",
          reason: conflict ? conflictReason : null,
          previous: null,
        },
      },
      { at: now },
    );
    if (conflict) continue;

    // Scores from 2 to the maximum, varied per candidacy and criterion, the same on every load.
    const scores: ReviewScores = Object.fromEntries(
      criteria.map((c, j) => {
        const score = Math.min(c.max_score, 2 + ((index + 2 * j) % 4));
        return [c.key, { score, comment: comments[score] ?? "" }];
      }),
    );
    const review = await trx
      .insertInto("reviews")
      .values({
        user_id: user.id,
        candidacy_id: candidacy.id,
        revision_id: candidacy.revisionId,
        scores: JSON.stringify(scores),
        saved_at: now,
        submitted_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      actor,
      {
        action: "jury.review_submitted",
        entityType: "candidacy",
        entityId: candidacy.id,
        payload: {
          reviewId: review.id,
          revisionId: candidacy.revisionId,
          scores: Object.fromEntries(Object.entries(scores).map(([key, s]) => [key, s.score ?? 0])),
        },
      },
      { at: now },
    );
  }
}
