// What a regional addendum's "Lokale timing" can say, kept as written. All dates and times are local to
// Europe/Brussels (YYYY-MM-DD, HH:MM); domain/milestones.ts turns them into UTC instants and intervals.
import { Type, type Static } from "typebox";

export const milestoneKeys = [
  "launch", // Lancering addendum
  "candidacy_deadline", // Deadline kandidaturen
  "written_assessment", // Beoordelen schriftelijke projectvoorstellen
  "pitches_jury", // Pitches en jury
  "matching_moments", // Lokale matching-momenten
  "decision_communication", // Communicatie over beslissing
  "objection", // Ontvangen (en beoordelen) van weerwoord
] as const;
export type MilestoneKey = (typeof milestoneKeys)[number];

const LocalDate = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Local date in Europe/Brussels" });
const LocalTime = Type.String({ pattern: "^([01]\\d|2[0-3]):[0-5]\\d$", description: "Local time HH:MM" });

// Mapping the tuple loses the literal types, so the static type is restated; the JSON schema is the same union.
export const MilestoneKeySchema = Type.Unsafe<MilestoneKey>(Type.Union(milestoneKeys.map((key) => Type.Literal(key))));

export const WhenSchema = Type.Union([
  // "9 juni 2023 om 23u59"
  Type.Object({ kind: Type.Literal("instant"), date: LocalDate, time: LocalTime }, { additionalProperties: false }),
  // "28 april 2023"
  Type.Object({ kind: Type.Literal("date"), date: LocalDate }, { additionalProperties: false }),
  // "19, 21 en 23 juni 2023"
  Type.Object(
    { kind: Type.Literal("dates"), dates: Type.Array(LocalDate, { minItems: 1 }) },
    { additionalProperties: false },
  ),
  // "05/06/2023 t/m 14/06/2023", "tussen 25 september en 6 oktober 2023" (both days included)
  Type.Object({ kind: Type.Literal("range"), from: LocalDate, to: LocalDate }, { additionalProperties: false }),
  // "week 20 & week 21"
  Type.Object(
    {
      kind: Type.Literal("isoWeeks"),
      year: Type.Integer({ minimum: 2000, maximum: 2100 }),
      weeks: Type.Array(Type.Integer({ minimum: 1, maximum: 53 }), { minItems: 1 }),
    },
    { additionalProperties: false },
  ),
  // "Dinsdag 20/06 (9:00-17:00), donderdag 22/06 (9:00-12:00)"
  Type.Object(
    {
      kind: Type.Literal("sessions"),
      sessions: Type.Array(
        Type.Object({ date: LocalDate, from: LocalTime, to: LocalTime }, { additionalProperties: false }),
        { minItems: 1 },
      ),
    },
    { additionalProperties: false },
  ),
  // "vanaf 21 juni 2023"
  Type.Object({ kind: Type.Literal("from"), date: LocalDate }, { additionalProperties: false }),
  // "Vóór 7 juli 2023": ends when that day starts
  Type.Object({ kind: Type.Literal("before"), date: LocalDate }, { additionalProperties: false }),
  // "ten laatste 16 juni", "uiterlijk 23 oktober 2023": that day included
  Type.Object({ kind: Type.Literal("onOrBefore"), date: LocalDate }, { additionalProperties: false }),
  // "einddatum + 14 dagen": calendar days after the end of another milestone
  Type.Object(
    { kind: Type.Literal("relative"), to: MilestoneKeySchema, days: Type.Integer({ minimum: 0, maximum: 366 }) },
    { additionalProperties: false },
  ),
  // "dag na bekrachtiging … door beheerscomité SEVA": waits for an event, optionally with a latest date
  Type.Object(
    { kind: Type.Literal("pending"), event: Type.String({ minLength: 1 }), onOrBefore: Type.Optional(LocalDate) },
    { additionalProperties: false },
  ),
]);
export type When = Static<typeof WhenSchema>;

export const MilestoneSchema = Type.Object(
  {
    key: MilestoneKeySchema,
    /** The label as the addendum writes it, e.g. "Deadline kandidaturen". */
    label: Type.String({ minLength: 1 }),
    /** The wording as the addendum writes it, e.g. "9 juni 2023 om 23u59". */
    original: Type.String({ minLength: 1 }),
    when: WhenSchema,
    /** "o.v.b." (onder voorbehoud): announced as provisional. */
    provisional: Type.Optional(Type.Boolean()),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type Milestone = Static<typeof MilestoneSchema>;
