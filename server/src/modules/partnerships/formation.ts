// Forming the partnership (issue 3, item 8): when a call's decisions are final (decisions/window.ts isProvisional,
// the one definition), its selected organisations join the region's partnership with VDAB and the region's
// municipalities, and each one's offers are created from its final candidacy revision (offer-plan.ts).
//
// Safe to run from several app servers at once: each call is formed in its own transaction under the call's row lock,
// and partnership_formations (primary key: the call) records it, so the second runner finds it formed and does
// nothing. The scheduled job (platform/jobs.ts, every 15 minutes) calls formFinalPartnerships; the coordinator's
// button and the demo call formCallPartnership for one call.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import type { AuditActor } from "../../platform/audit-events.ts";
import { recordAudit } from "../../platform/audit.ts";
import { revisionsOf } from "../calls/queries.ts";
import * as decisions from "../decisions/queries.ts";
import { isProvisional, weerwoordOpen, weerwoordUntil } from "../decisions/window.ts";
import { planOffers } from "./offer-plan.ts";
import * as q from "./queries.ts";
import type { WaitingReason } from "./schemas.ts";

export interface FormationWait {
  final: boolean;
  /** Why it still waits; empty once final. */
  waitingFor: WaitingReason[];
  /** The exclusive end of the last weerwoord window (UTC ISO); null while nothing is published. */
  lastWindowClosesAt: string | null;
}

/**
 * Whether the call's decisions are final, and if not, why: the verdict is isProvisional's; the reasons only explain
 * it on the screen.
 */
export async function formationWait(db: q.Db, callId: string, now: Date): Promise<FormationWait> {
  const [rows, unhandled] = await Promise.all([
    decisions.decisionsOfCall(db, callId),
    decisions.hasUnhandledObjection(db, callId),
  ]);
  const published = rows.flatMap((d) => (d.publishedAt ? [d.publishedAt] : []));
  // The windows end at different instants only when a reopened decision was published again later.
  const last =
    published.length === 0
      ? null
      : published.map((at) => weerwoordUntil(at)).reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
  if (!isProvisional(rows, unhandled, now)) return { final: true, waitingFor: [], lastWindowClosesAt: last };
  const waitingFor: WaitingReason[] = [];
  if (rows.length === 0 || rows.some((d) => d.publishedAt === null)) waitingFor.push("not_published");
  if (rows.some((d) => d.publishedAt !== null && weerwoordOpen(d.publishedAt, now))) waitingFor.push("weerwoord_open");
  if (unhandled) waitingFor.push("objection_unhandled");
  if (rows.some((d) => d.reopenedAt !== null)) waitingFor.push("decision_reopened");
  return { final: false, waitingFor, lastWindowClosesAt: last };
}

export type FormationTrigger = "job" | "coordinator" | "seed";

export interface Formed {
  partnershipId: string;
  extended: boolean;
  members: number;
  offers: number;
}

/**
 * Forms (or extends) the region's partnership from one call, inside the caller's transaction. Does nothing and
 * returns null when the call is unknown, already formed or its decisions are not final at `now`.
 */
export async function formCallPartnership(
  trx: Transaction<Database>,
  input: { callId: string; now: Date; actor: AuditActor; trigger: FormationTrigger; auditAt?: Date },
): Promise<Formed | null> {
  const { callId, now } = input;
  const call = await q.lockCall(trx, callId);
  if (!call || call.decisionsPublishedAt === null) return null;
  if (await q.formationOf(trx, callId)) return null;
  const wait = await formationWait(trx, callId, now);
  if (!wait.final) return null;

  const partnership = await q.partnershipForUpdate(trx, call.regionId, now);
  const members: { kind: "vdab" | "municipality" | "partner"; id: string }[] = [];

  const vdab = await q.vdabOrganisation(trx);
  if (vdab) {
    const added = await q.addOrganisationMember(trx, {
      partnershipId: partnership.id,
      kind: "vdab",
      organisationId: vdab.id,
      source: null,
      now,
    });
    if (added.added) members.push({ kind: "vdab", id: added.id });
  }
  const municipalities = await q.municipalitiesOfRegion(trx, call.regionId);
  const municipalityIds = new Map(municipalities.map((m) => [m.name, m.id]));
  for (const id of await q.addMunicipalityMembers(
    trx,
    partnership.id,
    municipalities.map((m) => m.id),
    now,
  )) {
    members.push({ kind: "municipality", id });
  }

  // Final decisions: what the last letter said is what holds.
  const selected = (await decisions.decisionsOfCall(trx, callId)).filter((d) => d.publishedOutcome === "selected");
  const candidacies = selected.length
    ? await trx
        .selectFrom("candidacies")
        .select(["id", "organisation_id as organisationId"])
        .where(
          "id",
          "in",
          selected.map((d) => d.candidacyId),
        )
        .orderBy("id")
        .execute()
    : [];
  // revisionsOf orders by number: the last one per candidacy is the final revision.
  const finalRevision = new Map(
    (
      await revisionsOf(
        trx,
        candidacies.map((c) => c.id),
      )
    ).map((r) => [r.candidacyId, r]),
  );
  const serviceTypes = await q.serviceTypeCodes(trx);
  const offers: { id: string; organisationId: string; serviceType: string; capacityPerYear: number | null }[] = [];
  for (const candidacy of candidacies) {
    const revision = finalRevision.get(candidacy.id);
    if (!revision) continue;
    const member = await q.addOrganisationMember(trx, {
      partnershipId: partnership.id,
      kind: "partner",
      organisationId: candidacy.organisationId,
      source: { callId, candidacyId: candidacy.id, revisionId: revision.id },
      now,
    });
    if (member.added) members.push({ kind: "partner", id: member.id });
    const planned = planOffers(revision.content, {
      municipalities: municipalities.map((m) => m.name),
      serviceTypes,
    });
    for (const offer of planned) {
      const id = await q.insertOffer(trx, {
        partnershipId: partnership.id,
        memberId: member.id,
        organisationId: candidacy.organisationId,
        serviceTypeCode: offer.serviceTypeCode,
        candidacyId: candidacy.id,
        revisionId: revision.id,
        name: offer.name,
        description: offer.description,
        capacityPerYear: offer.capacityPerYear,
        languages: offer.languages,
        personas: offer.personas,
        challenges: offer.challenges,
        contact: offer.contact,
        municipalityIds: offer.municipalities.flatMap((name) => municipalityIds.get(name) ?? []),
        now,
      });
      if (id) {
        offers.push({
          id,
          organisationId: candidacy.organisationId,
          serviceType: offer.serviceTypeCode,
          capacityPerYear: offer.capacityPerYear,
        });
      }
    }
  }

  await q.insertFormation(trx, {
    callId,
    partnershipId: partnership.id,
    now,
    userId: input.actor.kind === "user" ? input.actor.userId : null,
  });
  await recordAudit(
    trx,
    input.actor,
    {
      action: "partnership.formed",
      entityType: "partnership",
      entityId: partnership.id,
      payload: {
        callId,
        regionId: call.regionId,
        extended: !partnership.created,
        trigger: input.trigger,
        members,
        offers,
      },
    },
    { at: input.auditAt ?? now },
  );
  return {
    partnershipId: partnership.id,
    extended: !partnership.created,
    members: members.length,
    offers: offers.length,
  };
}

/**
 * Forms the partnership of every call whose decisions have become final and that has not formed it yet; returns how
 * many calls formed one now. Idempotent; the scheduled job "partnership-formation" (platform/jobs.ts) runs it.
 */
export async function formFinalPartnerships(db: Kysely<Database>, now: Date): Promise<number> {
  let formed = 0;
  for (const callId of await q.unformedPublishedCalls(db)) {
    const result = await db
      .transaction()
      .execute((trx) => formCallPartnership(trx, { callId, now, actor: { kind: "system" }, trigger: "job" }));
    if (result) formed += 1;
  }
  return formed;
}
