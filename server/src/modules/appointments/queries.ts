// Kysely queries of the appointments. Who sees which appointment is decided in service.ts (clients/access.ts); the
// list filters inside the query.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { openReferralStates } from "../../domain/referral-state.ts";

export type Db = Kysely<Database> | Transaction<Database>;

export interface AppointmentRow {
  id: string;
  trajectoryId: string;
  referralId: string | null;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineUrl: string;
  attendance: string;
  attendanceNote: string;
  icalUid: string;
  icalSequence: number;
}

function appointmentQuery(db: Db) {
  return db
    .selectFrom("appointments")
    .select([
      "id",
      "trajectory_id as trajectoryId",
      "referral_id as referralId",
      "title",
      "starts_at as startsAt",
      "ends_at as endsAt",
      "place",
      "online_url as onlineUrl",
      "attendance",
      "attendance_note as attendanceNote",
      "ical_uid as icalUid",
      "ical_sequence as icalSequence",
    ]);
}

/** The trajectory's appointments by start; only those of these referrals when `referralIds` is set (a partner). */
export async function appointmentsOf(
  db: Db,
  trajectoryId: string,
  referralIds: string[] | null,
): Promise<AppointmentRow[]> {
  let query = appointmentQuery(db).where("trajectory_id", "=", trajectoryId);
  if (referralIds !== null) {
    if (referralIds.length === 0) return [];
    query = query.where("referral_id", "in", referralIds);
  }
  return query.orderBy("starts_at").orderBy("id").execute();
}

export async function findAppointment(db: Db, appointmentId: string): Promise<AppointmentRow | undefined> {
  return appointmentQuery(db).where("id", "=", appointmentId).executeTakeFirst();
}

/** The trajectory's referrals that are still open (an appointment can hand over to one), newest first. */
export async function openReferralsOf(
  db: Db,
  trajectoryId: string,
): Promise<{ id: string; organisation: string; offer: string }[]> {
  return db
    .selectFrom("referrals")
    .innerJoin("organisations", "organisations.id", "referrals.organisation_id")
    .innerJoin("partnership_offers", "partnership_offers.id", "referrals.offer_id")
    .select(["referrals.id", "organisations.name as organisation", "partnership_offers.name as offer"])
    .where("referrals.trajectory_id", "=", trajectoryId)
    .where("referrals.state", "in", ["draft", ...openReferralStates])
    .orderBy("referrals.created_at", "desc")
    .execute();
}

/** The companion of the trajectory: the organizer in the iCalendar export. */
export async function companionOf(db: Db, trajectoryId: string): Promise<{ email: string; name: string }> {
  return db
    .selectFrom("trajectories")
    .innerJoin("users", "users.id", "trajectories.companion_user_id")
    .select(["users.email", "users.display_name as name"])
    .where("trajectories.id", "=", trajectoryId)
    .executeTakeFirstOrThrow();
}
