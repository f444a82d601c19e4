// Request and response schemas of a trajectory's notes (issue 4, item 9). The web client imports the exported types:
// change them only together with the client.
//
// Rules (service.ts): a note is dated (when it was written), may name a life domain, has a data category (general,
// health, mental_health, addiction, justice, finances; by default the life domain's, categoryOfLifeDomain) and a
// confidentiality level:
//   - "companion": the author and the trajectory's current companion only;
//   - "team": also the region's case director (and whoever is the client's companion);
//   - "partners": also partner workers whose access (clients/access.ts: an open referral under a standing consent)
//     covers the note's category.
// A note of a life domain with a special category cannot be filed under a lower one ("general" for a note about
// addiction): the category is the domain's, or any category when the domain's is general. Every reader gets only the
// notes they may see; the query filters them.
//
// Routes (policy in brackets; a trajectory outside the actor's reach answers 404 and changes nothing):
//   GET  /api/trajectories/:trajectoryId/notes  [client:read] → NoteList (newest first)
//   POST /api/trajectories/:trajectoryId/notes  [client:work] NoteBody → 201 NoteView
import { Type, type Static } from "typebox";
import { dataCategories, noteConfidentiality } from "../../domain/trajectory-codes.ts";

const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Category = Type.Enum(dataCategories);
const Confidentiality = Type.Enum(noteConfidentiality);

export const TrajectoryIdParams = Type.Object({ trajectoryId: Uuid });

export const NoteBody = Type.Object(
  {
    lifeDomain: Nullable(Type.String({ pattern: "^[a-z_]{1,60}$" })),
    /** Null: the life domain's category (general without a life domain). */
    category: Nullable(Category),
    confidentiality: Confidentiality,
    text: Type.String({ minLength: 1, maxLength: 8000 }),
  },
  { additionalProperties: false },
);
export type NoteBody = Static<typeof NoteBody>;

export const NoteView = Type.Object({
  id: Uuid,
  writtenAt: IsoInstant,
  author: Type.Object({ userId: Uuid, name: Type.String() }),
  lifeDomain: Nullable(Type.String()),
  category: Category,
  confidentiality: Confidentiality,
  text: Type.String(),
  /** Written by the reader. */
  mine: Type.Boolean(),
});
export type NoteView = Static<typeof NoteView>;

export const NoteList = Type.Object({
  trajectoryId: Uuid,
  canWrite: Type.Boolean(),
  notes: Type.Array(NoteView),
});
export type NoteList = Static<typeof NoteList>;
