// How the five 2023 calls ended: per region the coordinator's decisions (selected, one reserve, one not selected with
// a motivation), published in one batch the day before the decision milestone (Vlaamse Ardennen: 20 October 2023,
// before the steering committee's latest date), with the decision letters (PDF) in the outbox, and in Klein-Brabant
// Vaartland one weerwoord of the organisation that was not selected, rejected with an answer. The decisions module's
// services open their own transaction, so this writes through its queries and letter queue inside the loader's
// transaction, prepared and handled by the region's demo coordinator and audited as the seed (applicants.ts).
//
// Every seeded candidacy is needed for full coverage (applicants/types.ts), so a partnership with a reserve and a
// refusal leaves gaps: per region the pair left out is the one that leaves the fewest (decisions.test.ts lists them);
// the reserve is the partner a coordinator would call first to close them.
import { randomBytes } from "node:crypto";
import type { Transaction } from "kysely";
import type { Database, DecisionOutcome } from "../db/types.ts";
import { localToUtc } from "../domain/milestones.ts";
import type { AuditActor } from "../platform/audit-events.ts";
import { recordAudit } from "../platform/audit.ts";
import { createUser, grantMembership } from "../modules/accounts/service.ts";
import { findCall, revisionsOf, submittedCandidaciesOfCall, type CallRow } from "../modules/calls/queries.ts";
import { queueLetter } from "../modules/decisions/letters.ts";
import * as q from "../modules/decisions/queries.ts";
import { weerwoordUntil } from "../modules/decisions/window.ts";
import { regionalCallTitle } from "./calls.ts";

interface DemoWeerwoord {
  /** Brussels local date and time. */
  filedAt: [string, string];
  text: string;
  handledAt: [string, string];
  answer: string;
}

interface RegionDecisions {
  /** Brussels local date and time of the publication. */
  publishedAt: [string, string];
  /** Organisations that were not selected; every other candidacy is. */
  reserve: { organisation: string; motivation: string };
  notSelected: { organisation: string; motivation: string; weerwoord?: DemoWeerwoord };
}

const selectedMotivation =
  "Uw voorstel vult de noden van het lokaal addendum aan en wordt opgenomen in het lokaal partnerschap.";

export const demoDecisions: Record<string, RegionDecisions> = {
  "zuid-oost-hageland": {
    publishedAt: ["2023-07-06", "10:00"],
    reserve: {
      organisation: "Gezondheidshuis Getevallei (fictief)",
      motivation:
        "Sterk voorstel rond toegang tot gezondheidszorg. De jury plaatst het op de reservelijst: als een partner uitvalt, nemen we eerst contact met u op.",
    },
    notSelected: {
      organisation: "Woonwerf Oost-Brabant (fictief)",
      motivation:
        "Het voorstel vertrekt van woonbegeleiding, maar voorziet met 2 VTE slechts 25 trajecten per jaar; de jury vond de kostprijs per traject te hoog en miste de samenwerking met de andere partners rond werk.",
    },
  },
  "vlaamse-ardennen": {
    publishedAt: ["2023-10-20", "10:00"],
    reserve: {
      organisation: "Woonkans Zuid-Oost-Vlaanderen (fictief)",
      motivation:
        "Het woonluik is waardevol, maar overlapt grotendeels met wat de geselecteerde partners al aanbieden. U staat op de reservelijst.",
    },
    notSelected: {
      organisation: "Taal- en Gezinspunt Ronse (fictief)",
      motivation:
        "De begroting is niet onderbouwd voor het aantal trajecten, en de samenwerking met de brugfiguren in de regio is niet uitgewerkt.",
    },
  },
  baldemore: {
    publishedAt: ["2023-06-15", "10:00"],
    reserve: {
      organisation: "Vrouwenwerking Molse Heide (fictief)",
      motivation:
        "Een goed voorstel voor de activering van vrouwen; binnen het budget kon het niet naast de andere partners. U staat op de reservelijst.",
    },
    notSelected: {
      organisation: "Woonhaven Kempen (fictief)",
      motivation:
        "Het voorstel zoekt woningen via een eigen verhuurkantoor, maar werkt los van de brugfiguren en het OCMW; de jury miste de begeleiding op de andere levensdomeinen die het addendum vraagt.",
    },
  },
  "klein-brabant-vaartland": {
    publishedAt: ["2023-07-14", "10:00"],
    reserve: {
      organisation: "Dagcentrum Het Vaartje (fictief)",
      motivation:
        "De zinvolle dagbesteding is een meerwaarde; het partnerschap start zonder, maar u staat eerst op de reservelijst.",
    },
    notSelected: {
      organisation: "Gezinsnetwerk Rupelstreek (fictief)",
      motivation:
        "Het voorstel werkt enkel in Boom en Niel en vraagt een budget dat niet past binnen de middelen van de oproep. De jury gaf de voorkeur aan partners met een werking in de hele regio.",
      weerwoord: {
        filedAt: ["2023-07-20", "14:30"],
        text: "Wij betwisten de motivering: ons gezinsnetwerk is ook actief in Puurs-Sint-Amands en Willebroek, zoals de bijlage bij onze kandidatuur toont. Wij vragen de jury ons voorstel opnieuw te bekijken.",
        handledAt: ["2023-07-26", "11:00"],
        answer:
          "De jury heeft uw voorstel opnieuw bekeken. De werking buiten Boom en Niel staat niet in de kandidatuur zelf, en ook met die werking blijft het gevraagde budget te hoog. De beslissing blijft behouden.",
      },
    },
  },
  maasland: {
    publishedAt: ["2023-07-14", "10:00"],
    reserve: {
      organisation: "Gezinshuis De Maaskant (fictief)",
      motivation:
        "Uw gezinsgerichte aanpak met flexibele kinderopvang is waardevol; binnen het budget kon ze niet naast de andere partners. U staat als eerste op de reservelijst.",
    },
    notSelected: {
      organisation: "Woonpunt Maasland (fictief)",
      motivation:
        "De woonbegeleiding is te weinig verbonden met de andere levensdomeinen, en de jury vond het aantal trajecten niet haalbaar met de voorziene personeelsinzet.",
    },
  },
};
function brussels([date, time]: [string, string]): Date {
  return new Date(localToUtc(date, time));
}

/** Records and publishes the decisions of each region's 2023 call (`regions` maps slugs to region ids). */
export async function loadDemoDecisions(
  trx: Transaction<Database>,
  actor: AuditActor,
  regions: Map<string, { regionId: string }>,
  now: Date,
  /** BRUG_PUBLIC_URL for the letters' links; null: only the path. */
  publicUrl: string | null = null,
): Promise<void> {
  for (const [slug, plan] of Object.entries(demoDecisions)) {
    const region = regions.get(slug);
    if (!region) continue;
    const { id: callId } = await trx
      .selectFrom("calls")
      .select("id")
      .where("region_id", "=", region.regionId)
      .where("title", "=", regionalCallTitle)
      .executeTakeFirstOrThrow();
    const call = await findCall(trx, callId);
    if (!call) throw new Error(`demo call of ${slug} not found`);
    const coordinator = await trx
      .selectFrom("users")
      .select("id")
      .where("email", "=", `coordinator.${slug}@brug.demo`)
      .executeTakeFirstOrThrow();
    const candidacies = await submittedCandidaciesOfCall(trx, call.id);
    if (candidacies.length === 0) continue;
    const publishedAt = brussels(plan.publishedAt);
    await loadCallDecisions(
      trx,
      actor,
      {
        call,
        coordinatorId: coordinator.id,
        decide: (organisation) =>
          organisation === plan.reserve.organisation
            ? ["reserve", plan.reserve.motivation]
            : organisation === plan.notSelected.organisation
              ? ["not_selected", plan.notSelected.motivation]
              : ["selected", selectedMotivation],
        // Prepared the day before publication.
        preparedAt: new Date(publishedAt.getTime() - 86_400_000),
        publishedAt,
        publicUrl,
      },
      now,
    );

    const weerwoord = plan.notSelected.weerwoord;
    const objecting = candidacies.find((c) => c.organisationName === plan.notSelected.organisation);
    if (weerwoord && objecting) {
      await loadWeerwoord(
        trx,
        actor,
        { candidacy: objecting, publishedAt, coordinatorId: coordinator.id },
        weerwoord,
        now,
      );
    }
  }
}

/**
 * The coordinator's decisions on every submitted candidacy of a call, prepared at `preparedAt` by `coordinatorId`,
 * and, when `publishedAt` is given, published in one batch at that moment with the letters in the outbox. The
 * decisions module's services open their own transaction, so this writes through its queries and letter queue.
 */
export async function loadCallDecisions(
  trx: Transaction<Database>,
  actor: AuditActor,
  input: {
    call: CallRow;
    coordinatorId: string;
    decide: (organisation: string) => [DecisionOutcome, string];
    preparedAt: Date;
    publishedAt: Date | null;
    /** BRUG_PUBLIC_URL for the letters' links; null: only the path. */
    publicUrl: string | null;
  },
  now: Date,
): Promise<void> {
  const { call, publishedAt } = input;
  const candidacies = await submittedCandidaciesOfCall(trx, call.id);
  const decisions = candidacies.map((candidacy) => {
    const [outcome, motivation] = input.decide(candidacy.organisationName);
    return { candidacy, outcome, motivation };
  });
  for (const { candidacy, outcome, motivation } of decisions) {
    await q.upsertDecision(trx, {
      candidacyId: candidacy.id,
      outcome,
      motivation,
      userId: input.coordinatorId,
      now: input.preparedAt,
    });
    await recordAudit(
      trx,
      actor,
      {
        action: "decision.prepared",
        entityType: "candidacy",
        entityId: candidacy.id,
        payload: { outcome, motivation, previous: null, reopened: false },
      },
      { at: now },
    );
  }
  if (publishedAt === null) return;

  const titles = new Map(
    (
      await revisionsOf(
        trx,
        candidacies.map((c) => c.id),
      )
    ).map((r) => [r.candidacyId, r.content.title]),
  );
  const ids = candidacies.map((c) => c.id);
  await q.publishDecisions(trx, ids, publishedAt);
  await q.setCallDecisionsPublished(trx, call.id, publishedAt);
  let letters = 0;
  for (const { candidacy, outcome, motivation } of decisions) {
    letters += await queueLetter(
      trx,
      {
        candidacy: { ...candidacy, title: titles.get(candidacy.id) ?? "" },
        call,
        outcome,
        motivation,
        publishedAt,
        publicUrl: input.publicUrl,
      },
      { actor, now: publishedAt },
    );
  }
  await recordAudit(
    trx,
    actor,
    {
      action: "call.decisions_published",
      entityType: "call",
      entityId: call.id,
      payload: {
        publishedAt: publishedAt.toISOString(),
        weerwoordUntil: weerwoordUntil(publishedAt),
        candidacyIds: ids,
        letters,
      },
    },
    { at: now },
  );
}

/**
 * The weerwoord of the organisation that was not selected, filed by its contact person (an applicant account of the
 * organisation, not a demo account: nobody signs in as them) and rejected by the coordinator with an answer.
 */
async function loadWeerwoord(
  trx: Transaction<Database>,
  actor: AuditActor,
  subject: { candidacy: { id: string; organisationId: string }; publishedAt: Date; coordinatorId: string },
  weerwoord: DemoWeerwoord,
  now: Date,
): Promise<void> {
  const [latest] = await revisionsOf(trx, [subject.candidacy.id]);
  const contact = latest?.content.contact;
  if (!contact) throw new Error(`demo weerwoord: candidacy ${subject.candidacy.id} has no contact`);
  const filer = await createUser(
    trx,
    actor,
    { email: contact.email, displayName: contact.name, password: randomBytes(24).toString("base64url"), locale: "nl" },
    { now },
  );
  await grantMembership(
    trx,
    actor,
    { userId: filer.id, organisationId: subject.candidacy.organisationId, regionId: null, role: "applicant" },
    { now },
  );
  const filedAt = brussels(weerwoord.filedAt);
  const inserted = await q.insertObjection(trx, {
    candidacyId: subject.candidacy.id,
    decisionPublishedAt: subject.publishedAt,
    userId: filer.id,
    text: weerwoord.text,
    now: filedAt,
  });
  if (!inserted) throw new Error("demo weerwoord: not inserted");
  await recordAudit(
    trx,
    actor,
    {
      action: "objection.filed",
      entityType: "objection",
      entityId: inserted.id,
      payload: { candidacyId: subject.candidacy.id, decisionPublishedAt: subject.publishedAt.toISOString() },
    },
    { at: now },
  );
  await q.handleObjection(trx, {
    id: inserted.id,
    status: "rejected",
    answer: weerwoord.answer,
    userId: subject.coordinatorId,
    now: brussels(weerwoord.handledAt),
  });
  await recordAudit(
    trx,
    actor,
    {
      action: "objection.handled",
      entityType: "objection",
      entityId: inserted.id,
      payload: { candidacyId: subject.candidacy.id, status: "rejected", answer: weerwoord.answer },
    },
    { at: now },
  );
}
