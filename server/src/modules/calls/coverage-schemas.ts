// Request and response schemas of the coverage matrix (issue 3, item 5). The web client imports the exported types:
// change them only together with the client. The rules behind the statuses are in domain/coverage.ts.
//
//   POST /api/calls/:callId/coverage  [call:manage; record check: coordinator of the call's region, else 404]
//        CoverageBody → 200 CoverageResponse
//        (400 field error "selected.N" / call.unknown_candidacy for an id that is not a submitted candidacy of the
//        call). A what-if: it reads and never writes, so a jury can ask it on every click.
import { Type, type Static } from "typebox";
import { CallSummarySchema } from "./schemas.ts";

const Uuid = Type.String({ format: "uuid" });
const Ids = Type.Array(Uuid);

export const CoverageBody = Type.Object(
  {
    /** The candidacies (ids) the jury considers selecting: submitted candidacies of this call. */
    selected: Type.Array(Uuid, { maxItems: 1000, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type CoverageBody = Static<typeof CoverageBody>;

const NeededStatus = Type.Union([Type.Literal("gap"), Type.Literal("covered"), Type.Literal("over_covered")]);
export const CellStatusSchema = Type.Union([
  Type.Literal("gap"),
  Type.Literal("covered"),
  Type.Literal("over_covered"),
  Type.Literal("not_needed_but_offered"),
]);

export const ServiceCellSchema = Type.Object({
  serviceType: Type.String(),
  needed: Type.Boolean(),
  /** Every candidacy covering the cell, by organisation name; `selectedIds` the selected among them. */
  candidacyIds: Ids,
  selectedIds: Ids,
  status: CellStatusSchema,
  /** Covered or over_covered: the region's municipalities where no selected candidacy covering it works. */
  uncoveredMunicipalities: Type.Array(Type.String()),
});
export type ServiceCellDto = Static<typeof ServiceCellSchema>;

export const MunicipalityCellSchema = Type.Object({
  municipality: Type.String(),
  candidacyIds: Ids,
  selectedIds: Ids,
  status: NeededStatus,
});

export const CoverageTotalsSchema = Type.Object({
  needed: Type.Integer(),
  covered: Type.Integer(),
  overCovered: Type.Integer(),
  gaps: Type.Integer(),
  notNeededButOffered: Type.Integer(),
  municipalityGaps: Type.Integer(),
  /** Needed cells covered by the selection but not in every municipality. */
  partial: Type.Integer(),
});
export type CoverageTotalsDto = Static<typeof CoverageTotalsSchema>;

export const ChallengeCoverageSchema = Type.Object({
  number: Type.Integer(),
  /** "addendum": the addendum asks these service types; "offers": it asks none, so the offers are the need. */
  needSource: Type.Union([Type.Literal("addendum"), Type.Literal("offers")]),
  personas: Type.Array(Type.Object({ persona: Type.String(), candidacyIds: Ids, selectedIds: Ids })),
  serviceTypes: Type.Array(ServiceCellSchema),
  municipalities: Type.Array(MunicipalityCellSchema),
  totals: CoverageTotalsSchema,
  /** Trajectories per year of the selected candidacies naming the challenge. */
  trajectoriesPerYear: Type.Integer(),
});
export type ChallengeCoverageDto = Static<typeof ChallengeCoverageSchema>;

export const GapSchema = Type.Union([
  Type.Object({ kind: Type.Literal("service"), challenge: Type.Integer(), serviceType: Type.String() }),
  Type.Object({
    kind: Type.Literal("service_municipality"),
    challenge: Type.Integer(),
    serviceType: Type.String(),
    municipality: Type.String(),
  }),
  Type.Object({ kind: Type.Literal("region_service"), serviceType: Type.String() }),
  Type.Object({
    kind: Type.Literal("region_service_municipality"),
    serviceType: Type.String(),
    municipality: Type.String(),
  }),
  Type.Object({ kind: Type.Literal("municipality"), challenge: Type.Integer(), municipality: Type.String() }),
]);
export type GapDto = Static<typeof GapSchema>;

export const CoverageCandidacySchema = Type.Object({
  id: Uuid,
  organisation: Type.Object({ id: Uuid, name: Type.String() }),
  /** The latest submitted revision, the one the matrix reads. */
  revision: Type.Integer(),
  title: Type.String(),
  selected: Type.Boolean(),
  challenges: Type.Array(Type.Integer()),
  personas: Type.Array(Type.String()),
  serviceTypes: Type.Array(Type.String()),
  municipalities: Type.Array(Type.String()),
  trajectoriesPerYear: Type.Union([Type.Integer(), Type.Null()]),
});

export const CoverageResponse = Type.Object({
  call: CallSummarySchema,
  /** Every submitted candidacy of the call, by organisation name. */
  candidacies: Type.Array(CoverageCandidacySchema),
  /** The columns: needed service types in the addendum's order, then the ones only offered. */
  serviceTypes: Type.Array(Type.String()),
  /** The region's municipalities, in its order. */
  municipalities: Type.Array(
    Type.Object({
      municipality: Type.String(),
      selectedIds: Ids,
      /** Challenges for which no selected candidacy works here. */
      gapChallenges: Type.Array(Type.Integer()),
    }),
  ),
  challenges: Type.Array(ChallengeCoverageSchema),
  /** Service types the addendum asks of the region as a whole: covered by any selected candidacy offering them. */
  region: Type.Object({ serviceTypes: Type.Array(ServiceCellSchema), totals: CoverageTotalsSchema }),
  totals: Type.Object({ ...CoverageTotalsSchema.properties, trajectoriesPerYear: Type.Integer() }),
  reserves: Type.Object({
    /** Not-selected candidacies that close the most open gaps, in the order to consider them. */
    proposals: Type.Array(Type.Object({ candidacyId: Uuid, name: Type.String(), closes: Type.Array(GapSchema) })),
    /** Gaps that no candidacy of this call closes. */
    unclosable: Type.Array(GapSchema),
  }),
  /** Names for the codes above, so the matrix renders without more requests. */
  names: Type.Object({
    serviceTypes: Type.Array(
      Type.Object({ code: Type.String(), nl: Type.String(), en: Type.String(), fr: Type.String() }),
    ),
    personas: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })),
  }),
});
export type CoverageResponse = Static<typeof CoverageResponse>;
