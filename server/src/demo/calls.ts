// The demo's calls: each region's 2023 call, opened on its published addendum with the addendum's own timeline
// (long closed, so its candidacies show the phases after the deadline), and one fictional demo call for Maasland
// whose timeline is placed around the day the demo is loaded, so a visitor can apply now. The demo calls in the
// later phases are phases.ts.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/types.ts";
import { formatDate, formatDates } from "../domain/belgian-format.ts";
import type { Milestone } from "../domain/milestone-types.ts";
import { addDaysToLocalDate, isoWeekOf, isoWeekMonday, utcToLocal } from "../domain/milestones.ts";
import type { AuditActor } from "../platform/audit-events.ts";
import { callPhase } from "../domain/call-phase.ts";
import { recordAudit } from "../platform/audit.ts";
import { createCall } from "../modules/calls/calls.ts";

export const regionalCallTitle = "Oproep Lokale Partnerschappen 2023";
export const demoCallRegion = "maasland";
export const demoCallTitle = "Demo-oproep (fictief) — Maasland";

/** The Monday after a local date (7 days later when it is a Monday itself). */
function nextMonday(date: string): string {
  const { year, week } = isoWeekOf(date);
  return addDaysToLocalDate(isoWeekMonday(year, week), 7);
}

/** A demo timeline in Brussels local dates, shaped like an addendum's (the weerwoord 14 days after the decision). */
export interface DemoTimeline {
  launch: string;
  deadline: string;
  assessment: [string, string];
  pitchDays: string[];
  decisionBefore: string;
}

export function demoTimelineMilestones(t: DemoTimeline): Milestone[] {
  const [assessmentFrom, assessmentTo] = t.assessment;
  return [
    {
      key: "launch",
      label: "Lancering oproep",
      original: formatDate(t.launch, "nl"),
      when: { kind: "date", date: t.launch },
    },
    {
      key: "candidacy_deadline",
      label: "Deadline kandidaturen",
      original: `${formatDate(t.deadline, "nl")} om 23u59`,
      when: { kind: "instant", date: t.deadline, time: "23:59" },
    },
    {
      key: "written_assessment",
      label: "Beoordelen schriftelijke projectvoorstellen",
      original: `${formatDate(assessmentFrom, "nl")} t/m ${formatDate(assessmentTo, "nl")}`,
      when: { kind: "range", from: assessmentFrom, to: assessmentTo },
    },
    {
      key: "pitches_jury",
      label: "Pitches en jury",
      original: `${formatDates(t.pitchDays, "nl")} (9u00-12u00)`,
      when: { kind: "sessions", sessions: t.pitchDays.map((date) => ({ date, from: "09:00", to: "12:00" })) },
    },
    {
      key: "decision_communication",
      label: "Communicatie over beslissing",
      original: `Vóór ${formatDate(t.decisionBefore, "nl")}`,
      when: { kind: "before", date: t.decisionBefore },
    },
    {
      key: "objection",
      label: "Ontvangen en beoordelen van ‘weerwoord’",
      original: "Einddatum + 14 dagen",
      when: { kind: "relative", to: "decision_communication", days: 14 },
    },
  ];
}

/**
 * The open demo call's timeline, in Brussels local dates around `now`: launched 7 days ago; the deadline 14 days
 * ahead at 23:59; the written assessment the (Monday to Friday) week after; two pitch sessions in the week after
 * that; the decision before the day 5 weeks ahead; the weerwoord 14 days after the decision, as in every addendum.
 */
export function demoCallMilestones(now: Date): Milestone[] {
  const today = utcToLocal(now.toISOString()).date;
  const deadline = addDaysToLocalDate(today, 14);
  const assessmentFrom = nextMonday(deadline);
  const pitchWeek = addDaysToLocalDate(assessmentFrom, 7);
  return demoTimelineMilestones({
    launch: addDaysToLocalDate(today, -7),
    deadline,
    assessment: [assessmentFrom, addDaysToLocalDate(assessmentFrom, 4)],
    pitchDays: [addDaysToLocalDate(pitchWeek, 1), addDaysToLocalDate(pitchWeek, 3)],
    decisionBefore: addDaysToLocalDate(today, 35),
  });
}

/** Opens the demo calls; `regions` maps each region slug to its id and published addendum version. */
export async function loadDemoCalls(
  trx: Transaction<Database>,
  actor: AuditActor,
  regions: Map<string, { regionId: string; versionId: string }>,
  now: Date,
): Promise<void> {
  for (const { regionId, versionId } of regions.values()) {
    await createCall(trx, actor, { regionId, title: regionalCallTitle, addendumVersionId: versionId }, { now });
  }
  const maasland = regions.get(demoCallRegion);
  if (maasland) {
    await createCall(
      trx,
      actor,
      {
        regionId: maasland.regionId,
        title: demoCallTitle,
        addendumVersionId: maasland.versionId,
        milestones: demoCallMilestones(now),
        isDemo: true,
      },
      // Later than the regional calls and the phase calls (phases.ts), so it is listed first ("newest first").
      { now: new Date(now.getTime() + 10) },
    );
  }
}

/**
 * Keeps the open demo call walkable: a demo call without any candidacy whose deadline has passed gets a new timeline
 * around `now` (the same shape as when it was loaded), so that a visitor to a demo started weeks ago can still apply.
 * A call with a candidacy never moves: its revisions, reviews and decisions were judged against the timeline it has
 * (revisions are immutable), so the phase calls (phases.ts) and an open call someone applied to move on through their
 * phases like any call. Real calls never move. Returns how many calls moved.
 */
export async function keepDemoCallsCurrent(db: Kysely<Database>, now: Date): Promise<number> {
  const demoCalls = await db
    .selectFrom("calls")
    .select(["id", "milestones"])
    .where("is_demo", "=", true)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("candidacies").select("candidacies.id").whereRef("candidacies.call_id", "=", "calls.id"))),
    )
    .execute();
  let moved = 0;
  for (const call of demoCalls) {
    const before = callPhase({ milestones: call.milestones, decisionsPublishedAt: null }, now);
    if (before.phase === "not_open" || before.phase === "open") continue;
    const milestones = demoCallMilestones(now);
    const after = callPhase({ milestones, decisionsPublishedAt: null }, now);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("calls")
        .set({ milestones: JSON.stringify(milestones) })
        .where("id", "=", call.id)
        .execute();
      await recordAudit(
        trx,
        { kind: "seed" },
        {
          action: "call.demo_timeline_moved",
          entityType: "call",
          entityId: call.id,
          payload: { previousDeadline: before.deadline, deadline: after.deadline },
        },
        { at: now },
      );
    });
    moved += 1;
  }
  return moved;
}
