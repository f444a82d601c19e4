// Weerwoorden: the applicant files one against a communicated decision within 14 days; the coordinator handles it
// (upheld or rejected, with an answer). Upholding reopens the decision (coordinator.ts publishes it again).
import type { Kysely } from "kysely";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/types.ts";
import { formatInstant } from "../../domain/belgian-format.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Clock } from "../../platform/clock.ts";
import { conflict, notFound } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { findCall, findCandidacy } from "../calls/queries.ts";
import { queueObjectionAnswer, queueObjectionFiled } from "./notices.ts";
import { authorizeDecide, authorizeOwnDecision } from "./policy.ts";
import * as q from "./queries.ts";
import type {
  ApplicantDecision,
  FileObjectionBody,
  HandleObjectionBody,
  ObjectionList,
  ObjectionView,
} from "./schemas.ts";
import { isProvisional, weerwoordOpen, weerwoordUntil } from "./window.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  /** For the links in the weerwoord's mails. */
  config: Pick<Config, "publicUrl">;
}

export function presentObjection(row: q.ObjectionRow): ObjectionView {
  return {
    id: row.id,
    candidacyId: row.candidacyId,
    organisation: row.organisationName,
    decisionPublishedAt: row.decisionPublishedAt.toISOString(),
    filedBy: row.filedBy,
    filedAt: row.filedAt.toISOString(),
    text: row.text,
    status: row.status,
    answer: row.answer,
    handledBy: row.handledBy,
    handledAt: row.handledAt?.toISOString() ?? null,
  };
}

export async function listObjections(deps: Deps, actor: Actor, callId: string): Promise<ObjectionList> {
  const call = authorizeDecide(actor, "read_decisions", await findCall(deps.db, callId));
  const rows = await q.objectionsOfCall(deps.db, call.id);
  return { objections: rows.map(presentObjection) };
}

export async function handleObjection(
  deps: Deps,
  actor: Actor,
  id: string,
  body: HandleObjectionBody,
): Promise<ObjectionView> {
  return deps.db.transaction().execute(async (trx) => {
    await trx.selectFrom("objections").select("id").where("id", "=", id).forUpdate().execute();
    const objection = authorizeDecide(actor, "handle_objection", await q.findObjection(trx, id));
    if (objection.status !== "filed") throw conflict("decisions.objection_already_handled");
    const now = deps.clock.now();
    const answer = body.answer.trim();
    await q.handleObjection(trx, { id: objection.id, status: body.status, answer, userId: actor.userId, now });
    // An upheld weerwoord reopens the decision: the coordinator may change it and publish it again.
    if (body.status === "upheld") await q.reopenDecision(trx, objection.candidacyId, now);
    const auditActor = { kind: "user" as const, userId: actor.userId };
    await recordAudit(
      trx,
      auditActor,
      {
        action: "objection.handled",
        entityType: "objection",
        entityId: objection.id,
        payload: { candidacyId: objection.candidacyId, status: body.status, answer },
      },
      { at: now },
    );
    await queueObjectionAnswer(trx, objection.id, { actor: auditActor, now, publicUrl: deps.config.publicUrl });
    const handled = await q.findObjection(trx, objection.id);
    if (!handled) throw notFound();
    return presentObjection(handled);
  });
}

/** The applicant's published decision; 404 until the letter went out (drafts are the region's alone). */
export async function getOwnDecision(deps: Deps, actor: Actor, candidacyId: string): Promise<ApplicantDecision> {
  const candidacy = authorizeOwnDecision(actor, "read_decision", await findCandidacy(deps.db, candidacyId));
  const decision = await q.decisionOf(deps.db, candidacy.id);
  if (!decision || decision.publishedAt === null || decision.publishedOutcome === null) throw notFound();
  const now = deps.clock.now();
  const [all, unhandled, objections] = await Promise.all([
    q.decisionsOfCall(deps.db, candidacy.callId),
    q.hasUnhandledObjection(deps.db, candidacy.callId),
    q.objectionsOfCandidacy(deps.db, candidacy.id),
  ]);
  const filed = objections.some((o) => o.decisionPublishedAt.getTime() === decision.publishedAt!.getTime());
  return {
    candidacyId: candidacy.id,
    outcome: decision.publishedOutcome,
    motivation: decision.publishedMotivation ?? "",
    publishedAt: decision.publishedAt.toISOString(),
    weerwoordUntil: weerwoordUntil(decision.publishedAt),
    canObject: !filed && weerwoordOpen(decision.publishedAt, now),
    provisional: isProvisional(all, unhandled, now),
    reopened: decision.reopenedAt !== null,
    objections: objections.map(presentObjection),
  };
}

export async function fileObjection(
  deps: Deps,
  actor: Actor,
  candidacyId: string,
  body: FileObjectionBody,
): Promise<ObjectionView> {
  return deps.db.transaction().execute(async (trx) => {
    const candidacy = authorizeOwnDecision(
      actor,
      "file_objection",
      await findCandidacy(trx, candidacyId, { forUpdate: true }),
    );
    const decision = await q.decisionOf(trx, candidacy.id);
    if (!decision || decision.publishedAt === null) throw notFound();
    const now = deps.clock.now();
    // Weerwoord: until 14 days after the decision was communicated (Lokaal Addendum timing), end exclusive.
    const until = weerwoordUntil(decision.publishedAt);
    if (!weerwoordOpen(decision.publishedAt, now)) {
      throw conflict("decisions.weerwoord_closed", { until: formatInstant(until, actor.locale) });
    }
    const inserted = await q.insertObjection(trx, {
      candidacyId: candidacy.id,
      decisionPublishedAt: decision.publishedAt,
      userId: actor.userId,
      text: body.text.trim(),
      now,
    });
    if (!inserted) throw conflict("decisions.objection_exists");
    const auditActor = { kind: "user" as const, userId: actor.userId };
    await recordAudit(
      trx,
      auditActor,
      {
        action: "objection.filed",
        entityType: "objection",
        entityId: inserted.id,
        payload: { candidacyId: candidacy.id, decisionPublishedAt: decision.publishedAt.toISOString() },
      },
      { at: now },
    );
    await queueObjectionFiled(trx, inserted.id, { actor: auditActor, now, publicUrl: deps.config.publicUrl });
    const row = await q.findObjection(trx, inserted.id);
    if (!row) throw notFound();
    return presentObjection(row);
  });
}
