// How the five 2023 calls ended, last part: each region's partnership formed at the moment its last weerwoord window
// closed (decisions.ts published the decisions and handled the one weerwoord), with VDAB, the municipalities and the
// selected organisations, and their offers created from their candidacies. The demo call (is_demo) stays unformed.
// Written through the partnerships module's formation in the loader's transaction, audited as the seed.
import type { Transaction } from "kysely";
import type { Database } from "../db/types.ts";
import type { AuditActor } from "../platform/audit-events.ts";
import { formCallPartnership, formationWait } from "../modules/partnerships/formation.ts";
import { regionalCallTitle } from "./calls.ts";

export async function loadDemoPartnerships(
  trx: Transaction<Database>,
  actor: AuditActor,
  regions: Map<string, { regionId: string }>,
  now: Date,
): Promise<void> {
  for (const [slug, region] of regions) {
    const call = await trx
      .selectFrom("calls")
      .select(["id", "decisions_published_at"])
      .where("region_id", "=", region.regionId)
      .where("title", "=", regionalCallTitle)
      .where("is_demo", "=", false)
      .executeTakeFirst();
    if (!call || call.decisions_published_at === null) continue;
    const wait = await formationWait(trx, call.id, now);
    if (!wait.final || wait.lastWindowClosesAt === null) throw new Error(`demo partnership of ${slug}: not final`);
    const formed = await formCallPartnership(trx, {
      callId: call.id,
      now: new Date(wait.lastWindowClosesAt),
      actor,
      trigger: "seed",
      auditAt: now,
    });
    if (!formed) throw new Error(`demo partnership of ${slug}: not formed`);
    await setDemoWaitingTimes(trx, region.regionId, now);
  }
}

/**
 * A partnership in its second year knows its waiting times; a new one does not (formation leaves them unknown).
 * The demo gives each offer one, as its partner would have entered it: longer where the addenda say help is scarce
 * (psychological help, addiction care, housing), a week or two elsewhere, varied per offer.
 */
async function setDemoWaitingTimes(trx: Transaction<Database>, regionId: string, now: Date): Promise<void> {
  const scarce: Record<string, number> = {
    low_threshold_psychological_help: 42,
    street_therapy: 28,
    addiction_care: 35,
    housing_support: 49,
    non_commercial_broker: 60,
    debt_mediation: 21,
    childcare: 30,
  };
  const offers = await trx
    .selectFrom("partnership_offers as o")
    .innerJoin("partnerships as p", "p.id", "o.partnership_id")
    .select(["o.id", "o.service_type_code as serviceType"])
    .where("p.region_id", "=", regionId)
    .orderBy("o.name")
    .execute();
  for (const [index, offer] of offers.entries()) {
    const days = (scarce[offer.serviceType] ?? 7) + (index % 4) * 3;
    await trx
      .updateTable("partnership_offers")
      .set({ waiting_days: days, waiting_updated_at: new Date(now.getTime() - (index % 5) * 86_400_000) })
      .where("id", "=", offer.id)
      .execute();
  }
}
