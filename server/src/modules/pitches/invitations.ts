// Invitations to a pitch slot: one message per person in the outbox, in Dutch (the programme's language), with
// pitch.ics so the slot lands in their calendar. Each candidacy's contact (from its latest revision) and each jury
// member gets one. Sending again after a change raises the iCalendar SEQUENCE, so calendars update the event. The
// people a slot's invitations went to are kept (pitch_slot_invitees): changes.ts sends them updates and cancellations.
import type { Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { calendarCancel, calendarRequest, type CalendarEvent, type CalendarPerson } from "../../domain/icalendar.ts";
import { formatList } from "../../domain/belgian-format.ts";
import { recordAudit } from "../../platform/audit.ts";
import { HttpError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import type { CallRow } from "../calls/queries.ts";
import * as calls from "../calls/queries.ts";
import { queueMessage } from "../outbox/service.ts";
import * as q from "./queries.ts";
import type { InvitationsSent, SentMessage, SlotView } from "./schemas.ts";
import { assertNotCancelled, assertPlanning, formatSlotTime, slotInReach, slotView, type Deps } from "./service.ts";

export interface Recipient extends CalendarPerson, q.Invitee {
  organisationId: string | null;
  /** The organisation they pitch for; null for a jury member. */
  organisationName: string | null;
}

/** One person in one role: the same address can be the contact of two candidacies. */
export const personKey = (r: q.Invitee) => `${r.candidacyId ?? r.userId}|${r.email}`;

/** Who is in the slot now: each candidacy's contact (its latest revision) and each jury member. */
export async function recipientsOf(trx: q.Db, view: SlotView): Promise<Recipient[]> {
  const revisions = await calls.revisionsOf(
    trx,
    view.candidacies.map((c) => c.id),
  );
  const latest = new Map(revisions.map((r) => [r.candidacyId, r]));
  const jury = await q.juryOfSlots(trx, [view.id]);
  return [
    ...view.candidacies.flatMap((c) => {
      const contact = latest.get(c.id)?.content.contact;
      if (!contact || contact.email.trim() === "") return [];
      return [
        {
          candidacyId: c.id,
          userId: null,
          email: contact.email.trim().toLowerCase(),
          name: contact.name.trim() || null,
          organisationId: c.organisation.id,
          organisationName: c.organisation.name,
        },
      ];
    }),
    ...jury.map((j) => ({
      candidacyId: null,
      userId: j.userId,
      email: j.email.trim().toLowerCase(),
      name: j.displayName,
      organisationId: null,
      organisationName: null,
    })),
  ];
}

/** The people the slot's last invitations went to. */
export async function inviteesOf(trx: q.Db, slotId: string): Promise<Recipient[]> {
  return (await q.inviteesOf(trx, slotId)).map((i) => ({
    ...i,
    organisationId: i.organisationId ?? null,
    organisationName: i.organisationName ?? null,
  }));
}

const role = (recipient: Recipient) =>
  recipient.organisationName === null ? "als jurylid " : `voor ${recipient.organisationName} `;

const placeLines = (slot: SlotView) => [
  ...(slot.location !== null ? [`Waar: ${slot.location}${slot.room !== null ? `, ${slot.room}` : ""}`] : []),
  ...(slot.onlineUrl !== null ? [`Online: ${slot.onlineUrl}`] : []),
];

const signature = (call: CallRow) => ["Met vriendelijke groet,", `De coördinator van ${call.regionName}`];

/**
 * An invitation, or with `changes` an updated one that lists what changed first. `changes` are the lines of
 * changes.ts (whatChanged), in Dutch.
 */
function invitationText(call: CallRow, slot: SlotView, recipient: Recipient, changes: string[] | null): string {
  const time = formatSlotTime(new Date(slot.startsAt), new Date(slot.endsAt), "nl");
  const organisations = slot.candidacies.map((c) => c.organisation.name);
  const others = organisations.filter((name) => name !== recipient.organisationName);
  return [
    `Beste ${recipient.name ?? recipient.email},`,
    "",
    changes !== null
      ? `De pitch ${role(recipient)}in de oproep "${call.title}" (${call.regionName}) is gewijzigd. Dit is de nieuwe uitnodiging.`
      : `U bent uitgenodigd ${role(recipient)}op een pitch in de oproep "${call.title}" (${call.regionName}).`,
    ...(changes !== null && changes.length > 0 ? ["", "Wat er veranderd is:", ...changes.map((c) => `- ${c}`)] : []),
    "",
    `Wanneer: ${time}`,
    ...placeLines(slot),
    ...(slot.challengeNumber !== null ? [`Regio-uitdaging: ${slot.challengeNumber}`] : []),
    others.length > 0
      ? `Ook aanwezig: ${formatList(others, "nl")}${recipient.organisationName === null ? "" : " en de jury"}`
      : recipient.organisationName === null
        ? "Er zijn nog geen organisaties ingepland."
        : "Ook aanwezig: de jury",
    ...(slot.note !== "" ? ["", slot.note] : []),
    "",
    "In de bijlage (pitch.ics) staat de afspraak om in uw agenda te zetten.",
    "",
    ...signature(call),
  ].join("\n");
}

/** A cancellation: the whole slot (with the reason), or this person taken out of a slot that goes on. */
function cancellationText(call: CallRow, slot: SlotView, recipient: Recipient, reason: string | null): string {
  const time = formatSlotTime(new Date(slot.startsAt), new Date(slot.endsAt), "nl");
  const where = `in de oproep "${call.title}" (${call.regionName}) op ${time}`;
  return [
    `Beste ${recipient.name ?? recipient.email},`,
    "",
    ...(reason !== null
      ? [`De pitch ${role(recipient)}${where} gaat niet door.`, "", `Reden: ${reason}`]
      : [
          `U bent niet langer ingepland ${role(recipient)}op de pitch ${where}. De pitch zelf gaat door.`,
          ...(recipient.organisationName !== null
            ? ["Staat uw organisatie in een andere pitch, dan krijgt u daarvoor een aparte uitnodiging."]
            : []),
        ]),
    "",
    "In de bijlage (pitch.ics) staat de annulering: uw agenda haalt de afspraak dan weg.",
    "",
    ...signature(call),
  ].join("\n");
}

export interface Sending {
  trx: Transaction<Database>;
  actor: Actor;
  call: CallRow;
  now: Date;
  sequence: number;
}

function calendarEvent(sending: Sending, slot: SlotView, recipient: Recipient, description: string): CalendarEvent {
  return {
    uid: `pitch-${slot.id}@brug`,
    sequence: sending.sequence,
    stamp: sending.now,
    start: new Date(slot.startsAt),
    end: new Date(slot.endsAt),
    summary: `Pitch ${sending.call.title}`,
    description,
    location: slot.location !== null ? [slot.location, slot.room].filter((p) => p !== null).join(", ") : null,
    url: slot.onlineUrl,
    organizer: { email: sending.actor.email, name: sending.actor.displayName },
    // Only the recipient: every calendar would otherwise show the other organisations' contact addresses.
    attendees: [{ email: recipient.email, name: recipient.name }],
  };
}

async function queue(
  sending: Sending,
  recipient: Recipient,
  mail: { kind: SentMessage["kind"]; subject: string; bodyText: string; ics: string; method: "REQUEST" | "CANCEL" },
): Promise<SentMessage> {
  const id = await queueMessage(
    sending.trx,
    {
      kind: mail.kind === "cancellation" ? "pitch.cancellation" : "pitch.invitation",
      to: recipient.email,
      toName: recipient.name,
      locale: "nl",
      subject: mail.subject,
      bodyText: mail.bodyText,
      attachments: [
        {
          filename: "pitch.ics",
          contentType: `text/calendar; method=${mail.method}`,
          base64: Buffer.from(mail.ics, "utf8").toString("base64"),
        },
      ],
      regionId: sending.call.regionId,
      organisationId: recipient.organisationId,
    },
    { actor: { kind: "user", userId: sending.actor.userId }, now: sending.now },
  );
  return { id, toAddress: recipient.email.toLowerCase(), toName: recipient.name, kind: mail.kind };
}

/** Queues an invitation (REQUEST) to the slot as it is now; with `changes`, an update that says what changed. */
export function queueInvitation(
  sending: Sending,
  slot: SlotView,
  recipient: Recipient,
  changes: string[] | null,
): Promise<SentMessage> {
  const bodyText = invitationText(sending.call, slot, recipient, changes);
  const time = formatSlotTime(new Date(slot.startsAt), new Date(slot.endsAt), "nl");
  return queue(sending, recipient, {
    kind: changes !== null ? "update" : "invitation",
    subject: `${changes !== null ? "Gewijzigde uitnodiging" : "Uitnodiging"}: pitch op ${time}`,
    bodyText,
    ics: calendarRequest(calendarEvent(sending, slot, recipient, bodyText)),
    method: "REQUEST",
  });
}

/**
 * Queues a cancellation (CANCEL) of the slot as the person knew it: with a reason, the whole slot is called off
 * (STATUS:CANCELLED); without, only this person is taken out of a slot that goes on.
 */
export function queueCancellation(
  sending: Sending,
  slot: SlotView,
  recipient: Recipient,
  reason: string | null,
): Promise<SentMessage> {
  const bodyText = cancellationText(sending.call, slot, recipient, reason);
  const time = formatSlotTime(new Date(slot.startsAt), new Date(slot.endsAt), "nl");
  return queue(sending, recipient, {
    kind: "cancellation",
    subject: `${reason !== null ? "Geannuleerd" : "Niet meer ingepland"}: pitch op ${time}`,
    bodyText,
    ics: calendarCancel(calendarEvent(sending, slot, recipient, bodyText), reason !== null ? "event" : "attendees"),
    method: "CANCEL",
  });
}

export async function sendInvitations(deps: Deps, actor: Actor, slotId: string): Promise<InvitationsSent> {
  return deps.db.transaction().execute(async (trx) => {
    await q.lockPlanning(trx);
    const { slot, call } = await slotInReach(trx, actor, slotId);
    const now = deps.clock.now();
    assertPlanning(call, now);
    assertNotCancelled(slot);
    const view = await slotView(trx, slot.id, call.id);
    const recipients = await recipientsOf(trx, view);
    if (recipients.length === 0) throw new HttpError(409, "pitch.nobody_to_invite");

    // The first invitations are SEQUENCE 0; after a change the next number; unchanged, the same invitation again.
    const sequence = slot.invitedAt === null ? 0 : view.changedSinceInvitation ? slot.sequence + 1 : slot.sequence;
    const sending: Sending = { trx, actor, call, now, sequence };
    const messages: SentMessage[] = [];
    for (const recipient of recipients) {
      messages.push(await queueInvitation(sending, view, recipient, sequence > 0 ? [] : null));
    }
    await q.markInvited(trx, slot.id, sequence, now);
    await q.setInvitees(trx, slot.id, recipients);
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "pitch.invitations_sent",
        entityType: "pitch_slot",
        entityId: slot.id,
        payload: { callId: call.id, sequence, messageIds: messages.map((m) => m.id) },
      },
      { at: now },
    );
    return { slot: await slotView(trx, slot.id, call.id), messages };
  });
}
