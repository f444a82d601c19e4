// The API of opening a call and taking a new timeline over from the addendum.
import { Type, type Static } from "typebox";
import { MilestoneKeySchema } from "../../domain/milestone-types.ts";
import { CallSummarySchema } from "../calls/schemas.ts";

export const RegionSlugParams = Type.Object({ slug: Type.String({ pattern: "^[a-z0-9-]+$", maxLength: 80 }) });

export const OpenCallBody = Type.Object(
  {
    /** The call's own title, e.g. "Oproep Lokale Partnerschappen 2027"; an empty one is refused with its own message. */
    title: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type OpenCallBody = Static<typeof OpenCallBody>;

export const OpenCallResponse = Type.Object({ call: CallSummarySchema });

const MilestoneChangeSchema = Type.Object({
  key: MilestoneKeySchema,
  kind: Type.Union([
    Type.Literal("added"),
    Type.Literal("removed"),
    Type.Literal("changed"),
    Type.Literal("reworded"),
    Type.Literal("unchanged"),
  ]),
  before: Type.Union([Type.String(), Type.Null()]),
  after: Type.Union([Type.String(), Type.Null()]),
  /** The reason this change cannot be taken over, translated; null when it can. */
  refusal: Type.Union([Type.Object({ code: Type.String(), message: Type.String() }), Type.Null()]),
});

export const TimelineProposal = Type.Object({
  call: CallSummarySchema,
  /** The addendum's published version the proposal compares with; null when the region has none. */
  addendumVersion: Type.Union([Type.Integer(), Type.Null()]),
  changes: Type.Array(MilestoneChangeSchema),
  /** True when something differs and every difference may be taken over. */
  canTakeOver: Type.Boolean(),
});
export type TimelineProposal = Static<typeof TimelineProposal>;

export const TakeOverBody = Type.Object(
  {
    /** The published version the coordinator reviewed; a newer publication in between is refused. */
    addendumVersion: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
