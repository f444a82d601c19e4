// Request and response schemas of the addenda API. The web client imports the exported types: change them only
// together with the client.
import { Type, type Static } from "typebox";
import { AddendumDocumentSchema } from "./document.ts";
import { MilestoneKeySchema, MilestoneSchema } from "../../domain/milestone-types.ts";

const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const Slug = Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 60 });
const PersonaSlug = Type.String({ pattern: "^[a-z0-9-]+$", maxLength: 60 });

export const TranslatedSchema = Type.Object({ nl: Type.String(), en: Type.String(), fr: Type.String() });
export type TranslatedText = Static<typeof TranslatedSchema>;

export const PersonaRefSchema = Type.Object({ slug: Type.String(), name: Type.String() });
export type PersonaRefDto = Static<typeof PersonaRefSchema>;

export const RegionRefSchema = Type.Object({ slug: Type.String(), name: Type.String() });
export type RegionRef = Static<typeof RegionRefSchema>;

export const LifeDomainRefSchema = Type.Object({ code: Type.String(), name: TranslatedSchema });
export type LifeDomainRefDto = Static<typeof LifeDomainRefSchema>;

export const BarrierRefSchema = Type.Object({ code: Type.String(), lifeDomain: Type.String(), name: TranslatedSchema });
export type BarrierRefDto = Static<typeof BarrierRefSchema>;

export const ServiceTypeRefSchema = Type.Object({
  code: Type.String(),
  name: TranslatedSchema,
  description: TranslatedSchema,
});
export type ServiceTypeRefDto = Static<typeof ServiceTypeRefSchema>;

/** The taxonomy entries and personas a page needs to show names for the codes in it. */
export const ReferencesSchema = Type.Object({
  personas: Type.Array(PersonaRefSchema),
  barriers: Type.Array(BarrierRefSchema),
  lifeDomains: Type.Array(LifeDomainRefSchema),
  serviceTypes: Type.Array(ServiceTypeRefSchema),
});
export type References = Static<typeof ReferencesSchema>;

export const RegionSummarySchema = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  municipalities: Type.Array(Type.String()),
});
export type RegionSummary = Static<typeof RegionSummarySchema>;

/**
 * A milestone of the local timing with its UTC instants (domain/milestones.ts): the milestone's own fields and
 * `resolved` in one object, not an intersection, since the milestone schema is closed to other fields.
 */
export const ResolvedMilestoneSchema = Type.Object({
  ...MilestoneSchema.properties,
  resolved: Type.Object({
    /** Start of the period (UTC), null when it waits for an event. */
    start: Type.Union([IsoInstant, Type.Null()]),
    /** End of the period (exclusive, UTC), null when it waits for an event. */
    end: Type.Union([IsoInstant, Type.Null()]),
    /** The exact moment, for milestones written with a time ("1 juni 2023 om 23u59"). */
    instant: Type.Union([IsoInstant, Type.Null()]),
    pending: Type.Boolean(),
    /** The event it waits for, or the milestone it counts from while that one is pending. */
    waitingFor: Type.Union([Type.String(), Type.Null()]),
    /** The separate days or sessions of a milestone that has several. */
    parts: Type.Optional(Type.Array(Type.Object({ start: IsoInstant, end: IsoInstant }))),
    /** Set when the addendum's own data cannot be placed in time (a missing target, a loop). */
    problem: Type.Optional(
      Type.Union([
        Type.Object({ code: Type.Literal("milestone.missing"), key: MilestoneKeySchema }),
        Type.Object({ code: Type.Literal("milestone.cycle"), keys: Type.Array(MilestoneKeySchema) }),
        Type.Object({ code: Type.Literal("milestone.open_ended"), key: MilestoneKeySchema }),
      ]),
    ),
  }),
});
export type ResolvedMilestoneDto = Static<typeof ResolvedMilestoneSchema>;

export const ErrorResponseSchema = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    fields: Type.Optional(
      Type.Array(Type.Object({ path: Type.String(), code: Type.String(), message: Type.String() })),
    ),
  }),
});

// ---- public ----

export const RegionSlugParamsSchema = Type.Object({ slug: Slug });
export type RegionSlugParams = Static<typeof RegionSlugParamsSchema>;

export const PersonaSlugParamsSchema = Type.Object({ slug: PersonaSlug });
export type PersonaSlugParams = Static<typeof PersonaSlugParamsSchema>;

export const PublicAddendumListItemSchema = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  municipalities: Type.Array(Type.String()),
  challengeCount: Type.Integer(),
  personas: Type.Array(PersonaRefSchema),
  publishedVersion: Type.Integer(),
  publishedAt: IsoInstant,
});
export const PublicAddendumListSchema = Type.Object({ regions: Type.Array(PublicAddendumListItemSchema) });
export type PublicAddendumListItem = Static<typeof PublicAddendumListItemSchema>;
export type PublicAddendumList = Static<typeof PublicAddendumListSchema>;

export const PublicAddendumSchema = Type.Object({
  region: RegionSummarySchema,
  version: Type.Object({ number: Type.Integer(), publishedAt: IsoInstant }),
  document: AddendumDocumentSchema,
  milestones: Type.Array(ResolvedMilestoneSchema),
  references: ReferencesSchema,
});
export type PublicAddendum = Static<typeof PublicAddendumSchema>;

export const PublicPersonaListSchema = Type.Object({
  personas: Type.Array(
    Type.Object({
      slug: Type.String(),
      name: Type.String(),
      regions: Type.Array(RegionRefSchema),
      /** In how many challenges of published addenda the persona appears. */
      challengeCount: Type.Integer(),
    }),
  ),
});
export type PublicPersonaList = Static<typeof PublicPersonaListSchema>;

export const PersonaChallengeSchema = Type.Object({
  number: Type.Integer(),
  /** The first paragraph of the challenge; null when the addendum gives only questions. */
  context: Type.Union([Type.String(), Type.Null()]),
  otherPersonas: Type.Array(PersonaRefSchema),
  /** Barrier codes the challenge's obstacles name, in the order they appear. */
  barriers: Type.Array(Type.String()),
});
export type PersonaChallenge = Static<typeof PersonaChallengeSchema>;

export const PublicPersonaSchema = Type.Object({
  persona: PersonaRefSchema,
  appearances: Type.Array(Type.Object({ region: RegionRefSchema, challenges: Type.Array(PersonaChallengeSchema) })),
  /** Barriers of the challenges the persona appears in; count = number of those challenges naming it. */
  barriers: Type.Array(
    Type.Object({ code: Type.String(), lifeDomain: Type.String(), name: TranslatedSchema, count: Type.Integer() }),
  ),
  references: ReferencesSchema,
});
export type PublicPersona = Static<typeof PublicPersonaSchema>;

export const BarrierSourceSchema = Type.Object({
  kind: Type.Union([Type.Literal("obstacle"), Type.Literal("finding"), Type.Literal("arena")]),
  /** The challenge it belongs to (obstacles), or the one challenge a finding is about. */
  challenge: Type.Optional(Type.Integer()),
  /** The wording of the addendum. */
  text: Type.String(),
});
export type BarrierSource = Static<typeof BarrierSourceSchema>;

export const BarrierGridSchema = Type.Object({
  regions: Type.Array(RegionRefSchema),
  lifeDomains: Type.Array(LifeDomainRefSchema),
  barriers: Type.Array(BarrierRefSchema),
  /** Only the non-empty cells. */
  cells: Type.Array(
    Type.Object({ region: Type.String(), barrier: Type.String(), sources: Type.Array(BarrierSourceSchema) }),
  ),
});
export type BarrierGrid = Static<typeof BarrierGridSchema>;

export const TaxonomySchema = Type.Object({
  lifeDomains: Type.Array(LifeDomainRefSchema),
  barriers: Type.Array(BarrierRefSchema),
  serviceTypes: Type.Array(ServiceTypeRefSchema),
});
export type Taxonomy = Static<typeof TaxonomySchema>;

// ---- coordinator ----

const UserRefSchema = Type.Union([Type.Object({ displayName: Type.String() }), Type.Null()]);

export const CoordinatedAddendaSchema = Type.Object({
  addenda: Type.Array(
    Type.Object({
      slug: Type.String(),
      name: Type.String(),
      latestVersion: Type.Integer(),
      publishedVersion: Type.Union([Type.Integer(), Type.Null()]),
      /** The latest version is not the published one. */
      hasUnpublishedChanges: Type.Boolean(),
    }),
  ),
});
export type CoordinatedAddenda = Static<typeof CoordinatedAddendaSchema>;

export const DraftVersionSchema = Type.Object({
  number: Type.Integer(),
  createdAt: IsoInstant,
  /** Null when the system wrote it (the seed import). */
  createdBy: UserRefSchema,
  summary: Type.String(),
  /** This version is the one the public sees. */
  published: Type.Boolean(),
});
export type DraftVersion = Static<typeof DraftVersionSchema>;

export const DraftSchema = Type.Object({
  region: RegionSummarySchema,
  version: DraftVersionSchema,
  document: AddendumDocumentSchema,
  publishedVersion: Type.Union([Type.Integer(), Type.Null()]),
  /** The whole taxonomy and all personas, for the pickers. */
  references: ReferencesSchema,
});
export type Draft = Static<typeof DraftSchema>;

export const SaveDraftBodySchema = Type.Object(
  {
    /** The version the editor started from; a save on anything but the latest is refused (409). */
    baseVersion: Type.Integer({ minimum: 1 }),
    document: AddendumDocumentSchema,
  },
  { additionalProperties: false },
);
export type SaveDraftBody = Static<typeof SaveDraftBodySchema>;

export const SaveDraftResponseSchema = Type.Object({
  version: DraftVersionSchema,
  /** False when the document was identical to the latest version: no new version was written. */
  changed: Type.Boolean(),
});
export type SaveDraftResponse = Static<typeof SaveDraftResponseSchema>;

export const PublishBodySchema = Type.Object(
  { version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type PublishBody = Static<typeof PublishBodySchema>;

export const PublishResponseSchema = Type.Object({
  publishedVersion: Type.Integer(),
  publishedAt: IsoInstant,
});
export type PublishResponse = Static<typeof PublishResponseSchema>;

export const HistorySchema = Type.Object({
  versions: Type.Array(
    Type.Object({
      number: Type.Integer(),
      createdAt: IsoInstant,
      createdBy: UserRefSchema,
      summary: Type.String(),
      publishedAt: Type.Union([IsoInstant, Type.Null()]),
      publishedBy: UserRefSchema,
    }),
  ),
});
export type History = Static<typeof HistorySchema>;
