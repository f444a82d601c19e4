// When a taken-over timeline moves the deadline of a call that already has candidacies, every staff member of those
// organisations is told, in their language, with the old and the new deadline in Brussels time. The reminders follow
// the new deadline by themselves (they are keyed on the moment they are due).
import type { Transaction } from "kysely";
import type { Database, Locale } from "../../db/types.ts";
import { formatInstant } from "../../domain/belgian-format.ts";
import type { AuditActor } from "../../platform/audit-events.ts";
import { queueMessage } from "../outbox/service.ts";
import { link, mailBody } from "../outbox/texts.ts";
import { applicantsOf } from "../reminders/queries.ts";
import type { CallRow } from "../calls/queries.ts";

export interface DeadlineChange {
  call: CallRow;
  /** Last accepted moments (UTC ISO). */
  before: string;
  after: string;
}

export function deadlineChangedMail(
  facts: { name: string | null; callTitle: string; region: string; before: string; after: string; link: string },
  locale: Locale,
): { subject: string; body: string } {
  const before = formatInstant(facts.before, locale);
  const after = formatInstant(facts.after, locale);
  switch (locale) {
    case "nl":
      return {
        subject: `Nieuwe deadline voor "${facts.callTitle}": ${after}`,
        body: mailBody(locale, facts.name, [
          `De deadline voor kandidaturen voor "${facts.callTitle}" (${facts.region}) is verschoven. Ze was ${before}; ze is nu ${after}.`,
          `Tot dan kunt u uw kandidatuur indienen en wijzigen: ${facts.link}`,
        ]),
      };
    case "en":
      return {
        subject: `New deadline for "${facts.callTitle}": ${after}`,
        body: mailBody(locale, facts.name, [
          `The deadline for candidacies for "${facts.callTitle}" (${facts.region}) has moved. It was ${before}; it is now ${after}.`,
          `Until then you can submit and change your candidacy: ${facts.link}`,
        ]),
      };
    case "fr":
      return {
        subject: `Nouvelle date limite pour « ${facts.callTitle} » : ${after}`,
        body: mailBody(locale, facts.name, [
          `La date limite des candidatures pour « ${facts.callTitle} » (${facts.region}) a été déplacée. C’était le ${before} ; c’est désormais le ${after}.`,
          `D’ici là, vous pouvez soumettre et modifier votre candidature : ${facts.link}`,
        ]),
      };
  }
}

/** Queues the notice to the staff of every organisation with a candidacy on the call; returns how many. */
export async function queueDeadlineNotices(
  trx: Transaction<Database>,
  change: DeadlineChange,
  context: { actor: AuditActor; now: Date; publicUrl: string },
): Promise<number> {
  const candidacies = await trx
    .selectFrom("candidacies")
    .select(["id", "organisation_id as organisationId"])
    .where("call_id", "=", change.call.id)
    .execute();
  const staff = await applicantsOf(trx, [...new Set(candidacies.map((c) => c.organisationId))]);
  let queued = 0;
  for (const candidacy of candidacies) {
    for (const person of staff.filter((s) => s.organisationId === candidacy.organisationId)) {
      const mail = deadlineChangedMail(
        {
          name: person.name,
          callTitle: change.call.title,
          region: change.call.regionName,
          before: change.before,
          after: change.after,
          link: link(context.publicUrl, `/kandidaturen/${candidacy.id}`),
        },
        person.locale,
      );
      await queueMessage(
        trx,
        {
          kind: "call.deadline_changed",
          to: person.email,
          toName: person.name,
          locale: person.locale,
          subject: mail.subject,
          bodyText: mail.body,
          attachments: [],
          regionId: change.call.regionId,
          organisationId: candidacy.organisationId,
        },
        { actor: context.actor, now: context.now },
      );
      queued++;
    }
  }
  return queued;
}
