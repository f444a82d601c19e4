// The coverage matrix in words: names of service types and personas in the UI language, and gaps as sentences a
// jury reads aloud ("Regio-uitdaging 2: Woonondersteuning; Schuldbemiddeling (niet in Kinrooi); gemeenten Kinrooi en
// Lanaken"), and the municipalities a covered cell misses ("niet in Kinrooi").
import type { TFunction } from "i18next";
import type { CoverageGap, CoverageResponse } from "../../api/types.ts";

export interface CoverageNames {
  serviceType(code: string): string;
  persona(slug: string): string;
  organisation(candidacyId: string): string;
  list(items: readonly string[]): string;
}

export function coverageNames(data: CoverageResponse, language: string): CoverageNames {
  const services = new Map(data.names.serviceTypes.map((s) => [s.code, s]));
  const personas = new Map(data.names.personas.map((p) => [p.slug, p.name]));
  const organisations = new Map(data.candidacies.map((c) => [c.id, c.organisation.name]));
  const lang = language === "en" || language === "fr" ? language : "nl";
  const format = new Intl.ListFormat(lang === "nl" ? "nl-BE" : lang === "fr" ? "fr-BE" : "en", {
    type: "conjunction",
  });
  return {
    serviceType: (code) => services.get(code)?.[lang] || services.get(code)?.nl || code,
    persona: (slug) => personas.get(slug) ?? slug,
    organisation: (id) => organisations.get(id) ?? id,
    list: (items) => format.format(items),
  };
}

/**
 * One sentence per challenge (then the region as a whole), in the order the gaps came: the services nobody covers,
 * the services covered but not everywhere ("Schuldbemiddeling (niet in Kinrooi)"), then the municipalities nobody
 * of the challenge works in.
 */
export function gapSentences(gaps: readonly CoverageGap[], names: CoverageNames, t: TFunction): string[] {
  const groups = new Map<
    string,
    { label: string; services: string[]; partial: Map<string, string[]>; municipalities: string[] }
  >();
  for (const gap of gaps) {
    const regional = gap.kind === "region_service" || gap.kind === "region_service_municipality";
    const key = regional ? "region" : `challenge-${gap.challenge}`;
    let group = groups.get(key);
    if (!group) {
      const label = regional ? t("coverage.gap.region") : t("coverage.gap.challenge", { number: gap.challenge });
      group = { label, services: [], partial: new Map(), municipalities: [] };
      groups.set(key, group);
    }
    switch (gap.kind) {
      case "municipality":
        group.municipalities.push(gap.municipality);
        break;
      case "service_municipality":
      case "region_service_municipality": {
        const places = group.partial.get(gap.serviceType) ?? [];
        places.push(gap.municipality);
        group.partial.set(gap.serviceType, places);
        break;
      }
      case "service":
      case "region_service":
        group.services.push(names.serviceType(gap.serviceType));
    }
  }
  return [...groups.values()].map(({ label, services, partial, municipalities }) => {
    const parts: string[] = [];
    if (services.length > 0) parts.push(names.list(services));
    if (partial.size > 0) {
      const notIn = [...partial].map(([code, places]) =>
        t("coverage.gap.notIn", { service: names.serviceType(code), list: names.list(places) }),
      );
      parts.push(names.list(notIn));
    }
    if (municipalities.length > 0) {
      parts.push(t("coverage.gap.municipalities", { count: municipalities.length, list: names.list(municipalities) }));
    }
    return t("coverage.gap.sentence", { label, text: parts.join("; ") });
  });
}
