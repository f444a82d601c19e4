// The content of a candidacy ("kandidatuur"): what one organisation proposes for one region's call. The same shape
// holds the autosaved draft (anything may still be empty) and every submitted revision (complete: see
// submitProblems in validation.ts). Codes refer to the call's addendum (challenge numbers, personas) and to the
// reference taxonomies (service types); municipalities are the region's, by name.
import { Type, type Static } from "typebox";

// Closed objects, as in the addendum document: an unknown field is reported, never stored.
const ShortText = Type.String({ maxLength: 300 });
const LongText = Type.String({ maxLength: 20000 });
const Code = Type.String({ pattern: "^[a-z0-9_]+$", maxLength: 80 });
const PersonaSlug = Type.String({ pattern: "^[a-z0-9-]+$", maxLength: 60 });
/** ISO 639-1 language code of a contact language ("nl", "fr", "ar", "ti", …). */
const LanguageCode = Type.String({ pattern: "^[a-z]{2,3}$" });

export const CandidacyContentSchema = Type.Object(
  {
    /** The project's name, e.g. "Brugfiguren Maasland". */
    title: ShortText,
    /** What the organisation proposes, in a few paragraphs. */
    summary: LongText,
    /** The numbers of the addendum's challenges ("Regio-uitdaging 2") the candidacy addresses. */
    challenges: Type.Array(Type.Integer({ minimum: 1, maximum: 99 }), { maxItems: 99, uniqueItems: true }),
    /** The personas (slugs) it addresses, among those of the chosen challenges. */
    personas: Type.Array(PersonaSlug, { maxItems: 50, uniqueItems: true }),
    /** Service type codes from the reference taxonomy. */
    serviceTypes: Type.Array(Code, { maxItems: 50, uniqueItems: true }),
    /** The municipalities of the region it works in, by name as the region lists them. */
    municipalities: Type.Array(Type.String({ minLength: 1, maxLength: 120 }), { maxItems: 50, uniqueItems: true }),
    capacity: Type.Object(
      {
        /** Trajectories the organisation can run per year in this region. */
        trajectoriesPerYear: Type.Union([Type.Integer({ minimum: 1, maximum: 100000 }), Type.Null()]),
        /** Staff for the project, in full-time equivalents. */
        staffFte: Type.Union([Type.Number({ exclusiveMinimum: 0, maximum: 1000 }), Type.Null()]),
      },
      { additionalProperties: false },
    ),
    approach: Type.Object(
      {
        /** Finds people where they are (outreachend, vindplaatsgericht). */
        outreach: Type.Boolean(),
        /** Stays with people who drop out (aanklampend). */
        persistent: Type.Boolean(),
        /** Works on all life domains, not one. */
        allLifeDomains: Type.Boolean(),
        /** How, in the organisation's words. */
        description: LongText,
      },
      { additionalProperties: false },
    ),
    /** Contact languages the organisation works in besides Dutch. */
    languages: Type.Array(LanguageCode, { maxItems: 30, uniqueItems: true }),
    budget: Type.Object(
      {
        /** The requested amount in euro, per year. */
        amountEuro: Type.Union([Type.Number({ minimum: 0, maximum: 100000000 }), Type.Null()]),
        explanation: LongText,
      },
      { additionalProperties: false },
    ),
    /** Who the region contacts about this candidacy. */
    contact: Type.Object(
      {
        name: ShortText,
        email: Type.String({ maxLength: 254 }),
        phone: Type.String({ maxLength: 40 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type CandidacyContent = Static<typeof CandidacyContentSchema>;

/** An empty draft: what a new candidacy starts from. */
export function emptyCandidacy(): CandidacyContent {
  return {
    title: "",
    summary: "",
    challenges: [],
    personas: [],
    serviceTypes: [],
    municipalities: [],
    capacity: { trajectoriesPerYear: null, staffFte: null },
    approach: { outreach: false, persistent: false, allLifeDomains: false, description: "" },
    languages: [],
    budget: { amountEuro: null, explanation: "" },
    contact: { name: "", email: "", phone: "" },
  };
}
