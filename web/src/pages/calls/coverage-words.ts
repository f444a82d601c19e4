// The coverage matrix in words: names of service types and personas in the UI language, and gaps as sentences a
// jury reads aloud ("Regio-uitdaging 2: Woonondersteuning; gemeenten Kinrooi en Lanaken").
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

/** One sentence per challenge (then the region as a whole), in the order the gaps came. */
export function gapSentences(gaps: readonly CoverageGap[], names: CoverageNames, t: TFunction): string[] {
  const groups = new Map<string, { label: string; services: string[]; municipalities: string[] }>();
  for (const gap of gaps) {
    const key = gap.kind === "region_service" ? "region" : `challenge-${gap.challenge}`;
    let group = groups.get(key);
    if (!group) {
      const label =
        gap.kind === "region_service"
          ? t("coverage.gap.region")
          : t("coverage.gap.challenge", { number: gap.challenge });
      group = { label, services: [], municipalities: [] };
      groups.set(key, group);
    }
    if (gap.kind === "municipality") group.municipalities.push(gap.municipality);
    else group.services.push(names.serviceType(gap.serviceType));
  }
  return [...groups.values()].map(({ label, services, municipalities }) => {
    const parts: string[] = [];
    if (services.length > 0) parts.push(names.list(services));
    if (municipalities.length > 0) {
      parts.push(t("coverage.gap.municipalities", { count: municipalities.length, list: names.list(municipalities) }));
    }
    return t("coverage.gap.sentence", { label, text: parts.join("; ") });
  });
}
