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
  }
}
