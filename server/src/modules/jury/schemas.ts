// Request and response schemas of the jury API (issue 3, third part). The web client imports the exported types:
// change them only together with the client.
//
// Rules (see also service files): scores are whole numbers from 0 ("not addressed at all") to the criterion's
// maximum (5 by default). A jury member declares a conflict of interest per candidacy before seeing it: `none` →
// may see and score; `conflict` → excluded (the candidacy's content answers 404, and they count in no progress
// denominator and no average); `possible` → excluded until the coordinator clears it. A declaration may change (each
// change audited), but after a submitted review only to `conflict`. Reviews are of the latest submitted revision;
// saved as drafts and submitted once, only while the call's phase allows scoring (after the deadline, until the
// decisions are published). Other members' scores follow calls.score_visibility: never / after_own / always.
//
// Routes (policy in brackets; record checks answer 404 for anything out of reach, STYLE.md):
//   GET    /api/calls/:callId/criteria             [call:manage] → CriteriaView
//   PUT    /api/calls/:callId/criteria             [call:manage] PutCriteriaBody → CriteriaView (replaces the set;
//                                                  400 per field; 409 jury.criteria_locked once a review is submitted)
//   PUT    /api/calls/:callId/score-visibility     [call:manage] ScoreVisibilityBody → CriteriaView
//   GET    /api/calls/:callId/jury                 [call:manage] → JuryView (assigned members and who may be)
//   POST   /api/calls/:callId/jury                 [call:manage] AssignJuryBody → 201 JuryView (400 field error
//                                                  unless the user holds the jury role in the call's region)
//   DELETE /api/calls/:callId/jury/:userId         [call:manage] → JuryView (409 jury.has_reviews after a
//                                                  submitted review)
//   GET    /api/calls/:callId/review-progress      [call:manage] → ReviewProgress ("2/3 beoordeeld", averages)
//   POST   /api/candidacies/:id/conflicts/:userId/clear [call:manage] → DeclarationView (a `possible` conflict
//                                                  cleared; 409 jury.nothing_to_clear otherwise)
//   PUT    /api/candidacies/:id/consensus          [call:manage] ConsensusBody → ConsensusView (scoring phases)
//   GET    /api/jury/calls                         [jury:review] → JuryCallList
//   GET    /api/jury/calls/:callId/candidacies     [jury:review] → JuryCandidacyList (no content)
//   PUT    /api/jury/candidacies/:id/declaration   [jury:review] DeclarationBody → DeclarationView
//   GET    /api/jury/candidacies/:id               [jury:review] → JuryCandidacyView (409 jury.declare_first before
//                                                  declaring, 409 jury.conflict_pending for an uncleared `possible`,
//                                                  404 after declaring `conflict`)
//   PUT    /api/jury/candidacies/:id/review        [jury:review] SaveReviewBody → ReviewView (draft)
//   POST   /api/jury/candidacies/:id/review/submit [jury:review] → ReviewView (400 field errors when a criterion
//                                                  has no score; 409 jury.not_scoring_phase outside scoring)
//   GET    /api/jury/candidacies/:id/scores        [jury:review] → OthersScores (per calls.score_visibility)
import { Type, type Static } from "typebox";
import { CallSummarySchema, RevisionViewSchema } from "../calls/schemas.ts";

const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const CriterionKey = Type.String({ pattern: "^[a-z][a-z0-9_]{0,39}$" });

export const CallIdParams = Type.Object({ callId: Uuid });
export const CallUserParams = Type.Object({ callId: Uuid, userId: Uuid });
export const CandidacyIdParams = Type.Object({ id: Uuid });
export const CandidacyUserParams = Type.Object({ id: Uuid, userId: Uuid });

export const ScoreVisibilitySchema = Type.Union([
  Type.Literal("never"),
  Type.Literal("after_own"),
  Type.Literal("always"),
]);
export const ConflictStatusSchema = Type.Union([
  Type.Literal("none"),
  Type.Literal("conflict"),
  Type.Literal("possible"),
]);

// ---------------------------------------------------------------------------------------------------------------
// Criteria

export const CriterionInput = Type.Object(
  {
    key: CriterionKey,
    label: Type.String({ minLength: 1, maxLength: 120 }),
    description: Type.String({ maxLength: 1000 }),
    weight: Type.Integer({ minimum: 1, maximum: 100 }),
    /** Scores run from 0 to maxScore. */
    maxScore: Type.Integer({ minimum: 1, maximum: 10 }),
    /** The minimum average on this criterion to pass it (0 … maxScore); null: no threshold. */
    threshold: Nullable(Type.Number({ minimum: 0, maximum: 10 })),
  },
  { additionalProperties: false },
);
export type CriterionInput = Static<typeof CriterionInput>;
export const CriterionSchema = Type.Object({ ...CriterionInput.properties });
export type Criterion = Static<typeof CriterionSchema>;

export const PutCriteriaBody = Type.Object(
  { criteria: Type.Array(CriterionInput, { minItems: 1, maxItems: 20 }) },
  { additionalProperties: false },
);
export type PutCriteriaBody = Static<typeof PutCriteriaBody>;

export const CriteriaView = Type.Object({
  callId: Uuid,
  criteria: Type.Array(CriterionSchema),
  /** True once a review is submitted: the criteria can no longer change. */
  locked: Type.Boolean(),
  scoreVisibility: ScoreVisibilitySchema,
});
export type CriteriaView = Static<typeof CriteriaView>;

export const ScoreVisibilityBody = Type.Object(
  { scoreVisibility: ScoreVisibilitySchema },
  { additionalProperties: false },
);
export type ScoreVisibilityBody = Static<typeof ScoreVisibilityBody>;

// ---------------------------------------------------------------------------------------------------------------
// Jury members

const PersonSchema = Type.Object({ userId: Uuid, displayName: Type.String(), email: Type.String() });
export const JuryView = Type.Object({
  callId: Uuid,
  members: Type.Array(Type.Object({ ...PersonSchema.properties, assignedAt: IsoInstant })),
  /** Users with the jury role in the call's region who are not assigned yet. */
  available: Type.Array(PersonSchema),
});
export type JuryView = Static<typeof JuryView>;

export const AssignJuryBody = Type.Object({ userId: Uuid }, { additionalProperties: false });
export type AssignJuryBody = Static<typeof AssignJuryBody>;

// ---------------------------------------------------------------------------------------------------------------
// Progress and consensus

export const AverageSchema = Type.Object({
  key: CriterionKey,
  average: Nullable(Type.Number()),
  count: Type.Integer(),
  passes: Nullable(Type.Boolean()),
});
export const AveragesSchema = Type.Object({
  criteria: Type.Array(AverageSchema),
  /** Weighted total in percent; null until every criterion has a score. */
  weightedTotal: Nullable(Type.Number()),
});
export type Averages = Static<typeof AveragesSchema>;

export const ConsensusView = Type.Object({
  revisionNumber: Type.Integer(),
  scores: Type.Record(Type.String(), Type.Object({ score: Type.Integer(), motivation: Type.String() })),
  recordedBy: Type.String(),
  recordedAt: IsoInstant,
});
export type ConsensusView = Static<typeof ConsensusView>;

export const ReviewProgress = Type.Object({
  call: CallSummarySchema,
  criteria: Type.Array(CriterionSchema),
  candidacies: Type.Array(
    Type.Object({
      id: Uuid,
      organisation: Type.Object({ id: Uuid, name: Type.String() }),
      title: Type.String(),
      revisionNumber: Type.Integer(),
      /** Submitted reviews of the latest revision by members who count. */
      done: Type.Integer(),
      /** Assigned members without a conflict (a `possible` counts once cleared). */
      expected: Type.Integer(),
      /** "2/3 beoordeeld". */
      label: Type.String(),
      conflicts: Type.Array(
        Type.Object({
          userId: Uuid,
          displayName: Type.String(),
          status: Type.Union([Type.Literal("conflict"), Type.Literal("possible")]),
          reason: Type.String(),
          cleared: Type.Boolean(),
        }),
      ),
      averages: AveragesSchema,
      consensus: Nullable(ConsensusView),
    }),
  ),
  members: Type.Array(
    Type.Object({
      ...PersonSchema.properties,
      /** Submitted reviews of latest revisions they count for. */
      done: Type.Integer(),
      /** Candidacies they count for (not conflicted). */
      expected: Type.Integer(),
      undeclared: Type.Integer(),
    }),
  ),
});
export type ReviewProgress = Static<typeof ReviewProgress>;

export const ConsensusBody = Type.Object(
  {
    scores: Type.Record(
      CriterionKey,
      Type.Object(
        {
          score: Type.Integer({ minimum: 0, maximum: 10 }),
          motivation: Type.String({ minLength: 1, maxLength: 4000 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ConsensusBody = Static<typeof ConsensusBody>;

// ---------------------------------------------------------------------------------------------------------------
// The jury member's side

export const JuryCallList = Type.Object({
  calls: Type.Array(Type.Object({ ...CallSummarySchema.properties, scoreVisibility: ScoreVisibilitySchema })),
});
export type JuryCallList = Static<typeof JuryCallList>;

export const DeclarationView = Type.Object({
  status: ConflictStatusSchema,
  reason: Nullable(Type.String()),
  declaredAt: IsoInstant,
  cleared: Type.Boolean(),
});
export type DeclarationView = Static<typeof DeclarationView>;

export const JuryCandidacyList = Type.Object({
  call: CallSummarySchema,
  candidacies: Type.Array(
    Type.Object({
      id: Uuid,
      organisation: Type.Object({ id: Uuid, name: Type.String() }),
      declaration: Nullable(DeclarationView),
      /** Whether the member may open and score it now (declared `none`, or a cleared `possible`). */
      mayReview: Type.Boolean(),
      reviewStatus: Type.Union([Type.Literal("none"), Type.Literal("draft"), Type.Literal("submitted")]),
    }),
  ),
});
export type JuryCandidacyList = Static<typeof JuryCandidacyList>;

export const DeclarationBody = Type.Object(
  { status: ConflictStatusSchema, reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) },
  { additionalProperties: false },
);
export type DeclarationBody = Static<typeof DeclarationBody>;

const ReviewScoresSchema = Type.Record(
  CriterionKey,
  Type.Object(
    { score: Nullable(Type.Integer({ minimum: 0, maximum: 10 })), comment: Type.String({ maxLength: 4000 }) },
    { additionalProperties: false },
  ),
);

export const ReviewView = Type.Object({
  revisionNumber: Type.Integer(),
  scores: ReviewScoresSchema,
  savedAt: IsoInstant,
  submittedAt: Nullable(IsoInstant),
});
export type ReviewView = Static<typeof ReviewView>;

export const SaveReviewBody = Type.Object({ scores: ReviewScoresSchema }, { additionalProperties: false });
export type SaveReviewBody = Static<typeof SaveReviewBody>;

export const JuryCandidacyView = Type.Object({
  call: CallSummarySchema,
  organisation: Type.Object({ id: Uuid, name: Type.String() }),
  revision: RevisionViewSchema,
  criteria: Type.Array(CriterionSchema),
  declaration: DeclarationView,
  review: Nullable(ReviewView),
  /** Whether scoring is possible now (the call's phase). */
  scoringOpen: Type.Boolean(),
});
export type JuryCandidacyView = Static<typeof JuryCandidacyView>;

export const OthersScores = Type.Object({
  scoreVisibility: ScoreVisibilitySchema,
  /** False when the call's setting hides them (never, or after_own before the member submitted). */
  visible: Type.Boolean(),
  reviews: Type.Array(
    Type.Object({
      displayName: Type.String(),
      scores: ReviewScoresSchema,
      submittedAt: IsoInstant,
    }),
  ),
  /** Over every submitted review that counts, the member's own included; null when not visible. */
  averages: Nullable(AveragesSchema),
});
export type OthersScores = Static<typeof OthersScores>;
