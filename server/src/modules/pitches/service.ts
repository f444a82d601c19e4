// The coordinator plans the call's pitch slots (issue 3, item 4): on the matching days, with the candidacies heard
// together and the jury members present, refusing clashes of people and rooms. Every change is audited in its
// transaction. The rules are listed in schemas.ts; changing and cancelling a slot is in changes.ts.
import type { Kysely } from "kysely";
import type { Database, Locale } from "../../db/types.ts";
import { formatDate, formatTimeRange } from "../../domain/belgian-format.ts";
import { phaseAllows } from "../../domain/call-phase.ts";
import { needsFromAddendum } from "../../domain/coverage.ts";
import { formatMatchingDays, matchingDays } from "../../domain/matching-days.ts";
import { isValidLocalDate, localToUtc, utcToLocal } from "../../domain/milestones.ts";
import { pitchGroups } from "../../domain/pitch-groups.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Clock } from "../../platform/clock.ts";
import { HttpError, notFound, validationFailed, type FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { addendumOfCall } from "../calls/coverage-queries.ts";
import { stateOf } from "../calls/phase.ts";
import { authorizeCall } from "../calls/policy.ts";
import * as calls from "../calls/queries.ts";
import { standingOf } from "../jury/policy.ts";
import { assignedMembers } from "../jury/queries.ts";
import * as q from "./queries.ts";
import type { PitchPlan, SlotBody, SlotCandidacy, SlotView } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

/** The call of a slot, authorized; 404 for a slot or call outside the coordinator's regions. */
export async function slotInReach(db: q.Db, actor: Actor, slotId: string) {
  const slot = await q.findSlot(db, slotId);
  if (!slot) throw notFound();
  const call = authorizeCall(actor, "plan_pitches", await calls.findCall(db, slot.callId));
  return { slot, call };
}

/** 409 for a cancelled slot: it is history, and stays as it was cancelled. */
export function assertNotCancelled(slot: q.SlotRow): void {
  if (slot.cancelledAt !== null) throw new HttpError(409, "pitch.cancelled");
}

/** 409 unless the call's phase allows planning pitches now. */
export function assertPlanning(call: calls.CallRow, now: Date): void {
  if (!phaseAllows.planningPitches(stateOf(call, now).phase)) throw new HttpError(409, "pitch.not_planning_phase");
}

/** "dinsdag 1 december 2026 van 9.00 tot 10.00 uur": a slot's time in Brussels. */
export function formatSlotTime(startsAt: Date, endsAt: Date, locale: Locale): string {
  const start = utcToLocal(startsAt.toISOString());
  const end = utcToLocal(endsAt.toISOString());
  return `${formatDate(start.date, locale)} ${formatTimeRange(start.time, end.time, locale)}`;
}

/** The submitted candidacies of the call with the challenges their latest revision names, by organisation name. */
async function submittedCandidacies(db: q.Db, callId: string) {
  const rows = await calls.submittedCandidaciesOfCall(db, callId);
  const revisions = await calls.revisionsOf(
    db,
    rows.map((r) => r.id),
  );
  // Oldest first: the last one per candidacy wins.
  const latest = new Map(revisions.map((r) => [r.candidacyId, r]));
  return rows.flatMap((row) => {
    const revision = latest.get(row.id);
    return revision ? [{ row, content: revision.content }] : [];
  });
}

type Submitted = Awaited<ReturnType<typeof submittedCandidacies>>[number];

const presentCandidacy = ({ row, content }: Submitted): SlotCandidacy => ({
  id: row.id,
  organisation: { id: row.organisationId, name: row.organisationName },
  title: content.title,
  challenges: [...content.challenges],
});

async function presentSlots(db: q.Db, slots: q.SlotRow[], submitted: Submitted[]): Promise<SlotView[]> {
  const ids = slots.map((s) => s.id);
  const [candidacies, jury] = await Promise.all([q.candidaciesOfSlots(db, ids), q.juryOfSlots(db, ids)]);
  const byId = new Map(submitted.map((s) => [s.row.id, s]));
  return slots.map((slot) => {
    const start = utcToLocal(slot.startsAt.toISOString());
    return {
      id: slot.id,
      callId: slot.callId,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      date: start.date,
      from: start.time,
      to: utcToLocal(slot.endsAt.toISOString()).time,
      location: slot.location,
      onlineUrl: slot.onlineUrl,
      room: slot.room,
      challengeNumber: slot.challengeNumber,
      note: slot.note,
      candidacies: candidacies
        .filter((c) => c.slotId === slot.id)
        .map((c) => {
          const known = byId.get(c.candidacyId);
          return known
            ? presentCandidacy(known)
            : {
                id: c.candidacyId,
                organisation: { id: c.organisationId, name: c.organisationName },
                title: "",
                challenges: [],
              };
        }),
      jury: jury.filter((j) => j.slotId === slot.id).map((j) => ({ userId: j.userId, displayName: j.displayName })),
      invitedAt: slot.invitedAt?.toISOString() ?? null,
      sequence: slot.sequence,
      changedSinceInvitation: slot.invitedAt !== null && slot.updatedAt.getTime() > slot.invitedAt.getTime(),
      cancelledAt: slot.cancelledAt?.toISOString() ?? null,
      cancelReason: slot.cancelReason,
    };
  });
}

export async function slotView(db: q.Db, slotId: string, callId: string): Promise<SlotView> {
  const slot = await q.findSlot(db, slotId);
  if (!slot) throw notFound();
  const [view] = await presentSlots(db, [slot], await submittedCandidacies(db, callId));
  return view as SlotView;
}

export async function getPlan(deps: Deps, actor: Actor, callId: string): Promise<PitchPlan> {
  const { db } = deps;
  const call = authorizeCall(actor, "plan_pitches", await calls.findCall(db, callId));
  const [submitted, slots, members, context, addendum] = await Promise.all([
    submittedCandidacies(db, call.id),
    q.slotsOfCall(db, call.id),
    assignedMembers(db, call.id),
    calls.callContext(db, call),
    addendumOfCall(db, call.addendumVersionId),
  ]);
  const groups = pitchGroups({
    challenges: context.challenges.map((c) => c.number),
    needs: addendum ? needsFromAddendum(addendum) : { byChallenge: new Map(), region: [] },
    municipalities: context.municipalities,
    candidacies: submitted.map(({ row, content }) => ({
      id: row.id,
      name: row.organisationName,
      challenges: content.challenges,
      serviceTypes: content.serviceTypes,
      municipalities: content.municipalities,
    })),
  });
  return {
    callId: call.id,
    canPlan: phaseAllows.planningPitches(stateOf(call, deps.clock.now()).phase),
    matchingDays: matchingDays(call.milestones),
    slots: await presentSlots(db, slots, submitted),
    candidacies: submitted.map(presentCandidacy),
    jury: members.map((m) => ({ userId: m.userId, displayName: m.displayName })),
    suggestedGroups: groups,
  };
}

export interface Checked {
  values: q.SlotValues;
  candidacyIds: string[];
  juryUserIds: string[];
}

const trimmedOrNull = (value: string | null) => {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
};

/** The body's own rules and its people, then the clashes with other slots (under the planning lock). */
export async function checkSlot(
  trx: q.Db,
  actor: Actor,
  call: calls.CallRow,
  body: SlotBody,
  exceptSlotId: string | null,
): Promise<Checked> {
  const problems: FieldError[] = [];
  const location = trimmedOrNull(body.location);
  const onlineUrl = trimmedOrNull(body.onlineUrl);
  const room = trimmedOrNull(body.room);
  if (location === null && onlineUrl === null) problems.push({ path: "location", code: "pitch.place_required" });

  let window: { startsAt: Date; endsAt: Date } | null = null;
  if (!isValidLocalDate(body.date)) problems.push({ path: "date", code: "pitch.invalid_date" });
  else {
    const days = matchingDays(call.milestones);
    if (days.length > 0 && !days.includes(body.date)) {
      problems.push({
        path: "date",
        code: "pitch.not_matching_day",
        params: { days: formatMatchingDays(days, actor.locale) },
      });
    }
    const startsAt = new Date(localToUtc(body.date, body.from));
    const endsAt = new Date(localToUtc(body.date, body.to));
    // Compared in UTC too: on the night the clocks spring forward, 02:00 and 03:00 are the same moment.
    if (body.to <= body.from || endsAt <= startsAt) problems.push({ path: "to", code: "pitch.end_before_start" });
    else window = { startsAt, endsAt };
  }

  const [submitted, members, context] = await Promise.all([
    submittedCandidacies(trx, call.id),
    assignedMembers(trx, call.id),
    calls.callContext(trx, call),
  ]);
  if (body.challengeNumber !== null && !context.challenges.some((c) => c.number === body.challengeNumber)) {
    problems.push({
      path: "challengeNumber",
      code: "pitch.unknown_challenge",
      params: { number: body.challengeNumber },
    });
  }
  const candidacyById = new Map(submitted.map((s) => [s.row.id, s.row]));
  body.candidacyIds.forEach((id, i) => {
    if (!candidacyById.has(id)) problems.push({ path: `candidacyIds.${i}`, code: "pitch.unknown_candidacy" });
  });
  const memberById = new Map(members.map((m) => [m.userId, m]));
  body.juryUserIds.forEach((id, i) => {
    if (!memberById.has(id)) problems.push({ path: `juryUserIds.${i}`, code: "pitch.not_on_jury" });
  });
  if (problems.length > 0 || window === null) throw validationFailed(problems);

  // A jury member with a conflict of interest on a candidacy (or a possible one the coordinator has not cleared)
  // stays out of its pitch, as out of its scores.
  const declarations =
    body.juryUserIds.length === 0 || body.candidacyIds.length === 0
      ? []
      : await trx
          .selectFrom("conflict_declarations")
          .select(["user_id as userId", "candidacy_id as candidacyId", "status", "cleared_at as clearedAt"])
          .where("user_id", "in", body.juryUserIds)
          .where("candidacy_id", "in", body.candidacyIds)
          .execute();
  body.juryUserIds.forEach((id, i) => {
    const excluded = declarations.find((d) => d.userId === id && standingOf(d) !== "may_review");
    if (excluded) {
      problems.push({
        path: `juryUserIds.${i}`,
        code: "pitch.jury_conflict",
        params: {
          name: memberById.get(id)?.displayName ?? "",
          organisation: candidacyById.get(excluded.candidacyId)?.organisationName ?? "",
        },
      });
    }
  });
  if (problems.length > 0) throw validationFailed(problems);

  const clashWindow = { ...window, exceptSlotId };
  const time = (other: { startsAt: Date; endsAt: Date }) => formatSlotTime(other.startsAt, other.endsAt, actor.locale);
  const organisationOf = (id: string) => candidacyById.get(id)?.organisationId ?? "";
  const [juryClashes, organisationClashes, roomClash] = await Promise.all([
    q.juryClashes(trx, body.juryUserIds, clashWindow),
    q.organisationClashes(trx, body.candidacyIds.map(organisationOf), clashWindow),
    room === null ? Promise.resolve(undefined) : q.roomClash(trx, call.regionId, { room, location }, clashWindow),
  ]);
  body.juryUserIds.forEach((id, i) => {
    const other = juryClashes.find((c) => c.userId === id);
    if (other) {
      const name = memberById.get(id)?.displayName ?? "";
      problems.push({ path: `juryUserIds.${i}`, code: "pitch.jury_clash", params: { name, time: time(other) } });
    }
  });
  body.candidacyIds.forEach((id, i) => {
    const other = organisationClashes.find((c) => c.organisationId === organisationOf(id));
    if (other) {
      const organisation = candidacyById.get(id)?.organisationName ?? "";
      problems.push({
        path: `candidacyIds.${i}`,
        code: "pitch.candidacy_clash",
        params: { organisation, time: time(other) },
      });
    }
  });
  if (roomClash && room !== null) {
    problems.push({ path: "room", code: "pitch.room_clash", params: { room, time: time(roomClash) } });
  }
  if (problems.length > 0) throw validationFailed(problems);

  return {
    values: {
      ...window,
      location,
      onlineUrl,
      room,
      challengeNumber: body.challengeNumber,
      note: body.note.trim(),
    },
    candidacyIds: body.candidacyIds,
    juryUserIds: body.juryUserIds,
  };
}

export function auditPayload(callId: string, checked: Checked) {
  const v = checked.values;
  return {
    callId,
    startsAt: v.startsAt.toISOString(),
    endsAt: v.endsAt.toISOString(),
    location: v.location,
    onlineUrl: v.onlineUrl,
    room: v.room,
    challengeNumber: v.challengeNumber,
    candidacyIds: [...checked.candidacyIds].sort(),
    juryUserIds: [...checked.juryUserIds].sort(),
  };
}

export async function createSlot(deps: Deps, actor: Actor, callId: string, body: SlotBody): Promise<SlotView> {
  return deps.db.transaction().execute(async (trx) => {
    const call = authorizeCall(actor, "plan_pitches", await calls.findCall(trx, callId));
    const now = deps.clock.now();
    assertPlanning(call, now);
    await q.lockPlanning(trx);
    const checked = await checkSlot(trx, actor, call, body, null);
    const id = await q.insertSlot(trx, call.id, checked.values, actor.userId, now);
    await q.setPeople(trx, id, checked.candidacyIds, checked.juryUserIds);
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      { action: "pitch.slot_created", entityType: "pitch_slot", entityId: id, payload: auditPayload(call.id, checked) },
      { at: now },
    );
    return slotView(trx, id, call.id);
  });
}

export async function deleteSlot(deps: Deps, actor: Actor, slotId: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await q.lockPlanning(trx);
    const { slot, call } = await slotInReach(trx, actor, slotId);
    const now = deps.clock.now();
    assertPlanning(call, now);
    assertNotCancelled(slot);
    // Invited people hold the slot in their calendar: only a cancellation takes it out again.
    if (slot.invitedAt !== null) throw new HttpError(409, "pitch.cancel_instead");
    await q.deleteSlot(trx, slot.id);
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "pitch.slot_deleted",
        entityType: "pitch_slot",
        entityId: slot.id,
        payload: {
          callId: call.id,
          startsAt: slot.startsAt.toISOString(),
          endsAt: slot.endsAt.toISOString(),
          invitedAt: null,
        },
      },
      { at: now },
    );
  });
}
