// Kysely queries of the pitch slots: the slots, who is in them, and the overlapping slots a new one would clash
// with. No business rules here: the service decides what counts as a clash and who may plan.
import { sql } from "kysely";
import type { Db } from "../calls/queries.ts";

export type { Db };

// Advisory-lock namespace (accounts uses 1 and 2, receipts 3). One lock for all planning: clashes reach across calls
// (a jury member, an organisation) and planning is rare, so taking turns costs nothing.
const planningLock = 5;

/** Until the transaction ends, no other planning change runs: clash checks then see every committed slot. */
export async function lockPlanning(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${planningLock}, 0)`.execute(db);
}

const slotColumns = [
  "pitch_slots.id",
  "pitch_slots.call_id as callId",
  "pitch_slots.starts_at as startsAt",
  "pitch_slots.ends_at as endsAt",
  "pitch_slots.location",
  "pitch_slots.online_url as onlineUrl",
  "pitch_slots.room",
  "pitch_slots.challenge_number as challengeNumber",
  "pitch_slots.note",
  "pitch_slots.updated_at as updatedAt",
  "pitch_slots.invited_at as invitedAt",
  "pitch_slots.sequence",
  "pitch_slots.cancelled_at as cancelledAt",
  "pitch_slots.cancel_reason as cancelReason",
] as const;

export function findSlot(db: Db, id: string) {
  return db.selectFrom("pitch_slots").select(slotColumns).where("pitch_slots.id", "=", id).executeTakeFirst();
}

export type SlotRow = NonNullable<Awaited<ReturnType<typeof findSlot>>>;

/** The call's slots in time order. */
export function slotsOfCall(db: Db, callId: string): Promise<SlotRow[]> {
  return db
    .selectFrom("pitch_slots")
    .select(slotColumns)
    .where("pitch_slots.call_id", "=", callId)
    .orderBy("pitch_slots.starts_at")
    .orderBy("pitch_slots.ends_at")
    .orderBy("pitch_slots.id")
    .execute();
}

export function candidaciesOfSlots(db: Db, slotIds: string[]) {
  if (slotIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("pitch_slot_candidacies as p")
    .innerJoin("candidacies", "candidacies.id", "p.candidacy_id")
    .innerJoin("organisations", "organisations.id", "candidacies.organisation_id")
    .select([
      "p.slot_id as slotId",
      "p.candidacy_id as candidacyId",
      "organisations.id as organisationId",
      "organisations.name as organisationName",
    ])
    .where("p.slot_id", "in", slotIds)
    .orderBy("organisations.name")
    .orderBy("p.candidacy_id")
    .execute();
}

export function juryOfSlots(db: Db, slotIds: string[]) {
  if (slotIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("pitch_slot_jury as p")
    .innerJoin("users", "users.id", "p.user_id")
    .select(["p.slot_id as slotId", "users.id as userId", "users.display_name as displayName", "users.email"])
    .where("p.slot_id", "in", slotIds)
    .orderBy("users.display_name")
    .orderBy("users.id")
    .execute();
}

export interface SlotValues {
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  room: string | null;
  challengeNumber: number | null;
  note: string;
}

const columnsOf = (v: SlotValues) => ({
  starts_at: v.startsAt,
  ends_at: v.endsAt,
  location: v.location,
  online_url: v.onlineUrl,
  room: v.room,
  challenge_number: v.challengeNumber,
  note: v.note,
});

export async function insertSlot(db: Db, callId: string, values: SlotValues, by: string, now: Date): Promise<string> {
  const row = await db
    .insertInto("pitch_slots")
    .values({ call_id: callId, ...columnsOf(values), created_by: by, created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSlot(db: Db, id: string, values: SlotValues, now: Date): Promise<void> {
  await db
    .updateTable("pitch_slots")
    .set({ ...columnsOf(values), updated_at: now })
    .where("id", "=", id)
    .execute();
}

/** Replaces who is in the slot. */
export async function setPeople(db: Db, slotId: string, candidacyIds: string[], juryUserIds: string[]): Promise<void> {
  await db.deleteFrom("pitch_slot_candidacies").where("slot_id", "=", slotId).execute();
  await db.deleteFrom("pitch_slot_jury").where("slot_id", "=", slotId).execute();
  if (candidacyIds.length > 0) {
    await db
      .insertInto("pitch_slot_candidacies")
      .values(candidacyIds.map((candidacy_id) => ({ slot_id: slotId, candidacy_id })))
      .execute();
  }
  if (juryUserIds.length > 0) {
    await db
      .insertInto("pitch_slot_jury")
      .values(juryUserIds.map((user_id) => ({ slot_id: slotId, user_id })))
      .execute();
  }
}

export async function deleteSlot(db: Db, id: string): Promise<void> {
  await db.deleteFrom("pitch_slots").where("id", "=", id).execute();
}

export async function markInvited(db: Db, id: string, sequence: number, now: Date): Promise<void> {
  await db.updateTable("pitch_slots").set({ invited_at: now, sequence }).where("id", "=", id).execute();
}

export async function markCancelled(
  db: Db,
  id: string,
  values: { reason: string; by: string; sequence: number; now: Date },
): Promise<void> {
  await db
    .updateTable("pitch_slots")
    .set({
      cancelled_at: values.now,
      cancelled_by: values.by,
      cancel_reason: values.reason,
      sequence: values.sequence,
      updated_at: values.now,
    })
    .where("id", "=", id)
    .execute();
}

export interface Invitee {
  candidacyId: string | null;
  userId: string | null;
  email: string;
  name: string | null;
}

/** The people whose calendar holds the slot, with the organisation a candidacy's contact pitches for. */
export function inviteesOf(db: Db, slotId: string) {
  return db
    .selectFrom("pitch_slot_invitees as i")
    .leftJoin("candidacies as c", "c.id", "i.candidacy_id")
    .leftJoin("organisations as o", "o.id", "c.organisation_id")
    .select([
      "i.candidacy_id as candidacyId",
      "i.user_id as userId",
      "i.email",
      "i.name",
      "o.id as organisationId",
      "o.name as organisationName",
    ])
    .where("i.slot_id", "=", slotId)
    .orderBy("i.email")
    .execute();
}

/** Replaces whose calendar holds the slot with the people the invitations just went to. */
export async function setInvitees(db: Db, slotId: string, invitees: readonly Invitee[]): Promise<void> {
  await db.deleteFrom("pitch_slot_invitees").where("slot_id", "=", slotId).execute();
  if (invitees.length === 0) return;
  await db
    .insertInto("pitch_slot_invitees")
    .values(
      invitees.map((i) => ({
        slot_id: slotId,
        candidacy_id: i.candidacyId,
        user_id: i.userId,
        email: i.email.trim().toLowerCase(),
        name: i.name,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export interface Window {
  startsAt: Date;
  endsAt: Date;
  /** The slot being changed, which does not clash with itself. */
  exceptSlotId: string | null;
}

// Half-open intervals overlap when each starts before the other ends: [9:00, 10:00) and [10:00, 11:00) do not.
function overlapping(db: Db, window: Window) {
  let query = db
    .selectFrom("pitch_slots as s")
    .where("s.starts_at", "<", window.endsAt)
    .where("s.ends_at", ">", window.startsAt)
    // A cancelled slot is history: it holds nobody and no room.
    .where("s.cancelled_at", "is", null);
  if (window.exceptSlotId !== null) query = query.where("s.id", "!=", window.exceptSlotId);
  return query;
}

/** Overlapping slots (of any call) with one of these jury members. */
export function juryClashes(db: Db, userIds: string[], window: Window) {
  if (userIds.length === 0) return Promise.resolve([]);
  return overlapping(db, window)
    .innerJoin("pitch_slot_jury as j", "j.slot_id", "s.id")
    .select(["j.user_id as userId", "s.starts_at as startsAt", "s.ends_at as endsAt"])
    .where("j.user_id", "in", userIds)
    .orderBy("s.starts_at")
    .execute();
}

/** Overlapping slots (of any call) with a candidacy of one of these organisations. */
export function organisationClashes(db: Db, organisationIds: string[], window: Window) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return overlapping(db, window)
    .innerJoin("pitch_slot_candidacies as p", "p.slot_id", "s.id")
    .innerJoin("candidacies as c", "c.id", "p.candidacy_id")
    .select(["c.organisation_id as organisationId", "s.starts_at as startsAt", "s.ends_at as endsAt"])
    .where("c.organisation_id", "in", organisationIds)
    .orderBy("s.starts_at")
    .execute();
}

/** An overlapping slot in the same room of the region (rooms compared without case and surrounding spaces). */
/** A slot of the region in the same room at the same place (a "Raadzaal" in another town is another room). */
export function roomClash(db: Db, regionId: string, place: { room: string; location: string | null }, window: Window) {
  return overlapping(db, window)
    .innerJoin("calls", "calls.id", "s.call_id")
    .select(["s.starts_at as startsAt", "s.ends_at as endsAt"])
    .where("calls.region_id", "=", regionId)
    .where(sql`lower(trim(s.room))`, "=", place.room.trim().toLowerCase())
    .where(sql`lower(trim(coalesce(s.location, '')))`, "=", (place.location ?? "").trim().toLowerCase())
    .orderBy("s.starts_at")
    .executeTakeFirst();
}
