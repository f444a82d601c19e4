// Request and response schemas of the call API (issue 3, first part: the phase, organisations applying, candidacies
// with drafts and revisions, e-mailed candidacies, the outbox). The web client imports the exported types: change
// them only together with the client.
//
// Routes (policy in brackets; record checks answer 404 for anything out of reach, STYLE.md):
//   POST /api/organisations/register            [public]  RegisterOrganisationBody → 201 RegisterOrganisationResponse
//                                                         (creates organisation + user + applicant membership and
//                                                         signs the user in: session cookie, like /api/auth/login)
//   GET  /api/public/calls                      [public]  → CallSummaryList (every call, newest first per region)
//   GET  /api/public/calls/:callId              [public]  → CallView (phase, deadline, milestones; no candidacies)
//   GET  /api/candidacies                       [candidacy:apply] → MyCandidacyList (the actor's organisations')
//   POST /api/calls/:callId/candidacies         [candidacy:apply] CreateCandidacyBody → 201 CandidacyView
//                                                         (409 candidacy.exists when the organisation has one)
//   GET  /api/candidacies/:id                   [candidacy:apply] → CandidacyView
//   PUT  /api/candidacies/:id/draft             [candidacy:apply] SaveCandidacyDraftBody → SaveCandidacyDraftResponse
//                                                         (409 candidacy.draft_conflict when baseDraftRevision is
//                                                         not the current one; 409 call.deadline_passed after it)
//   POST /api/candidacies/:id/submit            [candidacy:apply] SubmitCandidacyBody → 201 RevisionView
//                                                         (400 with field errors when incomplete; 409
//                                                         call.deadline_passed, message with the deadline in
//                                                         Belgian time; the draft is kept either way)
//   GET  /api/candidacies/:id/revisions/:number [candidacy:apply] → RevisionView
//   GET  /api/calls/:callId/candidacies         [call:manage] → CoordinatorCandidacyList
//   POST /api/calls/:callId/candidacies/by-email [call:manage] RegisterByEmailBody → 201 RevisionView
//                                                         (409 call.deadline_passed when receivedAt is late); or
//                                                         multipart: RegisterByEmailForm, with the mail's files
//   GET  /api/outbox                            [outbox:read] → OutboxList (what the actor may read, newest first)
//   GET  /api/outbox/:id                        [outbox:read] → OutboxMessageView
//   POST /api/calls/:callId/coverage            [call:manage] → the coverage matrix: see coverage-schemas.ts
import { Type, type Static } from "typebox";
import { callPhases } from "../../domain/call-phase.ts";
import { MilestoneKeySchema } from "../../domain/milestone-types.ts";
import { ResolvedMilestoneSchema } from "../addenda/schemas.ts";
import { CandidacyContentSchema } from "./document.ts";

const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const CallPhaseSchema = Type.Unsafe<(typeof callPhases)[number]>(
  Type.Union(callPhases.map((phase) => Type.Literal(phase))),
);

export const CallIdParams = Type.Object({ callId: Uuid });
export const CandidacyIdParams = Type.Object({ id: Uuid });
// Path parameters arrive as text and the server does not coerce types (app.ts), so the revision number is a string
// of digits here; the route reads it as a number.
export const RevisionParams = Type.Object({ id: Uuid, number: Type.String({ pattern: "^[1-9][0-9]{0,8}$" }) });
export const OutboxIdParams = Type.Object({ id: Uuid });

// ---------------------------------------------------------------------------------------------------------------
// Registration

export const RegisterOrganisationBody = Type.Object(
  {
    organisation: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 200 }),
        /** As typed: "0123.456.749", "BE 0123 456 749", "0123456749"; checked by its mod-97 check. */
        enterpriseNumber: Type.String({ minLength: 1, maxLength: 20 }),
        kind: Type.Union([Type.Literal("social_organisation"), Type.Literal("ocmw"), Type.Literal("other")]),
      },
      { additionalProperties: false },
    ),
    user: Type.Object(
      {
        displayName: Type.String({ minLength: 1, maxLength: 120 }),
        email: Type.String({ minLength: 3, maxLength: 254 }),
        /** At least 12 characters (the same rule as everywhere). */
        password: Type.String({ minLength: 1, maxLength: 200 }),
        locale: Type.Optional(Type.Union([Type.Literal("nl"), Type.Literal("en"), Type.Literal("fr")])),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type RegisterOrganisationBody = Static<typeof RegisterOrganisationBody>;

export const RegisterOrganisationResponse = Type.Object({
  organisation: Type.Object({ id: Uuid, name: Type.String(), enterpriseNumber: Type.String() }),
  userId: Uuid,
  /** The new session's CSRF token, as /api/auth/login returns it. */
  csrfToken: Type.String(),
});
export type RegisterOrganisationResponse = Static<typeof RegisterOrganisationResponse>;

// ---------------------------------------------------------------------------------------------------------------
// Calls

export const PhaseStateSchema = Type.Object({
  phase: CallPhaseSchema,
  since: Nullable(IsoInstant),
  until: Nullable(IsoInstant),
  /** What the procedure waits for: the milestone and the event as the call words it. */
  waiting: Nullable(Type.Object({ key: MilestoneKeySchema, event: Type.String() })),
  /** The last moment a candidacy is accepted (inclusive), UTC. */
  deadline: Nullable(IsoInstant),
  weerwoordUntil: Nullable(IsoInstant),
});
export type PhaseStateDto = Static<typeof PhaseStateSchema>;

export const CallSummarySchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  isDemo: Type.Boolean(),
  region: Type.Object({ slug: Type.String(), name: Type.String() }),
  state: PhaseStateSchema,
});
export type CallSummary = Static<typeof CallSummarySchema>;
export const CallSummaryList = Type.Object({ calls: Type.Array(CallSummarySchema) });
export type CallSummaryList = Static<typeof CallSummaryList>;

export const CallViewSchema = Type.Object({
  ...CallSummarySchema.properties,
  /** The region's municipalities, in the addendum's order: what a candidacy may name. */
  municipalities: Type.Array(Type.String()),
  /** The challenges of the addendum the call was opened on: what a candidacy may name. */
  challenges: Type.Array(Type.Object({ number: Type.Integer(), personas: Type.Array(Type.String()) })),
  milestones: Type.Array(ResolvedMilestoneSchema),
});
export type CallView = Static<typeof CallViewSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Candidacies

export const CreateCandidacyBody = Type.Object(
  {
    /** Which of the actor's organisations applies; may be left out when the actor has exactly one. */
    organisationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type CreateCandidacyBody = Static<typeof CreateCandidacyBody>;

export const RevisionSummarySchema = Type.Object({
  number: Type.Integer(),
  receivedAt: IsoInstant,
  receivedVia: Type.Union([Type.Literal("portal"), Type.Literal("email")]),
  receiptCode: Type.String(),
  submittedBy: Nullable(Type.String()),
});
export type RevisionSummary = Static<typeof RevisionSummarySchema>;

export const CandidacyViewSchema = Type.Object({
  id: Uuid,
  call: CallSummarySchema,
  organisation: Type.Object({ id: Uuid, name: Type.String() }),
  draft: CandidacyContentSchema,
  draftRevision: Type.Integer(),
  draftSavedAt: IsoInstant,
  draftSavedBy: Nullable(Type.String()),
  /** True when the draft differs from the latest submitted revision (or nothing was submitted yet). */
  hasUnsubmittedChanges: Type.Boolean(),
  /** Oldest first. */
  revisions: Type.Array(RevisionSummarySchema),
  /** Whether the actor may still change and submit it now (the call is open). */
  editable: Type.Boolean(),
});
export type CandidacyView = Static<typeof CandidacyViewSchema>;

export const MyCandidacySchema = Type.Object({
  id: Uuid,
  call: CallSummarySchema,
  organisation: Type.Object({ id: Uuid, name: Type.String() }),
  title: Type.String(),
  latestRevision: Nullable(RevisionSummarySchema),
  hasUnsubmittedChanges: Type.Boolean(),
});
export const MyCandidacyList = Type.Object({
  candidacies: Type.Array(MyCandidacySchema),
  /** The actor's organisations (to choose from when applying). */
  organisations: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
});
export type MyCandidacyList = Static<typeof MyCandidacyList>;

export const SaveCandidacyDraftBody = Type.Object(
  { baseDraftRevision: Type.Integer({ minimum: 1 }), draft: CandidacyContentSchema },
  { additionalProperties: false },
);
export type SaveCandidacyDraftBody = Static<typeof SaveCandidacyDraftBody>;
export const SaveCandidacyDraftResponse = Type.Object({ draftRevision: Type.Integer(), draftSavedAt: IsoInstant });
export type SaveCandidacyDraftResponse = Static<typeof SaveCandidacyDraftResponse>;

export const SubmitCandidacyBody = Type.Object(
  {
    /** The draft revision the user saw when pressing submit: what is submitted is exactly that. */
    draftRevision: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type SubmitCandidacyBody = Static<typeof SubmitCandidacyBody>;

/**
 * An attachment as a revision holds it; its bytes come from the download route of the reader's role
 * (modules/attachments/schemas.ts).
 */
export const RevisionAttachmentSchema = Type.Object({
  id: Uuid,
  filename: Type.String(),
  /** Detected from the content when it was uploaded. */
  mediaType: Type.String(),
  /** Bytes. */
  size: Type.Integer(),
  /** Hex SHA-256 of the bytes: what the receipt proves. */
  sha256: Type.String(),
});
export type RevisionAttachment = Static<typeof RevisionAttachmentSchema>;

export const RevisionViewSchema = Type.Object({
  ...RevisionSummarySchema.properties,
  candidacyId: Uuid,
  content: CandidacyContentSchema,
  /** The attachments this revision had, in order; they never change. */
  attachments: Type.Array(RevisionAttachmentSchema),
});
export type RevisionView = Static<typeof RevisionViewSchema>;

export const CoordinatorCandidacySchema = Type.Object({
  id: Uuid,
  organisation: Type.Object({ id: Uuid, name: Type.String(), enterpriseNumber: Type.String() }),
  /** The latest submitted revision; drafts are never shown to the region. */
  latestRevision: RevisionViewSchema,
  revisionCount: Type.Integer(),
});
export const CoordinatorCandidacyList = Type.Object({
  call: CallSummarySchema,
  candidacies: Type.Array(CoordinatorCandidacySchema),
});
export type CoordinatorCandidacyList = Static<typeof CoordinatorCandidacyList>;

export const RegisterByEmailBody = Type.Object(
  {
    /** The applying organisation: an existing one by id, or a new one (its enterprise number is checked). */
    organisation: Type.Union([
      Type.Object({ id: Uuid }, { additionalProperties: false }),
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 200 }),
          enterpriseNumber: Type.String({ minLength: 1, maxLength: 20 }),
        },
        { additionalProperties: false },
      ),
    ]),
    /** When the e-mail arrived (the time in the mail's header), judged against the same deadline. */
    receivedAt: IsoInstant,
    content: CandidacyContentSchema,
    /** Where the receipt goes (the sender of the e-mail). */
    replyTo: Type.String({ minLength: 3, maxLength: 254 }),
  },
  { additionalProperties: false },
);
export type RegisterByEmailBody = Static<typeof RegisterByEmailBody>;

/**
 * The same registration with the mail's files, as multipart/form-data: for the API description only. The parts are
 * read and checked by by-email-form.ts (the registration with RegisterByEmailBody). Fastify sees no body for a
 * multipart request (the parts are streamed, not parsed up front): null, which this schema lets through.
 */
export const RegisterByEmailForm = Type.Unsafe<unknown>({
  type: ["object", "null"],
  properties: {
    registration: { type: "string", description: "RegisterByEmailBody as JSON" },
    files: {
      type: "array",
      items: { type: "string", format: "binary" },
      description: "The mail's files, one part each, in order",
    },
  },
  required: ["registration"],
});

// ---------------------------------------------------------------------------------------------------------------
// Outbox

/**
 * Where a message stands: sent; waiting for the delivery job; failed and to be tried again at nextAttemptAt; or
 * kept in the outbox without being sent, because no mail server is configured (no_smtp) or because it waited longer
 * than a week for one (too_old). lastError only for administrators and coordinators.
 */
export const OutboxDeliverySchema = Type.Object({
  state: Type.Union([Type.Literal("sent"), Type.Literal("waiting"), Type.Literal("failed"), Type.Literal("kept")]),
  keptBecause: Nullable(Type.Union([Type.Literal("no_smtp"), Type.Literal("too_old")])),
  attempts: Type.Integer({ minimum: 0 }),
  lastAttemptAt: Nullable(IsoInstant),
  nextAttemptAt: Nullable(IsoInstant),
  lastError: Nullable(Type.String()),
});
export type OutboxDelivery = Static<typeof OutboxDeliverySchema>;

export const OutboxSummarySchema = Type.Object({
  id: Uuid,
  kind: Type.String(),
  toAddress: Type.String(),
  toName: Nullable(Type.String()),
  subject: Type.String(),
  createdAt: IsoInstant,
  sentAt: Nullable(IsoInstant),
  delivery: OutboxDeliverySchema,
  attachmentNames: Type.Array(Type.String()),
});
export const OutboxList = Type.Object({
  messages: Type.Array(OutboxSummarySchema),
  /** Whether a mail server is configured (BRUG_SMTP_URL); without one every message stays here. */
  mailConfigured: Type.Boolean(),
});
export type OutboxList = Static<typeof OutboxList>;

export const OutboxMessageViewSchema = Type.Object({
  ...OutboxSummarySchema.properties,
  locale: Type.Union([Type.Literal("nl"), Type.Literal("en"), Type.Literal("fr")]),
  bodyText: Type.String(),
  attachments: Type.Array(Type.Object({ filename: Type.String(), contentType: Type.String(), base64: Type.String() })),
});
export type OutboxMessageView = Static<typeof OutboxMessageViewSchema>;
