// The reminders' texts, in the recipient's language. They state the deadline (or the end of the assessment) with
// date and hour in Brussels time, and link to the page where the work is done.
import type { Locale } from "../../db/types.ts";
import { formatInstant } from "../../domain/belgian-format.ts";
import { count, mailBody } from "../outbox/texts.ts";

export interface CandidacyReminderFacts {
  recipientName: string | null;
  organisation: string;
  /** The draft's title; may be empty. */
  title: string;
  callTitle: string;
  region: string;
  /** The last accepted moment (UTC ISO). */
  deadline: string;
  /** The latest submitted version, or null when the candidacy was never submitted. */
  submittedVersion: number | null;
  link: string;
}

export function candidacyReminderMail(f: CandidacyReminderFacts, locale: Locale): { subject: string; body: string } {
  const when = formatInstant(f.deadline, locale);
  switch (locale) {
    case "nl": {
      const title = f.title.trim() || "(zonder titel)";
      return {
        subject:
          f.submittedVersion === null
            ? `Herinnering: uw kandidatuur voor "${f.callTitle}" is nog niet ingediend`
            : `Herinnering: wijzigingen aan uw kandidatuur voor "${f.callTitle}" zijn nog niet ingediend`,
        body: mailBody(locale, f.recipientName, [
          `De deadline voor kandidaturen voor "${f.callTitle}" (${f.region}) is ${when}.`,
          f.submittedVersion === null
            ? `De kandidatuur "${title}" van ${f.organisation} is nog niet ingediend. Alleen een ingediende kandidatuur telt.`
            : `U hebt de kandidatuur "${title}" van ${f.organisation} gewijzigd nadat u ze indiende. Die wijzigingen ` +
              `tellen pas als u opnieuw indient; anders telt versie ${f.submittedVersion}.`,
          `Indienen kan in Brug, op de pagina van uw kandidatuur: ${f.link}`,
        ]),
      };
    }
    case "en": {
      const title = f.title.trim() || "(untitled)";
      return {
        subject:
          f.submittedVersion === null
            ? `Reminder: your candidacy for "${f.callTitle}" has not been submitted`
            : `Reminder: changes to your candidacy for "${f.callTitle}" have not been submitted`,
        body: mailBody(locale, f.recipientName, [
          `The deadline for candidacies for "${f.callTitle}" (${f.region}) is ${when}.`,
          f.submittedVersion === null
            ? `The candidacy "${title}" of ${f.organisation} has not been submitted yet. Only a submitted candidacy counts.`
            : `You changed the candidacy "${title}" of ${f.organisation} after submitting it. Those changes only count ` +
              `once you submit again; otherwise version ${f.submittedVersion} counts.`,
          `You can submit in Brug, on your candidacy's page: ${f.link}`,
        ]),
      };
    }
    case "fr": {
      const title = f.title.trim() || "(sans titre)";
      return {
        subject:
          f.submittedVersion === null
            ? `Rappel : votre candidature pour « ${f.callTitle} » n’a pas encore été soumise`
            : `Rappel : les modifications de votre candidature pour « ${f.callTitle} » n’ont pas été soumises`,
        body: mailBody(locale, f.recipientName, [
          `La date limite des candidatures pour « ${f.callTitle} » (${f.region}) est le ${when}.`,
          f.submittedVersion === null
            ? `La candidature « ${title} » de ${f.organisation} n’a pas encore été soumise. Seule une candidature soumise compte.`
            : `Vous avez modifié la candidature « ${title} » de ${f.organisation} après l’avoir soumise. Ces ` +
              `modifications ne comptent que si vous la soumettez à nouveau ; sinon, la version ${f.submittedVersion} compte.`,
          `Vous pouvez la soumettre dans Brug, sur la page de votre candidature : ${f.link}`,
        ]),
      };
    }
  }
}

export interface JuryReminderFacts {
  recipientName: string | null;
  callTitle: string;
  region: string;
  /** The end of the assessment phase (UTC ISO, exclusive). */
  end: string;
  /** Candidacies on which the member has not declared whether they have a conflict of interest. */
  undeclared: number;
  /** Candidacies the member may score and has not submitted a review for. */
  unscored: number;
  link: string;
}

export function juryReminderMail(f: JuryReminderFacts, locale: Locale): { subject: string; body: string } {
  const when = formatInstant(f.end, locale);
  switch (locale) {
    case "nl": {
      const todo = [
        f.undeclared > 0
          ? `een verklaring over belangenconflicten bij ${count(f.undeclared, "kandidatuur", "kandidaturen")}`
          : null,
        f.unscored > 0 ? `de beoordeling van ${count(f.unscored, "kandidatuur", "kandidaturen")}` : null,
      ].filter((t) => t !== null);
      return {
        subject: `Herinnering: de beoordeling voor "${f.callTitle}" loopt tot ${when}`,
        body: mailBody(locale, f.recipientName, [
          `De beoordeling van de kandidaturen voor "${f.callTitle}" (${f.region}) loopt tot ${when}.`,
          `Van u wachten we nog op ${todo.join(" en ")}.`,
          `U vindt ze in Brug: ${f.link}`,
        ]),
      };
    }
    case "en": {
      const todo = [
        f.undeclared > 0
          ? `a conflict-of-interest declaration on ${count(f.undeclared, "candidacy", "candidacies")}`
          : null,
        f.unscored > 0 ? `your review of ${count(f.unscored, "candidacy", "candidacies")}` : null,
      ].filter((t) => t !== null);
      return {
        subject: `Reminder: the assessment for "${f.callTitle}" runs until ${when}`,
        body: mailBody(locale, f.recipientName, [
          `The assessment of the candidacies for "${f.callTitle}" (${f.region}) runs until ${when}.`,
          `We are still waiting for ${todo.join(" and ")}.`,
          `You will find them in Brug: ${f.link}`,
        ]),
      };
    }
    case "fr": {
      const todo = [
        f.undeclared > 0
          ? `votre déclaration de conflit d’intérêts pour ${count(f.undeclared, "candidature", "candidatures")}`
          : null,
        f.unscored > 0 ? `votre évaluation de ${count(f.unscored, "candidature", "candidatures")}` : null,
      ].filter((t) => t !== null);
      return {
        subject: `Rappel : l’évaluation pour « ${f.callTitle} » se termine le ${when}`,
        body: mailBody(locale, f.recipientName, [
          `L’évaluation des candidatures pour « ${f.callTitle} » (${f.region}) se termine le ${when}.`,
          `Nous attendons encore ${todo.join(" et ")}.`,
          `Vous les trouverez dans Brug : ${f.link}`,
        ]),
      };
    }
  }
}
