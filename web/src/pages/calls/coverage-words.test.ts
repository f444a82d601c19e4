import i18next from "i18next";
import { describe, expect, it } from "vitest";
import type { CoverageResponse } from "../../api/types.ts";
import en from "../../i18n/en.json" with { type: "json" };
import fr from "../../i18n/fr.json" with { type: "json" };
import nl from "../../i18n/nl.json" with { type: "json" };
import { coverageNames, gapSentences } from "./coverage-words.ts";

const data = {
  candidacies: [{ id: "a", organisation: { id: "o", name: "Woonpunt" } }],
  names: {
    serviceTypes: [
      { code: "housing_support", nl: "Woonbegeleiding", en: "Housing support", fr: "Accompagnement au logement" },
      { code: "childcare", nl: "Kinderopvang", en: "Childcare", fr: "Garde d'enfants" },
    ],
    personas: [{ slug: "mo", name: "Mo" }],
  },
} as unknown as CoverageResponse;

async function translator(language: "nl" | "en" | "fr") {
  const instance = i18next.createInstance();
  await instance.init({
    interpolation: { escapeValue: false },
    lng: language,
    resources: { nl: { translation: nl }, en: { translation: en }, fr: { translation: fr } },
  });
  return instance.t;
}

describe("gaps in words", () => {
  it("groups a reserve's gaps per challenge, services first, then the municipalities, then the region", async () => {
    const t = await translator("nl");
    const sentences = gapSentences(
      [
        { kind: "service", challenge: 2, serviceType: "housing_support" },
        { kind: "municipality", challenge: 2, municipality: "Kinrooi" },
        { kind: "municipality", challenge: 2, municipality: "Lanaken" },
        { kind: "service", challenge: 3, serviceType: "childcare" },
        { kind: "region_service", serviceType: "housing_support" },
      ],
      coverageNames(data, "nl"),
      t,
    );
    expect(sentences).toEqual([
      "Regio-uitdaging 2: Woonbegeleiding; gemeenten Kinrooi en Lanaken",
      "Regio-uitdaging 3: Kinderopvang",
      "Regiobreed: Woonbegeleiding",
    ]);
  });

  it("names where a covered service is still missing, per service, for a challenge and the region", async () => {
    const gaps = [
      { kind: "service" as const, challenge: 2, serviceType: "childcare" },
      { kind: "service_municipality" as const, challenge: 2, serviceType: "housing_support", municipality: "Kinrooi" },
      { kind: "service_municipality" as const, challenge: 2, serviceType: "housing_support", municipality: "Lanaken" },
      { kind: "municipality" as const, challenge: 2, municipality: "Maaseik" },
      { kind: "region_service_municipality" as const, serviceType: "childcare", municipality: "Kinrooi" },
    ];
    expect(gapSentences(gaps, coverageNames(data, "nl"), await translator("nl"))).toEqual([
      "Regio-uitdaging 2: Kinderopvang; Woonbegeleiding (niet in Kinrooi en Lanaken); gemeente Maaseik",
      "Regiobreed: Kinderopvang (niet in Kinrooi)",
    ]);
    expect(gapSentences(gaps.slice(4), coverageNames(data, "en"), await translator("en"))).toEqual([
      "Region-wide: Childcare (not in Kinrooi)",
    ]);
    expect(gapSentences(gaps.slice(4), coverageNames(data, "fr"), await translator("fr"))).toEqual([
      "Toute la région : Garde d'enfants (pas à Kinrooi)",
    ]);
  });

  it("names service types in the interface language", async () => {
    const gaps = [{ kind: "municipality" as const, challenge: 1, municipality: "Maaseik" }];
    expect(gapSentences(gaps, coverageNames(data, "fr"), await translator("fr"))).toEqual([
      "Défi régional 1 : commune Maaseik",
    ]);
    expect(coverageNames(data, "en").serviceType("childcare")).toBe("Childcare");
    expect(coverageNames(data, "en").serviceType("unknown_code")).toBe("unknown_code");
  });
});

describe("the matrix's texts", () => {
  it("exist in Dutch, English and French alike", () => {
    const keys = (tree: object, prefix = ""): string[] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === "object" && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    const dutch = keys(nl.coverage).sort();
    expect(keys(en.coverage).sort()).toEqual(dutch);
    expect(keys(fr.coverage).sort()).toEqual(dutch);
  });
});
