// The sending side of a referral (the client's companion or the region's case director): the offers to pick with
// what consent covers, drafting, sending under consent, ending, the feedback rhythm and the hand-over; and reading a
// referral from either side. Every call checks access in its transaction (modules/clients/access.ts) and audits it.
import type { Kysely, Transaction } from "kysely";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/types.ts";
import { answerDueAt, type ReferralState } from "../../domain/referral-state.ts";
import {
  dataCategories,
  endedTrajectoryStatuses,
  type DataCategory,
  type TrajectoryStatus,
} from "../../domain/trajectory-codes.ts";
import type { Clock } from "../../platform/clock.ts";
import { conflict, notFound, validationFailed } from "../../platform/errors.ts";
import { translate } from "../../platform/i18n.ts";
import type { Actor } from "../../platform/permissions.ts";
import {
  auditClientRecord,
  clientAccess,
  consentsCovering,
  referralAccess,
  standingConsents,
  withClientAccess,
  type ClientAccess,
} from "../clients/access.ts";
import { notifyPartnerWorkers } from "./notices.ts";
import * as q from "./queries.ts";
import type {
  DraftBody,
  DraftChangeBody,
  HandoverBody,
  ReferralDetail,
  ReferralList,
  ReferralOfferList,
  RhythmBody,
  SenderStepBody,
} from "./schemas.ts";
import { judgeStep, planHandover, writeStep } from "./steps.ts";
import { presentDetail, presentSummary } from "./view.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  config: Pick<Config, "publicUrl">;
}

const allCategories: ReadonlySet<DataCategory> = new Set(dataCategories);

function isEnded(status: string): boolean {
  return endedTrajectoryStatuses.includes(status as TrajectoryStatus);
}

/** The referrals of a trajectory: all of them for its staff; a partner worker only those to its organisation. */
export function listReferrals(deps: Deps, actor: Actor, trajectoryId: string): Promise<ReferralList> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "read", entity: "trajectory", what: "referrals" },
    now,
    async (trx, access) => {
      const rows = await q.referralsOfTrajectory(
        trx,
        trajectoryId,
        access.via === "partner" ? access.referralIds : undefined,
      );
      return { referrals: rows.map((r) => presentSummary(r, now)) };
    },
  );
}

/** The region's offers that take referrals, each with what the client's standing consents cover for its partner. */
export function referralOffers(deps: Deps, actor: Actor, trajectoryId: string): Promise<ReferralOfferList> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "read", entity: "consent", what: "referral_offers" },
    now,
    async (trx, access) => {
      if (access.via === "partner") throw notFound();
      const [offers, consents] = await Promise.all([
        q.referableOffers(trx, access.regionId),
        standingConsents(trx, access.clientId, now),
      ]);
      return {
        offers: offers
          .filter((o) => o.acceptingReferrals)
          .map((o) => {
            const covered = new Set(consentsCovering(consents, o.organisationId).flatMap((c) => c.categories));
            return {
              id: o.id,
              name: o.name,
              serviceType: o.serviceType,
              organisation: { id: o.organisationId, name: o.organisationName },
              municipalities: o.municipalities,
              languages: o.languages,
              capacityPerYear: o.capacityPerYear,
              waitingDays: o.waitingDays,
              consentCategories: dataCategories.filter((c) => covered.has(c)),
            };
          }),
      };
    },
  );
}

async function checkDraft(
  trx: Transaction<Database>,
  regionId: string,
  trajectoryId: string,
  body: { offerId: string; categories: readonly string[]; goalId: string | null },
): Promise<{ organisationId: string }> {
  const offer = await q.offerInRegion(trx, body.offerId, regionId);
  if (!offer) throw validationFailed([{ path: "offerId", code: "referrals.offer_not_available" }]);
  if (!offer.acceptingReferrals) throw validationFailed([{ path: "offerId", code: "referrals.offer_not_accepting" }]);
  // Without the general data (name, contact) a partner cannot tie anything to a person.
  if (!body.categories.includes("general")) {
    throw validationFailed([{ path: "categories", code: "referrals.general_required" }]);
  }
  if (body.goalId !== null) {
    const goal = await q.goalOf(trx, body.goalId);
    if (goal?.trajectoryId !== trajectoryId) {
      throw validationFailed([{ path: "goalId", code: "referrals.goal_not_in_trajectory" }]);
    }
  }
  return { organisationId: offer.organisationId };
}

export async function createDraft(
  deps: Deps,
  actor: Actor,
  trajectoryId: string,
  body: DraftBody,
): Promise<ReferralDetail> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "write", entity: "referral", entityId: (r: ReferralDetail) => r.id, what: "drafted" },
    now,
    async (trx) => {
      const trajectory = await q.trajectoryOf(trx, trajectoryId);
      if (isEnded(trajectory.status)) throw conflict("referrals.trajectory_ended");
      const goalId = body.goalId ?? null;
      const { organisationId } = await checkDraft(trx, trajectory.regionId, trajectoryId, { ...body, goalId });
      const { id } = await trx
        .insertInto("referrals")
        .values({
          trajectory_id: trajectoryId,
          client_id: trajectory.clientId,
          offer_id: body.offerId,
          organisation_id: organisationId,
          categories: dataCategories.filter((c) => body.categories.includes(c)),
          goal_id: goalId,
          message: body.message.trim(),
          state: "draft",
          state_changed_at: now,
          created_by: actor.userId,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await q.insertEvent(trx, {
        referralId: id,
        from: null,
        to: "draft",
        reason: null,
        note: "",
        at: now,
        byUserId: actor.userId,
      });
      const row = await q.findReferral(trx, id);
      return presentDetail(trx, row!, "sender", allCategories, now);
    },
  );
}

/**
 * Runs `fn` for the sending side of a referral in one transaction: the referral must exist and the actor must be
 * the client's companion or case director (404 otherwise); a write locks the referral and needs write access.
 */
async function asSender<T>(
  deps: Deps,
  actor: Actor,
  referralId: string,
  record: { operation: "read" | "write"; what: string },
  fn: (trx: Transaction<Database>, row: q.ReferralRow, access: ClientAccess, now: Date) => Promise<T>,
): Promise<T> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const found = await q.findReferral(trx, referralId);
    if (!found) throw notFound();
    const access = await clientAccess(trx, actor, found.clientId, now, record.operation);
    if (access.via === "partner") throw notFound();
    let row = found;
    if (record.operation === "write") {
      await q.lockReferral(trx, referralId);
      row = (await q.findReferral(trx, referralId))!;
    }
    const result = await fn(trx, row, access, now);
    await auditClientRecord(trx, actor, access, { ...record, entity: "referral", entityId: referralId }, now);
    return result;
  });
}

/** One referral, for either side: the sender sees it whole, the receiving partner within its consent. */
export async function getReferral(deps: Deps, actor: Actor, referralId: string): Promise<ReferralDetail> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const access = await referralAccess(trx, actor, referralId, now);
    const row = await q.findReferral(trx, referralId);
    if (!row) throw notFound();
    const detail = await presentDetail(
      trx,
      row,
      access.side,
      access.side === "receiver" ? access.categories : allCategories,
      now,
    );
    await auditClientRecord(
      trx,
      actor,
      access,
      { operation: "read", entity: "referral", entityId: referralId, what: "referral" },
      now,
    );
    return detail;
  });
}

const senderDetail = (trx: Transaction<Database>, referralId: string, now: Date) =>
  q.findReferral(trx, referralId).then((row) => presentDetail(trx, row!, "sender", allCategories, now));

export function changeDraft(
  deps: Deps,
  actor: Actor,
  referralId: string,
  body: DraftChangeBody,
): Promise<ReferralDetail> {
  return asSender(deps, actor, referralId, { operation: "write", what: "draft_changed" }, async (trx, row, _, now) => {
    if (row.state !== "draft") throw conflict("referrals.not_a_draft");
    const next = {
      offerId: body.offerId ?? row.offerId,
      categories: body.categories ?? row.categories,
      goalId: body.goalId === undefined ? row.goalId : body.goalId,
    };
    const { organisationId } = await checkDraft(trx, row.regionId, row.trajectoryId, next);
    await trx
      .updateTable("referrals")
      .set({
        offer_id: next.offerId,
        organisation_id: organisationId,
        categories: dataCategories.filter((c) => next.categories.includes(c)),
        goal_id: next.goalId,
        ...(body.message !== undefined ? { message: body.message.trim() } : {}),
      })
      .where("id", "=", row.id)
      .execute();
    return senderDetail(trx, row.id, now);
  });
}

/** The categories in the reader's language, for a message: "gezondheid, justitie". */
function categoryNames(actor: Actor, categories: readonly string[]): string {
  return categories.map((c) => translate(actor.locale, `referrals.category.${c}`)).join(", ");
}

/**
 * Sends a draft under standing consent(s) covering the offer's organisation (or the whole partnership) and every
 * category it asks. Otherwise 409 naming what is missing, and the draft stays as it was.
 */
async function send(trx: Transaction<Database>, deps: Deps, actor: Actor, row: q.ReferralRow, now: Date, note: string) {
  const step = judgeStep(row, "sender", "send", undefined);
  const trajectory = await q.trajectoryOf(trx, row.trajectoryId);
  if (isEnded(trajectory.status)) throw conflict("referrals.trajectory_ended");
  const offer = await q.offerInRegion(trx, row.offerId, row.regionId);
  if (!offer?.acceptingReferrals) throw conflict("referrals.offer_not_accepting");
  const covering = consentsCovering(await standingConsents(trx, row.clientId, now), row.organisationId);
  if (covering.length === 0) {
    throw conflict("referrals.consent_missing", { organisation: row.organisationName });
  }
  const covered = new Set<string>(covering.flatMap((c) => c.categories));
  const missing = row.categories.filter((c) => !covered.has(c));
  if (missing.length > 0) {
    throw conflict("referrals.consent_categories_missing", {
      organisation: row.organisationName,
      categories: categoryNames(actor, missing),
    });
  }
  // The consent it is sent under: one that covers every category if there is one, the longest-standing first.
  const sorted = [...covering].sort((a, b) => b.expiresAt.getTime() - a.expiresAt.getTime());
  const consent =
    sorted.find((c) => row.categories.every((k) => c.categories.includes(k as DataCategory))) ?? sorted[0];
  await writeStep(
    trx,
    row,
    { ...step, note, byUserId: actor.userId, at: now },
    { sent_at: now, answer_due_at: answerDueAt(now), consent_id: consent!.id },
  );
  await notifyPartnerWorkers(trx, {
    referralId: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    regionId: row.regionId,
    publicUrl: deps.config.publicUrl,
    actor: { kind: "user", userId: actor.userId },
    now,
  });
}

export function senderStep(
  deps: Deps,
  actor: Actor,
  referralId: string,
  body: SenderStepBody,
): Promise<ReferralDetail> {
  const what = body.step === "send" ? "sent" : "ended";
  return asSender(deps, actor, referralId, { operation: "write", what }, async (trx, row, _, now) => {
    const note = body.note?.trim() ?? "";
    if (body.step === "send") {
      await send(trx, deps, actor, row, now, note);
    } else {
      const step = judgeStep(row, "sender", "end", body.reason);
      await writeStep(trx, row, { ...step, note, byUserId: actor.userId, at: now });
    }
    return senderDetail(trx, row.id, now);
  });
}

const closedStates: readonly ReferralState[] = ["declined", "completed", "ended"];

export function setFeedbackRhythm(
  deps: Deps,
  actor: Actor,
  referralId: string,
  body: RhythmBody,
): Promise<ReferralDetail> {
  return asSender(
    deps,
    actor,
    referralId,
    { operation: "write", what: "feedback_rhythm" },
    async (trx, row, _, now) => {
      if (closedStates.includes(row.state)) throw conflict("referrals.closed");
      await trx
        .updateTable("referrals")
        .set({ feedback_every_days: body.everyDays })
        .where("id", "=", row.id)
        .execute();
      return senderDetail(trx, row.id, now);
    },
  );
}

export function senderHandover(
  deps: Deps,
  actor: Actor,
  referralId: string,
  body: HandoverBody,
): Promise<ReferralDetail> {
  return asSender(deps, actor, referralId, { operation: "write", what: "handover" }, async (trx, row, _, now) => {
    await planHandover(trx, row, body, { userId: actor.userId, now });
    return senderDetail(trx, row.id, now);
  });
}
