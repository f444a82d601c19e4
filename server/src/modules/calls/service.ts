// The applicant's use cases: start a candidacy for a call, read it, save its draft, submit it, read a submitted
// revision. Every change and its audit row share one transaction. The phase is judged from the clock inside the
// transaction that would change something, after the candidacy's row is locked: a save or submission that waited
// for the lock until after the deadline is refused, not slipped in.
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Clock } from "../../platform/clock.ts";
import { conflict, isUniqueViolation, notFound, validationFailed } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { emptyCandidacy, type CandidacyContent } from "./document.ts";
import { applyingRefusal, stateOf } from "./phase.ts";
import { applicantOrganisationIds, authorizeCandidacy } from "./policy.ts";
import { hasUnsubmittedChanges, presentCall, presentRevision, presentRevisionSummary } from "./present.ts";
import * as q from "./queries.ts";
import type { CandidacyView, MyCandidacyList, RevisionView, SaveCandidacyDraftResponse } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

async function candidacyView(db: q.Db, actor: Actor, candidacy: q.CandidacyRow, now: Date): Promise<CandidacyView> {
  const [call, revisions] = await Promise.all([q.findCall(db, candidacy.callId), q.revisionsOf(db, [candidacy.id])]);
  if (!call) throw new Error(`candidacy ${candidacy.id} has no call`);
  const summary = presentCall(call, now);
  return {
    id: candidacy.id,
    call: summary,
    organisation: { id: candidacy.organisationId, name: candidacy.organisationName },
    draft: candidacy.draft,
    draftRevision: candidacy.draftRevision,
    draftSavedAt: candidacy.draftSavedAt.toISOString(),
    draftSavedBy: candidacy.draftSavedBy,
    hasUnsubmittedChanges: hasUnsubmittedChanges(candidacy, revisions.at(-1)),
    revisions: revisions.map(presentRevisionSummary),
    editable: applyingRefusal(stateOf(call, now), actor.locale) === null,
  };
}

export async function listMyCandidacies(deps: Deps, actor: Actor): Promise<MyCandidacyList> {
  const { db, clock } = deps;
  const now = clock.now();
  const organisationIds = applicantOrganisationIds(actor);
  const [candidacies, organisations] = await Promise.all([
    q.candidaciesOfOrganisations(db, organisationIds),
    q.organisationsByIds(db, organisationIds),
  ]);
  const [calls, revisions] = await Promise.all([
    q.findCalls(db, [...new Set(candidacies.map((c) => c.callId))]),
    q.revisionsOf(
      db,
      candidacies.map((c) => c.id),
    ),
  ]);
  const callById = new Map(calls.map((c) => [c.id, presentCall(c, now)]));
  const latestByCandidacy = new Map(revisions.map((r) => [r.candidacyId, r]));
  return {
    candidacies: candidacies.map((candidacy) => {
      const call = callById.get(candidacy.callId);
      if (!call) throw new Error(`candidacy ${candidacy.id} has no call`);
      const latest = latestByCandidacy.get(candidacy.id);
      return {
        id: candidacy.id,
        call,
        organisation: { id: candidacy.organisationId, name: candidacy.organisationName },
        title: candidacy.draft.title,
        latestRevision: latest ? presentRevisionSummary(latest) : null,
        hasUnsubmittedChanges: hasUnsubmittedChanges(candidacy, latest),
      };
    }),
    organisations,
  };
}

/** The organisation a new candidacy is for: the one named, which must be the actor's, or the actor's only one. */
function applyingOrganisation(actor: Actor, organisationId: string | undefined): string {
  const mine = applicantOrganisationIds(actor);
  if (organisationId !== undefined) {
    // Another organisation's id is out of reach, like any record: 404.
    if (!mine.includes(organisationId)) throw notFound();
    return organisationId;
  }
  const [only, ...more] = mine;
  if (only === undefined || more.length > 0)
    throw validationFailed([{ path: "organisationId", code: "candidacy.choose_organisation" }]);
  return only;
}

export async function createCandidacy(
  deps: Deps,
  actor: Actor,
  callId: string,
  body: { organisationId?: string },
): Promise<CandidacyView> {
  const { db, clock } = deps;
  const call = await q.findCall(db, callId);
  if (!call) throw notFound();
  const organisationId = applyingOrganisation(actor, body.organisationId);
  const exists = conflict("candidacy.exists");
  try {
    return await db.transaction().execute(async (trx) => {
      const now = clock.now();
      const refusal = applyingRefusal(stateOf(call, now), actor.locale);
      if (refusal) throw refusal;
      if (await q.findCandidacyOf(trx, call.id, organisationId)) throw exists;
      // The applicant is the first contact the region has; they can change it before submitting.
      const draft: CandidacyContent = {
        ...emptyCandidacy(),
        contact: { name: actor.displayName, email: actor.email, phone: "" },
      };
      const { id } = await q.insertCandidacy(trx, {
        callId: call.id,
        organisationId,
        draft,
        userId: actor.userId,
        now,
      });
      await recordAudit(
        trx,
        { kind: "user", userId: actor.userId },
        { action: "candidacy.created", entityType: "candidacy", entityId: id, payload: { callId, organisationId } },
        { at: now },
      );
      const created = await q.findCandidacy(trx, id);
      if (!created) throw new Error("the candidacy just written is missing");
      return candidacyView(trx, actor, created, now);
    });
  } catch (error) {
    // Two tabs starting the same candidacy at once: the unique index decides, with the same answer.
    if (isUniqueViolation(error, "candidacies_call_id_organisation_id_key")) throw exists;
    throw error;
  }
}

export async function getCandidacy(deps: Deps, actor: Actor, id: string): Promise<CandidacyView> {
  const candidacy = authorizeCandidacy(actor, "read", await q.findCandidacy(deps.db, id));
  return candidacyView(deps.db, actor, candidacy, deps.clock.now());
}

export async function getRevision(deps: Deps, actor: Actor, id: string, number: number): Promise<RevisionView> {
  authorizeCandidacy(actor, "read", await q.findCandidacy(deps.db, id));
  const revision = await q.findRevision(deps.db, id, number);
  if (!revision) throw notFound();
  return presentRevision(revision);
}

export async function saveDraft(
  deps: Deps,
  actor: Actor,
  id: string,
  body: { baseDraftRevision: number; draft: CandidacyContent },
): Promise<SaveCandidacyDraftResponse> {
  const { db, clock } = deps;
  return db.transaction().execute(async (trx) => {
    const candidacy = authorizeCandidacy(actor, "save_draft", await q.findCandidacy(trx, id, { forUpdate: true }));
    const call = await q.findCall(trx, candidacy.callId);
    if (!call) throw new Error(`candidacy ${id} has no call`);
    const now = clock.now();
    const refusal = applyingRefusal(stateOf(call, now), actor.locale);
    if (refusal) throw refusal;
    if (candidacy.draftRevision !== body.baseDraftRevision)
      throw conflict("candidacy.draft_conflict", { latest: candidacy.draftRevision });
    const draftRevision = candidacy.draftRevision + 1;
    await q.updateDraft(trx, { id, draft: body.draft, draftRevision, userId: actor.userId, now });
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      { action: "candidacy.draft_saved", entityType: "candidacy", entityId: id, payload: { draftRevision } },
      { at: now },
    );
    return { draftRevision, draftSavedAt: now.toISOString() };
  });
}
