// Request and response schemas of consents, the client's plain-language summary and case conferences (issue 4,
// item 3). The web client imports the exported types: change them only together with web/src/api/consents.ts.
//
// Rules:
// - A consent is recorded by whoever may work on the client (their companion, the region's case director) before
//   anything is shared: with one organisation of the region's partnership (VDAB or a partner) or with the whole
//   partnership; for a purpose (text required for "other"); for data categories ("general" is always included);
//   given spoken or signed; standing from now until the end of the day `expiresOn` in Brussels (default one year
//   from today, at most three years, never in the past).
// - A consent is standing (given, not expired, not revoked), expired (by the clock) or revoked. Revoking a standing
//   one (spoken or written, reason optional) takes effect on the very next request: modules/clients/access.ts reads
//   consents fresh every time. Revoking an expired or revoked one is 409 and changes nothing.
// - The summary says, in plain words (B1) and in the language asked (nl, en, fr), who may see what, why, until
//   when, how to withdraw it and whom to ask; as JSON for the screen and as a PDF to print or hand over.
// - A case conference is recorded on the trajectory: when it was held (not in the future), the participants
//   (name, organisation, role), whether the client was there, the purpose, the legal frame (a consent of this
//   client that stood when it was held; shared professional secrecy; a legal duty; other with text) and the outcome.
//
// Routes ([permission]; every one goes through clients/access.ts withClientAccess, out of reach is 404):
//   GET  /api/clients/:clientId/consents                    [client:work] → ConsentList
//   POST /api/clients/:clientId/consents                    [client:work] RecordConsentBody → ConsentView (201)
//   POST /api/consents/:consentId/revoke                    [client:work] RevokeConsentBody → ConsentView
//   GET  /api/clients/:clientId/consents/summary?lang=      [client:work] → ConsentSummary
//   GET  /api/clients/:clientId/consents/summary.pdf?lang=  [client:work] → application/pdf
//   GET  /api/trajectories/:trajectoryId/case-conferences   [client:work] → CaseConferenceList
//   POST /api/trajectories/:trajectoryId/case-conferences   [client:work] RecordCaseConferenceBody → CaseConferenceView (201)
// Partner workers never manage consents: client:work is not theirs (403 at the door).
import { Type, type Static } from "typebox";
import {
  consentGivenHow,
  consentPurposes,
  consentScopes,
  dataCategories,
  legalFrames,
} from "../../domain/trajectory-codes.ts";

const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });
const LocalDate = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "A Brussels local date YYYY-MM-DD" });
const Uuid = Type.String({ format: "uuid" });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const oneOf = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>(Type.Union(values.map((value) => Type.Literal(value))));

export const ClientIdParams = Type.Object({ clientId: Uuid });
export const ConsentIdParams = Type.Object({ consentId: Uuid });
export const TrajectoryIdParams = Type.Object({ trajectoryId: Uuid });
export const LanguageQuery = Type.Object(
  { lang: Type.Optional(oneOf(["nl", "en", "fr"] as const)) },
  { additionalProperties: false },
);

export const ConsentStateSchema = oneOf(["standing", "expired", "revoked"] as const);
export type ConsentState = Static<typeof ConsentStateSchema>;

const Person = Type.Object({ userId: Uuid, name: Type.String() });

export const ConsentViewSchema = Type.Object({
  id: Uuid,
  clientId: Uuid,
  scope: oneOf(consentScopes),
  /** The organisation for scope "partner"; null for the whole partnership. */
  partner: Nullable(Type.Object({ organisationId: Uuid, name: Type.String() })),
  purpose: oneOf(consentPurposes),
  purposeText: Type.String(),
  categories: Type.Array(oneOf(dataCategories)),
  givenHow: oneOf(consentGivenHow),
  givenAt: IsoInstant,
  /** The exclusive end (UTC): the start of the day after `lastDay` in Brussels. */
  expiresAt: IsoInstant,
  /** The last Brussels day on which it stands. */
  lastDay: LocalDate,
  state: ConsentStateSchema,
  recordedBy: Person,
  revoked: Nullable(
    Type.Object({ at: IsoInstant, by: Person, how: oneOf(["spoken", "written"] as const), reason: Type.String() }),
  ),
});
export type ConsentView = Static<typeof ConsentViewSchema>;

export const PartnerOptionSchema = Type.Object({
  organisationId: Uuid,
  name: Type.String(),
  kind: oneOf(["vdab", "partner"] as const),
  /** The service types of its offers (reference codes). */
  serviceTypes: Type.Array(Type.String()),
});
export type PartnerOption = Static<typeof PartnerOptionSchema>;

export const ConsentListSchema = Type.Object({
  clientId: Uuid,
  /** Newest first. */
  consents: Type.Array(ConsentViewSchema),
  /** The organisations of the client's region's partnership a consent can name. */
  partners: Type.Array(PartnerOptionSchema),
  /** The region's name, for "all partners of the partnership …". */
  region: Type.Object({ slug: Type.String(), name: Type.String() }),
  /** The form's default last day (one year from today) and the latest allowed (three years). */
  expiry: Type.Object({ today: LocalDate, default: LocalDate, max: LocalDate }),
});
export type ConsentList = Static<typeof ConsentListSchema>;

export const RecordConsentBody = Type.Object(
  {
    scope: oneOf(consentScopes),
    /** Required for scope "partner"; not allowed for "partnership". */
    partnerOrganisationId: Type.Optional(Uuid),
    purpose: oneOf(consentPurposes),
    /** Required for purpose "other". */
    purposeText: Type.Optional(Type.String({ maxLength: 1000 })),
    /** "general" is added when missing. */
    categories: Type.Array(oneOf(dataCategories), { maxItems: dataCategories.length, uniqueItems: true }),
    givenHow: oneOf(consentGivenHow),
    /** The last day it stands; default one year from today. */
    lastDay: Type.Optional(LocalDate),
  },
  { additionalProperties: false },
);
export type RecordConsentBody = Static<typeof RecordConsentBody>;

export const RevokeConsentBody = Type.Object(
  {
    how: oneOf(["spoken", "written"] as const),
    reason: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type RevokeConsentBody = Static<typeof RevokeConsentBody>;

export const ConsentSummaryItemSchema = Type.Object({
  consentId: Uuid,
  /** "Wie mag het zien": the organisation or all partners of the partnership. */
  who: Type.String(),
  /** One plain sentence per kind of information. */
  what: Type.Array(Type.String()),
  why: Type.String(),
  until: Type.String(),
});

/** The summary's words, already in the language asked: the screen and the PDF show the same text. */
export const ConsentSummarySchema = Type.Object({
  lang: oneOf(["nl", "en", "fr"] as const),
  title: Type.String(),
  /** "Voor <the client's name>". */
  for: Type.String(),
  /** "Lokaal partnerschap <region>". */
  partnership: Type.String(),
  intro: Type.String(),
  /** Shown when no consent stands. */
  none: Type.String(),
  labels: Type.Object({ who: Type.String(), what: Type.String(), why: Type.String(), until: Type.String() }),
  items: Type.Array(ConsentSummaryItemSchema),
  withdrawTitle: Type.String(),
  withdraw: Type.Array(Type.String()),
  askTitle: Type.String(),
  ask: Type.String(),
  printed: Type.String(),
});
export type ConsentSummary = Static<typeof ConsentSummarySchema>;

const ParticipantSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    organisation: Type.String({ maxLength: 200 }),
    role: Type.String({ maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const RecordCaseConferenceBody = Type.Object(
  {
    heldAt: IsoInstant,
    participants: Type.Array(ParticipantSchema, { minItems: 1, maxItems: 30 }),
    clientPresent: Type.Boolean(),
    purpose: Type.String({ minLength: 1, maxLength: 1000 }),
    legalFrame: oneOf(legalFrames),
    /** Required for legal frame "other". */
    legalFrameText: Type.Optional(Type.String({ maxLength: 1000 })),
    /** Required for legal frame "consent": a consent of this client that stood when the conference was held. */
    consentId: Type.Optional(Uuid),
    outcome: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type RecordCaseConferenceBody = Static<typeof RecordCaseConferenceBody>;

export const CaseConferenceViewSchema = Type.Object({
  id: Uuid,
  trajectoryId: Uuid,
  heldAt: IsoInstant,
  participants: Type.Array(Type.Object({ name: Type.String(), organisation: Type.String(), role: Type.String() })),
  clientPresent: Type.Boolean(),
  purpose: Type.String(),
  legalFrame: oneOf(legalFrames),
  legalFrameText: Type.String(),
  consentId: Nullable(Uuid),
  outcome: Type.String(),
  recordedBy: Person,
  createdAt: IsoInstant,
});
export type CaseConferenceView = Static<typeof CaseConferenceViewSchema>;

export const CaseConferenceListSchema = Type.Object({
  trajectoryId: Uuid,
  /** Most recently held first. */
  caseConferences: Type.Array(CaseConferenceViewSchema),
});
export type CaseConferenceList = Static<typeof CaseConferenceListSchema>;
