// Changing and cancelling a pitch slot (issue 3, item 4). A change follows the rules of planning (service.ts
// checkSlot; the slot never clashes with itself). Once a slot is invited, its change reaches the calendars in the
// same transaction: the same UID with the next SEQUENCE, an updated invitation saying what changed to the people
// still in it, a cancellation to the people taken out, an invitation to the people added (RFC 5546 §3.2.2, §3.2.5).
// A cancelled slot stays in the plan with its reason, and no longer counts for clashes (queries.ts).
import { recordAudit } from "../../platform/audit.ts";
import { formatList } from "../../domain/belgian-format.ts";
import { validationFailed } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import {
  inviteesOf,
  personKey,
  queueCancellation,
  queueInvitation,
  recipientsOf,
  type Sending,
} from "./invitations.ts";
import * as q from "./queries.ts";
import type { CancelBody, SentMessage, SlotBody, SlotMessages, SlotView } from "./schemas.ts";
import {
  assertNotCancelled,
  assertPlanning,
  auditPayload,
  checkSlot,
  formatSlotTime,
  slotInReach,
  slotView,
  type Deps,
} from "./service.ts";

const time = (slot: SlotView) => formatSlotTime(new Date(slot.startsAt), new Date(slot.endsAt), "nl");
const place = (slot: SlotView) => [slot.location, slot.room].filter((p) => p !== null).join(", ") || null;
const organisations = (slot: SlotView) => {
  const names = slot.candidacies.map((c) => c.organisation.name).sort((a, b) => a.localeCompare(b, "nl"));
  return names.length > 0 ? formatList(names, "nl") : null;
};

/**
 * What changed for the people in a slot, one Dutch line each, as their invitation shows it: the time, the place, the
 * link, the challenge, the organisations heard and the note. Who sits on the jury is not in the invitation.
 */
export function whatChanged(before: SlotView, after: SlotView): string[] {
  const line = (label: string, now: string | null, was: string | null, none: string) =>
    now === was ? [] : [`${label}: ${now ?? none} (was: ${was ?? none})`];
  return [
    ...line("Wanneer", time(after), time(before), ""),
    ...line("Waar", place(after), place(before), "geen plaats, alleen online"),
    ...line("Online", after.onlineUrl, before.onlineUrl, "geen link"),
    ...line(
      "Regio-uitdaging",
      after.challengeNumber?.toString() ?? null,
      before.challengeNumber?.toString() ?? null,
      "geen",
    ),
    ...line("Organisaties in deze pitch", organisations(after), organisations(before), "nog geen"),
    ...(after.note !== before.note ? ["De toelichting is aangepast (zie onder)."] : []),
  ];
}

const samePeople = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** Sends the change of an invited slot to the calendars that hold it, and to the people added. */
async function sendChange(sending: Sending, before: SlotView, after: SlotView): Promise<SentMessage[]> {
  const invited = await inviteesOf(sending.trx, after.id);
  const now = await recipientsOf(sending.trx, after);
  const keysNow = new Set(now.map(personKey));
  const keysInvited = new Set(invited.map(personKey));
  const addressesNow = new Set(now.map((r) => r.email));
  const changes = whatChanged(before, after);
  const messages: SentMessage[] = [];
  for (const person of invited) {
    // An address still in the slot for another role gets the update instead: a cancellation would remove the event.
    if (!keysNow.has(personKey(person)) && !addressesNow.has(person.email)) {
      messages.push(await queueCancellation(sending, before, person, null));
    }
  }
  for (const person of now) {
    if (!keysInvited.has(personKey(person))) messages.push(await queueInvitation(sending, after, person, null));
    else if (changes.length > 0) messages.push(await queueInvitation(sending, after, person, changes));
  }
  return messages;
}

export async function updateSlot(deps: Deps, actor: Actor, slotId: string, body: SlotBody): Promise<SlotMessages> {
  return deps.db.transaction().execute(async (trx) => {
    await q.lockPlanning(trx);
    const { slot, call } = await slotInReach(trx, actor, slotId);
    const now = deps.clock.now();
    assertPlanning(call, now);
    assertNotCancelled(slot);
    const checked = await checkSlot(trx, actor, call, body, slot.id);
    const before = await slotView(trx, slot.id, call.id);
    const after = auditPayload(call.id, checked);
    const unchanged =
      before.startsAt === after.startsAt &&
      before.endsAt === after.endsAt &&
      before.location === after.location &&
      before.onlineUrl === after.onlineUrl &&
      before.room === after.room &&
      before.challengeNumber === after.challengeNumber &&
      before.note === checked.values.note &&
      samePeople(
        before.candidacies.map((c) => c.id),
        after.candidacyIds,
      ) &&
      samePeople(
        before.jury.map((j) => j.userId),
        after.juryUserIds,
      );
    // Saving the same slot again is not a change: invitations sent earlier stay current.
    if (unchanged) return { slot: before, messages: [] };
    await q.updateSlot(trx, slot.id, checked.values, now);
    await q.setPeople(trx, slot.id, checked.candidacyIds, checked.juryUserIds);
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      { action: "pitch.slot_changed", entityType: "pitch_slot", entityId: slot.id, payload: after },
      { at: now },
    );
    if (slot.invitedAt === null) return { slot: await slotView(trx, slot.id, call.id), messages: [] };

    const sequence = slot.sequence + 1;
    const sending: Sending = { trx, actor, call, now, sequence };
    const messages = await sendChange(sending, before, await slotView(trx, slot.id, call.id));
    // Without a message nobody's calendar moved on: the SEQUENCE stays where the calendars are.
    await q.markInvited(trx, slot.id, messages.length > 0 ? sequence : slot.sequence, now);
    await q.setInvitees(trx, slot.id, await recipientsOf(trx, await slotView(trx, slot.id, call.id)));
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "pitch.changes_sent",
        entityType: "pitch_slot",
        entityId: slot.id,
        payload: {
          callId: call.id,
          sequence: messages.length > 0 ? sequence : slot.sequence,
          invited: messages.filter((m) => m.kind === "invitation").map((m) => m.id),
          updated: messages.filter((m) => m.kind === "update").map((m) => m.id),
          cancelled: messages.filter((m) => m.kind === "cancellation").map((m) => m.id),
        },
      },
      { at: now },
    );
    return { slot: await slotView(trx, slot.id, call.id), messages };
  });
}

export async function cancelSlot(deps: Deps, actor: Actor, slotId: string, body: CancelBody): Promise<SlotMessages> {
  return deps.db.transaction().execute(async (trx) => {
    await q.lockPlanning(trx);
    const { slot, call } = await slotInReach(trx, actor, slotId);
    const now = deps.clock.now();
    assertPlanning(call, now);
    assertNotCancelled(slot);
    const reason = body.reason.trim();
    if (reason === "") throw validationFailed([{ path: "reason", code: "pitch.reason_required" }]);

    const view = await slotView(trx, slot.id, call.id);
    const invited = slot.invitedAt === null ? [] : await inviteesOf(trx, slot.id);
    // A cancellation is a new version of the event (RFC 5546 §3.2.5); a slot never sent stays at its SEQUENCE.
    const sequence = invited.length > 0 ? slot.sequence + 1 : slot.sequence;
    const sending: Sending = { trx, actor, call, now, sequence };
    const messages: SentMessage[] = [];
    for (const person of invited) messages.push(await queueCancellation(sending, view, person, reason));
    await q.markCancelled(trx, slot.id, { reason, by: actor.userId, sequence, now });
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "pitch.slot_cancelled",
        entityType: "pitch_slot",
        entityId: slot.id,
        payload: {
          callId: call.id,
          startsAt: view.startsAt,
          endsAt: view.endsAt,
          reason,
          sequence,
          messageIds: messages.map((m) => m.id),
        },
      },
      { at: now },
    );
    return { slot: await slotView(trx, slot.id, call.id), messages };
  });
}
