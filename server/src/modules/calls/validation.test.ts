import { describe, expect, it } from "vitest";
import { emptyCandidacy } from "./document.ts";
import { completeContent } from "./testing.ts";
import { isLanguageCode, submitProblems, type CallContext } from "./validation.ts";

const call: CallContext = {
  municipalities: ["Maasmechelen", "Kinrooi", "Maaseik"],
  challenges: [
    { number: 1, personas: ["saled"] },
    { number: 2, personas: ["chadia", "mo"] },
  ],
};
const serviceTypes = new Set(["bridge_figure", "debt_mediation"]);
const paths = (content = completeContent()) =>
  submitProblems(content, call, serviceTypes).map((f) => `${f.path} ${f.code}`);

describe("submitProblems", () => {
  it("accepts a complete candidacy that names only what the call has", () => {
    expect(paths()).toEqual([]);
  });

  it("lists every missing required field of an empty draft", () => {
    expect(paths(emptyCandidacy())).toEqual([
      "draft.title field.required",
      "draft.summary field.required",
      "draft.challenges field.too_few",
      "draft.serviceTypes field.too_few",
      "draft.municipalities field.too_few",
      "draft.capacity.trajectoriesPerYear field.required",
      "draft.approach.description field.required",
      "draft.budget.amountEuro field.required",
      "draft.contact.name field.required",
      "draft.contact.email field.required",
      "draft.contact.phone field.required",
    ]);
  });

  it("accepts a persona only through a chosen challenge", () => {
    expect(paths(completeContent({ challenges: [1], personas: ["mo"] }))).toEqual([
      "draft.personas.0 candidacy.persona_not_in_challenges",
    ]);
    expect(paths(completeContent({ challenges: [1, 2], personas: ["mo", "saled"] }))).toEqual([]);
  });

  it("accepts a budget of zero euro: the amount is asked, not a minimum", () => {
    expect(paths(completeContent({ budget: { amountEuro: 0, explanation: "" } }))).toEqual([]);
  });

  it("prefixes paths as asked (the e-mail route's body calls it content)", () => {
    const fields = submitProblems(completeContent({ title: "" }), call, serviceTypes, "content");
    expect(fields).toEqual([{ path: "content.title", code: "field.required" }]);
  });
});

describe("isLanguageCode", () => {
  it("knows the languages of the regions' newcomers and refuses made-up codes", () => {
    for (const code of ["nl", "fr", "ar", "ti", "so", "ps", "prs", "uk"]) expect(isLanguageCode(code), code).toBe(true);
    for (const code of ["xx", "zz", "NL", "dutch"]) expect(isLanguageCode(code), code).toBe(false);
  });
});
