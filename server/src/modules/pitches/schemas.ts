// Request and response schemas of the pitches API (issue 3, fourth part). The web client imports the exported types:
// change them only together with the client.
//
// Rules (service.ts, invitations.ts): slots are planned only while the call's phase allows it (after the candidacy
// deadline until the pitches end: 409 pitch.not_planning_phase otherwise). A slot is entered as a Brussels local date
// with a start and end time (stored in UTC), and falls on a day of the call's "pitches en jury" or matching moments
// when those name days (400 pitch.not_matching_day on `date`, naming the days). It has a place, an https link, or
// both. Its candidacies are submitted candidacies of the call, its jury members assigned to the call's jury. Clashes
// are refused with a field error naming the other slot's time: the same jury member (in any call), the same
// organisation (through its candidacies) or the same room (within the region) in overlapping slots. Slots are
// half-open: one ending at 10:00 and one starting at 10:00 do not clash. Invitations go to each candidacy's contact
// (its latest revision) and each jury member, in Dutch, with pitch.ics (text/calendar; method=REQUEST); sending again
// after a change raises the iCalendar SEQUENCE.
//
// Changing and cancelling (changes.ts): a slot is changed with the same rules as planning it (it never clashes with
// itself). Once invited, a change goes out at once with the next SEQUENCE and the same UID: an updated invitation
// saying what changed to the people still in it, a cancellation (METHOD:CANCEL) to the people taken out, an invitation
// to the people added. Cancelling needs a reason: everyone invited gets a cancellation (STATUS:CANCELLED) with it; the
// slot stays in the plan as cancelled and no longer counts for clashes. A cancelled slot cannot be changed, invited
// or cancelled again (409 pitch.cancelled); an invited slot is cancelled, not removed (409 pitch.cancel_instead).
//
// Routes (policy in brackets; a call or slot outside the coordinator's regions answers 404, STYLE.md):
//   GET    /api/calls/:callId/pitches          [call:manage] → PitchPlan (slots in time order, suggested groups)
//   POST   /api/calls/:callId/pitches          [call:manage] SlotBody → 201 SlotView
//   PUT    /api/pitches/:slotId                [call:manage] SlotBody → SlotMessages (replaces the slot; the mails)
//   DELETE /api/pitches/:slotId                [call:manage] → 204 (a slot never invited)
//   POST   /api/pitches/:slotId/invitations    [call:manage] → SlotMessages (one message per person)
//   POST   /api/pitches/:slotId/cancellation   [call:manage] CancelBody → SlotMessages (one cancellation per person)
import { Type, type Static } from "typebox";

const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const LocalDate = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Local date in Europe/Brussels" });
const LocalTime = Type.String({ pattern: "^([01]\\d|2[0-3]):[0-5]\\d$", description: "Local time HH:MM (Brussels)" });

export const CallIdParams = Type.Object({ callId: Uuid });
export const SlotIdParams = Type.Object({ slotId: Uuid });

export const SlotBody = Type.Object(
  {
    date: LocalDate,
    from: LocalTime,
    to: LocalTime,
    /** A place ("Stadhuis Maaseik, Markt 1"); null when online only. */
    location: Nullable(Type.String({ minLength: 1, maxLength: 300 })),
    /** An https link to the online meeting; null when on site only. */
    onlineUrl: Nullable(Type.String({ pattern: "^https://[^\\s]+$", maxLength: 2000 })),
    /** The room, compared within the region to refuse two slots in one room at once. */
    room: Nullable(Type.String({ minLength: 1, maxLength: 120 })),
    /** The challenge the slot's candidacies are grouped under. */
    challengeNumber: Nullable(Type.Integer({ minimum: 1, maximum: 99 })),
    note: Type.String({ maxLength: 2000 }),
    candidacyIds: Type.Array(Uuid, { maxItems: 50, uniqueItems: true }),
    juryUserIds: Type.Array(Uuid, { maxItems: 50, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type SlotBody = Static<typeof SlotBody>;

const SlotCandidacy = Type.Object({
  id: Uuid,
  organisation: Type.Object({ id: Uuid, name: Type.String() }),
  title: Type.String(),
  /** The challenges its latest revision names. */
  challenges: Type.Array(Type.Integer()),
});
export type SlotCandidacy = Static<typeof SlotCandidacy>;

const SlotJuryMember = Type.Object({ userId: Uuid, displayName: Type.String() });

export const SlotView = Type.Object({
  id: Uuid,
  callId: Uuid,
  startsAt: IsoInstant,
  endsAt: IsoInstant,
  /** The same moments as entered, in Brussels local time. */
  date: LocalDate,
  from: LocalTime,
  to: LocalTime,
  location: Nullable(Type.String()),
  onlineUrl: Nullable(Type.String()),
  room: Nullable(Type.String()),
  challengeNumber: Nullable(Type.Integer()),
  note: Type.String(),
  candidacies: Type.Array(SlotCandidacy),
  jury: Type.Array(SlotJuryMember),
  /** When invitations were last sent, and their SEQUENCE; null when never. */
  invitedAt: Nullable(IsoInstant),
  sequence: Type.Integer(),
  /** Changed since the invitations were sent: send them again. */
  changedSinceInvitation: Type.Boolean(),
  /** When the slot was cancelled, and why; null while it goes on. */
  cancelledAt: Nullable(IsoInstant),
  cancelReason: Nullable(Type.String()),
});
export type SlotView = Static<typeof SlotView>;

export const PitchPlan = Type.Object({
  callId: Uuid,
  /** Whether the call's phase allows planning now. */
  canPlan: Type.Boolean(),
  /** The local days slots may fall on; empty when the call's timeline names none (any day then). */
  matchingDays: Type.Array(LocalDate),
  slots: Type.Array(SlotView),
  /** The call's submitted candidacies, by organisation name. */
  candidacies: Type.Array(SlotCandidacy),
  /** The call's jury members. */
  jury: Type.Array(SlotJuryMember),
  /** Per challenge, every candidacy naming it, complementary ones together (domain/pitch-groups.ts). */
  suggestedGroups: Type.Array(
    Type.Object({
      challengeNumber: Type.Integer(),
      needed: Type.Integer(),
      candidacyIds: Type.Array(Uuid),
      sets: Type.Array(Type.Object({ candidacyIds: Type.Array(Uuid), covered: Type.Integer() })),
    }),
  ),
});
export type PitchPlan = Static<typeof PitchPlan>;

export const SlotMessages = Type.Object({
  slot: SlotView,
  /** One message per person, queued in the outbox: a first invitation, an update or a cancellation. */
  messages: Type.Array(
    Type.Object({
      id: Uuid,
      toAddress: Type.String(),
      toName: Nullable(Type.String()),
      kind: Type.Union([Type.Literal("invitation"), Type.Literal("update"), Type.Literal("cancellation")]),
    }),
  ),
});
export type SlotMessages = Static<typeof SlotMessages>;
export type SentMessage = SlotMessages["messages"][number];
/** The answer to sending the invitations. */
export const InvitationsSent = SlotMessages;
export type InvitationsSent = SlotMessages;

export const CancelBody = Type.Object(
  {
    /** Why the slot does not go on; sent to everyone invited. */
    reason: Type.String({ maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type CancelBody = Static<typeof CancelBody>;
