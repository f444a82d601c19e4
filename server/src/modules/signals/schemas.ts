// Signals (issue 4, item 10): structural problems seen in practice (a waiting list, no bus, no reference address)
// raised to project and system level. The web client imports the exported types.
//
// Rules:
// - Anyone in the partnership raises a signal in a region where they hold a role (companion, case director, partner
//   worker, coordinator): title, description, life domains, optional barriers and municipality of that region.
// - It may be linked to trajectories the raiser may write (companion of the client, case director of the region;
//   access.ts, "write"); anything else is 404 and nothing is raised. Each link is a client_record.written of entity
//   "signal". Whoever reads the signal sees only how many trajectories are linked; the raiser also sees their own
//   links, as far as their access to those clients still stands (each one audited as a read).
// - Everyone with a role in the region sees its signals and their status, so that nobody raises the same one twice.
//   The region's coordinator also sees who raised each (name and organisation) and follows it up: status (new,
//   acknowledged, escalated, resolved) and a response.
//
// Routes (policy in brackets; out of reach → 404, bad input → translated 400, nothing changed):
//   GET   /api/signals?region=&status=&domain=   [signal:raise] → SignalList (the actor's regions and one's signals)
//   POST  /api/signals                           [signal:raise] RaiseSignalBody → SignalView
//   PATCH /api/signals/:id                       [signal:manage] FollowUpBody → SignalView
//   GET   /api/signals/linkable?region=          [client:work] → LinkableList (open trajectories the actor may link)
import { Type, type Static } from "typebox";
import { signalStatuses } from "../../domain/trajectory-codes.ts";

const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Slug = Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 80 });
const Code = Type.String({ pattern: "^[a-z0-9_]{1,60}$" });
const Status = Type.Enum(signalStatuses);

export const SignalIdParams = Type.Object({ id: Uuid });

export const SignalListQuery = Type.Object(
  { region: Type.Optional(Slug), status: Type.Optional(Status), domain: Type.Optional(Code) },
  { additionalProperties: false },
);
export type SignalListQuery = Static<typeof SignalListQuery>;

export const LinkableQuery = Type.Object({ region: Slug }, { additionalProperties: false });

export const RaiseSignalBody = Type.Object(
  {
    region: Slug,
    title: Type.String({ minLength: 1, maxLength: 200, pattern: "\\S" }),
    description: Type.String({ minLength: 1, maxLength: 4000, pattern: "\\S" }),
    lifeDomains: Type.Array(Code, { minItems: 1, maxItems: 20, uniqueItems: true }),
    barriers: Type.Optional(Type.Array(Code, { maxItems: 50, uniqueItems: true })),
    municipalityId: Type.Optional(Nullable(Uuid)),
    trajectoryIds: Type.Optional(Type.Array(Uuid, { maxItems: 50, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type RaiseSignalBody = Static<typeof RaiseSignalBody>;

export const FollowUpBody = Type.Object(
  { status: Type.Optional(Status), response: Type.Optional(Type.String({ maxLength: 4000 })) },
  { additionalProperties: false, minProperties: 1 },
);
export type FollowUpBody = Static<typeof FollowUpBody>;

export const SignalViewSchema = Type.Object({
  id: Uuid,
  region: Type.Object({ slug: Type.String(), name: Type.String() }),
  title: Type.String(),
  description: Type.String(),
  lifeDomains: Type.Array(Type.String()),
  barriers: Type.Array(Type.String()),
  municipality: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  status: Status,
  response: Type.String(),
  raisedAt: Type.String({ format: "date-time" }),
  updatedAt: Type.String({ format: "date-time" }),
  /** Whether the reader raised it. */
  mine: Type.Boolean(),
  /** Who raised it: for the region's coordinator only (null for others). */
  raisedBy: Nullable(Type.Object({ name: Type.String(), organisation: Nullable(Type.String()) })),
  /** How many trajectories are linked; never which ones. */
  linkedTrajectories: Type.Integer(),
  /** The raiser's own links to clients they can still open (empty for everyone else). */
  myLinks: Type.Array(Type.Object({ trajectoryId: Uuid, clientId: Uuid, clientName: Type.String() })),
});
export type SignalView = Static<typeof SignalViewSchema>;

export const SignalListSchema = Type.Object({
  /** The regions where the reader holds a role that may raise signals; `manage` when they coordinate it. */
  regions: Type.Array(
    Type.Object({
      slug: Type.String(),
      name: Type.String(),
      manage: Type.Boolean(),
      municipalities: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
    }),
  ),
  /** The region shown (the one asked for, else the first); null when the reader has none. */
  region: Nullable(Type.String()),
  signals: Type.Array(SignalViewSchema),
});
export type SignalList = Static<typeof SignalListSchema>;

export const LinkableListSchema = Type.Object({
  trajectories: Type.Array(
    Type.Object({ trajectoryId: Uuid, clientId: Uuid, clientName: Type.String(), status: Type.String() }),
  ),
});
export type LinkableList = Static<typeof LinkableListSchema>;
