// The coordinator's overview of the jury's work (progress per candidacy and per member, conflicts, averages), clearing
// a `possible` conflict, and recording the consensus.
import type { ConsensusScores } from "../../db/types.ts";
import { phaseAllows } from "../../domain/call-phase.ts";
import { recordAudit } from "../../platform/audit.ts";
import { conflict, notFound, validationFailed, type FieldError } from "../../platform/errors.ts";
import { translate } from "../../platform/i18n.ts";
import type { Actor } from "../../platform/permissions.ts";
import { stateOf } from "../calls/phase.ts";
import { authorizeCall } from "../calls/policy.ts";
import { presentCall } from "../calls/present.ts";
import * as calls from "../calls/queries.ts";
import type { Deps } from "./coordinator.ts";
import { counts } from "./policy.ts";
import * as q from "./queries.ts";
import { presentDeclaration } from "./member.ts";
import type { ConsensusBody, ConsensusView, Criterion, DeclarationView, ReviewProgress } from "./schemas.ts";
import { averagesOf, countingReviews } from "./tally.ts";

function presentConsensus(row: q.ConsensusRow, revisionNumber: number): ConsensusView {
  return { revisionNumber, scores: row.scores, recordedBy: row.recordedBy, recordedAt: row.recordedAt.toISOString() };
}

export async function reviewProgress(deps: Deps, actor: Actor, callId: string): Promise<ReviewProgress> {
  const { db } = deps;
  const call = authorizeCall(actor, "manage_jury", await calls.findCall(db, callId));
  const candidacies = await calls.submittedCandidaciesOfCall(db, call.id);
  const ids = candidacies.map((c) => c.id);
  const [criteria, members, revisions, declarations, reviews, consensus] = await Promise.all([
    q.criteriaOf(db, call.id),
    q.assignedMembers(db, call.id),
    calls.revisionsOf(db, ids),
    q.declarationsOf(db, ids),
    q.reviewsOf(db, ids),
    q.consensusOf(db, ids),
  ]);
  const assigned = new Set(members.map((m) => m.userId));
  const memberStats = new Map(members.map((m) => [m.userId, { done: 0, expected: 0, undeclared: 0 }]));

  const rows = candidacies.flatMap((candidacy) => {
    const latest = revisions.filter((r) => r.candidacyId === candidacy.id).at(-1);
    if (!latest) return [];
    const declared = declarations.filter((d) => d.candidacyId === candidacy.id);
    const counting = countingReviews(
      reviews.filter((r) => r.candidacyId === candidacy.id),
      latest.id,
      assigned,
      declared,
    );
    let expected = 0;
    for (const member of members) {
      const declaration = declared.find((d) => d.userId === member.userId);
      const stats = memberStats.get(member.userId);
      if (!stats) continue;
      if (declaration === undefined) stats.undeclared += 1;
      if (!counts(declaration)) continue;
      expected += 1;
      stats.expected += 1;
      if (counting.some((r) => r.userId === member.userId)) stats.done += 1;
    }
    const recorded = consensus.find((c) => c.candidacyId === candidacy.id && c.revisionId === latest.id);
    return [
      {
        id: candidacy.id,
        organisation: { id: candidacy.organisationId, name: candidacy.organisationName },
        title: latest.content.title,
        revisionNumber: latest.number,
        done: counting.length,
        expected,
        label: translate(actor.locale, "jury.progress", { done: counting.length, expected }),
        conflicts: declared
          .filter((d) => d.status !== "none" && assigned.has(d.userId))
          .map((d) => ({
            userId: d.userId,
            displayName: d.displayName,
            status: d.status as "conflict" | "possible",
            reason: d.reason ?? "",
            cleared: d.clearedAt !== null,
          })),
        averages: averagesOf(criteria, counting),
        consensus: recorded ? presentConsensus(recorded, latest.number) : null,
      },
    ];
  });
  return {
    call: presentCall(call, deps.clock.now()),
    criteria,
    candidacies: rows,
    members: members.map((m) => ({
      userId: m.userId,
      displayName: m.displayName,
      email: m.email,
      ...(memberStats.get(m.userId) ?? { done: 0, expected: 0, undeclared: 0 }),
    })),
  };
}

/** Loads a candidacy of a call the coordinator runs, with its latest submitted revision; 404 otherwise. */
async function loadForCoordinator(db: q.Db, actor: Actor, candidacyId: string) {
  const candidacy = await calls.findCandidacy(db, candidacyId, { forUpdate: true });
  const call = authorizeCall(actor, "manage_jury", candidacy ? await calls.findCall(db, candidacy.callId) : undefined);
  const latest = (await calls.revisionsOf(db, [candidacyId])).at(-1);
  if (!latest) throw notFound();
  return { call, latest };
}

export async function clearConflict(
  deps: Deps,
  actor: Actor,
  candidacyId: string,
  userId: string,
): Promise<DeclarationView> {
  return deps.db.transaction().execute(async (trx) => {
    await loadForCoordinator(trx, actor, candidacyId);
    const now = deps.clock.now();
    if (!(await q.clearDeclaration(trx, { candidacyId, userId, by: actor.userId, now })))
      throw conflict("jury.nothing_to_clear");
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      { action: "jury.conflict_cleared", entityType: "candidacy", entityId: candidacyId, payload: { userId } },
      { at: now },
    );
    const stored = await q.findDeclaration(trx, candidacyId, userId);
    if (!stored) throw new Error("the declaration just cleared is missing");
    return presentDeclaration(stored);
  });
}

function consensusProblems(criteria: readonly Criterion[], scores: ConsensusBody["scores"]): FieldError[] {
  const problems: FieldError[] = [];
  for (const key of Object.keys(scores))
    if (!criteria.some((c) => c.key === key)) problems.push({ path: `scores.${key}`, code: "jury.unknown_criterion" });
  for (const criterion of criteria) {
    const given = scores[criterion.key];
    if (!given) problems.push({ path: `scores.${criterion.key}`, code: "field.required" });
    else if (given.score > criterion.maxScore)
      problems.push({
        path: `scores.${criterion.key}.score`,
        code: "field.too_large",
        params: { limit: criterion.maxScore },
      });
  }
  return problems;
}

/** The consensus on the latest revision, every criterion scored and motivated; recording again replaces it. */
export async function recordConsensus(
  deps: Deps,
  actor: Actor,
  candidacyId: string,
  body: ConsensusBody,
): Promise<ConsensusView> {
  return deps.db.transaction().execute(async (trx) => {
    const { call, latest } = await loadForCoordinator(trx, actor, candidacyId);
    const now = deps.clock.now();
    if (!phaseAllows.scoring(stateOf(call, now).phase)) throw conflict("jury.not_scoring_phase");
    const criteria = await q.criteriaOf(trx, call.id);
    const problems = consensusProblems(criteria, body.scores);
    if (problems.length > 0) throw validationFailed(problems);
    const scores: ConsensusScores = Object.fromEntries(
      criteria.map((c) => {
        const given = body.scores[c.key] as { score: number; motivation: string };
        return [c.key, { score: given.score, motivation: given.motivation.trim() }];
      }),
    );
    const replaced = await q.upsertConsensus(trx, {
      candidacyId,
      revisionId: latest.id,
      scores,
      by: actor.userId,
      now,
    });
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "jury.consensus_recorded",
        entityType: "candidacy",
        entityId: candidacyId,
        payload: {
          revisionId: latest.id,
          scores: Object.fromEntries(Object.entries(scores).map(([k, s]) => [k, s.score])),
          replaced,
        },
      },
      { at: now },
    );
    const stored = (await q.consensusOf(trx, [candidacyId])).find((c) => c.revisionId === latest.id);
    if (!stored) throw new Error("the consensus just recorded is missing");
    return presentConsensus(stored, latest.number);
  });
}
