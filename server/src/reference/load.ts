// Loads the reference taxonomies and the personas into the database at every start, in production too.
// Idempotent: codes are upserted, names and order follow the source files. Codes are never deleted here: stored
// addenda, scans and referrals may still name a code that the source no longer lists.
import type { Kysely } from "kysely";
import type { Database } from "../db/types.ts";
import type { BarrierRef, LifeDomainRef, PersonaRef, ServiceTypeRef } from "./types.ts";
import { barriers as baseBarriers, lifeDomains, serviceTypes as baseServiceTypes } from "./taxonomy.ts";
import { personas } from "./personas.ts";

export interface ReferenceData {
  lifeDomains: LifeDomainRef[];
  barriers: BarrierRef[];
  serviceTypes: ServiceTypeRef[];
  personas: PersonaRef[];
}

/** Everything the source files define, with the additions after the base lists. */
export const referenceData: ReferenceData = {
  lifeDomains,
  barriers: [...baseBarriers],
  serviceTypes: [...baseServiceTypes],
  personas,
};

/** Duplicate codes and barriers in a life domain that is not there: a mistake in the source files. */
export function referenceProblems(data: ReferenceData): string[] {
  const problems: string[] = [];
  const duplicates = (kind: string, codes: string[]): void => {
    const seen = new Set<string>();
    for (const code of codes) {
      if (seen.has(code)) problems.push(`duplicate ${kind} "${code}"`);
      seen.add(code);
    }
  };
  duplicates(
    "life domain",
    data.lifeDomains.map((d) => d.code),
  );
  duplicates(
    "barrier",
    data.barriers.map((b) => b.code),
  );
  duplicates(
    "service type",
    data.serviceTypes.map((s) => s.code),
  );
  duplicates(
    "persona",
    data.personas.map((p) => p.slug),
  );
  const domains = new Set(data.lifeDomains.map((d) => d.code));
  for (const barrier of data.barriers) {
    if (!domains.has(barrier.lifeDomain))
      problems.push(`barrier "${barrier.code}" names unknown life domain "${barrier.lifeDomain}"`);
  }
  return problems;
}

export async function loadReference(db: Kysely<Database>, data: ReferenceData = referenceData): Promise<void> {
  const problems = referenceProblems(data);
  if (problems.length > 0) throw new Error(`Reference data is inconsistent: ${problems.join("; ")}`);

  await db.transaction().execute(async (trx) => {
    if (data.lifeDomains.length > 0) {
      await trx
        .insertInto("life_domains")
        .values(
          data.lifeDomains.map((d, i) => ({
            code: d.code,
            name_nl: d.name.nl,
            name_en: d.name.en,
            name_fr: d.name.fr,
            sort_order: i,
          })),
        )
        .onConflict((oc) =>
          oc.column("code").doUpdateSet((eb) => ({
            name_nl: eb.ref("excluded.name_nl"),
            name_en: eb.ref("excluded.name_en"),
            name_fr: eb.ref("excluded.name_fr"),
            sort_order: eb.ref("excluded.sort_order"),
          })),
        )
        .execute();
    }
    if (data.barriers.length > 0) {
      await trx
        .insertInto("barriers")
        .values(
          data.barriers.map((b, i) => ({
            code: b.code,
            life_domain_code: b.lifeDomain,
            name_nl: b.name.nl,
            name_en: b.name.en,
            name_fr: b.name.fr,
            sort_order: i,
          })),
        )
        .onConflict((oc) =>
          oc.column("code").doUpdateSet((eb) => ({
            life_domain_code: eb.ref("excluded.life_domain_code"),
            name_nl: eb.ref("excluded.name_nl"),
            name_en: eb.ref("excluded.name_en"),
            name_fr: eb.ref("excluded.name_fr"),
            sort_order: eb.ref("excluded.sort_order"),
          })),
        )
        .execute();
    }
    if (data.serviceTypes.length > 0) {
      await trx
        .insertInto("service_types")
        .values(
          data.serviceTypes.map((s, i) => ({
            code: s.code,
            name_nl: s.name.nl,
            name_en: s.name.en,
            name_fr: s.name.fr,
            description_nl: s.description.nl,
            description_en: s.description.en,
            description_fr: s.description.fr,
            sort_order: i,
          })),
        )
        .onConflict((oc) =>
          oc.column("code").doUpdateSet((eb) => ({
            name_nl: eb.ref("excluded.name_nl"),
            name_en: eb.ref("excluded.name_en"),
            name_fr: eb.ref("excluded.name_fr"),
            description_nl: eb.ref("excluded.description_nl"),
            description_en: eb.ref("excluded.description_en"),
            description_fr: eb.ref("excluded.description_fr"),
            sort_order: eb.ref("excluded.sort_order"),
          })),
        )
        .execute();
    }
    if (data.personas.length > 0) {
      await trx
        .insertInto("personas")
        .values(data.personas.map((p) => ({ slug: p.slug, name: p.name })))
        .onConflict((oc) => oc.column("slug").doUpdateSet((eb) => ({ name: eb.ref("excluded.name") })))
        .execute();
    }
  });
}
