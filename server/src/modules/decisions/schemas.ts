// Request and response schemas of decisions and weerwoorden (issue 3, items 6 and 7). The web client imports the
// exported types: change them only together with the client.
//
// Rules:
// - A decision is selected / reserve / not_selected with a motivation (required when not selected). The coordinator
//   prepares decisions privately while the phase allows deciding (pitches, decision); applicants never see a
//   decision before it is published (404).
// - Publishing is one batch, one transaction: every submitted candidacy must have a decision (400
//   decisions.missing naming the organisations); it stamps each decision's published_at and the call's
//   decisions_published_at (the phase moves to weerwoord), and queues a Dutch letter (PDF attached) per candidacy to
//   its contact e-mail and its organisation's applicant staff. A second publish → 409 decisions.already_published.
// - Weerwoord: the applicant may file one per communicated decision while now < published_at + 14 calendar days at
//   the same Brussels wall-clock time (335–337 hours across a DST change); later → 409 decisions.weerwoord_closed
//   naming the end in Belgian time. The coordinator handles it once: upheld or rejected, with an answer.
// - Reopening: an upheld weerwoord reopens that decision (reopened_at). The coordinator may then prepare it again in
//   any phase and publish that one decision (POST …/decision/publish), which sends a new letter with a new 14-day
//   window; until then the applicant keeps seeing what the last letter said.
// - Provisional: every published decision of a call is provisional while some decision's weerwoord window is still
//   open, a weerwoord is not yet handled, or a decision is reopened.
//
// Routes (policy in brackets; record checks answer 404 for anything out of reach, STYLE.md):
//   GET  /api/calls/:callId/decisions          [call:manage] → CallDecisions (submitted candidacies, their decisions)
//   PUT  /api/candidacies/:id/decision         [call:manage] PrepareDecisionBody → CoordinatorDecision
//   POST /api/calls/:callId/decisions/publish  [call:manage] → CallDecisions (409 already published / not deciding)
//   POST /api/candidacies/:id/decision/publish [call:manage] → CoordinatorDecision (a reopened decision, again)
//   GET  /api/calls/:callId/objections         [call:manage] → ObjectionList
//   PUT  /api/objections/:id                   [call:manage] HandleObjectionBody → ObjectionView
//   GET  /api/candidacies/:id/decision         [candidacy:apply] → ApplicantDecision (404 until published)
//   POST /api/candidacies/:id/objection        [candidacy:apply] FileObjectionBody → 201 ObjectionView
import { Type, type Static } from "typebox";
import { PhaseStateSchema } from "../calls/schemas.ts";

const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const CallIdParams = Type.Object({ callId: Uuid });
export const CandidacyIdParams = Type.Object({ id: Uuid });
export const ObjectionIdParams = Type.Object({ id: Uuid });

export const DecisionOutcomeSchema = Type.Union([
  Type.Literal("selected"),
  Type.Literal("reserve"),
  Type.Literal("not_selected"),
]);
export const ObjectionStatusSchema = Type.Union([
  Type.Literal("filed"),
  Type.Literal("upheld"),
  Type.Literal("rejected"),
]);

export const PrepareDecisionBody = Type.Object(
  {
    outcome: DecisionOutcomeSchema,
    /** Required (not blank) when not selected. */
    motivation: Type.String({ maxLength: 5000 }),
  },
  { additionalProperties: false },
);
export type PrepareDecisionBody = Static<typeof PrepareDecisionBody>;

export const CoordinatorDecisionSchema = Type.Object({
  candidacyId: Uuid,
  organisation: Type.String(),
  title: Type.String(),
  /** The working decision; null while none is prepared. */
  decision: Nullable(
    Type.Object({
      outcome: DecisionOutcomeSchema,
      motivation: Type.String(),
      preparedBy: Nullable(Type.String()),
      preparedAt: IsoInstant,
      /** What the last letter said; null until published. */
      published: Nullable(
        Type.Object({ outcome: DecisionOutcomeSchema, motivation: Type.String(), at: IsoInstant, until: IsoInstant }),
      ),
      /** Set after an upheld weerwoord: the coordinator may change and publish it again. */
      reopenedAt: Nullable(IsoInstant),
    }),
  ),
});
export type CoordinatorDecision = Static<typeof CoordinatorDecisionSchema>;

export const CallDecisionsSchema = Type.Object({
  callId: Uuid,
  state: PhaseStateSchema,
  decisionsPublishedAt: Nullable(IsoInstant),
  /** Whether the coordinator may prepare and publish the batch now. */
  canPrepare: Type.Boolean(),
  provisional: Type.Boolean(),
  candidacies: Type.Array(CoordinatorDecisionSchema),
});
export type CallDecisions = Static<typeof CallDecisionsSchema>;

export const ObjectionViewSchema = Type.Object({
  id: Uuid,
  candidacyId: Uuid,
  organisation: Type.String(),
  decisionPublishedAt: IsoInstant,
  filedBy: Type.String(),
  filedAt: IsoInstant,
  text: Type.String(),
  status: ObjectionStatusSchema,
  answer: Nullable(Type.String()),
  handledBy: Nullable(Type.String()),
  handledAt: Nullable(IsoInstant),
});
export type ObjectionView = Static<typeof ObjectionViewSchema>;
export const ObjectionListSchema = Type.Object({ objections: Type.Array(ObjectionViewSchema) });
export type ObjectionList = Static<typeof ObjectionListSchema>;

export const HandleObjectionBody = Type.Object(
  {
    status: Type.Union([Type.Literal("upheld"), Type.Literal("rejected")]),
    answer: Type.String({ minLength: 1, maxLength: 10000, pattern: "\\S" }),
  },
  { additionalProperties: false },
);
export type HandleObjectionBody = Static<typeof HandleObjectionBody>;

export const FileObjectionBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 10000, pattern: "\\S" }) },
  { additionalProperties: false },
);
export type FileObjectionBody = Static<typeof FileObjectionBody>;

export const ApplicantDecisionSchema = Type.Object({
  candidacyId: Uuid,
  outcome: DecisionOutcomeSchema,
  motivation: Type.String(),
  publishedAt: IsoInstant,
  /** The weerwoord window's exclusive end, UTC. */
  weerwoordUntil: IsoInstant,
  /** Whether a weerwoord can be filed now. */
  canObject: Type.Boolean(),
  /** Decisions stay provisional until every weerwoord window of the call has closed and every weerwoord is handled. */
  provisional: Type.Boolean(),
  /** True while an upheld weerwoord has reopened the decision; a new letter follows. */
  reopened: Type.Boolean(),
  objections: Type.Array(ObjectionViewSchema),
});
export type ApplicantDecision = Static<typeof ApplicantDecisionSchema>;
