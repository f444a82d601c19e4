// Request and response schemas of the partnership and its offers (issue 3, item 8). The web client imports the
// exported types: change them only together with the client.
//
// Rules:
// - A call's decisions become final as decisions/window.ts isProvisional says (every weerwoord window closed, every
//   weerwoord handled, no reopened decision left unpublished). From then on the region's partnership is formed (or
//   extended) once for that call: by the scheduled job (formation.ts formFinalPartnerships) or at once by the
//   region's coordinator (POST …/partnership). Before that the status says why it waits and when the last window
//   closes; a coordinator's attempt gets 409 partnerships.not_final, after formation 409 partnerships.already_formed.
// - One partnership per region. Members: VDAB, the region's municipalities and the selected organisations (with the
//   call, candidacy and revision they came from). A reserve is not a partner.
// - Offers: one per service type the final revision names, serving its municipalities, its trajectories per year
//   split evenly over them (the remainder to the first, so the offers add up to what was promised), Dutch plus its
//   languages, eligibility from its personas and challenges, its contact; waiting time unknown.
// - The region's coordinator and the partner organisation's own staff (applicant role) may change an offer's
//   contact, eligibility text, languages, capacity, waiting time and whether it takes new referrals.
//
// Routes (policy in brackets; anything out of reach answers 404 and changes nothing):
//   GET   /api/calls/:callId/partnership     [partnership:manage] → FormationStatus
//   POST  /api/calls/:callId/partnership     [partnership:manage] → FormationStatus (forms now; 409 when not final)
//   GET   /api/regions/:slug/partnership     [partnership:manage] → PartnershipView
//   GET   /api/partner/offers                [offer:edit] → OfferList (the actor's own organisations' offers)
//   PATCH /api/offers/:id                    [offer:edit] OfferChangeBody → OfferView
import { Type, type Static } from "typebox";

const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const CallIdParams = Type.Object({ callId: Uuid });
export const RegionSlugParams = Type.Object({
  slug: Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 80 }),
});
export const OfferIdParams = Type.Object({ id: Uuid });

export const WaitingReasonSchema = Type.Union([
  Type.Literal("not_published"),
  Type.Literal("weerwoord_open"),
  Type.Literal("objection_unhandled"),
  Type.Literal("decision_reopened"),
]);
export type WaitingReason = Static<typeof WaitingReasonSchema>;

export const FormationStatusSchema = Type.Object({
  callId: Uuid,
  region: Type.Object({ slug: Type.String(), name: Type.String() }),
  /** When this call formed (or extended) the partnership; null until then. */
  formedAt: Nullable(IsoInstant),
  /** Whether the call's decisions are final (decisions/window.ts). */
  final: Type.Boolean(),
  /** Why the formation still waits; empty once final. */
  waitingFor: Type.Array(WaitingReasonSchema),
  /** When the last weerwoord window closes (exclusive end, UTC); null before publication. */
  lastWindowClosesAt: Nullable(IsoInstant),
  /** Whether the coordinator may form it now: final and not yet formed. */
  canForm: Type.Boolean(),
});
export type FormationStatus = Static<typeof FormationStatusSchema>;

export const OfferViewSchema = Type.Object({
  id: Uuid,
  region: Type.Object({ slug: Type.String(), name: Type.String() }),
  organisation: Type.Object({ id: Uuid, name: Type.String() }),
  serviceType: Type.String(),
  name: Type.String(),
  description: Type.String(),
  /** The municipalities it serves, in the region's order. */
  municipalities: Type.Array(Type.String()),
  /** Whether it serves every municipality of the region. */
  wholeRegion: Type.Boolean(),
  capacityPerYear: Nullable(Type.Integer()),
  languages: Type.Array(Type.String()),
  eligibility: Type.Object({
    personas: Type.Array(Type.String()),
    challenges: Type.Array(Type.Integer()),
    text: Type.String(),
  }),
  contact: Type.Object({ name: Type.String(), email: Type.String(), phone: Type.String() }),
  /** Days; null while unknown. */
  waitingDays: Nullable(Type.Integer()),
  waitingUpdatedAt: Nullable(IsoInstant),
  acceptingReferrals: Type.Boolean(),
  source: Type.Object({ callId: Uuid, candidacyId: Uuid, revisionNumber: Type.Integer() }),
  updatedAt: IsoInstant,
});
export type OfferView = Static<typeof OfferViewSchema>;

export const OfferListSchema = Type.Object({ offers: Type.Array(OfferViewSchema) });
export type OfferList = Static<typeof OfferListSchema>;

export const MemberViewSchema = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal("vdab"), Type.Literal("municipality"), Type.Literal("partner")]),
  name: Type.String(),
  organisationId: Nullable(Uuid),
  joinedAt: IsoInstant,
  /** A partner's source; null for VDAB and the municipalities. */
  source: Nullable(
    Type.Object({ callId: Uuid, callTitle: Type.String(), candidacyId: Uuid, revisionNumber: Type.Integer() }),
  ),
});
export type MemberView = Static<typeof MemberViewSchema>;

export const PartnershipViewSchema = Type.Object({
  region: Type.Object({ slug: Type.String(), name: Type.String() }),
  /** Null while no call has formed it yet. */
  formedAt: Nullable(IsoInstant),
  /** The region's municipalities in order, for the offers per municipality. */
  municipalities: Type.Array(Type.String()),
  /** The calls that formed or extended it. */
  calls: Type.Array(Type.Object({ callId: Uuid, title: Type.String(), formedAt: IsoInstant })),
  members: Type.Array(MemberViewSchema),
  offers: Type.Array(OfferViewSchema),
});
export type PartnershipView = Static<typeof PartnershipViewSchema>;

const LanguageCode = Type.String({ pattern: "^[a-z]{2,3}$" });

export const OfferChangeBody = Type.Object(
  {
    contact: Type.Optional(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 300, pattern: "\\S" }),
          email: Type.String({ maxLength: 254, format: "email" }),
          phone: Type.String({ maxLength: 40 }),
        },
        { additionalProperties: false },
      ),
    ),
    eligibilityText: Type.Optional(Type.String({ maxLength: 5000 })),
    languages: Type.Optional(Type.Array(LanguageCode, { minItems: 1, maxItems: 30, uniqueItems: true })),
    capacityPerYear: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100000 }))),
    waitingDays: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 730 }))),
    acceptingReferrals: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type OfferChangeBody = Static<typeof OfferChangeBody>;
