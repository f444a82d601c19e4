// The mail to a partner's workers when a referral to their organisation is sent. It carries NO client data: not the
// name, not the offer (an addiction-care offer would say something about the person), only that there is a new
// referral and the link to it, behind sign-in and consent (DESIGN §4 "Need to know").
import type { Transaction } from "kysely";
import type { Database, Locale } from "../../db/types.ts";
import type { AuditActor } from "../../platform/audit-events.ts";
import { queueMessage } from "../outbox/service.ts";
import { link, mailBody } from "../outbox/texts.ts";
import { partnerWorkers } from "./queries.ts";

/** The partner worker's page of one referral. */
export const referralPath = (referralId: string) => `/doorverwijzingen/${referralId}`;

function newReferralMail(locale: Locale, name: string, organisation: string, url: string) {
  switch (locale) {
    case "nl":
      return {
        subject: `Nieuwe doorverwijzing voor ${organisation}`,
        body: mailBody(locale, name, [
          `Er is een nieuwe doorverwijzing naar ${organisation}. Wilt u ze binnen 10 dagen beantwoorden?`,
          `Lezen en beantwoorden in Brug (na aanmelden): ${url}`,
          "Om de privacy van de persoon te beschermen staat er in deze e-mail niets over hem of haar.",
        ]),
      };
    case "en":
      return {
        subject: `New referral for ${organisation}`,
        body: mailBody(locale, name, [
          `There is a new referral to ${organisation}. Please answer it within 10 days.`,
          `Read and answer it in Brug (after signing in): ${url}`,
          "To protect the person's privacy, this e-mail says nothing about them.",
        ]),
      };
    case "fr":
      return {
        subject: `Nouvelle orientation pour ${organisation}`,
        body: mailBody(locale, name, [
          `Il y a une nouvelle orientation vers ${organisation}. Merci d’y répondre dans les 10 jours.`,
          `Lisez-la et répondez dans Brug (après connexion) : ${url}`,
          "Pour protéger la vie privée de la personne, cet e-mail ne dit rien à son sujet.",
        ]),
      };
  }
}

/** Queues one mail per partner worker of the organisation in the region, in their language. */
export async function notifyPartnerWorkers(
  trx: Transaction<Database>,
  input: {
    referralId: string;
    organisationId: string;
    organisationName: string;
    regionId: string;
    publicUrl: string;
    actor: AuditActor;
    now: Date;
  },
): Promise<number> {
  const workers = await partnerWorkers(trx, input.organisationId, input.regionId);
  const url = link(input.publicUrl, referralPath(input.referralId));
  for (const worker of workers) {
    const mail = newReferralMail(worker.locale, worker.name, input.organisationName, url);
    await queueMessage(
      trx,
      {
        kind: "referral.received",
        to: worker.email,
        toName: worker.name,
        locale: worker.locale,
        subject: mail.subject,
        bodyText: mail.body,
        attachments: [],
        regionId: input.regionId,
        organisationId: input.organisationId,
      },
      { actor: input.actor, now: input.now },
    );
  }
  return workers.length;
}
