// Names of the reference codes a scan uses (life domains, barriers, service types) and of languages, in the UI
// language, from the public taxonomy that every page shares.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useTaxonomy } from "../../../api/calls.ts";
import { nameIn } from "../../../format/names.ts";

export interface ScanNames {
  /** The life domains in the taxonomy's order. */
  lifeDomains: { code: string; name: string }[];
  lifeDomain: (code: string) => string;
  barrier: (code: string) => string;
  /** A life domain's barriers, in the taxonomy's order. */
  barriersOf: (lifeDomain: string) => { code: string; name: string }[];
  service: (code: string) => string;
  language: (code: string) => string;
  ready: boolean;
}

export function useScanNames(): ScanNames {
  const { i18n } = useTranslation();
  const taxonomy = useTaxonomy();
  const language = i18n.language;
  return useMemo(() => {
    const data = taxonomy.data;
    const lifeDomains = (data?.lifeDomains ?? []).map((d) => ({ code: d.code, name: nameIn(d.name, language) }));
    const domainNames = new Map(lifeDomains.map((d) => [d.code, d.name]));
    const barriers = (data?.barriers ?? []).map((b) => ({
      code: b.code,
      lifeDomain: b.lifeDomain,
      name: nameIn(b.name, language),
    }));
    const barrierNames = new Map(barriers.map((b) => [b.code, b.name]));
    const services = new Map((data?.serviceTypes ?? []).map((s) => [s.code, nameIn(s.name, language)]));
    let languages: Intl.DisplayNames | null = null;
    try {
      languages = new Intl.DisplayNames([language], { type: "language" });
    } catch {
      languages = null;
    }
    return {
      lifeDomains,
      lifeDomain: (code) => domainNames.get(code) ?? code,
      barrier: (code) => barrierNames.get(code) ?? code,
      barriersOf: (lifeDomain) => barriers.filter((b) => b.lifeDomain === lifeDomain),
      service: (code) => services.get(code) ?? code,
      language: (code) => languages?.of(code) ?? code,
      ready: data !== undefined,
    };
  }, [taxonomy.data, language]);
}
