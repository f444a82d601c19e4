// Request and response schemas of the client file, the caseload and the trajectory (issue 4 items 2, 4 and 11).
// The web client imports the exported types: change them only together with web/src/api/clients.ts.
//
// Rules:
// - Every route goes through access.ts (withClientAccess): out of reach is 404 and changes nothing; each read and
//   write is audited as client_record.read / .written with how the actor reached it, never with a value.
// - A partner worker reads the file only under a referral and a standing consent: the identifying data ("general");
//   never the ESF+ entry data, the closure or the status history (need to know).
// - Duplicates are checked before a file is created (domain/duplicates.ts). The check names only the files the actor
//   may open; a possible duplicate in another companion's caseload is a count ("ask your case director"). Creating
//   refuses with 409 clients.possible_duplicate while a likely duplicate exists, unless the user confirms it is
//   someone else (confirmNotDuplicate).
// - Creating makes the trajectory: status registered, the creating companion as central contact; a case director
//   names a companion of the region (companionUserId).
// - Status changes follow domain/trajectory-status.ts; ending goes through /closure with the exit outcome and sets
//   the follow-up six months later; the follow-up is recorded once, from its due date.
//
// Routes (policy in brackets):
//   GET   /api/clients/:id                       [client:read] → ClientFile
//   PATCH /api/clients/:id                       [client:work] ClientPatchBody → ClientFile
//   POST  /api/clients/duplicate-check           [client:work] DuplicateCheckBody → DuplicateCheckResult
//   POST  /api/clients                           [client:work] CreateClientBody → 201 ClientFile
//   GET   /api/caseload                          [client:work] → Caseload (own clients; a case director's region)
//   GET   /api/client-regions                    [client:work] → WorkRegions (where the actor works, municipalities)
//   GET   /api/regions/:slug/companions          [client:work] → CompanionList (the region's case director only)
//   POST  /api/trajectories/:id/status           [client:work] StatusChangeBody → ClientFile
//   POST  /api/trajectories/:id/closure          [client:work] ClosureBody → ClientFile
//   POST  /api/trajectories/:id/follow-up        [client:work] FollowUpBody → ClientFile
//   PUT   /api/trajectories/:id/companion        [client:work] CompanionBody → ClientFile (case director only, 403)
import { Type, type Static, type TSchema } from "typebox";
import {
  careDuties,
  esfEntryFields,
  exitOutcomes,
  genders,
  households,
  residences,
  trajectoryStatuses,
} from "../../domain/trajectory-codes.ts";

const Uuid = Type.String({ format: "uuid" });
const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const LocalDate = Type.String({ format: "date", description: "calendar date YYYY-MM-DD" });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const OneOf = <T extends readonly string[]>(values: T) =>
  Type.Unsafe<T[number]>(Type.Union(values.map((v) => Type.Literal(v))));

export const ClientIdParams = Type.Object({ id: Uuid });
export const TrajectoryIdParams = Type.Object({ id: Uuid });
export const RegionSlugParams = Type.Object({
  slug: Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 80 }),
});

const Person = { userId: Uuid, name: Type.String(), organisation: Type.String() };

export const EsfEntrySchema = Type.Object({
  labourStatus: OneOf(esfEntryFields.labourStatus),
  ageBand: OneOf(esfEntryFields.ageBand),
  educationLevel: OneOf(esfEntryFields.educationLevel),
  disability: OneOf(esfEntryFields.disability),
  migrationBackground: OneOf(esfEntryFields.migrationBackground),
  homelessness: OneOf(esfEntryFields.homelessness),
  rural: OneOf(esfEntryFields.rural),
});
export type EsfEntry = Static<typeof EsfEntrySchema>;

export const TrajectoryEventSchema = Type.Object({
  kind: Type.Union([
    Type.Literal("status"),
    Type.Literal("companion"),
    Type.Literal("closure"),
    Type.Literal("follow_up"),
  ]),
  /** A status or outcome code; for "companion" the companion's name. */
  from: Nullable(Type.String()),
  to: Type.String(),
  reason: Type.String(),
  at: IsoInstant,
  by: Type.String(),
});

export const TrajectoryViewSchema = Type.Object({
  id: Uuid,
  status: OneOf(trajectoryStatuses),
  companion: Type.Object(Person),
  startedAt: IsoInstant,
  endedAt: Nullable(IsoInstant),
  /** Staff only (null for a partner): why the status is what it is, the closure and the follow-up. */
  statusReason: Nullable(Type.String()),
  statusChangedAt: IsoInstant,
  exitOutcome: Nullable(OneOf(exitOutcomes)),
  followUpDueOn: Nullable(LocalDate),
  followUpDoneAt: Nullable(IsoInstant),
  followUpOutcome: Nullable(Type.String()),
  followUpNote: Nullable(Type.String()),
  /** The statuses the actor may move it to now (empty for a partner or an ended trajectory). */
  nextStatuses: Type.Array(OneOf(trajectoryStatuses)),
  /** Newest first; empty for a partner. */
  events: Type.Array(TrajectoryEventSchema),
});
export type TrajectoryView = Static<typeof TrajectoryViewSchema>;

export const ClientFileSchema = Type.Object({
  id: Uuid,
  region: Type.Object({ slug: Type.String(), name: Type.String() }),
  givenName: Type.String(),
  familyName: Type.String(),
  birthDate: Nullable(LocalDate),
  phone: Type.String(),
  email: Type.String(),
  /** ISO 639 codes in order of preference; Dutch may be absent. */
  contactLanguages: Type.Array(Type.String()),
  interpreterNeeded: Type.Boolean(),
  household: OneOf(households),
  childrenCount: Nullable(Type.Integer()),
  careDuties: Type.Array(Type.String()),
  residence: OneOf(residences),
  municipality: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  gender: OneOf(genders),
  /** The ESF+ entry data; null for a partner worker. */
  esf: Nullable(EsfEntrySchema),
  outreachPersonId: Nullable(Uuid),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  access: Type.Object({
    via: Type.Union([Type.Literal("companion"), Type.Literal("case_director"), Type.Literal("partner")]),
    /** The data categories the actor may see (every one for staff). */
    categories: Type.Array(Type.String()),
    /** May change the file and the trajectory (the companion, the case director). */
    canWrite: Type.Boolean(),
    /** May name another companion (the region's case director). */
    canAssign: Type.Boolean(),
  }),
  /** The latest trajectory (open or ended); null when there is none. */
  trajectory: Nullable(TrajectoryViewSchema),
});
export type ClientFile = Static<typeof ClientFileSchema>;

const LanguageCode = Type.String({ pattern: "^[a-z]{2,3}$" });
const trimmed = (max: number, min = 0) =>
  Type.String({ maxLength: max, minLength: min, ...(min > 0 ? { pattern: "\\S" } : {}) });

/** The fields of a file a user types; PATCH takes any of them. */
const fileFields = {
  givenName: trimmed(100, 1),
  familyName: trimmed(100),
  birthDate: Nullable(LocalDate),
  phone: Type.String({ maxLength: 40, pattern: "^[0-9+()./ -]*$" }),
  email: Type.Union([Type.Literal(""), Type.String({ maxLength: 200, format: "email" })]),
  contactLanguages: Type.Array(LanguageCode, { minItems: 1, maxItems: 10, uniqueItems: true }),
  interpreterNeeded: Type.Boolean(),
  household: OneOf(households),
  childrenCount: Nullable(Type.Integer({ minimum: 0, maximum: 30 })),
  careDuties: Type.Array(OneOf(careDuties), { maxItems: careDuties.length, uniqueItems: true }),
  residence: OneOf(residences),
  /** Required when residence is "municipality", and then one of the region's; otherwise null. */
  municipalityId: Nullable(Uuid),
  gender: OneOf(genders),
  esf: EsfEntrySchema,
};

export const CreateClientBody = Type.Object(
  {
    regionSlug: RegionSlugParams.properties.slug,
    ...fileFields,
    /** A case director names the companion; a companion is the central contact themself when absent. */
    companionUserId: Type.Optional(Uuid),
    /** The outreach person who agreed to a file: the contacts stay as the file's history. */
    outreachPersonId: Type.Optional(Uuid),
    /** The user checked the possible duplicates and says this is someone else. */
    confirmNotDuplicate: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateClientBody = Static<typeof CreateClientBody>;

export const ClientPatchBody = Type.Partial(Type.Object(fileFields), {
  additionalProperties: false,
  minProperties: 1,
});
export type ClientPatchBody = Static<typeof ClientPatchBody>;

export const DuplicateCheckBody = Type.Object(
  {
    regionSlug: RegionSlugParams.properties.slug,
    givenName: trimmed(100, 1),
    familyName: trimmed(100),
    birthDate: Nullable(LocalDate),
    phone: Type.String({ maxLength: 40 }),
    email: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type DuplicateCheckBody = Static<typeof DuplicateCheckBody>;

const DuplicateReason = Type.Union([
  Type.Literal("name"),
  Type.Literal("birth_date"),
  Type.Literal("phone"),
  Type.Literal("email"),
]);

export const DuplicateCheckResultSchema = Type.Object({
  /** Files the actor may open, with why they match. */
  candidates: Type.Array(
    Type.Object({
      clientId: Uuid,
      givenName: Type.String(),
      familyName: Type.String(),
      birthDate: Nullable(LocalDate),
      municipality: Nullable(Type.String()),
      companion: Nullable(Type.String()),
      status: Nullable(OneOf(trajectoryStatuses)),
      reasons: Type.Array(DuplicateReason),
      likely: Type.Boolean(),
    }),
  ),
  /** Possible duplicates in files the actor may not open (another companion's): only how many. */
  hidden: Type.Integer(),
  /** Whether creating needs confirmNotDuplicate. */
  likely: Type.Boolean(),
});
export type DuplicateCheckResult = Static<typeof DuplicateCheckResultSchema>;

export const CaseloadSchema = Type.Object({
  clients: Type.Array(
    Type.Object({
      id: Uuid,
      givenName: Type.String(),
      familyName: Type.String(),
      region: Type.Object({ slug: Type.String(), name: Type.String() }),
      municipality: Nullable(Type.String()),
      trajectory: Nullable(
        Type.Object({
          id: Uuid,
          status: OneOf(trajectoryStatuses),
          statusChangedAt: IsoInstant,
          companion: Type.Object(Person),
          followUpDueOn: Nullable(LocalDate),
          followUpDone: Type.Boolean(),
        }),
      ),
    }),
  ),
});
export type Caseload = Static<typeof CaseloadSchema>;

export const WorkRegionsSchema = Type.Object({
  regions: Type.Array(
    Type.Object({
      slug: Type.String(),
      name: Type.String(),
      /** The actor's roles there: companion, case_director. */
      roles: Type.Array(Type.String()),
      municipalities: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
    }),
  ),
});
export type WorkRegions = Static<typeof WorkRegionsSchema>;

export const CompanionListSchema = Type.Object({ companions: Type.Array(Type.Object(Person)) });
export type CompanionList = Static<typeof CompanionListSchema>;

const Reason = Type.String({ maxLength: 1000 });

export const StatusChangeBody = Type.Object(
  { status: OneOf(trajectoryStatuses), reason: Reason },
  { additionalProperties: false },
);
export type StatusChangeBody = Static<typeof StatusChangeBody>;

export const ClosureBody = Type.Object(
  {
    status: Type.Union([Type.Literal("completed"), Type.Literal("stopped"), Type.Literal("dropped_out")]),
    exitOutcome: OneOf(exitOutcomes),
    reason: Reason,
  },
  { additionalProperties: false },
);
export type ClosureBody = Static<typeof ClosureBody>;

export const FollowUpBody = Type.Object(
  {
    outcome: OneOf([...exitOutcomes, "unreachable"] as const),
    note: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type FollowUpBody = Static<typeof FollowUpBody>;

export const CompanionBody = Type.Object({ userId: Uuid, reason: Reason }, { additionalProperties: false });
export type CompanionBody = Static<typeof CompanionBody>;
