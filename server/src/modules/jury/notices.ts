// The assignment notice: a jury member assigned to a call is told so by mail, in their language, with the call's
// deadline and a link to their jury page. Queued in the assignment's transaction (the outbox's rule).
import type { Transaction } from "kysely";
import type { Database, Locale } from "../../db/types.ts";
import { callPhase } from "../../domain/call-phase.ts";
import { formatInstant } from "../../domain/belgian-format.ts";
import type { AuditActor } from "../../platform/audit-events.ts";
import type { CallRow } from "../calls/queries.ts";
import { queueMessage } from "../outbox/service.ts";
import { link, mailBody } from "../outbox/texts.ts";

export interface AssignmentFacts {
  recipientName: string;
  callTitle: string;
  region: string;
  /** The candidacy deadline (UTC ISO), or null while the call has none. */
  deadline: string | null;
  /** The deadline is behind us: the candidacies are in and can be assessed now. */
  deadlinePassed: boolean;
  link: string;
}

export function assignmentMail(f: AssignmentFacts, locale: Locale): { subject: string; body: string } {
  const deadline = f.deadline === null ? null : formatInstant(f.deadline, locale);
  switch (locale) {
    case "nl":
      return {
        subject: `U zit in de jury van "${f.callTitle}" (${f.region})`,
        body: mailBody(locale, f.recipientName, [
          `De coördinator van ${f.region} heeft u toegevoegd aan de jury van "${f.callTitle}".`,
          (deadline === null
            ? "Na de deadline voor kandidaturen beoordeelt u ze. "
            : f.deadlinePassed
              ? `De deadline voor kandidaturen was ${deadline}; u kan ze nu beoordelen. `
              : `Kandidaturen kunnen worden ingediend tot ${deadline}; daarna beoordeelt u ze. `) +
            "Voor u een kandidatuur leest, verklaart u of u een belangenconflict hebt.",
          `Uw juryopdracht in Brug: ${f.link}`,
        ]),
      };
    case "en":
      return {
        subject: `You are on the jury of "${f.callTitle}" (${f.region})`,
        body: mailBody(locale, f.recipientName, [
          `The coordinator of ${f.region} added you to the jury of "${f.callTitle}".`,
          (deadline === null
            ? "After the deadline for candidacies you assess them. "
            : f.deadlinePassed
              ? `The deadline for candidacies was ${deadline}; you can assess them now. `
              : `Candidacies can be submitted until ${deadline}; after that you assess them. `) +
            "Before you read a candidacy, you declare whether you have a conflict of interest.",
          `Your jury work in Brug: ${f.link}`,
        ]),
      };
    case "fr":
      return {
        subject: `Vous faites partie du jury de « ${f.callTitle} » (${f.region})`,
        body: mailBody(locale, f.recipientName, [
          `Le coordinateur de ${f.region} vous a ajouté au jury de « ${f.callTitle} ».`,
          (deadline === null
            ? "Après la date limite des candidatures, vous les évaluez. "
            : f.deadlinePassed
              ? `La date limite des candidatures était le ${deadline} ; vous pouvez les évaluer dès maintenant. `
              : `Les candidatures peuvent être soumises jusqu’au ${deadline} ; ensuite, vous les évaluez. `) +
            "Avant de lire une candidature, vous déclarez si vous avez un conflit d’intérêts.",
          `Votre mission de jury dans Brug : ${f.link}`,
        ]),
      };
  }
}

export async function queueAssignmentNotice(
  trx: Transaction<Database>,
  input: {
    call: Pick<CallRow, "id" | "title" | "regionId" | "regionName" | "milestones" | "decisionsPublishedAt">;
    member: { email: string; displayName: string; locale: Locale };
    publicUrl: string;
  },
  context: { actor: AuditActor; now: Date },
): Promise<string> {
  const { call, member } = input;
  const deadline = callPhase(call, context.now).deadline;
  const mail = assignmentMail(
    {
      recipientName: member.displayName,
      callTitle: call.title,
      region: call.regionName,
      deadline,
      deadlinePassed: deadline !== null && context.now.getTime() > Date.parse(deadline),
      link: link(input.publicUrl, `/jury/oproepen/${call.id}`),
    },
    member.locale,
  );
  return queueMessage(
    trx,
    {
      kind: "jury.assignment",
      to: member.email,
      toName: member.displayName,
      locale: member.locale,
      subject: mail.subject,
      bodyText: mail.body,
      attachments: [],
      regionId: call.regionId,
      organisationId: null,
    },
    context,
  );
}
