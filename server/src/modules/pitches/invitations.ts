// Invitations to a pitch slot: one message per person in the outbox, in Dutch (the programme's language), with
// pitch.ics so the slot lands in their calendar. Each candidacy's contact (from its latest revision) and each jury
// member gets one. Sending again after a change raises the iCalendar SEQUENCE, so calendars update the event.
import { calendarRequest, type CalendarPerson } from "../../domain/icalendar.ts";
import { formatList } from "../../domain/belgian-format.ts";
import { recordAudit } from "../../platform/audit.ts";
import { HttpError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import type { CallRow } from "../calls/queries.ts";
import * as calls from "../calls/queries.ts";
import { queueMessage } from "../outbox/service.ts";
import * as q from "./queries.ts";
import type { InvitationsSent, SlotView } from "./schemas.ts";
import { assertPlanning, formatSlotTime, slotInReach, slotView, type Deps } from "./service.ts";

interface Recipient extends CalendarPerson {
  organisationId: string | null;
  /** The organisation they pitch for; null for a jury member. */
  organisationName: string | null;
}

function bodyText(
  call: CallRow,
  slot: SlotView,
  recipient: Recipient,
  organisations: string[],
  changed: boolean,
): string {
  const time = formatSlotTime(new Date(slot.startsAt), new Date(slot.endsAt), "nl");
  const role = recipient.organisationName === null ? "als jurylid " : `voor ${recipient.organisationName} `;
  const others = organisations.filter((name) => name !== recipient.organisationName);
  const place = [
    ...(slot.location !== null ? [`Waar: ${slot.location}${slot.room !== null ? `, ${slot.room}` : ""}`] : []),
    ...(slot.onlineUrl !== null ? [`Online: ${slot.onlineUrl}`] : []),
  ];
  return [
    `Beste ${recipient.name ?? recipient.email},`,
    "",
    changed
      ? `De pitch ${role}in de oproep "${call.title}" (${call.regionName}) is gewijzigd. Dit is de nieuwe uitnodiging.`
      : `U bent uitgenodigd ${role}op een pitch in de oproep "${call.title}" (${call.regionName}).`,
    "",
    `Wanneer: ${time}`,
    ...place,
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
    "Met vriendelijke groet,",
    `De coördinator van ${call.regionName}`,
  ].join("\n");
}

export async function sendInvitations(deps: Deps, actor: Actor, slotId: string): Promise<InvitationsSent> {
  return deps.db.transaction().execute(async (trx) => {
    await q.lockPlanning(trx);
    const { slot, call } = await slotInReach(trx, actor, slotId);
    const now = deps.clock.now();
    assertPlanning(call, now);
    const view = await slotView(trx, slot.id, call.id);

    const candidacyIds = view.candidacies.map((c) => c.id);
    const revisions = await calls.revisionsOf(trx, candidacyIds);
    const latest = new Map(revisions.map((r) => [r.candidacyId, r]));
    const jury = await q.juryOfSlots(trx, [slot.id]);
    const recipients: Recipient[] = [
      ...view.candidacies.flatMap((c) => {
        const contact = latest.get(c.id)?.content.contact;
        if (!contact || contact.email.trim() === "") return [];
        return [
          {
            email: contact.email.trim(),
            name: contact.name.trim() || null,
            organisationId: c.organisation.id,
            organisationName: c.organisation.name,
          },
        ];
      }),
      ...jury.map((j) => ({ email: j.email, name: j.displayName, organisationId: null, organisationName: null })),
    ];
    if (recipients.length === 0) throw new HttpError(409, "pitch.nobody_to_invite");

    // The first invitations are SEQUENCE 0; after a change the next number; unchanged, the same invitation again.
    const sequence = slot.invitedAt === null ? 0 : view.changedSinceInvitation ? slot.sequence + 1 : slot.sequence;
    const organisations = view.candidacies.map((c) => c.organisation.name);
    const organizer = { email: actor.email, name: actor.displayName };
    const subjectTime = formatSlotTime(new Date(view.startsAt), new Date(view.endsAt), "nl");
    const messages: InvitationsSent["messages"] = [];
    for (const recipient of recipients) {
      const ics = calendarRequest({
        uid: `pitch-${slot.id}@brug`,
        sequence,
        stamp: now,
        start: new Date(view.startsAt),
        end: new Date(view.endsAt),
        summary: `Pitch ${call.title}`,
        description: bodyText(call, view, recipient, organisations, sequence > 0),
        location: view.location !== null ? [view.location, view.room].filter((p) => p !== null).join(", ") : null,
        url: view.onlineUrl,
        organizer,
        // Only the recipient: every calendar would otherwise show the other organisations' contact addresses.
        attendees: [{ email: recipient.email, name: recipient.name }],
      });
      const id = await queueMessage(
        trx,
        {
          kind: "pitch.invitation",
          to: recipient.email,
          toName: recipient.name,
          locale: "nl",
          subject: `${sequence > 0 ? "Gewijzigde uitnodiging" : "Uitnodiging"}: pitch op ${subjectTime}`,
          bodyText: bodyText(call, view, recipient, organisations, sequence > 0),
          attachments: [
            {
              filename: "pitch.ics",
              contentType: "text/calendar; method=REQUEST",
              base64: Buffer.from(ics, "utf8").toString("base64"),
            },
          ],
          regionId: call.regionId,
          organisationId: recipient.organisationId,
        },
        { actor: { kind: "user", userId: actor.userId }, now },
      );
      messages.push({ id, toAddress: recipient.email.toLowerCase(), toName: recipient.name });
    }
    await q.markInvited(trx, slot.id, sequence, now);
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
