// The weerwoord's mails, queued in the transaction of the change (the outbox's rule), in each recipient's language:
// - filed: a receipt to the applicant who filed it (with the text, as proof of what was filed and when), and a notice
//   to each coordinator of the region, who must handle it;
// - handled: the coordinator's answer to the applicant, with what it means for the decision.
import type { Transaction } from "kysely";
import type { Database, Locale } from "../../db/types.ts";
import { formatInstant } from "../../domain/belgian-format.ts";
import type { AuditActor } from "../../platform/audit-events.ts";
import { queueMessage } from "../outbox/service.ts";
import { link, mailBody } from "../outbox/texts.ts";
import { candidacyPath } from "./letter.ts";
import { coordinatorsOfRegion, objectionMailFacts, type ObjectionMailFacts } from "./queries.ts";

type Mail = { subject: string; body: string };
const title = (f: ObjectionMailFacts) => f.candidacyTitle ?? "";

function receiptMail(f: ObjectionMailFacts, url: string, locale: Locale): Mail {
  const filed = formatInstant(f.filedAt.toISOString(), locale);
  switch (locale) {
    case "nl":
      return {
        subject: `Ontvangstbevestiging van uw weerwoord — "${f.callTitle}"`,
        body: mailBody(locale, f.filerName, [
          `We hebben uw weerwoord op de beslissing over de kandidatuur "${title(f)}" van ${f.organisationName} ` +
            `voor "${f.callTitle}" (${f.regionName}) ontvangen op ${filed}.`,
          `De coördinator van ${f.regionName} behandelt het en antwoordt u schriftelijk. Tot dan is de beslissing voorlopig.`,
          `Uw weerwoord:\n\n${f.text}`,
          `U volgt het op in Brug: ${url}`,
        ]),
      };
    case "en":
      return {
        subject: `Receipt for your objection (weerwoord) — "${f.callTitle}"`,
        body: mailBody(locale, f.filerName, [
          `We received your objection on the decision about the candidacy "${title(f)}" of ${f.organisationName} ` +
            `for "${f.callTitle}" (${f.regionName}) on ${filed}.`,
          `The coordinator of ${f.regionName} handles it and answers you in writing. Until then the decision is provisional.`,
          `Your objection:\n\n${f.text}`,
          `Follow it up in Brug: ${url}`,
        ]),
      };
    case "fr":
      return {
        subject: `Accusé de réception de votre contestation (weerwoord) — « ${f.callTitle} »`,
        body: mailBody(locale, f.filerName, [
          `Nous avons bien reçu votre contestation sur la décision concernant la candidature « ${title(f)} » de ` +
            `${f.organisationName} pour « ${f.callTitle} » (${f.regionName}) le ${filed}.`,
          `Le coordinateur de ${f.regionName} la traite et vous répond par écrit. D’ici là, la décision reste provisoire.`,
          `Votre contestation :\n\n${f.text}`,
          `Suivez-la dans Brug : ${url}`,
        ]),
      };
  }
}

function coordinatorMail(f: ObjectionMailFacts, name: string, url: string, locale: Locale): Mail {
  const filed = formatInstant(f.filedAt.toISOString(), locale);
  switch (locale) {
    case "nl":
      return {
        subject: `Nieuw weerwoord van ${f.organisationName} — "${f.callTitle}"`,
        body: mailBody(locale, name, [
          `${f.organisationName} heeft op ${filed} een weerwoord ingediend op de beslissing over de kandidatuur ` +
            `"${title(f)}" voor "${f.callTitle}" (${f.regionName}).`,
          "De beslissingen blijven voorlopig tot elk weerwoord behandeld is: gegrond of ongegrond, met een antwoord.",
          `Lezen en behandelen in Brug: ${url}`,
        ]),
      };
    case "en":
      return {
        subject: `New objection from ${f.organisationName} — "${f.callTitle}"`,
        body: mailBody(locale, name, [
          `${f.organisationName} filed an objection (weerwoord) on ${filed} on the decision about the candidacy "${title(f)}" ` +
            `for "${f.callTitle}" (${f.regionName}).`,
          "The decisions stay provisional until every objection is handled: upheld or rejected, with an answer.",
          `Read and handle it in Brug: ${url}`,
        ]),
      };
    case "fr":
      return {
        subject: `Nouvelle contestation de ${f.organisationName} — « ${f.callTitle} »`,
        body: mailBody(locale, name, [
          `${f.organisationName} a introduit le ${filed} une contestation (weerwoord) sur la décision concernant la candidature ` +
            `« ${title(f)} » pour « ${f.callTitle} » (${f.regionName}).`,
          "Les décisions restent provisoires tant que chaque contestation n’a pas été traitée : fondée ou non fondée, avec une réponse.",
          `La lire et la traiter dans Brug : ${url}`,
        ]),
      };
  }
}

function answerMail(f: ObjectionMailFacts, url: string, locale: Locale): Mail {
  const filed = formatInstant(f.filedAt.toISOString(), locale);
  const upheld = f.status === "upheld";
  switch (locale) {
    case "nl":
      return {
        subject: `Antwoord op uw weerwoord — "${f.callTitle}": ${upheld ? "gegrond" : "ongegrond"}`,
        body: mailBody(locale, f.filerName, [
          `De coördinator van ${f.regionName} heeft uw weerwoord van ${filed} over de kandidatuur "${title(f)}" ` +
            `van ${f.organisationName} behandeld.`,
          upheld
            ? "Uw weerwoord is gegrond. De beslissing wordt opnieuw bekeken; u krijgt daarna een nieuwe beslissingsbrief."
            : "Uw weerwoord is ongegrond. De beslissing blijft zoals ze u werd meegedeeld.",
          `Het antwoord van de coördinator:\n\n${f.answer ?? ""}`,
          `In Brug: ${url}`,
        ]),
      };
    case "en":
      return {
        subject: `Answer to your objection — "${f.callTitle}": ${upheld ? "upheld" : "rejected"}`,
        body: mailBody(locale, f.filerName, [
          `The coordinator of ${f.regionName} handled your objection of ${filed} about the candidacy "${title(f)}" ` +
            `of ${f.organisationName}.`,
          upheld
            ? "Your objection is upheld. The decision will be reconsidered; you will then receive a new decision letter."
            : "Your objection is rejected. The decision stays as it was communicated to you.",
          `The coordinator's answer:\n\n${f.answer ?? ""}`,
          `In Brug: ${url}`,
        ]),
      };
    case "fr":
      return {
        subject: `Réponse à votre contestation — « ${f.callTitle} » : ${upheld ? "fondée" : "non fondée"}`,
        body: mailBody(locale, f.filerName, [
          `Le coordinateur de ${f.regionName} a traité votre contestation du ${filed} concernant la candidature ` +
            `« ${title(f)} » de ${f.organisationName}.`,
          upheld
            ? "Votre contestation est fondée. La décision sera réexaminée ; vous recevrez ensuite une nouvelle lettre de décision."
            : "Votre contestation n’est pas fondée. La décision reste telle qu’elle vous a été communiquée.",
          `La réponse du coordinateur :\n\n${f.answer ?? ""}`,
          `Dans Brug : ${url}`,
        ]),
      };
  }
}

interface Context {
  actor: AuditActor;
  now: Date;
  publicUrl: string;
}

/** The receipt to the applicant and a notice to each of the region's coordinators. Returns the messages' ids. */
export async function queueObjectionFiled(
  trx: Transaction<Database>,
  objectionId: string,
  context: Context,
): Promise<string[]> {
  const f = await objectionMailFacts(trx, objectionId);
  const ids: string[] = [];
  const applicantUrl = link(context.publicUrl, candidacyPath(f.candidacyId));
  const receipt = receiptMail(f, applicantUrl, f.filerLocale);
  ids.push(
    await queueMessage(
      trx,
      {
        kind: "objection.receipt",
        to: f.filerEmail,
        toName: f.filerName,
        locale: f.filerLocale,
        subject: receipt.subject,
        bodyText: receipt.body,
        attachments: [],
        regionId: f.regionId,
        organisationId: f.organisationId,
      },
      context,
    ),
  );
  const coordinatorUrl = link(context.publicUrl, `/beheer/oproepen/${f.callId}/beslissingen`);
  for (const coordinator of await coordinatorsOfRegion(trx, f.regionId)) {
    const mail = coordinatorMail(f, coordinator.name, coordinatorUrl, coordinator.locale);
    ids.push(
      await queueMessage(
        trx,
        {
          kind: "objection.filed",
          to: coordinator.email,
          toName: coordinator.name,
          locale: coordinator.locale,
          subject: mail.subject,
          bodyText: mail.body,
          attachments: [],
          // The region's: the applicant's staff do not read the coordinators' mail.
          regionId: f.regionId,
          organisationId: null,
        },
        context,
      ),
    );
  }
  return ids;
}

/** The coordinator's answer, to the applicant who filed the weerwoord. */
export async function queueObjectionAnswer(
  trx: Transaction<Database>,
  objectionId: string,
  context: Context,
): Promise<string> {
  const f = await objectionMailFacts(trx, objectionId);
  const mail = answerMail(f, link(context.publicUrl, candidacyPath(f.candidacyId)), f.filerLocale);
  return queueMessage(
    trx,
    {
      kind: "objection.answer",
      to: f.filerEmail,
      toName: f.filerName,
      locale: f.filerLocale,
      subject: mail.subject,
      bodyText: mail.body,
      attachments: [],
      regionId: f.regionId,
      organisationId: f.organisationId,
    },
    context,
  );
}
