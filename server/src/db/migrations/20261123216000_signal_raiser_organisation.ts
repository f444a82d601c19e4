import { sql, type Kysely } from "kysely";

// Signals (issue 4, item 10): the coordinator sees who raised a signal, with the organisation they raised it for. A
// person may work for several organisations in a region, and may leave one later, so the organisation is kept with
// the signal instead of being looked up from today's memberships. Null only for rows written before this column.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table signals add column raised_by_organisation_id uuid references organisations(id) on delete restrict;
    create index signals_region_status on signals (region_id, status);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index signals_region_status;
    alter table signals drop column raised_by_organisation_id;
  `.execute(db);
}
