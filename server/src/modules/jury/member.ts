// The jury member's side: the calls they sit on, the candidacies of a call with their declaration, declaring a
// conflict of interest, and reading a candidacy's latest submitted revision once allowed.
import type { Actor } from "../../platform/permissions.ts";
import { recordAudit } from "../../platform/audit.ts";
import { conflict, notFound, validationFailed } from "../../platform/errors.ts";
import { formatInstant } from "../../domain/belgian-format.ts";
import { phaseAllows, type CallPhase } from "../../domain/call-phase.ts";
import { stateOf } from "../calls/phase.ts";
import { presentCall, presentRevision } from "../calls/present.ts";
import * as calls from "../calls/queries.ts";
import type { Deps } from "./coordinator.ts";
import { authorizeJuryCall, isJuryOfRegion, standingOf } from "./policy.ts";
import * as q from "./queries.ts";
import type {
  DeclarationBody,
  DeclarationView,
  JuryCallList,
  JuryCandidacyList,
  JuryCandidacyView,
  ReviewView,
} from "./schemas.ts";

export interface MemberCandidacy {
  call: calls.CallRow;
  candidacy: calls.CandidacyRow;
  latest: calls.RevisionRow;
  declaration: q.DeclarationRow | undefined;
}

/** A candidacy of a call the member sits on, with its latest submitted revision; 404 otherwise (drafts never). */
export async function loadForMember(
  db: q.Db,
  actor: Actor,
  candidacyId: string,
  options: { now: Date; forUpdate?: boolean },
): Promise<MemberCandidacy> {
  const candidacy = await calls.findCandidacy(db, candidacyId, options);
  if (!candidacy) throw notFound();
  const found = await calls.findCall(db, candidacy.callId);
  const call = authorizeJuryCall(actor, found, found ? await q.isAssigned(db, found.id, actor.userId) : false);
  juryMayLook(call, options.now, actor);
  const latest = (await calls.revisionsOf(db, [candidacy.id])).at(-1);
  if (!latest) throw notFound();
  return { call, candidacy, latest, declaration: await q.findDeclaration(db, candidacy.id, actor.userId) };
}

/**
 * The jury sees the candidacies only once the deadline has passed: before it, applicants may still change them, and
 * who applied is nobody's business yet. Throws 409 with the deadline in the reader's language.
 */
function juryMayLook(call: calls.CallRow, now: Date, actor: Actor): void {
  const state = stateOf(call, now);
  if (!beforeDeadline(state.phase)) return;
  throw conflict("jury.before_deadline", {
    deadline: state.deadline === null ? "—" : formatInstant(state.deadline, actor.locale),
  });
}

const beforeDeadline = (phase: CallPhase) => phase === "not_open" || phase === "open";

/** Throws unless the member may read and score the candidacy. */
export function assertMayReview(loaded: MemberCandidacy): void {
  switch (standingOf(loaded.declaration)) {
    case "may_review":
      return;
    case "undeclared":
      throw conflict("jury.declare_first");
    case "pending":
      throw conflict("jury.conflict_pending");
    case "excluded":
      // A member with a conflict is out of reach of the candidacy, as if it were another call's.
      throw notFound();
  }
}

export function presentDeclaration(d: q.DeclarationRow): DeclarationView {
  return { status: d.status, reason: d.reason, declaredAt: d.declaredAt.toISOString(), cleared: d.clearedAt !== null };
}

export function presentReview(review: q.ReviewRow, revisionNumber: number): ReviewView {
  return {
    revisionNumber,
    scores: review.scores,
    savedAt: review.savedAt.toISOString(),
    submittedAt: review.submittedAt?.toISOString() ?? null,
  };
}

export async function listJuryCalls(deps: Deps, actor: Actor): Promise<JuryCallList> {
  const callIds = await q.assignedCallIds(deps.db, actor.userId);
  const found = (await calls.findCalls(deps.db, callIds)).filter((call) => isJuryOfRegion(actor, call.regionId));
  const now = deps.clock.now();
  const result = [];
  for (const call of found) {
    result.push({ ...presentCall(call, now), scoreVisibility: await q.scoreVisibilityOf(deps.db, call.id) });
  }
  return { calls: result };
}

export async function listJuryCandidacies(deps: Deps, actor: Actor, callId: string): Promise<JuryCandidacyList> {
  const { db } = deps;
  const found = await calls.findCall(db, callId);
  const call = authorizeJuryCall(actor, found, found ? await q.isAssigned(db, found.id, actor.userId) : false);
  const now = deps.clock.now();
  // Before the deadline the list is empty: which organisations applied is not the jury's to know yet.
  if (beforeDeadline(stateOf(call, now).phase)) return { call: presentCall(call, now), candidacies: [] };
  const candidacies = await calls.submittedCandidaciesOfCall(db, call.id);
  const ids = candidacies.map((c) => c.id);
  const [declarations, reviews, revisions] = await Promise.all([
    q.declarationsOf(db, ids, actor.userId),
    q.reviewsOf(db, ids),
    calls.revisionsOf(db, ids),
  ]);
  const latest = new Map(revisions.map((r) => [r.candidacyId, r.id]));
  return {
    call: presentCall(call, deps.clock.now()),
    candidacies: candidacies.map((c) => {
      const declaration = declarations.find((d) => d.candidacyId === c.id);
      const mine = reviews.find((r) => r.userId === actor.userId && r.revisionId === latest.get(c.id));
      return {
        id: c.id,
        organisation: { id: c.organisationId, name: c.organisationName },
        declaration: declaration ? presentDeclaration(declaration) : null,
        mayReview: standingOf(declaration) === "may_review",
        reviewStatus: mine === undefined ? "none" : mine.submittedAt === null ? "draft" : "submitted",
      };
    }),
  };
}

export async function declare(
  deps: Deps,
  actor: Actor,
  candidacyId: string,
  body: DeclarationBody,
): Promise<DeclarationView> {
  const reason = body.reason?.trim() || null;
  if (body.status !== "none" && reason === null) throw validationFailed([{ path: "reason", code: "field.required" }]);
  return deps.db.transaction().execute(async (trx) => {
    const loaded = await loadForMember(trx, actor, candidacyId, { forUpdate: true, now: deps.clock.now() });
    const previous = loaded.declaration;
    if (previous?.status === body.status && previous.reason === reason) return presentDeclaration(previous);
    // Discovering a conflict late must always be possible (the submitted review then stops counting); any other
    // change after a submitted review would rewrite what the scores were given under.
    const reviewed = (await q.reviewsOf(trx, [candidacyId])).some(
      (r) => r.userId === actor.userId && r.submittedAt !== null,
    );
    if (reviewed && body.status !== "conflict") throw conflict("jury.declaration_locked");
    const now = deps.clock.now();
    await q.upsertDeclaration(trx, { candidacyId, userId: actor.userId, status: body.status, reason, now });
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "jury.conflict_declared",
        entityType: "candidacy",
        entityId: candidacyId,
        payload: { userId: actor.userId, status: body.status, reason, previous: previous?.status ?? null },
      },
      { at: now },
    );
    const stored = await q.findDeclaration(trx, candidacyId, actor.userId);
    if (!stored) throw new Error("the declaration just written is missing");
    return presentDeclaration(stored);
  });
}

export async function getForMember(deps: Deps, actor: Actor, candidacyId: string): Promise<JuryCandidacyView> {
  const { db } = deps;
  const loaded = await loadForMember(db, actor, candidacyId, { now: deps.clock.now() });
  assertMayReview(loaded);
  const { call, candidacy, latest, declaration } = loaded;
  const [criteria, reviews] = await Promise.all([q.criteriaOf(db, call.id), q.reviewsOf(db, [candidacy.id])]);
  const mine = reviews.find((r) => r.userId === actor.userId && r.revisionId === latest.id);
  const now = deps.clock.now();
  return {
    call: presentCall(call, now),
    organisation: { id: candidacy.organisationId, name: candidacy.organisationName },
    revision: presentRevision(latest),
    criteria,
    declaration: presentDeclaration(declaration as q.DeclarationRow),
    review: mine ? presentReview(mine, latest.number) : null,
    scoringOpen: phaseAllows.scoring(stateOf(call, now).phase),
  };
}
