// The criteria every new call starts with (the coordinator changes them until the first review is submitted). They
// follow what the regions' addenda ask of a partner; the descriptions quote the addenda where they word it well.
import type { Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { AuditActor } from "../../platform/audit-events.ts";

export interface CriterionSpec {
  key: string;
  label: string;
  description: string;
  weight: number;
  maxScore: number;
  threshold: number | null;
}

export const defaultCriteria: readonly CriterionSpec[] = [
  {
    key: "fit",
    label: "Aansluiting bij de regio-uitdagingen en persona's",
    description: "Het voorstel speelt in op de regio-uitdagingen en de persona's die het lokaal addendum beschrijft.",
    weight: 3,
    maxScore: 5,
    threshold: 3,
  },
  {
    key: "outreach_trust",
    label: "Outreachend en vertrouwensvol werken",
    description:
      "Er wordt “outreachend en aanklampend gewerkt”, met laagdrempelige hulp “die luistert en vertrouwen geeft zodat cliënten niet vroegtijdig afhaken”.",
    weight: 2,
    maxScore: 5,
    threshold: null,
  },
  {
    key: "life_domains",
    label: "Werken op alle levensdomeinen",
    description:
      "Hulp die de cliënt vergezelt “om de door hem of haar ervaren drempels, op alle levensdomeinen, te overstijgen”.",
    weight: 2,
    maxScore: 5,
    threshold: null,
  },
  {
    key: "partnership",
    label: "Partnerschapsattitude en informatiedeling",
    description: "De organisatie werkt samen in het lokaal partnerschap en deelt informatie met de partners.",
    weight: 2,
    maxScore: 5,
    threshold: null,
  },
  {
    key: "feasibility",
    label: "Haalbaarheid en capaciteit",
    description: "De aanpak is haalbaar met het voorziene personeel en het aantal trajecten per jaar.",
    weight: 2,
    maxScore: 5,
    threshold: null,
  },
  {
    key: "cost",
    label: "Kostprijs",
    description: "De begroting staat in verhouding tot de capaciteit en de aanpak.",
    weight: 1,
    maxScore: 5,
    threshold: null,
  },
];

/** Replaces the call's criteria with `criteria`, in their order, and audits the new set. In the caller's transaction. */
export async function writeCriteria(
  trx: Transaction<Database>,
  actor: AuditActor,
  callId: string,
  criteria: readonly CriterionSpec[],
  options: { now: Date; defaults: boolean },
): Promise<void> {
  await trx.deleteFrom("call_criteria").where("call_id", "=", callId).execute();
  if (criteria.length > 0) {
    await trx
      .insertInto("call_criteria")
      .values(
        criteria.map((c, index) => ({
          call_id: callId,
          key: c.key,
          label: c.label,
          description: c.description,
          weight: c.weight,
          max_score: c.maxScore,
          threshold: c.threshold,
          sort_order: index,
        })),
      )
      .execute();
  }
  await recordAudit(
    trx,
    actor,
    {
      action: "call.criteria_set",
      entityType: "call",
      entityId: callId,
      payload: {
        defaults: options.defaults,
        criteria: criteria.map((c) => ({
          key: c.key,
          label: c.label,
          weight: c.weight,
          maxScore: c.maxScore,
          threshold: c.threshold,
        })),
      },
    },
    { at: options.now },
  );
}
