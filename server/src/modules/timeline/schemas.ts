// The trajectory timeline (issue 4, item 4): everything that happened in one trajectory, newest first, filterable by
// life domain and paged. The web client imports the exported types.
//
// Rules:
// - Read through access.ts (companion, case director, partner worker under consent; anything else 404) and audited
//   as one client_record.read of the trajectory ("timeline"), with the consents a partner's access stood on.
// - What a partner worker sees follows visibility.ts: only the life domains and note categories their access covers,
//   their own organisation's referrals, the consents that cover them. Nothing else is sent.
// - Entries are ordered by instant, newest first, ties by id; `before` is the `nextCursor` of the previous page.
//
// Routes (policy in brackets):
//   GET /api/trajectories/:id/timeline?domain=<life domain>&limit=<1..100>&before=<cursor>  [client:read] → Timeline
import { Type, type Static } from "typebox";

const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const TrajectoryIdParams = Type.Object({ id: Uuid });

// Query strings arrive as strings (the app does not coerce types): numbers and cursors are checked by pattern.
export const TimelineQuery = Type.Object(
  {
    domain: Type.Optional(Type.String({ pattern: "^[a-z_]{1,60}$" })),
    limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,3}$" })),
    before: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type TimelineQuery = Static<typeof TimelineQuery>;

export const timelineKinds = [
  "trajectory_started",
  "status_changed",
  "companion_changed",
  "closed",
  "follow_up",
  "consent_given",
  "consent_revoked",
  "consent_expired",
  "case_conference",
  "scan",
  "goal_created",
  "goal_achieved",
  "goal_dropped",
  "action_created",
  "action_done",
  "referral",
  "referral_feedback",
  "appointment",
  "note",
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export const TimelineEntrySchema = Type.Object({
  /** Unique within the timeline: "<kind>:<record id>". */
  id: Type.String(),
  at: Type.String({ format: "date-time" }),
  kind: Type.Enum(timelineKinds),
  /** The life domains it belongs to (only those the reader may see). */
  lifeDomains: Type.Array(Type.String()),
  /** Who did it (display name), where known. */
  by: Nullable(Type.String()),
  /** Codes: a status, state or outcome before and after, the attendance, the scan moment … per kind. */
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  /** A reason code or, for staff, the reason in words. */
  reason: Nullable(Type.String()),
  /** The record's own words: a goal, an action, a note, an appointment's title, a feedback summary. */
  text: Nullable(Type.String()),
  /** Context: the offer and partner of a referral, the participation ladder's rung of a scan. */
  detail: Nullable(Type.String()),
});
export type TimelineEntry = Static<typeof TimelineEntrySchema>;

export const TimelineSchema = Type.Object({
  trajectoryId: Uuid,
  clientId: Uuid,
  entries: Type.Array(TimelineEntrySchema),
  /** Pass as `before` for the next (older) page; null when this page is the last. */
  nextCursor: Nullable(Type.String()),
});
export type Timeline = Static<typeof TimelineSchema>;
