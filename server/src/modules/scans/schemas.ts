// Request and response schemas of the situation scan and the suggestions (issue 4, items 5 and 6). The web client
// imports the exported types (web/src/api/scans.ts): change them only together.
//
// Rules:
// - Every route goes through clients/access.ts withClientAccess: out of reach is 404 and changes nothing; each read
//   and write is audited as client_record.read / .written ("scans", "scan", "suggestions"), never with a value.
// - A scan scores the life domains the companion and client went through (not every domain must be scored), each
//   1 (acute) … 5 (fully self-reliant), with the barriers present from that domain's list (table barriers), the
//   strengths and the client's own wish; for the whole scan the talents, the client's wish in their words and the
//   participation ladder (1 isolated … 6 paid work without support) with the moment (start, during, end). Dated on
//   a calendar day, never in the future (Brussels); repeated over time. A scan holds at least one domain or a rung.
// - Writes need write access (the companion of the client's latest trajectory or the region's case director), and
//   only on the client's latest trajectory (409 scans.not_latest_trajectory).
// - A partner worker reads the scans under consent, each limited to the life domains whose data category
//   (categoryOfLifeDomain) the access allows; the rest is never sent.
// - Suggestions are for the client's staff only (a partner gets 404): which personas and challenges of the region's
//   published addendum the latest scan's barriers resemble (domain/persona-similarity.ts) and which offers of the
//   region's partnership fit (domain/offer-match.ts), each with its explanation. They refer nobody.
//
// Routes (policy in brackets):
//   GET  /api/trajectories/:id/scans         [client:read] → ScanList (newest first)
//   POST /api/trajectories/:id/scans         [client:work] NewScanBody → 201 ScanView
//   GET  /api/trajectories/:id/suggestions   [client:work] → Suggestions
import { Type, type Static, type TSchema } from "typebox";

const Uuid = Type.String({ format: "uuid" });
const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const LocalDate = Type.String({ format: "date", description: "calendar date YYYY-MM-DD" });
const Code = Type.String({ pattern: "^[a-z0-9_]+$", maxLength: 80 });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
// The moments of domain/trajectory-codes.ts scanMoments, spelled out (not mapped from the list) so that the static type is the union of the three, not never.
const Moment = Type.Union([Type.Literal("start"), Type.Literal("during"), Type.Literal("end")]);

export const TrajectoryIdParams = Type.Object({ id: Uuid });

const Score = Type.Integer({ minimum: 1, maximum: 5, description: "1 acute … 5 fully self-reliant" });
const Rung = Type.Integer({ minimum: 1, maximum: 6, description: "1 isolated … 6 paid work without support" });

export const ScanDomainSchema = Type.Object({
  lifeDomain: Code,
  score: Score,
  barriers: Type.Array(Code),
  strengths: Type.String(),
  wish: Type.String(),
});
export type ScanDomain = Static<typeof ScanDomainSchema>;

export const ScanViewSchema = Type.Object({
  id: Uuid,
  trajectoryId: Uuid,
  takenOn: LocalDate,
  moment: Moment,
  ladderRung: Nullable(Rung),
  talents: Type.String(),
  clientWish: Type.String(),
  takenBy: Type.Object({ userId: Uuid, name: Type.String() }),
  createdAt: IsoInstant,
  /** The scored life domains the reader may see, in the taxonomy's order. */
  domains: Type.Array(ScanDomainSchema),
});
export type ScanView = Static<typeof ScanViewSchema>;

export const ScanListSchema = Type.Object({
  trajectoryId: Uuid,
  /** How the reader reaches the client; a partner sees only the life domains of `categories`. */
  via: Type.String(),
  categories: Type.Array(Type.String()),
  /** Whether the reader may record a scan (the client's staff, on the latest trajectory). */
  canRecord: Type.Boolean(),
  scans: Type.Array(ScanViewSchema),
});
export type ScanList = Static<typeof ScanListSchema>;

const Text2000 = Type.String({ maxLength: 2000 });

export const NewScanBody = Type.Object(
  {
    takenOn: LocalDate,
    moment: Moment,
    ladderRung: Type.Optional(Nullable(Rung)),
    talents: Type.Optional(Text2000),
    clientWish: Type.Optional(Text2000),
    domains: Type.Array(
      Type.Object(
        {
          lifeDomain: Code,
          score: Score,
          barriers: Type.Optional(Type.Array(Code, { maxItems: 60, uniqueItems: true })),
          strengths: Type.Optional(Text2000),
          wish: Type.Optional(Text2000),
        },
        { additionalProperties: false },
      ),
      { maxItems: 40 },
    ),
  },
  { additionalProperties: false },
);
export type NewScanBody = Static<typeof NewScanBody>;

const Level = Type.Union([Type.Literal("strong"), Type.Literal("clear"), Type.Literal("slight")]);

const Resemblance = {
  strength: Type.Number({ minimum: 0, maximum: 1 }),
  level: Level,
  shared: Type.Array(Type.Object({ barrier: Code, lifeDomain: Code, score: Score })),
  related: Type.Array(Type.Object({ barrier: Code, clientBarrier: Code, lifeDomain: Code, score: Score })),
  missing: Type.Array(Code),
  profileSize: Type.Integer(),
  /** Share of the client's barriers the profile names. */
  explains: Type.Number({ minimum: 0, maximum: 1 }),
};

export const PersonaSuggestionSchema = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  /** The region's challenges that name the persona (its profile's source). */
  challenges: Type.Array(Type.Integer()),
  ...Resemblance,
});

export const ChallengeSuggestionSchema = Type.Object({
  number: Type.Integer(),
  personas: Type.Array(Type.String()),
  ...Resemblance,
});

/** A reason an offer fits, or something that does not match; `code` says which, the other fields its details. */
export const MatchNoteSchema = Type.Object({
  code: Type.String(),
  blocking: Type.Optional(Type.Boolean()),
  serviceType: Type.Optional(Type.String()),
  challenges: Type.Optional(Type.Array(Type.Integer())),
  barriers: Type.Optional(Type.Array(Type.String())),
  languages: Type.Optional(Type.Array(Type.String())),
  capacityPerYear: Type.Optional(Type.Integer()),
  openReferrals: Type.Optional(Type.Integer()),
  days: Type.Optional(Type.Integer()),
});
export type MatchNote = Static<typeof MatchNoteSchema>;

export const OfferSuggestionSchema = Type.Object({
  offer: Type.Object({
    id: Uuid,
    name: Type.String(),
    organisation: Type.Object({ id: Uuid, name: Type.String() }),
    serviceType: Type.String(),
    municipalities: Type.Array(Type.String()),
    wholeRegion: Type.Boolean(),
    languages: Type.Array(Type.String()),
    capacityPerYear: Nullable(Type.Integer()),
    waitingDays: Nullable(Type.Integer()),
    waitingUpdatedAt: Nullable(IsoInstant),
    contact: Type.Object({ name: Type.String(), email: Type.String(), phone: Type.String() }),
  }),
  fits: Type.Boolean(),
  reasons: Type.Array(MatchNoteSchema),
  mismatches: Type.Array(MatchNoteSchema),
});
export type OfferSuggestion = Static<typeof OfferSuggestionSchema>;

export const SuggestionsSchema = Type.Object({
  trajectoryId: Uuid,
  /** The scan the suggestions come from (the latest); null before any scan. */
  basedOn: Nullable(Type.Object({ scanId: Uuid, takenOn: LocalDate, barriers: Type.Integer() })),
  /** The region's published addendum the personas and challenges come from; null when none is published. */
  addendum: Nullable(Type.Object({ region: Type.String(), versionNumber: Type.Integer() })),
  /** Whether the region has a formed partnership (with offers to suggest). */
  partnership: Type.Boolean(),
  client: Type.Object({
    residence: Type.String(),
    municipality: Nullable(Type.String()),
    contactLanguages: Type.Array(Type.String()),
    interpreterNeeded: Type.Boolean(),
  }),
  personas: Type.Array(PersonaSuggestionSchema),
  challenges: Type.Array(ChallengeSuggestionSchema),
  offers: Type.Array(OfferSuggestionSchema),
});
export type Suggestions = Static<typeof SuggestionsSchema>;
export type PersonaSuggestion = Static<typeof PersonaSuggestionSchema>;
export type ChallengeSuggestion = Static<typeof ChallengeSuggestionSchema>;
