// Queues the decision letter of one candidacy: the PDF attached to a short mail, to the candidacy's contact e-mail
// and to each applicant of its organisation, in the caller's transaction (the outbox's rule).
import type { Transaction } from "kysely";
import type { Database, DecisionOutcome } from "../../db/types.ts";
import type { AuditActor } from "../../platform/audit-events.ts";
import type { CallRow } from "../calls/queries.ts";
import { queueMessage } from "../outbox/service.ts";
import { letterAttachment, letterMail } from "./letter.ts";
import { letterRecipients } from "./queries.ts";
import { weerwoordUntil } from "./window.ts";

export interface LetterSubject {
  candidacy: { id: string; organisationId: string; organisationName: string; title: string };
  call: Pick<CallRow, "title" | "regionId" | "regionName">;
  outcome: DecisionOutcome;
  motivation: string;
  publishedAt: Date;
  /** BRUG_PUBLIC_URL, so the letter's link to the weerwoord form is a full address; null: only the path. */
  publicUrl: string | null;
}

/** Returns how many messages were queued. */
export async function queueLetter(
  trx: Transaction<Database>,
  subject: LetterSubject,
  context: { actor: AuditActor; now: Date },
): Promise<number> {
  const facts = {
    candidacyId: subject.candidacy.id,
    region: subject.call.regionName,
    callTitle: subject.call.title,
    organisation: subject.candidacy.organisationName,
    candidacyTitle: subject.candidacy.title,
    outcome: subject.outcome,
    motivation: subject.motivation,
    publishedAt: subject.publishedAt,
    weerwoordUntil: weerwoordUntil(subject.publishedAt),
    origin: subject.publicUrl,
  };
  const attachment = await letterAttachment(facts);
  const mail = letterMail(facts);
  const recipients = await letterRecipients(trx, subject.candidacy);
  for (const recipient of recipients) {
    await queueMessage(
      trx,
      {
        kind: "decision.letter",
        to: recipient.email,
        toName: recipient.name,
        // The call's language: the letter is a formal act of a Flemish partnership.
        locale: "nl",
        subject: mail.subject,
        bodyText: mail.body,
        attachments: [attachment],
        regionId: subject.call.regionId,
        organisationId: subject.candidacy.organisationId,
      },
      context,
    );
  }
  return recipients.length;
}
