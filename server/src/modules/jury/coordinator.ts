// The coordinator's side of the jury: the call's criteria and score visibility, and who sits on the jury.
import type { Kysely } from "kysely";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/types.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Clock } from "../../platform/clock.ts";
import { conflict, validationFailed, type FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { authorizeCall } from "../calls/policy.ts";
import { findCall } from "../calls/queries.ts";
import { writeCriteria } from "./defaults.ts";
import { queueAssignmentNotice } from "./notices.ts";
import * as q from "./queries.ts";
import type { CriteriaView, JuryView, PutCriteriaBody, ScoreVisibilityBody } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  /** For the links in the assignment notice. */
  config: Pick<Config, "publicUrl">;
}

async function criteriaView(db: q.Db, callId: string): Promise<CriteriaView> {
  const [criteria, locked, scoreVisibility] = await Promise.all([
    q.criteriaOf(db, callId),
    q.hasSubmittedReview(db, callId),
    q.scoreVisibilityOf(db, callId),
  ]);
  return { callId, criteria, locked, scoreVisibility };
}

export async function getCriteria(deps: Deps, actor: Actor, callId: string): Promise<CriteriaView> {
  const call = authorizeCall(actor, "manage_jury", await findCall(deps.db, callId));
  return criteriaView(deps.db, call.id);
}

function criteriaProblems(body: PutCriteriaBody): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  body.criteria.forEach((criterion, i) => {
    if (seen.has(criterion.key)) problems.push({ path: `criteria.${i}.key`, code: "field.duplicate" });
    seen.add(criterion.key);
    if (criterion.threshold !== null && criterion.threshold > criterion.maxScore) {
      problems.push({
        path: `criteria.${i}.threshold`,
        code: "jury.threshold_above_max",
        params: { max: criterion.maxScore },
      });
    }
  });
  return problems;
}

export async function putCriteria(deps: Deps, actor: Actor, callId: string, body: PutCriteriaBody) {
  const problems = criteriaProblems(body);
  return deps.db.transaction().execute(async (trx) => {
    const call = authorizeCall(actor, "manage_jury", await findCall(trx, callId));
    // The call row is the lock: a review submitted meanwhile waits for this, or this sees it.
    await trx.selectFrom("calls").select("id").where("id", "=", call.id).forUpdate().execute();
    if (problems.length > 0) throw validationFailed(problems);
    if (await q.hasSubmittedReview(trx, call.id)) throw conflict("jury.criteria_locked");
    const criteria = body.criteria.map((c) => ({ ...c, label: c.label.trim(), description: c.description.trim() }));
    await writeCriteria(trx, { kind: "user", userId: actor.userId }, call.id, criteria, {
      now: deps.clock.now(),
      defaults: false,
    });
    return criteriaView(trx, call.id);
  });
}

export async function setScoreVisibility(deps: Deps, actor: Actor, callId: string, body: ScoreVisibilityBody) {
  return deps.db.transaction().execute(async (trx) => {
    const call = authorizeCall(actor, "manage_jury", await findCall(trx, callId));
    const from = await q.scoreVisibilityOf(trx, call.id);
    if (from !== body.scoreVisibility) {
      await q.setScoreVisibility(trx, call.id, body.scoreVisibility);
      await recordAudit(
        trx,
        { kind: "user", userId: actor.userId },
        {
          action: "call.score_visibility_set",
          entityType: "call",
          entityId: call.id,
          payload: { from, to: body.scoreVisibility },
        },
        { at: deps.clock.now() },
      );
    }
    return criteriaView(trx, call.id);
  });
}

async function juryView(db: q.Db, call: { id: string; regionId: string }): Promise<JuryView> {
  const [members, jurors] = await Promise.all([q.assignedMembers(db, call.id), q.jurorsOfRegion(db, call.regionId)]);
  const assigned = new Set(members.map((m) => m.userId));
  return {
    callId: call.id,
    members: members.map((m) => ({ ...m, assignedAt: m.assignedAt.toISOString() })),
    available: jurors.filter((j) => !assigned.has(j.userId)),
  };
}

export async function getJury(deps: Deps, actor: Actor, callId: string): Promise<JuryView> {
  const call = authorizeCall(actor, "manage_jury", await findCall(deps.db, callId));
  return juryView(deps.db, call);
}

export async function assignJury(deps: Deps, actor: Actor, callId: string, userId: string): Promise<JuryView> {
  return deps.db.transaction().execute(async (trx) => {
    const call = authorizeCall(actor, "manage_jury", await findCall(trx, callId));
    const jurors = await q.jurorsOfRegion(trx, call.regionId);
    const juror = jurors.find((j) => j.userId === userId);
    if (!juror) throw validationFailed([{ path: "userId", code: "jury.not_a_juror" }]);
    if (!(await q.isAssigned(trx, call.id, userId))) {
      const now = deps.clock.now();
      const inserted = await trx
        .insertInto("jury_assignments")
        .values({ call_id: call.id, user_id: userId, assigned_by: actor.userId, assigned_at: now })
        .onConflict((oc) => oc.columns(["call_id", "user_id"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      const auditActor = { kind: "user" as const, userId: actor.userId };
      await recordAudit(
        trx,
        auditActor,
        { action: "jury.assigned", entityType: "call", entityId: call.id, payload: { userId } },
        { at: now },
      );
      // Told once, by mail: only when this request made the assignment (a concurrent one may have won).
      if (inserted) {
        const locale = await q.localeOf(trx, userId);
        await queueAssignmentNotice(
          trx,
          { call, member: { ...juror, locale }, publicUrl: deps.config.publicUrl },
          { actor: auditActor, now },
        );
      }
    }
    return juryView(trx, call);
  });
}

/** Unassigning is refused once the member submitted a review: their scores are part of the record. */
export async function unassignJury(deps: Deps, actor: Actor, callId: string, userId: string): Promise<JuryView> {
  return deps.db.transaction().execute(async (trx) => {
    const call = authorizeCall(actor, "manage_jury", await findCall(trx, callId));
    if (!(await q.isAssigned(trx, call.id, userId))) throw conflict("jury.not_assigned");
    if (await q.hasSubmittedReview(trx, call.id, userId)) throw conflict("jury.has_reviews");
    await trx.deleteFrom("jury_assignments").where("call_id", "=", call.id).where("user_id", "=", userId).execute();
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      { action: "jury.unassigned", entityType: "call", entityId: call.id, payload: { userId } },
      { at: deps.clock.now() },
    );
    return juryView(trx, call);
  });
}
