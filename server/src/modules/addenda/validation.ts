// One pass over a submitted addendum that reports every problem at once, with a path into the request body
// ("document.challenges.1.questions.0") and a catalogue code, so that the editor can mark each field. Pure.
import { Type, type TSchema } from "typebox";
import { Compile } from "typebox/compile";
import { schemaKeywordCodes, type FieldError } from "../../platform/errors.ts";
import { resolveMilestones, whenIssues, type ResolveProblem } from "../../domain/milestones.ts";
import { WhenSchema, MilestoneSchema } from "../../domain/milestone-types.ts";
import {
  AddendumDocumentSchema,
  ChallengeSchema,
  ContactSchema,
  LocalInputSchema,
  type AddendumDocument,
} from "./document.ts";

/** The codes that exist in the reference taxonomies and the persona list. */
export interface KnownCodes {
  barriers: ReadonlySet<string>;
  serviceTypes: ReadonlySet<string>;
  personas: ReadonlySet<string>;
}

const documentValidator = Compile(AddendumDocumentSchema);

// TypeBox stops collecting after a few errors (its `maxErrors` guards against denial of service), and a union
// that matches no branch spends them on every branch. So the document is checked piece by piece: each list item
// and each section on its own, and a milestone's `when` only against the branch its `kind` names.
const sectionValidators = Object.fromEntries(
  Object.entries(AddendumDocumentSchema.properties).map(([key, schema]) => [key, Compile(schema as TSchema)]),
) as Record<string, ReturnType<typeof Compile>>;
const listItems: Record<string, { validator: ReturnType<typeof Compile>; minItems: number }> = {
  challenges: { validator: Compile(ChallengeSchema), minItems: 1 },
  localInput: { validator: Compile(LocalInputSchema), minItems: 0 },
  // `when` is checked on its own, against the branch its kind names (whenErrors).
  milestones: {
    validator: Compile(
      Type.Object({ ...MilestoneSchema.properties, when: Type.Unknown() }, { additionalProperties: false }),
    ),
    minItems: 1,
  },
  contacts: { validator: Compile(ContactSchema), minItems: 1 },
};
const whenBranches = new Map(
  (WhenSchema.anyOf as TSchema[]).map((branch) => {
    const kind = (branch as unknown as { properties: { kind: { const: string } } }).properties.kind.const;
    return [kind, Compile(branch)];
  }),
);
/** Enough for any editor screen; more would only help someone probing the server. */
const maxFieldErrors = 200;

interface SchemaIssue {
  keyword: string;
  schemaPath: string;
  instancePath: string;
  params: Record<string, unknown>;
}

function pathOf(prefix: string, instancePath: string, extra?: string): string {
  const segments = instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (extra !== undefined) segments.push(extra);
  return [prefix, ...segments].filter((s) => s !== "").join(".");
}

/** The field errors of one value against one compiled schema. Never copies the submitted value into a message. */
function check(validator: ReturnType<typeof Compile>, value: unknown, prefix: string): FieldError[] {
  if (validator.Check(value)) return [];
  const issues = [...validator.Errors(value)] as SchemaIssue[];
  // A union that matches no branch (a list of allowed words) reports each branch too: keep the union's own error.
  const unionPaths = issues.filter((i) => i.keyword === "anyOf").map((i) => i.schemaPath);
  const kept = issues.filter((issue) => !unionPaths.some((u) => issue.schemaPath.startsWith(`${u}/anyOf/`)));
  const fields: FieldError[] = [];
  for (const issue of kept) {
    // A field the schema does not know: TypeBox reports it twice, as the object's list and as each key's "false".
    if (issue.keyword === "boolean" && issue.schemaPath.endsWith("/additionalProperties")) continue;
    if (issue.keyword === "additionalProperties") {
      const unknown = issue.params.additionalProperties;
      for (const property of Array.isArray(unknown) ? unknown : [unknown]) {
        fields.push({ path: pathOf(prefix, issue.instancePath, String(property)), code: "field.unknown" });
      }
      continue;
    }
    if (issue.keyword === "required") {
      const missing = issue.params.requiredProperties ?? issue.params.missingProperty;
      for (const property of Array.isArray(missing) ? missing : [missing]) {
        fields.push({ path: pathOf(prefix, issue.instancePath, String(property)), code: "field.required" });
      }
      continue;
    }
    const limit = issue.params.limit;
    // An empty text where one is needed reads better as "fill this in" than as "too short".
    if (issue.keyword === "minLength" && limit === 1) {
      fields.push({ path: pathOf(prefix, issue.instancePath), code: "field.required" });
      continue;
    }
    const code = schemaKeywordCodes[issue.keyword] ?? "field.invalid";
    fields.push(
      typeof limit === "number"
        ? { path: pathOf(prefix, issue.instancePath), code, params: { limit } }
        : { path: pathOf(prefix, issue.instancePath), code },
    );
  }
  return fields;
}

function whenErrors(when: unknown, path: string): FieldError[] {
  if (when === undefined) return [{ path, code: "field.required" }];
  if (typeof when !== "object" || when === null || Array.isArray(when)) return [{ path, code: "field.type" }];
  const kind = (when as { kind?: unknown }).kind;
  const branch = typeof kind === "string" ? whenBranches.get(kind) : undefined;
  if (!branch) return [{ path: `${path}.kind`, code: kind === undefined ? "field.required" : "field.not_allowed" }];
  return check(branch, when, path);
}

/** Structural errors, as field errors with paths into the request body. */
export function schemaErrors(document: unknown, prefix = "document"): FieldError[] {
  if (documentValidator.Check(document)) return [];
  if (typeof document !== "object" || document === null || Array.isArray(document))
    return [{ path: prefix, code: "field.type" }];
  const doc = document as Record<string, unknown>;
  const fields: FieldError[] = [];
  for (const key of Object.keys(doc)) {
    if (!Object.hasOwn(AddendumDocumentSchema.properties, key))
      fields.push({ path: `${prefix}.${key}`, code: "field.unknown" });
  }
  for (const key of Object.keys(AddendumDocumentSchema.properties)) {
    const path = `${prefix}.${key}`;
    const value = doc[key];
    if (value === undefined) {
      fields.push({ path, code: "field.required" });
      continue;
    }
    const list = listItems[key];
    const section = sectionValidators[key];
    if (list) {
      if (!Array.isArray(value)) {
        fields.push({ path, code: "field.type" });
        continue;
      }
      if (value.length < list.minItems) fields.push({ path, code: "field.too_few", params: { limit: list.minItems } });
      value.forEach((item: unknown, i) => {
        fields.push(...check(list.validator, item, `${path}.${i}`));
        if (key === "milestones" && typeof item === "object" && item !== null) {
          fields.push(...whenErrors((item as { when?: unknown }).when, `${path}.${i}.when`));
        }
      });
    } else if (section) {
      fields.push(...check(section, value, path));
    }
    if (fields.length >= maxFieldErrors) break;
  }
  const seen = new Set<string>();
  return fields
    .filter((f) => {
      const id = `${f.path}|${f.code}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .slice(0, maxFieldErrors);
}

/** Rules across fields that a schema cannot state. Assumes the document passed the schema. */
export function documentRuleErrors(document: AddendumDocument, known: KnownCodes, prefix = "document"): FieldError[] {
  const fields: FieldError[] = [];
  const at = (...segments: (string | number)[]): string => [prefix, ...segments].join(".");
  const checkBarriers = (codes: string[], ...segments: (string | number)[]): void => {
    codes.forEach((code, i) => {
      if (!known.barriers.has(code))
        fields.push({ path: at(...segments, i), code: "addendum.unknown_barrier", params: { code } });
    });
  };
  const checkServiceTypes = (codes: string[], ...segments: (string | number)[]): void => {
    codes.forEach((code, i) => {
      if (!known.serviceTypes.has(code)) {
        fields.push({ path: at(...segments, i), code: "addendum.unknown_service_type", params: { code } });
      }
    });
  };

  const challengeNumbers = new Set<number>();
  document.challenges.forEach((challenge, c) => {
    if (challengeNumbers.has(challenge.number)) {
      fields.push({
        path: at("challenges", c, "number"),
        code: "addendum.duplicate_challenge",
        params: { number: challenge.number },
      });
    }
    challengeNumbers.add(challenge.number);
    challenge.personas.forEach((slug, p) => {
      if (!known.personas.has(slug))
        fields.push({
          path: at("challenges", c, "personas", p),
          code: "addendum.unknown_persona",
          params: { code: slug },
        });
    });
    challenge.obstacles.forEach((obstacle, o) =>
      checkBarriers(obstacle.barriers, "challenges", c, "obstacles", o, "barriers"),
    );
  });

  const checkChallengeRef = (number: number, ...segments: (string | number)[]): void => {
    if (!challengeNumbers.has(number))
      fields.push({ path: at(...segments), code: "addendum.unknown_challenge", params: { number } });
  };
  document.findings.groups.forEach((group, g) => {
    group.items.forEach((finding, f) => {
      finding.challenges.forEach((n, i) => checkChallengeRef(n, "findings", "groups", g, "items", f, "challenges", i));
      checkBarriers(finding.barriers, "findings", "groups", g, "items", f, "barriers");
      checkServiceTypes(finding.serviceTypes, "findings", "groups", g, "items", f, "serviceTypes");
    });
  });
  document.findings.recognition.forEach((row, r) =>
    checkChallengeRef(row.challenge, "findings", "recognition", r, "challenge"),
  );
  document.arena.rows.forEach((row, r) => {
    checkServiceTypes(row.serviceTypes, "arena", "rows", r, "serviceTypes");
    checkBarriers(row.barriers, "arena", "rows", r, "barriers");
  });

  const milestoneKeys = new Set<string>();
  document.milestones.forEach((milestone, m) => {
    if (milestoneKeys.has(milestone.key))
      fields.push({ path: at("milestones", m, "key"), code: "addendum.duplicate_milestone" });
    milestoneKeys.add(milestone.key);
  });
  let datesValid = true;
  document.milestones.forEach((milestone, m) => {
    for (const issue of whenIssues(milestone.when)) {
      datesValid = false;
      const path = issue.field === "" ? at("milestones", m, "when") : at("milestones", m, "when", issue.field);
      fields.push(issue.params ? { path, code: issue.code, params: issue.params } : { path, code: issue.code });
    }
  });
  // Placing the milestones in time finds references to missing milestones, loops and "N days after" an open end.
  if (datesValid) {
    const resolved = resolveMilestones(document.milestones);
    resolved.forEach((milestone, m) => {
      const problem = milestone.resolved.problem;
      if (!problem || milestone.when.kind !== "relative") return;
      fields.push({ path: at("milestones", m, "when", "to"), code: problemCodes[problem.code] });
    });
    // The deadline must end somewhere: a call whose deadline is "from …" or waits for an event without a latest
    // date would accept candidacies for ever. (Relative deadlines with a broken target are reported above.)
    const deadline = resolved.findIndex((milestone) => milestone.key === "candidacy_deadline");
    const deadlineMilestone = resolved[deadline];
    if (deadlineMilestone && deadlineMilestone.resolved.end === null && !deadlineMilestone.resolved.problem) {
      fields.push({ path: at("milestones", deadline, "when"), code: "addendum.deadline_without_end" });
    }
  }
  // Candidacies are accepted until this instant (DESIGN §3, Call): an addendum without it cannot run a call.
  if (!milestoneKeys.has("candidacy_deadline"))
    fields.push({ path: at("milestones"), code: "addendum.deadline_required" });
  return fields;
}

const problemCodes: Record<ResolveProblem["code"], string> = {
  "milestone.missing": "addendum.unknown_milestone",
  "milestone.cycle": "addendum.milestone_cycle",
  "milestone.open_ended": "addendum.milestone_open_ended",
};

/** Everything wrong with a submitted document: schema first, then the cross-field rules. */
export function validateDocument(document: unknown, known: KnownCodes, prefix = "document"): FieldError[] {
  const structural = schemaErrors(document, prefix);
  if (structural.length > 0) {
    // The rules need a well-formed document; still report unknown codes where the shape allows it, so one
    // round trip shows both an empty question and an unknown barrier.
    return [...structural, ...looseRuleErrors(document, known, prefix, structural)];
  }
  return documentRuleErrors(document as AddendumDocument, known, prefix);
}

/** Unknown codes in a document that failed the schema, where the path still leads to an array of strings. */
function looseRuleErrors(document: unknown, known: KnownCodes, prefix: string, already: FieldError[]): FieldError[] {
  const fields: FieldError[] = [];
  const taken = new Set(already.map((f) => f.path));
  const doc = document as Record<string, unknown> | null;
  if (typeof doc !== "object" || doc === null) return fields;
  const strings = (value: unknown): string[] | null =>
    Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : null;
  const check = (codes: unknown, set: ReadonlySet<string>, code: string, path: string): void => {
    strings(codes)?.forEach((c, i) => {
      const p = `${path}.${i}`;
      if (!set.has(c) && !taken.has(p)) fields.push({ path: p, code, params: { code: c } });
    });
  };
  const indexed = (value: unknown): [number, Record<string, unknown>][] =>
    Array.isArray(value)
      ? value.flatMap((v, i): [number, Record<string, unknown>][] =>
          typeof v === "object" && v !== null ? [[i, v as Record<string, unknown>]] : [],
        )
      : [];
  for (const [c, challenge] of indexed(doc.challenges)) {
    check(challenge.personas, known.personas, "addendum.unknown_persona", `${prefix}.challenges.${c}.personas`);
    for (const [o, obstacle] of indexed(challenge.obstacles)) {
      check(
        obstacle.barriers,
        known.barriers,
        "addendum.unknown_barrier",
        `${prefix}.challenges.${c}.obstacles.${o}.barriers`,
      );
    }
  }
  const findings = doc.findings as Record<string, unknown> | undefined;
  for (const [g, group] of indexed(findings?.groups)) {
    for (const [f, item] of indexed(group.items)) {
      const base = `${prefix}.findings.groups.${g}.items.${f}`;
      check(item.barriers, known.barriers, "addendum.unknown_barrier", `${base}.barriers`);
      check(item.serviceTypes, known.serviceTypes, "addendum.unknown_service_type", `${base}.serviceTypes`);
    }
  }
  const arena = doc.arena as Record<string, unknown> | undefined;
  for (const [r, row] of indexed(arena?.rows)) {
    check(row.barriers, known.barriers, "addendum.unknown_barrier", `${prefix}.arena.rows.${r}.barriers`);
    check(
      row.serviceTypes,
      known.serviceTypes,
      "addendum.unknown_service_type",
      `${prefix}.arena.rows.${r}.serviceTypes`,
    );
  }
  return fields;
}
