import { sql, type Kysely } from "kysely";

// Indexes that the client-file bench showed missing (bench/generate-clients.ts: 5,000 clients in one region): the
// latest trajectory of a client (access.ts asks it on every client-record request, the caseload per client) was a
// scan of the region's trajectories per client.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index trajectories_client_latest on trajectories (client_id, started_at desc, created_at desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index trajectories_client_latest;`.execute(db);
}
