// The "action needed" list (issue 4, items 7 and 8): what is late or about to lapse in the reader's own work. The web
// client imports the exported types.
//
// Rules (the conditions are those stated in migration 20261123210000_trajectories.ts):
// - Whose work: a companion's own trajectories (as the client's current companion), a case director's region, a
//   partner worker's referrals to their organisations and the plan actions given to them (only while access.ts lets
//   them see the client: an open referral under a standing consent; an action only if their access covers its
//   goal's life domain). Every client shown is checked by access.ts and audited as one read.
// - Items: an overdue plan action (plans/overdue.ts owns the rule: its Brussels day passed, not done, its goal still
//   open); a referral sent and not answered by answer_due_at, or feedback missing (accepted or started, the rhythm's
//   days passed since the last feedback or the acceptance); for the sending side, an open referral whose consent
//   lapsed (the consents standing no longer cover its partner for every category it asks: renew or end it; it asks
//   nothing else of either side then; referrals/worklist.ts owns these rules, and leaves out ended trajectories); an
//   appointment of an open trajectory that ended without attendance recorded; a standing consent of an open
//   trajectory's client that expires within 14 days; a follow-up whose day has come and that is not done (after closure).
// - Each item says what, since when (a Brussels day or an instant) and where to act (a path in the web app: the
//   client's tab for staff, the referral's own page for the partner).
//
// Routes (policy in brackets):
//   GET /api/worklist  [worklist:read] → Worklist
import { Type, type Static } from "typebox";

const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const workItemKinds = [
  "overdue_action",
  "unanswered_referral",
  "missing_feedback",
  "consent_lapsed",
  "attendance_missing",
  "consent_expiring",
  "follow_up_due",
] as const;
export type WorkItemKind = (typeof workItemKinds)[number];

export const WorkItemSchema = Type.Object({
  /** "<kind>:<record id>". */
  id: Type.String(),
  kind: Type.Enum(workItemKinds),
  client: Type.Object({ id: Uuid, name: Type.String() }),
  trajectoryId: Uuid,
  /** Since when (or, for an expiring consent, until when): a Brussels day … */
  sinceDay: Nullable(Type.String({ format: "date" })),
  /** … or an instant. */
  sinceAt: Nullable(Type.String({ format: "date-time" })),
  /** What: an action's words, an offer's name, an appointment's title, the partner a consent is for. */
  text: Nullable(Type.String()),
  /** The partner organisation of a referral. */
  detail: Nullable(Type.String()),
  /** Where to act, a path in the web app. */
  link: Type.String(),
  /** Whose side the reader is on: the client's staff or the receiving partner. */
  side: Type.Union([Type.Literal("staff"), Type.Literal("partner")]),
});
export type WorkItem = Static<typeof WorkItemSchema>;

export const WorklistSchema = Type.Object({
  /** Brussels' today, the day the list was judged on. */
  today: Type.String({ format: "date" }),
  items: Type.Array(WorkItemSchema),
});
export type Worklist = Static<typeof WorklistSchema>;
