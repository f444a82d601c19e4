// Whether a candidacy is complete enough to be submitted, and whether what it names exists: every problem at once,
// as field errors with a path into the request ("draft.title", "draft.challenges.0"), so the form can mark each
// field. A draft may be incomplete while it is being written; a submitted revision never is. Pure.
import { IsEmail } from "typebox/format";
import type { FieldError } from "../../platform/errors.ts";
import type { CandidacyContent } from "./document.ts";

/** What the call lets a candidacy name: the region's municipalities and the addendum's challenges. */
export interface CallContext {
  municipalities: readonly string[];
  challenges: readonly { number: number; personas: readonly string[] }[];
}

// ICU knows the ISO 639 languages by code; a code it cannot name ("xx") is a typing error.
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2,3}$/.test(code) && languageNames.of(code) !== undefined;
}

export function isEmailAddress(value: string): boolean {
  return IsEmail(value.trim());
}

export function submitProblems(
  content: CandidacyContent,
  call: CallContext,
  serviceTypes: ReadonlySet<string>,
  prefix = "draft",
): FieldError[] {
  const fields: FieldError[] = [];
  const at = (path: string) => `${prefix}.${path}`;
  const required = (path: string, value: string | number | null) => {
    if (value === null || (typeof value === "string" && value.trim() === ""))
      fields.push({ path: at(path), code: "field.required" });
  };
  const atLeastOne = (path: string, list: readonly unknown[]) => {
    if (list.length === 0) fields.push({ path: at(path), code: "field.too_few", params: { limit: 1 } });
  };

  required("title", content.title);
  required("summary", content.summary);
  atLeastOne("challenges", content.challenges);
  atLeastOne("serviceTypes", content.serviceTypes);
  atLeastOne("municipalities", content.municipalities);
  required("capacity.trajectoriesPerYear", content.capacity.trajectoriesPerYear);
  required("approach.description", content.approach.description);
  required("budget.amountEuro", content.budget.amountEuro);
  required("contact.name", content.contact.name);
  required("contact.email", content.contact.email);
  if (content.contact.email.trim() !== "" && !isEmailAddress(content.contact.email))
    fields.push({ path: at("contact.email"), code: "field.format" });
  required("contact.phone", content.contact.phone);

  const challenges = new Map(call.challenges.map((c) => [c.number, c.personas]));
  content.challenges.forEach((number, i) => {
    if (!challenges.has(number))
      fields.push({ path: at(`challenges.${i}`), code: "candidacy.unknown_challenge", params: { number } });
  });
  // A persona counts only through a challenge the candidacy takes on: that is where the addendum describes them.
  const chosenPersonas = new Set(content.challenges.flatMap((number) => challenges.get(number) ?? []));
  content.personas.forEach((slug, i) => {
    if (!chosenPersonas.has(slug))
      fields.push({ path: at(`personas.${i}`), code: "candidacy.persona_not_in_challenges", params: { code: slug } });
  });
  const municipalities = new Set(call.municipalities);
  content.municipalities.forEach((name, i) => {
    if (!municipalities.has(name))
      fields.push({ path: at(`municipalities.${i}`), code: "candidacy.unknown_municipality", params: { name } });
  });
  content.serviceTypes.forEach((code, i) => {
    if (!serviceTypes.has(code))
      fields.push({ path: at(`serviceTypes.${i}`), code: "candidacy.unknown_service_type", params: { code } });
  });
  content.languages.forEach((code, i) => {
    if (!isLanguageCode(code))
      fields.push({ path: at(`languages.${i}`), code: "candidacy.unknown_language", params: { code } });
  });
  return fields;
}
