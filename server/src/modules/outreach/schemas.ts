// Request and response schemas of outreach (issue 4 item 1): contacts at finding places, possibly anonymous, linked
// to one person across repeated contacts; reach counted before any file exists. The web client imports the types.
//
// Rules:
// - Companions and case directors of the region record and read (anyone else: 404 for the region, 403 at the door).
// - A person is a nickname, an estimated age band and a gender, nothing more; the note is short and the screen asks
//   for no health or justice details. Life domains are codes of the taxonomy.
// - Once a person agreed to a file (POST /api/clients with outreachPersonId), their contacts are the file's history:
//   only whoever may open the file (its companion, the case director) still reads them; the list shows the others
//   nothing of that person.
// - Every read and write of a person is audited as a client record ("outreach_person"), with ids only.
//
// Routes (policy in brackets):
//   POST /api/outreach/contacts                         [outreach:record] ContactBody → 201 OutreachPerson
//   GET  /api/outreach/persons?region=&q=               [outreach:record] → OutreachPersonList (recent, or by nickname)
//   GET  /api/outreach/persons/:id                      [outreach:record] → OutreachPerson
//   GET  /api/outreach/reach?region=&from=&to=          [outreach:record] → Reach (Brussels dates, both included)
import { Type, type Static, type TSchema } from "typebox";
import { findingPlaces, outreachAgeBands, outreachGenders } from "../../domain/trajectory-codes.ts";

const Uuid = Type.String({ format: "uuid" });
const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const LocalDate = Type.String({ format: "date", description: "calendar date YYYY-MM-DD (Brussels)" });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const OneOf = <T extends readonly string[]>(values: T) =>
  Type.Unsafe<T[number]>(Type.Union(values.map((v) => Type.Literal(v))));
const Slug = Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 80 });

export const PersonIdParams = Type.Object({ id: Uuid });

export const ContactBody = Type.Object(
  {
    regionSlug: Slug,
    /** An existing person of the region; or `person` for someone new (exactly one of the two). */
    personId: Type.Optional(Uuid),
    person: Type.Optional(
      Type.Object(
        {
          nickname: Type.String({ maxLength: 80 }),
          ageBand: OneOf(outreachAgeBands),
          gender: OneOf(outreachGenders),
        },
        { additionalProperties: false },
      ),
    ),
    /** When it happened; now when absent. Not in the future, at most 30 days ago. */
    occurredAt: Type.Optional(IsoInstant),
    findingPlace: OneOf(findingPlaces),
    municipalityId: Nullable(Uuid),
    lifeDomains: Type.Array(Type.String({ pattern: "^[a-z0-9_]+$", maxLength: 60 }), {
      maxItems: 20,
      uniqueItems: true,
    }),
    note: Type.String({ maxLength: 500 }),
  },
  { additionalProperties: false },
);
export type ContactBody = Static<typeof ContactBody>;

export const OutreachContactSchema = Type.Object({
  id: Uuid,
  occurredAt: IsoInstant,
  findingPlace: OneOf(findingPlaces),
  municipality: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  lifeDomains: Type.Array(Type.String()),
  note: Type.String(),
  recordedBy: Type.String(),
});

const personFields = {
  id: Uuid,
  region: Type.Object({ slug: Type.String(), name: Type.String() }),
  nickname: Type.String(),
  ageBand: OneOf(outreachAgeBands),
  gender: OneOf(outreachGenders),
  /** The file the person agreed to, if any. */
  clientId: Nullable(Uuid),
  createdAt: IsoInstant,
  contactCount: Type.Integer(),
  lastContactAt: Nullable(IsoInstant),
};

export const OutreachPersonSchema = Type.Object({ ...personFields, contacts: Type.Array(OutreachContactSchema) });
export type OutreachPerson = Static<typeof OutreachPersonSchema>;

export const OutreachPersonListSchema = Type.Object({ persons: Type.Array(Type.Object(personFields)) });
export type OutreachPersonList = Static<typeof OutreachPersonListSchema>;

export const PersonsQuery = Type.Object(
  { region: Slug, q: Type.Optional(Type.String({ maxLength: 80 })) },
  { additionalProperties: false },
);

export const ReachQuery = Type.Object(
  { region: Slug, from: LocalDate, to: LocalDate },
  { additionalProperties: false },
);

const Count = { persons: Type.Integer(), contacts: Type.Integer() };

export const ReachSchema = Type.Object({
  region: Type.Object({ slug: Type.String(), name: Type.String() }),
  from: LocalDate,
  to: LocalDate,
  /** Distinct persons with a contact in the period. */
  persons: Type.Integer(),
  contacts: Type.Integer(),
  /** Of those persons, how many have a client file now. */
  converted: Type.Integer(),
  byFindingPlace: Type.Array(Type.Object({ findingPlace: OneOf(findingPlaces), ...Count })),
  /** Null: the municipality was not recorded. */
  byMunicipality: Type.Array(Type.Object({ municipality: Nullable(Type.String()), ...Count })),
});
export type Reach = Static<typeof ReachSchema>;
