// The client's own summary of who may see what (DESIGN §4: plain language, B1, wherever a client may read it). One
// text, built here in the language asked, for the screen (JSON) and for paper (PDF): for each standing consent who
// may see it, which kinds of information in plain words, why and until when; how to withdraw it; whom to ask; the
// date of printing. The words live in ./locales ("consents.summary.*"), like every server message.
//
// The PDF is made like the decision letter (decisions/letter.ts): PDFKit, a standard font, uncompressed so that the
// tests (and anyone checking what was handed over) can read the text back.
import type { Kysely } from "kysely";
import PDFDocument from "pdfkit";
import type { Database, Locale } from "../../db/types.ts";
import { formatDate } from "../../domain/belgian-format.ts";
import { utcToLocal } from "../../domain/milestones.ts";
import { dataCategories } from "../../domain/trajectory-codes.ts";
import type { Clock } from "../../platform/clock.ts";
import { translate } from "../../platform/i18n.ts";
import type { Actor } from "../../platform/permissions.ts";
import { withClientAccess } from "../clients/access.ts";
import * as q from "./queries.ts";
import type { ConsentSummary } from "./schemas.ts";
import { consentState, lastDayOf } from "./service.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface SummaryFacts {
  clientName: string;
  region: string;
  companion: { name: string; organisation: string } | null;
  consents: q.ConsentRow[];
  now: Date;
}

/** The summary's text in `lang`, from the client's consents: only those standing at `now`. */
export function buildSummary(facts: SummaryFacts, lang: Locale): ConsentSummary {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(lang, `consents.summary.${key}`, params);
  const standing = facts.consents
    .filter((c) => consentState(c, facts.now) === "standing")
    // The one that ends first comes first: that is what the client must watch.
    .sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime());
  return {
    lang,
    title: t("title"),
    for: t("for", { name: facts.clientName }),
    partnership: t("partnership", { region: facts.region }),
    intro: t("intro"),
    none: t("none"),
    labels: { who: t("label_who"), what: t("label_what"), why: t("label_why"), until: t("label_until") },
    items: standing.map((c) => {
      const purpose = t(`purpose.${c.purpose}`);
      return {
        consentId: c.id,
        who: c.scope === "partnership" ? t("who_partnership", { region: facts.region }) : (c.partnerName ?? ""),
        what: dataCategories
          .filter((category) => c.categories.includes(category))
          .map((category) => t(`what.${category}`)),
        why: c.purposeText === "" ? purpose : `${purpose} ${c.purposeText}`,
        until: t("until", { date: formatDate(lastDayOf(c.expiresAt), lang) }),
      };
    }),
    withdrawTitle: t("withdraw_title"),
    withdraw: [t("withdraw_any_time"), t("withdraw_how"), t("withdraw_effect")],
    askTitle: t("ask_title"),
    ask:
      facts.companion === null
        ? t("ask_without_companion")
        : t("ask_companion", { name: facts.companion.name, organisation: facts.companion.organisation }),
    printed: t("printed", { date: formatDate(utcToLocal(facts.now.toISOString()).date, lang) }),
  };
}

/** Reads what the summary needs under the client's access, audited as a read of the client's consents. */
export async function getSummary(deps: Deps, actor: Actor, clientId: string, lang: Locale, what: string) {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { clientId },
    { operation: "read", entity: "consent", what },
    now,
    async (trx) => {
      const [client, region, companion, consents] = await Promise.all([
        trx
          .selectFrom("clients")
          .select(["given_name", "family_name"])
          .where("id", "=", clientId)
          .executeTakeFirstOrThrow(),
        q.regionOfClient(trx, clientId),
        q.companionOfClient(trx, clientId),
        q.consentsOfClient(trx, clientId),
      ]);
      const facts: SummaryFacts = {
        clientName: `${client.given_name} ${client.family_name}`.trim(),
        region: region.name,
        companion: companion ?? null,
        consents,
        now,
      };
      return buildSummary(facts, lang);
    },
  );
}

const pdfLanguage: Record<Locale, string> = { nl: "nl-BE", en: "en-GB", fr: "fr-BE" };

/** The summary on A4, in large, plain type. Deterministic for the same summary and moment. */
export async function summaryPdf(summary: ConsentSummary, now: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 64,
    compress: false,
    lang: pdfLanguage[summary.lang],
    info: { Title: summary.title, Author: summary.partnership, Creator: "Brug", CreationDate: now },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  doc.font("Helvetica").fontSize(10).fillColor("#444444");
  doc.text(summary.partnership);
  doc.text(summary.printed);
  doc.moveDown(2);
  doc.fillColor("#000000").font("Helvetica-Bold").fontSize(18).text(summary.title);
  doc.font("Helvetica").fontSize(12).text(summary.for);
  doc.moveDown();
  doc.text(summary.intro);
  doc.moveDown();
  if (summary.items.length === 0) doc.text(summary.none);
  for (const item of summary.items) {
    doc.font("Helvetica-Bold").fontSize(13).text(item.who);
    doc.fontSize(12);
    doc.font("Helvetica-Bold").text(summary.labels.what);
    doc.font("Helvetica").list(item.what, { bulletRadius: 2, textIndent: 12 });
    doc.font("Helvetica-Bold").text(summary.labels.why);
    doc.font("Helvetica").text(item.why);
    doc.font("Helvetica-Bold").text(summary.labels.until);
    doc.font("Helvetica").text(item.until);
    doc.moveDown();
  }
  doc.font("Helvetica-Bold").fontSize(13).text(summary.withdrawTitle);
  doc.font("Helvetica").fontSize(12);
  for (const line of summary.withdraw) doc.text(line).moveDown(0.3);
  doc.moveDown(0.7);
  doc.font("Helvetica-Bold").fontSize(13).text(summary.askTitle);
  doc.font("Helvetica").fontSize(12).text(summary.ask);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
