// Scoring: a jury member's review of a candidacy's latest submitted revision, saved as a draft and submitted once,
// only while the call's phase allows scoring (judged inside the transaction, like submitting a candidacy); and the
// other members' scores, as far as the call's score visibility allows.
import type { ReviewScores } from "../../db/types.ts";
import { phaseAllows } from "../../domain/call-phase.ts";
import { unscoredCriteria } from "../../domain/jury-scores.ts";
import { recordAudit } from "../../platform/audit.ts";
import { conflict, validationFailed, type FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { stateOf } from "../calls/phase.ts";
import type { Deps } from "./coordinator.ts";
import { assertMayReview, loadForMember, presentReview } from "./member.ts";
import * as q from "./queries.ts";
import type { Criterion, OthersScores, ReviewView, SaveReviewBody } from "./schemas.ts";
import { averagesOf, countingReviews } from "./tally.ts";

function scoreProblems(criteria: readonly Criterion[], scores: ReviewScores): FieldError[] {
  const byKey = new Map(criteria.map((c) => [c.key, c]));
  const problems: FieldError[] = [];
  for (const [key, value] of Object.entries(scores)) {
    const criterion = byKey.get(key);
    if (!criterion) problems.push({ path: `scores.${key}`, code: "jury.unknown_criterion" });
    else if (value.score !== null && value.score > criterion.maxScore)
      problems.push({ path: `scores.${key}.score`, code: "field.too_large", params: { limit: criterion.maxScore } });
  }
  return problems;
}

/** Saves the draft (`scores` given) or submits the saved draft (`scores` null). */
async function writeReview(
  deps: Deps,
  actor: Actor,
  candidacyId: string,
  scores: ReviewScores | null,
): Promise<ReviewView> {
  return deps.db.transaction().execute(async (trx) => {
    const loaded = await loadForMember(trx, actor, candidacyId, { forUpdate: true, now: deps.clock.now() });
    assertMayReview(loaded);
    const { call, candidacy, latest } = loaded;
    // Shares the call row with criteria changes (coordinator.ts), so criteria cannot change under a submission.
    await trx.selectFrom("calls").select("id").where("id", "=", call.id).forShare().execute();
    const now = deps.clock.now();
    if (!phaseAllows.scoring(stateOf(call, now).phase)) throw conflict("jury.not_scoring_phase");
    const criteria = await q.criteriaOf(trx, call.id);
    const existing = (await q.reviewsOf(trx, [candidacy.id], { forUpdate: true })).find(
      (r) => r.userId === actor.userId && r.revisionId === latest.id,
    );
    if (existing?.submittedAt) throw conflict("jury.review_already_submitted");
    const actorRef = { kind: "user" as const, userId: actor.userId };

    if (scores !== null) {
      const problems = scoreProblems(criteria, scores);
      if (problems.length > 0) throw validationFailed(problems);
      const comments = Object.fromEntries(
        Object.entries(scores).map(([key, s]) => [key, { score: s.score, comment: s.comment.trim() }]),
      );
      const id = existing
        ? (await q.updateReview(trx, existing.id, { scores: comments, now, submit: false }), existing.id)
        : (
            await q.insertReview(trx, {
              userId: actor.userId,
              candidacyId,
              revisionId: latest.id,
              scores: comments,
              now,
            })
          ).id;
      const scored = Object.values(comments).filter((s) => s.score !== null).length;
      await recordAudit(
        trx,
        actorRef,
        {
          action: "jury.review_saved",
          entityType: "candidacy",
          entityId: candidacyId,
          payload: { reviewId: id, revisionId: latest.id, scored },
        },
        { at: now },
      );
    } else {
      const saved = existing?.scores ?? {};
      const missing = unscoredCriteria(criteria, saved);
      if (!existing || missing.length > 0)
        throw validationFailed(missing.map((key) => ({ path: `scores.${key}.score`, code: "field.required" })));
      // Criteria removed after the draft was saved are not part of what is submitted.
      const kept = Object.fromEntries(criteria.map((c) => [c.key, saved[c.key] as ReviewScores[string]]));
      await q.updateReview(trx, existing.id, { scores: kept, now, submit: true });
      await recordAudit(
        trx,
        actorRef,
        {
          action: "jury.review_submitted",
          entityType: "candidacy",
          entityId: candidacyId,
          payload: {
            reviewId: existing.id,
            revisionId: latest.id,
            scores: Object.fromEntries(criteria.map((c) => [c.key, kept[c.key]?.score ?? 0])),
          },
        },
        { at: now },
      );
    }
    const stored = (await q.reviewsOf(trx, [candidacy.id])).find(
      (r) => r.userId === actor.userId && r.revisionId === latest.id,
    );
    if (!stored) throw new Error("the review just written is missing");
    return presentReview(stored, latest.number);
  });
}

export const saveReview = (deps: Deps, actor: Actor, candidacyId: string, body: SaveReviewBody) =>
  writeReview(deps, actor, candidacyId, body.scores);

export const submitReview = (deps: Deps, actor: Actor, candidacyId: string) =>
  writeReview(deps, actor, candidacyId, null);

/**
 * The other members' submitted reviews of the latest revision, and the averages over every review that counts,
 * as calls.score_visibility allows: never; after_own (once the member submitted their own); always. Members with a
 * conflict, or an uncleared possible one, are left out of both.
 */
export async function othersScores(deps: Deps, actor: Actor, candidacyId: string): Promise<OthersScores> {
  const { db } = deps;
  const loaded = await loadForMember(db, actor, candidacyId, { now: deps.clock.now() });
  assertMayReview(loaded);
  const { call, latest } = loaded;
  const [scoreVisibility, criteria, reviews, declarations, members] = await Promise.all([
    q.scoreVisibilityOf(db, call.id),
    q.criteriaOf(db, call.id),
    q.reviewsOf(db, [candidacyId]),
    q.declarationsOf(db, [candidacyId]),
    q.assignedMembers(db, call.id),
  ]);
  const counting = countingReviews(reviews, latest.id, new Set(members.map((m) => m.userId)), declarations);
  const ownSubmitted = counting.some((r) => r.userId === actor.userId);
  const visible = scoreVisibility === "always" || (scoreVisibility === "after_own" && ownSubmitted);
  if (!visible) return { scoreVisibility, visible, reviews: [], averages: null };
  return {
    scoreVisibility,
    visible,
    reviews: counting
      .filter((r) => r.userId !== actor.userId)
      .map((r) => ({
        displayName: r.displayName,
        scores: r.scores,
        submittedAt: (r.submittedAt as Date).toISOString(),
      })),
    averages: averagesOf(criteria, counting),
  };
}
