// Reminders before deadlines, queued by a periodic job (platform/jobs.ts, every 15 minutes):
// - applicants whose candidacy was never submitted, or changed since it was, 7 days and 1 day before the call's
//   deadline instant (Europe/Brussels), each staff member of the organisation once per moment;
// - jury members with assigned candidacies not yet declared or scored, 3 days before the assessment phase ends.
// Which moment is due, and when it has gone stale, is domain/reminders.ts. Each reminder is queued in the outbox in
// the transaction that records it in `reminders`, whose unique key makes it happen once, whichever app server runs
// the job and however often.
import type { Kysely } from "kysely";
import type { Database, ReminderKind } from "../../db/types.ts";
import { callPhase } from "../../domain/call-phase.ts";
import { utcToLocal } from "../../domain/milestones.ts";
import {
  assessmentWindow,
  candidacyReminderDays,
  dueReminder,
  juryReminderDays,
  reminderMoments,
  type ReminderMoment,
} from "../../domain/reminders.ts";
import { recordAudit } from "../../platform/audit.ts";
import { hasUnsubmittedChanges } from "../calls/present.ts";
import { findCandidacy, revisionsOf, submittedCandidaciesOfCall } from "../calls/queries.ts";
import { counts } from "../jury/policy.ts";
import { declarationsOf, reviewsOf } from "../jury/queries.ts";
import { queueMessage, type OutgoingMessage } from "../outbox/service.ts";
import { link } from "../outbox/texts.ts";
import { candidacyReminderMail, juryReminderMail } from "./mails.ts";
import * as q from "./queries.ts";

export interface ReminderRun {
  /** Reminders queued to applicants in this run. */
  candidacy: number;
  /** Reminders queued to jury members in this run. */
  jury: number;
}

export async function queueReminders(db: Kysely<Database>, now: Date, publicUrl: string): Promise<ReminderRun> {
  const run: ReminderRun = { candidacy: 0, jury: 0 };
  for (const call of await q.undecidedCalls(db)) {
    const deadline = callPhase({ milestones: call.milestones, decisionsPublishedAt: null }, now).deadline;
    if (deadline !== null) {
      const moment = dueReminder(reminderMoments(deadline, candidacyReminderDays), now);
      if (moment) run.candidacy += await remindApplicants(db, { call, deadline, moment, now, publicUrl });
    }
    const assessment = assessmentWindow(call.milestones);
    if (assessment !== null) {
      const moment = dueReminder(reminderMoments(assessment.end, juryReminderDays, assessment.start), now);
      if (moment) run.jury += await remindJury(db, { call, end: assessment.end, moment, now, publicUrl });
    }
  }
  return run;
}

interface Occasion {
  call: q.UndecidedCall;
  moment: ReminderMoment;
  now: Date;
  publicUrl: string;
}

async function remindApplicants(
  db: Kysely<Database>,
  { call, deadline, moment, now, publicUrl }: Occasion & { deadline: string },
): Promise<number> {
  const dueAt = new Date(moment.dueAt);
  const candidacies = await q.candidacyIdsOfCall(db, call.id, dueAt);
  if (candidacies.length === 0) return 0;
  const [revisions, staff] = await Promise.all([
    revisionsOf(
      db,
      candidacies.map((c) => c.id),
    ),
    q.applicantsOf(db, [...new Set(candidacies.map((c) => c.organisationId))]),
  ]);
  let queued = 0;
  for (const { id, organisationId } of candidacies) {
    const people = staff.filter((s) => s.organisationId === organisationId);
    const reminded = await q.remindedUsers(db, "candidacy_deadline", id, dueAt);
    if (people.every((p) => reminded.has(p.userId))) continue;
    const candidacy = await findCandidacy(db, id);
    const latest = revisions.filter((r) => r.candidacyId === id).at(-1);
    if (!candidacy || !hasUnsubmittedChanges(candidacy, latest)) continue;
    for (const person of people) {
      if (reminded.has(person.userId)) continue;
      const mail = candidacyReminderMail(
        {
          recipientName: person.name,
          organisation: candidacy.organisationName,
          title: candidacy.draft.title,
          callTitle: call.title,
          region: call.regionName,
          deadline,
          submittedVersion: latest?.number ?? null,
          link: link(publicUrl, `/kandidaturen/${id}`),
        },
        person.locale,
      );
      const sent = await remind(db, {
        kind: "candidacy_deadline",
        subjectId: id,
        person,
        moment,
        endsAt: deadline,
        now,
        message: {
          kind: "reminder.candidacy_deadline",
          to: person.email,
          toName: person.name,
          locale: person.locale,
          subject: mail.subject,
          bodyText: mail.body,
          attachments: [],
          regionId: call.regionId,
          organisationId,
        },
      });
      if (sent) queued++;
    }
  }
  return queued;
}

async function remindJury(
  db: Kysely<Database>,
  { call, end, moment, now, publicUrl }: Occasion & { end: string },
): Promise<number> {
  const dueAt = new Date(moment.dueAt);
  const reminded = await q.remindedUsers(db, "jury_assessment", call.id, dueAt);
  const members = (await q.juryOf(db, call.id)).filter((m) => !reminded.has(m.userId));
  if (members.length === 0) return 0;
  const candidacies = await submittedCandidaciesOfCall(db, call.id);
  const ids = candidacies.map((c) => c.id);
  const [revisions, declarations, reviews] = await Promise.all([
    revisionsOf(db, ids),
    declarationsOf(db, ids),
    reviewsOf(db, ids),
  ]);
  const latest = new Map(revisions.map((r) => [r.candidacyId, r.id]));
  let queued = 0;
  for (const member of members) {
    let undeclared = 0;
    let unscored = 0;
    for (const id of ids) {
      const declaration = declarations.find((d) => d.candidacyId === id && d.userId === member.userId);
      if (declaration === undefined) undeclared++;
      // A conflicted member (or one whose possible conflict is not cleared) has nothing to score here.
      else if (
        counts(declaration) &&
        !reviews.some(
          (r) =>
            r.candidacyId === id &&
            r.userId === member.userId &&
            r.submittedAt !== null &&
            r.revisionId === latest.get(id),
        )
      )
        unscored++;
    }
    if (undeclared + unscored === 0) continue;
    const mail = juryReminderMail(
      {
        recipientName: member.name,
        callTitle: call.title,
        region: call.regionName,
        end: shownEnd(end),
        undeclared,
        unscored,
        link: link(publicUrl, `/jury/oproepen/${call.id}`),
      },
      member.locale,
    );
    const sent = await remind(db, {
      kind: "jury_assessment",
      subjectId: call.id,
      person: member,
      moment,
      endsAt: end,
      now,
      message: {
        kind: "reminder.jury_assessment",
        to: member.email,
        toName: member.name,
        locale: member.locale,
        subject: mail.subject,
        bodyText: mail.body,
        attachments: [],
        regionId: call.regionId,
        organisationId: null,
      },
    });
    if (sent) queued++;
  }
  return queued;
}

/** An end at midnight is shown as the last minute of the day before ("tot 14 juni om 23.59 uur"). */
function shownEnd(end: string): string {
  return utcToLocal(end).time === "00:00" ? new Date(Date.parse(end) - 1).toISOString() : end;
}

/** Records and queues one reminder in one transaction; false when it was already sent. */
async function remind(
  db: Kysely<Database>,
  input: {
    kind: ReminderKind;
    subjectId: string;
    person: q.Person;
    moment: ReminderMoment;
    endsAt: string;
    now: Date;
    message: OutgoingMessage;
  },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const dueAt = new Date(input.moment.dueAt);
    const reminderId = await q.claimReminder(trx, {
      kind: input.kind,
      subjectId: input.subjectId,
      userId: input.person.userId,
      dueAt,
      endsAt: new Date(input.endsAt),
      now: input.now,
    });
    if (reminderId === null) return false;
    const actor = { kind: "system" as const };
    const messageId = await queueMessage(trx, input.message, { actor, now: input.now });
    await q.linkMessage(trx, reminderId, messageId);
    await recordAudit(
      trx,
      actor,
      {
        action: "reminder.queued",
        entityType: "reminder",
        entityId: reminderId,
        payload: {
          kind: input.kind,
          subjectId: input.subjectId,
          userId: input.person.userId,
          dueAt: input.moment.dueAt,
          endsAt: input.endsAt,
          messageId,
        },
      },
      { at: input.now },
    );
    return true;
  });
}
