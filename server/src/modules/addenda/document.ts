// The content of one version of a regional addendum ("lokaal addendum"), as structured data. Original wording
// from the addendum is kept verbatim in every text field; codes (barriers, service types, personas) map that
// wording onto the shared taxonomies in ../../reference/ so that regions can be compared.
import { Type, type Static } from "typebox";
import { MilestoneSchema } from "../../domain/milestone-types.ts";

// Every object is closed (additionalProperties: false): a field the schema does not know is reported
// ("field.unknown"), never stored and never dropped without a word.

const Text = Type.String({ minLength: 1, maxLength: 20000 });
const Code = Type.String({ pattern: "^[a-z0-9_]+$", maxLength: 80 });
const PersonaSlug = Type.String({ pattern: "^[a-z0-9-]+$", maxLength: 60 });

export const ObstacleSchema = Type.Object(
  {
    /** Original wording, e.g. "Beperkt Nederlands spreken en analfabeet zijn in eigen moedertaal". */
    text: Text,
    /** One or more barrier codes this wording names. */
    barriers: Type.Array(Code, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type Obstacle = Static<typeof ObstacleSchema>;

export const ChallengeSchema = Type.Object(
  {
    /** "Regio-uitdaging 1" → 1. Unique within the addendum. */
    number: Type.Integer({ minimum: 1, maximum: 99 }),
    personas: Type.Array(PersonaSlug, { minItems: 1 }),
    /** How the addendum names the personas when it adds something, e.g. "Bart & Freddy (gecombineerd)". */
    personaNote: Type.Optional(Type.String()),
    /** The descriptive paragraphs of the challenge, verbatim (may be empty when the addendum gives only questions). */
    context: Type.Array(Text),
    obstacles: Type.Array(ObstacleSchema),
    /** "… zodat ze:" bullet list, verbatim. */
    intendedResults: Type.Array(Text),
    /** The "Hoe kunnen we …?" questions, verbatim. */
    questions: Type.Array(Text),
  },
  { additionalProperties: false },
);
export type Challenge = Static<typeof ChallengeSchema>;

/** Recognition of a challenge by the partners at an enrichment session, in percent (Maasland). */
export const RecognitionSchema = Type.Object(
  {
    challenge: Type.Integer({ minimum: 1 }),
    notRecognisable: Type.Number({ minimum: 0, maximum: 100 }),
    lessRecognisable: Type.Number({ minimum: 0, maximum: 100 }),
    recognisable: Type.Number({ minimum: 0, maximum: 100 }),
    moreRecognisable: Type.Number({ minimum: 0, maximum: 100 }),
    veryRecognisable: Type.Number({ minimum: 0, maximum: 100 }),
    /** The sentence as written. */
    original: Text,
  },
  { additionalProperties: false },
);
export type Recognition = Static<typeof RecognitionSchema>;

export const FindingSchema = Type.Object(
  {
    text: Text,
    /** Challenge numbers the finding is about; empty for the whole region. */
    challenges: Type.Array(Type.Integer({ minimum: 1 })),
    barriers: Type.Array(Code),
    serviceTypes: Type.Array(Code),
  },
  { additionalProperties: false },
);
export type Finding = Static<typeof FindingSchema>;

export const FindingGroupSchema = Type.Object(
  {
    /** The heading or lead-in as written, e.g. "Aanvullingen op vlak van dienstverlening:". */
    heading: Type.String(),
    items: Type.Array(FindingSchema),
  },
  { additionalProperties: false },
);

export const ServiceNeedSchema = Type.Object(
  {
    /** The need or problem ("Noden", "Problematiek") as written; empty where the addendum lists only services. */
    need: Type.String(),
    /** The service description as written. */
    service: Text,
    serviceTypes: Type.Array(Code, { minItems: 1 }),
    barriers: Type.Array(Code),
  },
  { additionalProperties: false },
);
export type ServiceNeed = Static<typeof ServiceNeedSchema>;

export const LocalInputSchema = Type.Object(
  {
    /** A heading or lead-in as written, e.g. "Specifiek Ronse:" or "We kiezen er lokaal voor om niet in te zetten op personen…". */
    heading: Type.String(),
    /** "focus": what the region targets and why; "exclusion": a choice not to target a group; "context": anything else. */
    kind: Type.Union([Type.Literal("context"), Type.Literal("focus"), Type.Literal("exclusion")]),
    text: Text,
  },
  { additionalProperties: false },
);
export type LocalInput = Static<typeof LocalInputSchema>;

export const ContactSchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    /** Function and organisation as written, e.g. "Regisseur sociale economie en werk regio Rivierenland". */
    role: Type.Optional(Type.String()),
    email: Type.Optional(Type.String({ format: "email" })),
    phones: Type.Array(Type.String()),
    /** "questions": inhoudelijke vragen; "applications": aanleveren kandidatuur. */
    purposes: Type.Array(Type.Union([Type.Literal("questions"), Type.Literal("applications")]), { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type Contact = Static<typeof ContactSchema>;

export const AddendumDocumentSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    /** The lead-in of "Regio-uitdagingen", verbatim. */
    challengesIntro: Type.Array(Text),
    challenges: Type.Array(ChallengeSchema, { minItems: 1 }),
    findings: Type.Object(
      {
        intro: Type.Array(Text),
        groups: Type.Array(FindingGroupSchema),
        recognition: Type.Array(RecognitionSchema),
      },
      { additionalProperties: false },
    ),
    arena: Type.Object(
      {
        intro: Type.Array(Text),
        rows: Type.Array(ServiceNeedSchema),
        /** Closing remarks after the table, e.g. KBV's "vlot omgaan met informatiedeling". */
        notes: Type.Array(Text),
      },
      { additionalProperties: false },
    ),
    localInput: Type.Array(LocalInputSchema),
    milestones: Type.Array(MilestoneSchema, { minItems: 1 }),
    contacts: Type.Array(ContactSchema, { minItems: 1 }),
    application: Type.Object(
      {
        /** How to apply, verbatim ("U dient uw kandidatuur … in via volgend emailadres: …"). */
        instructions: Text,
        email: Type.String({ format: "email" }),
        /** Required subject line, where the addendum asks for one. */
        subject: Type.Optional(Type.String()),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type AddendumDocument = Static<typeof AddendumDocumentSchema>;
