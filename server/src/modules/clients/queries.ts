// Kysely queries of the client file, the caseload and the trajectory; no rules here (access.ts and the services
// decide who may see what).
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/types.ts";

export type Db = Kysely<Database> | Transaction<Database>;

export async function findRegionBySlug(db: Db, slug: string) {
  return db.selectFrom("regions").select(["id", "slug", "name"]).where("slug", "=", slug).executeTakeFirst();
}

export async function municipalitiesOf(db: Db, regionIds: string[]) {
  if (regionIds.length === 0) return [];
  return db
    .selectFrom("municipalities")
    .select(["id", "name", "region_id as regionId"])
    .where("region_id", "in", regionIds)
    .orderBy("sort_order")
    .orderBy("name")
    .execute();
}

export async function findClientRow(db: Db, clientId: string) {
  return db
    .selectFrom("clients")
    .innerJoin("regions", "regions.id", "clients.region_id")
    .leftJoin("municipalities", "municipalities.id", "clients.municipality_id")
    .selectAll("clients")
    .select(["regions.slug as regionSlug", "regions.name as regionName", "municipalities.name as municipalityName"])
    .where("clients.id", "=", clientId)
    .executeTakeFirst();
}
export type ClientRow = NonNullable<Awaited<ReturnType<typeof findClientRow>>>;

/** The client's latest trajectory (the one access.ts judges by) with its companion's name and organisation. */
export async function latestTrajectoryRow(db: Db, clientId: string) {
  return db
    .selectFrom("trajectories")
    .innerJoin("users", "users.id", "trajectories.companion_user_id")
    .innerJoin("organisations", "organisations.id", "trajectories.companion_organisation_id")
    .selectAll("trajectories")
    .select(["users.display_name as companionName", "organisations.name as companionOrganisation"])
    .where("trajectories.client_id", "=", clientId)
    .orderBy("trajectories.started_at", "desc")
    .orderBy("trajectories.created_at", "desc")
    .limit(1)
    .executeTakeFirst();
}
export type TrajectoryRow = NonNullable<Awaited<ReturnType<typeof latestTrajectoryRow>>>;

export async function trajectoryForUpdate(trx: Transaction<Database>, trajectoryId: string) {
  return trx
    .selectFrom("trajectories")
    .selectAll()
    .where("id", "=", trajectoryId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function eventsOf(db: Db, trajectoryId: string) {
  return (
    db
      .selectFrom("trajectory_events")
      .innerJoin("users", "users.id", "trajectory_events.by_user_id")
      .select([
        "trajectory_events.kind",
        "trajectory_events.from_value as from",
        "trajectory_events.to_value as to",
        "trajectory_events.reason",
        "trajectory_events.at",
        "users.display_name as by",
      ])
      .where("trajectory_id", "=", trajectoryId)
      .orderBy("at", "desc")
      // One change can make two events at the same instant (the status and the closure): the closure reads as the later.
      .orderBy("trajectory_events.kind", "asc")
      .execute()
  );
}

/** The identifying keys of the region's files with their latest trajectory's companion: the duplicate check's input. */
export async function regionPersonKeys(db: Db, regionId: string) {
  return db
    .selectFrom("clients")
    .leftJoin("municipalities", "municipalities.id", "clients.municipality_id")
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("trajectories")
          .innerJoin("users", "users.id", "trajectories.companion_user_id")
          .select(["trajectories.companion_user_id", "trajectories.status", "users.display_name"])
          .whereRef("trajectories.client_id", "=", "clients.id")
          .orderBy("trajectories.started_at", "desc")
          .orderBy("trajectories.created_at", "desc")
          .limit(1)
          .as("latest"),
      (join) => join.onTrue(),
    )
    .select([
      "clients.id",
      "clients.given_name as givenName",
      "clients.family_name as familyName",
      "clients.birth_date as birthDate",
      "clients.phone",
      "clients.email",
      "municipalities.name as municipality",
      "latest.companion_user_id as companionUserId",
      "latest.display_name as companionName",
      "latest.status",
    ])
    .where("clients.region_id", "=", regionId)
    .execute();
}

/**
 * The caseload: the clients of `regionIds` (a case director's), plus those whose latest trajectory has `companionId`
 * as the central contact in `companionRegionIds`. Filtered in the query, never after.
 */
export async function caseloadRows(
  db: Db,
  scope: { directorRegionIds: string[]; companionRegionIds: string[]; userId: string },
) {
  if (scope.directorRegionIds.length === 0 && scope.companionRegionIds.length === 0) return [];
  return db
    .selectFrom("clients")
    .innerJoin("regions", "regions.id", "clients.region_id")
    .leftJoin("municipalities", "municipalities.id", "clients.municipality_id")
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("trajectories")
          .innerJoin("users", "users.id", "trajectories.companion_user_id")
          .innerJoin("organisations", "organisations.id", "trajectories.companion_organisation_id")
          .select([
            "trajectories.id",
            "trajectories.status",
            "trajectories.status_changed_at",
            "trajectories.companion_user_id",
            "trajectories.follow_up_due_on",
            "trajectories.follow_up_done_at",
            "users.display_name",
            "organisations.name as organisation_name",
          ])
          .whereRef("trajectories.client_id", "=", "clients.id")
          .orderBy("trajectories.started_at", "desc")
          .orderBy("trajectories.created_at", "desc")
          .limit(1)
          .as("t"),
      (join) => join.onTrue(),
    )
    .select([
      "clients.id",
      "clients.given_name as givenName",
      "clients.family_name as familyName",
      "regions.slug as regionSlug",
      "regions.name as regionName",
      "municipalities.name as municipality",
      "t.id as trajectoryId",
      "t.status",
      "t.status_changed_at as statusChangedAt",
      "t.companion_user_id as companionUserId",
      "t.display_name as companionName",
      "t.organisation_name as companionOrganisation",
      "t.follow_up_due_on as followUpDueOn",
      "t.follow_up_done_at as followUpDoneAt",
    ])
    .where((eb) =>
      eb.or([
        ...(scope.directorRegionIds.length > 0 ? [eb("clients.region_id", "in", scope.directorRegionIds)] : []),
        // A companion's clients are found from their trajectories (an index), not by reading the whole region.
        ...(scope.companionRegionIds.length > 0
          ? [
              eb.and([
                eb("clients.region_id", "in", scope.companionRegionIds),
                eb(
                  "clients.id",
                  "in",
                  eb.selectFrom("trajectories").select("client_id").where("companion_user_id", "=", scope.userId),
                ),
                eb("t.companion_user_id", "=", scope.userId),
              ]),
            ]
          : []),
      ]),
    )
    .orderBy(sql`case when t.status in ('completed', 'stopped', 'dropped_out') then 1 else 0 end`)
    .orderBy("clients.family_name")
    .orderBy("clients.given_name")
    .orderBy("clients.id")
    .execute();
}

/** The users who hold the companion role in the region, with the organisation of that membership. */
export async function companionsOfRegion(db: Db, regionId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select([
      "users.id as userId",
      "users.display_name as name",
      "organisations.name as organisation",
      "organisations.id as organisationId",
    ])
    .where("memberships.region_id", "=", regionId)
    .where("memberships.role", "=", "companion")
    .where("users.disabled_at", "is", null)
    .orderBy("users.display_name")
    .orderBy("users.id")
    .execute();
}

/** Concurrent creations in one region take turns, so two users cannot both pass the duplicate check at once. */
export async function lockRegionFiles(trx: Transaction<Database>, regionId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`clients:${regionId}`}))`.execute(trx);
}
