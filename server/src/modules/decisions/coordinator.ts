// The coordinator's side of the decisions: the call's candidacies with their prepared decisions, preparing one,
// publishing the batch (letters, the call's stamp), and publishing one reopened decision again.
import type { Kysely, Transaction } from "kysely";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/types.ts";
import { formatInstant, formatList } from "../../domain/belgian-format.ts";
import { phaseAllows } from "../../domain/call-phase.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Clock } from "../../platform/clock.ts";
import { conflict, HttpError, notFound, validationFailed } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { stateOf } from "../calls/phase.ts";
import { presentState } from "../calls/present.ts";
import { findCall, findCandidacy, revisionsOf, submittedCandidaciesOfCall, type CallRow } from "../calls/queries.ts";
import { queueLetter } from "./letters.ts";
import { authorizeDecide, type DecisionAction } from "./policy.ts";
import * as q from "./queries.ts";
import type { CallDecisions, CoordinatorDecision, PrepareDecisionBody } from "./schemas.ts";
import { isProvisional, weerwoordUntil } from "./window.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  /** For the link in each decision letter (where to file a weerwoord). */
  config: Pick<Config, "publicUrl">;
}

/** The title of each candidacy's latest submitted revision. */
async function titlesOf(db: q.Db, candidacyIds: string[]): Promise<Map<string, string>> {
  const revisions = await revisionsOf(db, candidacyIds);
  return new Map(revisions.map((r) => [r.candidacyId, r.content.title]));
}

function presentDecision(
  candidacy: { id: string; organisationName: string },
  title: string,
  decision: q.DecisionRow | undefined,
): CoordinatorDecision {
  return {
    candidacyId: candidacy.id,
    organisation: candidacy.organisationName,
    title,
    decision: decision
      ? {
          outcome: decision.outcome,
          motivation: decision.motivation,
          preparedBy: decision.preparedBy,
          preparedAt: decision.preparedAt.toISOString(),
          published:
            decision.publishedAt && decision.publishedOutcome
              ? {
                  outcome: decision.publishedOutcome,
                  motivation: decision.publishedMotivation ?? "",
                  at: decision.publishedAt.toISOString(),
                  until: weerwoordUntil(decision.publishedAt),
                }
              : null,
          reopenedAt: decision.reopenedAt?.toISOString() ?? null,
        }
      : null,
  };
}

async function callDecisions(db: q.Db, call: CallRow, now: Date): Promise<CallDecisions> {
  const [candidacies, decisions, unhandled] = await Promise.all([
    submittedCandidaciesOfCall(db, call.id),
    q.decisionsOfCall(db, call.id),
    q.hasUnhandledObjection(db, call.id),
  ]);
  const titles = await titlesOf(
    db,
    candidacies.map((c) => c.id),
  );
  const byCandidacy = new Map(decisions.map((d) => [d.candidacyId, d]));
  const state = stateOf(call, now);
  return {
    callId: call.id,
    state: presentState(state),
    decisionsPublishedAt: call.decisionsPublishedAt?.toISOString() ?? null,
    canPrepare: call.decisionsPublishedAt === null && phaseAllows.deciding(state.phase),
    provisional: isProvisional(decisions, unhandled, now),
    candidacies: candidacies.map((c) => presentDecision(c, titles.get(c.id) ?? "", byCandidacy.get(c.id))),
  };
}

export async function listDecisions(deps: Deps, actor: Actor, callId: string): Promise<CallDecisions> {
  const call = authorizeDecide(actor, "read_decisions", await findCall(deps.db, callId));
  return callDecisions(deps.db, call, deps.clock.now());
}

/** The candidacy with its call, locked, or 404 when either is out of the coordinator's reach. */
async function loadForCoordinator(
  trx: Transaction<Database>,
  actor: Actor,
  action: DecisionAction,
  candidacyId: string,
) {
  const candidacy = await findCandidacy(trx, candidacyId, { forUpdate: true });
  const call = candidacy ? await findCall(trx, candidacy.callId) : undefined;
  authorizeDecide(actor, action, call);
  if (!candidacy || !call) throw notFound();
  const titles = await titlesOf(trx, [candidacy.id]);
  const title = titles.get(candidacy.id);
  // A draft alone is never the region's: without a submitted revision, the candidacy does not exist for it.
  if (title === undefined) throw notFound();
  return { candidacy, call, title };
}

export async function prepareDecision(
  deps: Deps,
  actor: Actor,
  candidacyId: string,
  body: PrepareDecisionBody,
): Promise<CoordinatorDecision> {
  return deps.db.transaction().execute(async (trx) => {
    const { candidacy, call, title } = await loadForCoordinator(trx, actor, "prepare", candidacyId);
    const motivation = body.motivation.trim();
    // The programme's rule: a candidacy that is not selected is told why.
    if (body.outcome === "not_selected" && motivation === "") {
      throw validationFailed([{ path: "motivation", code: "decisions.motivation_required" }]);
    }
    const now = deps.clock.now();
    const existing = await q.decisionOf(trx, candidacy.id);
    const reopened = existing?.reopenedAt != null;
    if (!reopened) {
      if (call.decisionsPublishedAt !== null) {
        throw conflict("decisions.already_published", {
          at: formatInstant(call.decisionsPublishedAt.toISOString(), actor.locale),
        });
      }
      if (!phaseAllows.deciding(stateOf(call, now).phase)) throw conflict("decisions.not_deciding_phase");
    }
    await q.upsertDecision(trx, {
      candidacyId: candidacy.id,
      outcome: body.outcome,
      motivation,
      userId: actor.userId,
      now,
    });
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "decision.prepared",
        entityType: "candidacy",
        entityId: candidacy.id,
        payload: { outcome: body.outcome, motivation, previous: existing?.outcome ?? null, reopened },
      },
      { at: now },
    );
    return presentDecision(candidacy, title, await q.decisionOf(trx, candidacy.id));
  });
}

export async function publishDecisions(deps: Deps, actor: Actor, callId: string): Promise<CallDecisions> {
  return deps.db.transaction().execute(async (trx) => {
    const call = authorizeDecide(actor, "publish", await findCall(trx, callId));
    // The call row is the lock: two publishes take turns, and the second sees the first's stamp.
    const locked = await trx
      .selectFrom("calls")
      .select("decisions_published_at")
      .where("id", "=", call.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.decisions_published_at !== null) {
      throw conflict("decisions.already_published", {
        at: formatInstant(locked.decisions_published_at.toISOString(), actor.locale),
      });
    }
    const now = deps.clock.now();
    if (!phaseAllows.deciding(stateOf(call, now).phase)) throw conflict("decisions.not_deciding_phase");

    const candidacies = await submittedCandidaciesOfCall(trx, call.id);
    if (candidacies.length === 0) throw conflict("decisions.nothing_to_publish");
    const decisions = new Map((await q.decisionsOfCall(trx, call.id)).map((d) => [d.candidacyId, d]));
    const missing = candidacies.filter((c) => !decisions.has(c.id));
    if (missing.length > 0) {
      throw new HttpError(400, "decisions.missing", {
        params: {
          organisations: formatList(
            missing.map((c) => c.organisationName),
            actor.locale,
          ),
        },
        fields: missing.map((c) => ({
          path: `candidacies.${c.id}`,
          code: "decisions.missing_one",
          params: { organisation: c.organisationName },
        })),
      });
    }

    const ids = candidacies.map((c) => c.id);
    await q.publishDecisions(trx, ids, now);
    await q.setCallDecisionsPublished(trx, call.id, now);
    const auditActor = { kind: "user" as const, userId: actor.userId };
    const titles = await titlesOf(trx, ids);
    let letters = 0;
    for (const candidacy of candidacies) {
      const decision = decisions.get(candidacy.id)!;
      letters += await queueLetter(
        trx,
        {
          candidacy: { ...candidacy, title: titles.get(candidacy.id) ?? "" },
          call,
          outcome: decision.outcome,
          motivation: decision.motivation,
          publishedAt: now,
          publicUrl: deps.config.publicUrl,
        },
        { actor: auditActor, now },
      );
    }
    await recordAudit(
      trx,
      auditActor,
      {
        action: "call.decisions_published",
        entityType: "call",
        entityId: call.id,
        payload: { publishedAt: now.toISOString(), weerwoordUntil: weerwoordUntil(now), candidacyIds: ids, letters },
      },
      { at: now },
    );
    return callDecisions(trx, { ...call, decisionsPublishedAt: now }, now);
  });
}

/** A decision reopened by an upheld weerwoord, published again: a new letter and a new weerwoord window. */
export async function republishDecision(deps: Deps, actor: Actor, candidacyId: string): Promise<CoordinatorDecision> {
  return deps.db.transaction().execute(async (trx) => {
    const { candidacy, call, title } = await loadForCoordinator(trx, actor, "publish", candidacyId);
    const decision = await q.decisionOf(trx, candidacy.id);
    if (!decision || decision.reopenedAt === null) throw conflict("decisions.not_reopened");
    const now = deps.clock.now();
    await q.publishDecisions(trx, [candidacy.id], now);
    const auditActor = { kind: "user" as const, userId: actor.userId };
    await queueLetter(
      trx,
      {
        candidacy: { ...candidacy, title },
        call,
        outcome: decision.outcome,
        motivation: decision.motivation,
        publishedAt: now,
        publicUrl: deps.config.publicUrl,
      },
      { actor: auditActor, now },
    );
    await recordAudit(
      trx,
      auditActor,
      {
        action: "decision.republished",
        entityType: "candidacy",
        entityId: candidacy.id,
        payload: { outcome: decision.outcome, publishedAt: now.toISOString(), weerwoordUntil: weerwoordUntil(now) },
      },
      { at: now },
    );
    return presentDecision(candidacy, title, await q.decisionOf(trx, candidacy.id));
  });
}
