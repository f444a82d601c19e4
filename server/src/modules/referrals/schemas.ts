// Request and response schemas of referrals with a closed loop (issue 4, item 8). The web client imports the
// exported types: change them only together with web/src/api/referrals.ts.
//
// Rules (domain/referral-state.ts has the steps; modules/clients/access.ts who sees what):
// - The sending side is the client's companion or the region's case director. They draft a referral to an offer of
//   the client's region's partnership that takes referrals, with the data categories the partner needs ("general"
//   always), a message and optionally a goal of the plan. Sending needs standing consent(s) covering the offer's
//   organisation (or the whole partnership) and every category asked: otherwise 409 naming what is missing, the
//   draft kept. The partner answers within 10 calendar days; unanswered for 30 the referral ends by itself.
// - The receiving partner worker (of the offer's organisation, in the region) sees the referral and the client's
//   data it asks for only while it is open and a consent stands; otherwise 404, and the inbox leaves it out.
// - Both sides plan the warm hand-over (one first appointment together) and see it; the sender sets the feedback
//   rhythm, the receiver gives feedback while the referral is accepted or started.
//
// Routes (policy in brackets; anything out of reach answers 404 and changes nothing):
//   GET   /api/trajectories/:id/referrals           [client:read]  → ReferralList (a partner: its own only)
//   GET   /api/trajectories/:id/referral-offers     [client:work]  → ReferralOfferList (with what consent covers)
//   POST  /api/trajectories/:id/referrals           [client:work]  DraftBody → 201 ReferralDetail
//   GET   /api/referrals/:id                        [client:read]  → ReferralDetail (either side)
//   PATCH /api/referrals/:id                        [client:work]  DraftChangeBody → ReferralDetail (drafts only)
//   POST  /api/referrals/:id/steps                  [client:work]  SenderStepBody → ReferralDetail
//   PUT   /api/referrals/:id/feedback-rhythm        [client:work]  RhythmBody → ReferralDetail
//   PUT   /api/referrals/:id/handover               [client:work]  HandoverBody → ReferralDetail
//   GET   /api/partner/referrals                    [referral:respond] → Inbox
//   POST  /api/partner/referrals/:id/steps          [referral:respond] ReceiverStepBody → StepDone
//   POST  /api/partner/referrals/:id/feedback       [referral:respond] FeedbackBody → 201 ReferralDetail
//   PUT   /api/partner/referrals/:id/handover       [referral:respond] HandoverBody → ReferralDetail
import { Type, type Static } from "typebox";
import { feedbackAttendance, feedbackProgress, dataCategories } from "../../domain/trajectory-codes.ts";
import { noteCodes, referralStates } from "../../domain/referral-state.ts";

const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const IdParams = Type.Object({ id: Uuid });

const Category = Type.Enum(dataCategories);
const State = Type.Enum(referralStates);

export const OfferRefSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  serviceType: Type.String(),
  organisation: Type.Object({ id: Uuid, name: Type.String() }),
});

export const ReferralSummarySchema = Type.Object({
  id: Uuid,
  trajectoryId: Uuid,
  state: State,
  /** The reason of a declined, completed or ended referral. */
  stateReason: Nullable(Type.String()),
  stateChangedAt: IsoInstant,
  offer: OfferRefSchema,
  categories: Type.Array(Category),
  createdAt: IsoInstant,
  sentAt: Nullable(IsoInstant),
  /** The partner answers by then (sent + 10 days). */
  answerDueAt: Nullable(IsoInstant),
  /** Sent and not answered by answerDueAt. */
  answerOverdue: Type.Boolean(),
  feedbackEveryDays: Nullable(Type.Integer()),
  lastFeedbackAt: Nullable(IsoInstant),
  /** When the next feedback is due (rhythm set, accepted or started). */
  feedbackDueAt: Nullable(IsoInstant),
  feedbackOverdue: Type.Boolean(),
});
export type ReferralSummary = Static<typeof ReferralSummarySchema>;

export const ReferralListSchema = Type.Object({ referrals: Type.Array(ReferralSummarySchema) });
export type ReferralList = Static<typeof ReferralListSchema>;

const StepSchema = Type.Object({
  step: Type.String(),
  /** The reasons to choose from; one is required when not empty. */
  reasons: Type.Array(Type.String()),
});

export const ReferralEventSchema = Type.Object({
  at: IsoInstant,
  fromState: Nullable(State),
  toState: State,
  reason: Nullable(Type.String()),
  note: Type.String(),
  /** A note the platform wrote (a code the screen translates; `note` is then empty): "consent_withdrawn". */
  noteCode: Nullable(Type.Enum(noteCodes)),
  /** Who took the step; null for the system (an unanswered referral that expired). */
  by: Nullable(Type.String()),
});

export const FeedbackViewSchema = Type.Object({
  id: Uuid,
  givenAt: IsoInstant,
  by: Type.String(),
  attendance: Type.Enum(feedbackAttendance),
  progress: Type.Enum(feedbackProgress),
  summary: Type.String(),
  nextStep: Type.String(),
});
export type FeedbackView = Static<typeof FeedbackViewSchema>;

export const HandoverViewSchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  startsAt: IsoInstant,
  endsAt: IsoInstant,
  place: Type.String(),
  onlineUrl: Type.String(),
  attendance: Type.String(),
});

/** What the receiving partner sees of the client: only the categories the referral asks and a consent covers. */
export const SharedDataSchema = Type.Object({
  categories: Type.Array(Category),
  client: Type.Object({
    id: Uuid,
    givenName: Type.String(),
    familyName: Type.String(),
    birthDate: Nullable(Type.String()),
    phone: Type.String(),
    email: Type.String(),
    contactLanguages: Type.Array(Type.String()),
    interpreterNeeded: Type.Boolean(),
    /** The municipality's name; null without a reference address or when unknown. */
    municipality: Nullable(Type.String()),
    residence: Type.String(),
  }),
  /** The latest scan, only the life domains within the categories. */
  scan: Nullable(
    Type.Object({
      takenOn: Type.String(),
      domains: Type.Array(
        Type.Object({
          lifeDomain: Type.String(),
          score: Type.Integer(),
          barriers: Type.Array(Type.String()),
          strengths: Type.String(),
          wish: Type.String(),
        }),
      ),
    }),
  ),
  /** Notes meant for partners, within the categories. */
  notes: Type.Array(
    Type.Object({
      id: Uuid,
      writtenAt: IsoInstant,
      lifeDomain: Nullable(Type.String()),
      category: Category,
      text: Type.String(),
    }),
  ),
});
export type SharedData = Static<typeof SharedDataSchema>;

export const ReferralDetailSchema = Type.Object({
  ...ReferralSummarySchema.properties,
  side: Type.Union([Type.Literal("sender"), Type.Literal("receiver")]),
  message: Type.String(),
  /** The goal of the plan it serves; null without one or when its life domain is outside what the reader may see. */
  goal: Nullable(Type.Object({ id: Uuid, lifeDomain: Type.String(), text: Type.String() })),
  /** The steps the reader's side may take now. */
  steps: Type.Array(StepSchema),
  canGiveFeedback: Type.Boolean(),
  canSetRhythm: Type.Boolean(),
  canPlanHandover: Type.Boolean(),
  events: Type.Array(ReferralEventSchema),
  feedback: Type.Array(FeedbackViewSchema),
  handover: Nullable(HandoverViewSchema),
  shared: SharedDataSchema,
});
export type ReferralDetail = Static<typeof ReferralDetailSchema>;

export const ReferralOfferSchema = Type.Object({
  ...OfferRefSchema.properties,
  municipalities: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  capacityPerYear: Nullable(Type.Integer()),
  waitingDays: Nullable(Type.Integer()),
  /** What the client's standing consents cover for this offer's organisation (empty: no consent). */
  consentCategories: Type.Array(Category),
});
export type ReferralOffer = Static<typeof ReferralOfferSchema>;
export const ReferralOfferListSchema = Type.Object({ offers: Type.Array(ReferralOfferSchema) });
export type ReferralOfferList = Static<typeof ReferralOfferListSchema>;

export const InboxItemSchema = Type.Object({
  ...ReferralSummarySchema.properties,
  client: Type.Object({ id: Uuid, givenName: Type.String(), familyName: Type.String() }),
});
export type InboxItem = Static<typeof InboxItemSchema>;
export const InboxSchema = Type.Object({ referrals: Type.Array(InboxItemSchema) });
export type Inbox = Static<typeof InboxSchema>;

const Categories = Type.Array(Category, { minItems: 1, maxItems: dataCategories.length, uniqueItems: true });
const Message = Type.String({ maxLength: 4000 });
const Note = Type.Optional(Type.String({ maxLength: 2000 }));
const Reason = Type.Optional(Type.String({ minLength: 1, maxLength: 40 }));

export const DraftBody = Type.Object(
  { offerId: Uuid, categories: Categories, message: Message, goalId: Type.Optional(Nullable(Uuid)) },
  { additionalProperties: false },
);
export type DraftBody = Static<typeof DraftBody>;

export const DraftChangeBody = Type.Object(
  {
    offerId: Type.Optional(Uuid),
    categories: Type.Optional(Categories),
    message: Type.Optional(Message),
    goalId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type DraftChangeBody = Static<typeof DraftChangeBody>;

export const SenderStepBody = Type.Object(
  { step: Type.Union([Type.Literal("send"), Type.Literal("end")]), reason: Reason, note: Note },
  { additionalProperties: false },
);
export type SenderStepBody = Static<typeof SenderStepBody>;

export const ReceiverStepBody = Type.Object(
  {
    step: Type.Enum(["accept", "waitlist", "decline", "start", "complete", "end"] as const),
    reason: Reason,
    note: Note,
  },
  { additionalProperties: false },
);
export type ReceiverStepBody = Static<typeof ReceiverStepBody>;

export const StepDoneSchema = Type.Object({
  id: Uuid,
  state: State,
  stateReason: Nullable(Type.String()),
  /** Whether the partner still sees the referral (false once declined, completed or ended). */
  stillVisible: Type.Boolean(),
});
export type StepDone = Static<typeof StepDoneSchema>;

export const RhythmBody = Type.Object(
  { everyDays: Nullable(Type.Integer({ minimum: 1, maximum: 365 })) },
  { additionalProperties: false },
);
export type RhythmBody = Static<typeof RhythmBody>;

export const FeedbackBody = Type.Object(
  {
    attendance: Type.Enum(feedbackAttendance),
    progress: Type.Enum(feedbackProgress),
    summary: Type.String({ minLength: 1, maxLength: 4000, pattern: "\\S" }),
    nextStep: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type FeedbackBody = Static<typeof FeedbackBody>;

export const HandoverBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200, pattern: "\\S" }),
    startsAt: IsoInstant,
    endsAt: IsoInstant,
    place: Type.Optional(Type.String({ maxLength: 300 })),
    // A meeting link, https only, as appointments take it: the link becomes an href and goes into the .ics.
    onlineUrl: Type.Optional(Type.String({ pattern: "^(https://\\S+)?$", maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type HandoverBody = Static<typeof HandoverBody>;
