// The demo's applicants (./applicants/): per region a handful of fictional organisations, each with one candidacy
// submitted to the region's 2023 call some days before its deadline, through the portal or by e-mail. They give the
// coordinator's list and the coverage matrix something real to show. No decisions yet. Written directly in the
// loader's transaction, like the rest of the demo: there was no applicant account and no mail server in 2023, so
// no receipt is queued and submitted_by stays empty; the audit log records that the seed wrote them.
import type { Transaction } from "kysely";
import type { Database } from "../db/types.ts";
import { enterpriseNumberCheck } from "../domain/enterprise-number.ts";
import { addDaysToLocalDate, localToUtc, utcToLocal } from "../domain/milestones.ts";
import type { AuditActor } from "../platform/audit-events.ts";
import { recordAudit } from "../platform/audit.ts";
import { createOrganisation } from "../modules/accounts/service.ts";
import type { CandidacyContent } from "../modules/calls/document.ts";
import { stateOf } from "../modules/calls/phase.ts";
import { receiptCode, receiptPrefix } from "../modules/calls/receipt.ts";
import { demoApplicants } from "./applicants/index.ts";
import type { DemoApplicant } from "./applicants/types.ts";
import { regionalCallTitle } from "./calls.ts";
import type { RegionSeed } from "./regions/types.ts";

/** A valid but made-up enterprise number: 0999 followed by the serial (load.ts uses serials below 100). */
export function applicantEnterpriseNumber(serial: number): string {
  const firstEight = `0999${String(serial).padStart(4, "0")}`;
  return firstEight + enterpriseNumberCheck(firstEight);
}

/** When the candidacy arrived: `daysBefore` days before the deadline's local date, at `time` in Brussels. */
export function applicantReceivedAt(applicant: DemoApplicant, deadline: string): Date {
  const day = addDaysToLocalDate(utcToLocal(deadline).date, -applicant.daysBefore);
  return new Date(localToUtc(day, applicant.time));
}

export function applicantContent(applicant: DemoApplicant, seed: RegionSeed): CandidacyContent {
  return {
    title: applicant.title,
    summary: applicant.summary,
    challenges: applicant.challenges,
    personas: applicant.personas,
    serviceTypes: applicant.serviceTypes,
    municipalities: applicant.municipalities.length > 0 ? applicant.municipalities : seed.municipalities,
    capacity: { trajectoriesPerYear: applicant.trajectoriesPerYear, staffFte: applicant.staffFte },
    approach: applicant.approach,
    languages: applicant.languages,
    budget: applicant.budget,
    contact: applicant.contact,
  };
}

/** Adds the applicants of each seed region to its 2023 call (`regions` maps slugs to region ids). */
export async function loadDemoApplicants(
  trx: Transaction<Database>,
  actor: AuditActor,
  seeds: RegionSeed[],
  regions: Map<string, { regionId: string }>,
  now: Date,
): Promise<void> {
  for (const seed of seeds) {
    const applicants = demoApplicants[seed.slug] ?? [];
    const region = regions.get(seed.slug);
    if (applicants.length === 0 || !region) continue;
    const call = await trx
      .selectFrom("calls")
      .select(["id", "milestones", "decisions_published_at as decisionsPublishedAt"])
      .where("region_id", "=", region.regionId)
      .where("title", "=", regionalCallTitle)
      .executeTakeFirstOrThrow();
    const deadline = stateOf(call, now).deadline;
    if (deadline === null) throw new Error(`demo call of ${seed.slug} has no deadline`);

    // Receipt numbers follow the order in which the candidacies arrived.
    const arrivals = applicants
      .map((applicant) => ({ applicant, receivedAt: applicantReceivedAt(applicant, deadline) }))
      .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    for (const [index, { applicant, receivedAt }] of arrivals.entries()) {
      const organisation = await createOrganisation(
        trx,
        actor,
        {
          name: applicant.name,
          enterpriseNumber: applicantEnterpriseNumber(applicant.serial),
          kind: "social_organisation",
        },
        { now },
      );
      const content = JSON.stringify(applicantContent(applicant, seed));
      const candidacy = await trx
        .insertInto("candidacies")
        .values({
          call_id: call.id,
          organisation_id: organisation.id,
          draft: content,
          draft_revision: 1,
          draft_saved_at: receivedAt,
          draft_saved_by: null,
          created_at: receivedAt,
          created_by: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const code = receiptCode(receiptPrefix(seed.slug, receivedAt), index + 1, 1);
      const revision = await trx
        .insertInto("candidacy_revisions")
        .values({
          candidacy_id: candidacy.id,
          number: 1,
          content,
          received_at: receivedAt,
          received_via: applicant.via,
          submitted_by: null,
          receipt_code: code,
          created_at: receivedAt,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(
        trx,
        actor,
        {
          action: "candidacy.created",
          entityType: "candidacy",
          entityId: candidacy.id,
          payload: { callId: call.id, organisationId: organisation.id },
        },
        { at: now },
      );
      await recordAudit(
        trx,
        actor,
        {
          action: "candidacy.submitted",
          entityType: "candidacy",
          entityId: candidacy.id,
          payload: {
            revisionId: revision.id,
            number: 1,
            receiptCode: code,
            receivedAt: receivedAt.toISOString(),
            receivedVia: applicant.via,
          },
        },
        { at: now },
      );
    }
  }
}
