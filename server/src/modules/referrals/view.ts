// How a referral is shown to each side: the summary for lists, and the whole referral with its history, feedback,
// hand-over and the client's data it shares. The receiving partner gets only the categories that both the referral
// asks and a standing consent covers; the sender sees the same selection, as "what the partner sees".
import {
  availableSteps,
  feedbackDueAt,
  finalReferralStates,
  noteCodeOf,
  openReferralStates,
  type ReferralSide,
} from "../../domain/referral-state.ts";
import { categoryOfLifeDomain, dataCategories, type DataCategory } from "../../domain/trajectory-codes.ts";
import * as q from "./queries.ts";
import type { FeedbackView, ReferralDetail, ReferralSummary, SharedData } from "./schemas.ts";

export function presentSummary(row: q.ReferralRow, now: Date): ReferralSummary {
  const feedbackDue = feedbackDueAt(row);
  return {
    id: row.id,
    trajectoryId: row.trajectoryId,
    state: row.state,
    stateReason: row.stateReason,
    stateChangedAt: row.stateChangedAt.toISOString(),
    offer: {
      id: row.offerId,
      name: row.offerName,
      serviceType: row.serviceType,
      organisation: { id: row.organisationId, name: row.organisationName },
    },
    categories: row.categories.filter((c): c is DataCategory => (dataCategories as readonly string[]).includes(c)),
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    answerDueAt: row.answerDueAt?.toISOString() ?? null,
    answerOverdue: row.state === "sent" && row.answerDueAt !== null && row.answerDueAt <= now,
    feedbackEveryDays: row.feedbackEveryDays,
    lastFeedbackAt: row.lastFeedbackAt?.toISOString() ?? null,
    feedbackDueAt: feedbackDue?.toISOString() ?? null,
    feedbackOverdue: feedbackDue !== null && feedbackDue <= now,
  };
}

async function sharedData(db: q.Db, clientId: string, categories: DataCategory[]): Promise<SharedData> {
  const may = (lifeDomain: string | null) => categories.includes(categoryOfLifeDomain(lifeDomain));
  const [client, scan, notes] = await Promise.all([
    q.clientBasics(db, clientId),
    q.latestScan(db, clientId),
    q.partnerNotes(db, clientId, categories),
  ]);
  return {
    categories,
    client,
    scan: scan && {
      takenOn: scan.takenOn,
      domains: scan.domains.filter((d) => may(d.lifeDomain)),
    },
    notes: notes
      .filter((n) => (categories as string[]).includes(n.category))
      .map((n) => ({
        id: n.id,
        writtenAt: n.writtenAt.toISOString(),
        lifeDomain: n.lifeDomain,
        category: n.category as DataCategory,
        text: n.text,
      })),
  };
}

/**
 * The whole referral for one side. `categories` are those the reader may see of the client: for the receiver the
 * referral's within a standing consent (access.ts), for the sender the referral's own.
 */
export async function presentDetail(
  db: q.Db,
  row: q.ReferralRow,
  side: Exclude<ReferralSide, "system">,
  mayCategories: ReadonlySet<DataCategory>,
  now: Date,
): Promise<ReferralDetail> {
  const categories = dataCategories.filter((c) => mayCategories.has(c) && row.categories.includes(c));
  const [events, feedback, handover, goal, shared] = await Promise.all([
    q.eventsOf(db, row.id),
    q.feedbackOf(db, row.id),
    q.handoverOf(db, row.id),
    row.goalId ? q.goalOf(db, row.goalId) : Promise.resolve(undefined),
    sharedData(db, row.clientId, categories),
  ]);
  const open = openReferralStates.includes(row.state);
  return {
    ...presentSummary(row, now),
    side,
    message: row.message,
    goal:
      goal && categories.includes(categoryOfLifeDomain(goal.lifeDomain))
        ? { id: goal.id, lifeDomain: goal.lifeDomain, text: goal.text }
        : null,
    steps: availableSteps(row.state, side),
    canGiveFeedback: side === "receiver" && (row.state === "accepted" || row.state === "started"),
    canSetRhythm: side === "sender" && !finalReferralStates.includes(row.state),
    canPlanHandover: open,
    events: events.map((e) => ({
      at: e.at.toISOString(),
      fromState: e.fromState,
      toState: e.toState,
      reason: e.reason,
      note: noteCodeOf(e.note) === null ? e.note : "",
      noteCode: noteCodeOf(e.note),
      by: e.by,
    })),
    feedback: feedback.map((f): FeedbackView => ({
      id: f.id,
      givenAt: f.givenAt.toISOString(),
      by: f.by,
      attendance: f.attendance as FeedbackView["attendance"],
      progress: f.progress as FeedbackView["progress"],
      summary: f.summary,
      nextStep: f.nextStep,
    })),
    handover: handover
      ? {
          id: handover.id,
          title: handover.title,
          startsAt: handover.startsAt.toISOString(),
          endsAt: handover.endsAt.toISOString(),
          place: handover.place,
          onlineUrl: handover.onlineUrl,
          attendance: handover.attendance,
        }
      : null,
    shared,
  };
}
