// The demo calls a visitor walks through the same day (issue 3, point 11): besides the open demo call (calls.ts,
// apply as applicant@brug.demo), four fictional calls for Maasland whose timelines are placed around the moment of
// loading so that each sits in its phase for at least a week:
//
// - beoordeling: the deadline passed 3 days ago; candidacies of the region's fictional applicants, the demo jury member
//   assigned with nothing declared yet (jury.maasland@ declares and scores);
// - pitches: the pitch days run from yesterday to a week ahead; the jury member's reviews are in (the coordinator
//   plans pitches);
// - beslissing: the pitches are over; decisions prepared, not published (the coordinator checks the coverage matrix
//   and publishes);
// - weerwoord: decisions published yesterday with their letters in the outbox; Vzw De Brugfiguur (demo), the
//   organisation of applicant@brug.demo, was not selected (that account files a weerwoord).
//
// Written like the rest of the demo in the loader's transaction and audited as the seed, through the modules' own
// functions where they take a transaction (createCall, recordRevision, the decision letters) and their queries
// where the service opens its own (jury, decisions). Candidacies arrive before the deadline; the fictional
// applicants' by e-mail, registered by the coordinator, applicant@'s through the portal. These calls are never moved
// (keepDemoCallsCurrent): they go on through their phases like any call.
import type { Transaction } from "kysely";
import type { Database, DecisionOutcome } from "../db/types.ts";
import { addDaysToLocalDate, localToUtc, utcToLocal } from "../domain/milestones.ts";
import type { AuditActor } from "../platform/audit-events.ts";
import { recordAudit } from "../platform/audit.ts";
import { createCall } from "../modules/calls/calls.ts";
import { findCall, insertCandidacy, type CallRow } from "../modules/calls/queries.ts";
import { stateOf } from "../modules/calls/phase.ts";
import { recordRevision } from "../modules/calls/revision.ts";
import { queueAssignmentNotice } from "../modules/jury/notices.ts";
import { applicantContent, applicantReceivedAt } from "./applicants.ts";
import { demoApplicants } from "./applicants/index.ts";
import type { DemoApplicant } from "./applicants/types.ts";
import { demoCallRegion, demoTimelineMilestones, type DemoTimeline } from "./calls.ts";
import { demoDecisions, loadCallDecisions } from "./decisions.ts";
import { demoJuryEmail, loadDemoReviews } from "./jury.ts";
import type { RegionSeed } from "./regions/types.ts";

export type DemoPhase = "assessment" | "pitches" | "decision" | "weerwoord";

export const demoPhaseCallTitles: Record<DemoPhase, string> = {
  assessment: "Demo-oproep (fictief) — beoordeling",
  pitches: "Demo-oproep (fictief) — pitches",
  decision: "Demo-oproep (fictief) — beslissing",
  weerwoord: "Demo-oproep (fictief) — weerwoord",
};

/** The organisation of applicant@brug.demo (load.ts). */
export const demoApplicantOrganisation = "Vzw De Brugfiguur (demo)";
const demoApplicantEmail = "applicant@brug.demo";

/** Its candidacy on the weerwoord call: what a small organisation of bridge figures would send Maasland. */
const brugfiguur: DemoApplicant = {
  serial: 50,
  name: demoApplicantOrganisation,
  via: "portal",
  daysBefore: 1,
  time: "16:10",
  title: "Brugfiguren aan huis",
  summary:
    "Twee brugfiguren die mensen thuis opzoeken na een signaal van het OCMW of de huisarts, helpen met papieren en afspraken, en hen naar de juiste dienst begeleiden.",
  challenges: [2, 4],
  personas: ["mo", "jordy"],
  serviceTypes: ["bridge_figure", "outreach", "administrative_support"],
  municipalities: [],
  trajectoriesPerYear: 30,
  staffFte: 1.6,
  approach: {
    outreach: true,
    persistent: true,
    allLifeDomains: false,
    description: "Huisbezoeken op signaal, aanklampend tot de deelnemer bij de juiste dienst is.",
  },
  languages: ["fr"],
  budget: { amountEuro: 88000, explanation: "Twee brugfiguren (1,6 VTE) en verplaatsingen." },
  contact: { name: "Demo Aanvrager", email: "applicant@brug.demo", phone: "089 00 50 00" },
};

const brugfiguurMotivation =
  "De jury waardeert de huisbezoeken, maar het voorstel overlapt met de brugfiguren van de geselecteerde partners en werkt niet op alle levensdomeinen. Het past daarom niet in dit partnerschap.";

interface PhasePlan {
  phase: DemoPhase;
  /** Days from today (Brussels) for each milestone; the pitch sessions are 9u00-12u00. */
  days: { launch: number; deadline: number; assessment: [number, number]; pitches: number[]; decisionBefore: number };
  /** How many of the region's fictional applicants apply, in the order of applicants/<region>.ts. */
  applicants: number;
  /** The demo applicant's own organisation applies too. */
  withDemoApplicant: boolean;
  /** The jury member has submitted reviews (otherwise only assigned). */
  reviewed: boolean;
  /** Decisions: none, prepared, or published on the day before loading at 10u00. */
  decisions: "none" | "prepared" | "published";
}

const plans: PhasePlan[] = [
  {
    phase: "assessment",
    days: { launch: -45, deadline: -3, assessment: [-2, 9], pitches: [14, 16], decisionBefore: 35 },
    applicants: 4,
    withDemoApplicant: false,
    reviewed: false,
    decisions: "none",
  },
  {
    phase: "pitches",
    days: { launch: -60, deadline: -21, assessment: [-20, -8], pitches: [-1, 3, 8], decisionBefore: 21 },
    applicants: 4,
    withDemoApplicant: false,
    reviewed: true,
    decisions: "none",
  },
  {
    phase: "decision",
    days: { launch: -75, deadline: -35, assessment: [-34, -22], pitches: [-15, -13], decisionBefore: 14 },
    applicants: 5,
    withDemoApplicant: false,
    reviewed: true,
    decisions: "prepared",
  },
  {
    phase: "weerwoord",
    days: { launch: -90, deadline: -50, assessment: [-49, -37], pitches: [-30, -28], decisionBefore: 0 },
    applicants: 3,
    withDemoApplicant: true,
    reviewed: true,
    decisions: "published",
  },
];

/** The milestones of a phase call loaded at `now`. */
export function demoPhaseMilestones(phase: DemoPhase, now: Date) {
  const plan = plans.find((p) => p.phase === phase);
  if (!plan) throw new Error(`no demo plan for ${phase}`);
  const today = utcToLocal(now.toISOString()).date;
  const day = (offset: number) => addDaysToLocalDate(today, offset);
  const timeline: DemoTimeline = {
    launch: day(plan.days.launch),
    deadline: day(plan.days.deadline),
    assessment: [day(plan.days.assessment[0]), day(plan.days.assessment[1])],
    pitchDays: plan.days.pitches.map(day),
    decisionBefore: day(plan.days.decisionBefore),
  };
  return demoTimelineMilestones(timeline);
}

async function userId(trx: Transaction<Database>, email: string): Promise<string> {
  return (await trx.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
}

/** Loads the four phase calls of Maasland; needs its fictional applicants (applicants.ts) and the demo accounts. */
export async function loadDemoPhaseCalls(
  trx: Transaction<Database>,
  actor: AuditActor,
  seeds: RegionSeed[],
  regions: Map<string, { regionId: string; versionId: string }>,
  now: Date,
  publicUrl: string | null,
): Promise<void> {
  const seed = seeds.find((s) => s.slug === demoCallRegion);
  const region = regions.get(demoCallRegion);
  if (!seed || !region) return;
  const coordinatorId = await userId(trx, `coordinator.${demoCallRegion}@brug.demo`);
  const juryId = await userId(trx, demoJuryEmail);
  const applicantId = await userId(trx, demoApplicantEmail);
  const jury = await trx
    .selectFrom("users")
    .select(["email", "display_name as displayName", "locale"])
    .where("id", "=", juryId)
    .executeTakeFirstOrThrow();
  const organisations = new Map(
    (await trx.selectFrom("organisations").select(["id", "name"]).execute()).map((o) => [o.name, o.id]),
  );
  const fictional = demoApplicants[demoCallRegion] ?? [];

  // Listed newest first: the open demo call (calls.ts), then these in the order of the procedure.
  for (const [index, plan] of plans.entries()) {
    const { id: callId } = await createCall(
      trx,
      actor,
      {
        regionId: region.regionId,
        title: demoPhaseCallTitles[plan.phase],
        addendumVersionId: region.versionId,
        milestones: demoPhaseMilestones(plan.phase, now),
        isDemo: true,
      },
      { now: new Date(now.getTime() + plans.length - index) },
    );
    const call = await findCall(trx, callId);
    if (!call) throw new Error("the demo phase call just created is missing");
    const deadline = stateOf(call, now).deadline;
    if (deadline === null) throw new Error(`demo call ${call.title} has no deadline`);

    const applying = fictional.slice(0, plan.applicants).map((applicant) => ({ applicant, demo: false }));
    if (plan.withDemoApplicant) applying.push({ applicant: brugfiguur, demo: true });
    // Receipt numbers follow the order in which the candidacies arrived.
    const arrivals = applying
      .map((a) => ({ ...a, receivedAt: applicantReceivedAt(a.applicant, deadline) }))
      .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    for (const { applicant, demo, receivedAt } of arrivals) {
      const organisationId = organisations.get(applicant.name);
      if (!organisationId) throw new Error(`demo phase call: no organisation ${applicant.name}`);
      await submitCandidacy(
        trx,
        actor,
        { call, organisationId, applicant, seed, receivedAt, now, publicUrl },
        demo ? { via: "portal", by: applicantId } : { via: "email", by: coordinatorId },
      );
    }

    await trx
      .insertInto("jury_assignments")
      .values({ call_id: call.id, user_id: juryId, assigned_by: coordinatorId, assigned_at: now })
      .execute();
    await recordAudit(
      trx,
      actor,
      { action: "jury.assigned", entityType: "call", entityId: call.id, payload: { userId: juryId } },
      { at: now },
    );
    await queueAssignmentNotice(trx, { call, member: jury, publicUrl: publicUrl ?? "" }, { actor, now });
    if (plan.reviewed) {
      await loadDemoReviews(trx, actor, { callId: call.id, userId: juryId, conflictOrganisation: null }, now);
    }

    if (plan.decisions !== "none") {
      await loadCallDecisions(
        trx,
        actor,
        {
          call,
          coordinatorId,
          decide: decideFor(fictional),
          preparedAt: yesterdayAt(now, "09:00"),
          publishedAt: plan.decisions === "published" ? yesterdayAt(now, "10:00") : null,
          publicUrl,
        },
        now,
      );
    }
  }
}

/** `time` in Brussels on the day before `now`'s local date (always before `now`). */
function yesterdayAt(now: Date, time: string): Date {
  return new Date(localToUtc(addDaysToLocalDate(utcToLocal(now.toISOString()).date, -1), time));
}

/**
 * The outcomes: the demo applicant's organisation not selected; of the region's applicants, the 2023 reserve and
 * refusal again reserve and not selected, the others selected.
 */
function decideFor(fictional: DemoApplicant[]): (organisation: string) => [DecisionOutcome, string] {
  const plan = demoDecisions[demoCallRegion];
  return (organisation) => {
    if (organisation === demoApplicantOrganisation) return ["not_selected", brugfiguurMotivation];
    if (plan && organisation === plan.reserve.organisation) return ["reserve", plan.reserve.motivation];
    if (plan && organisation === plan.notSelected.organisation) return ["not_selected", plan.notSelected.motivation];
    if (!fictional.some((a) => a.name === organisation)) throw new Error(`demo decision: unknown ${organisation}`);
    return [
      "selected",
      "Uw voorstel vult de noden van het lokaal addendum aan en wordt opgenomen in het lokaal partnerschap.",
    ];
  };
}

/** One candidacy submitted before the deadline: the draft, then the revision with its receipt, as the app makes them. */
async function submitCandidacy(
  trx: Transaction<Database>,
  actor: AuditActor,
  input: {
    call: CallRow;
    organisationId: string;
    applicant: DemoApplicant;
    seed: RegionSeed;
    receivedAt: Date;
    now: Date;
    publicUrl: string | null;
  },
  submitter: { via: "portal" | "email"; by: string },
): Promise<void> {
  const { call, organisationId, applicant, receivedAt } = input;
  const content = applicantContent(applicant, input.seed);
  const candidacy = await insertCandidacy(trx, {
    callId: call.id,
    organisationId,
    draft: content,
    userId: submitter.by,
    now: receivedAt,
  });
  await recordAudit(
    trx,
    actor,
    {
      action: "candidacy.created",
      entityType: "candidacy",
      entityId: candidacy.id,
      payload: { callId: call.id, organisationId },
    },
    { at: input.now },
  );
  await recordRevision(trx, {
    call,
    candidacy: { id: candidacy.id, organisationId, organisationName: applicant.name },
    content,
    receivedAt,
    receivedVia: submitter.via,
    submittedBy: submitter.by,
    attachmentIds: [],
    // The portal sends the receipt to the submitter and the contact (here the same address); an e-mailed candidacy's
    // to the address it came from.
    recipients: [{ address: applicant.contact.email, name: applicant.contact.name, locale: "nl" }],
    publicUrl: input.publicUrl ?? "",
    now: input.now,
    auditActor: actor,
  });
}
