// The life domains and barriers of the reference taxonomy, named in the UI language.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useTaxonomy } from "../../../api/calls.ts";
import { nameIn } from "../../../format/names.ts";

export interface NamedCodes {
  /** In the taxonomy's order. */
  list: { code: string; name: string; lifeDomain?: string }[];
  name: (code: string) => string;
}

export function useLifeDomainList(): NamedCodes {
  const { i18n } = useTranslation();
  const taxonomy = useTaxonomy();
  return useMemo(() => {
    const list = (taxonomy.data?.lifeDomains ?? []).map((d) => ({ code: d.code, name: nameIn(d.name, i18n.language) }));
    const names = new Map(list.map((d) => [d.code, d.name]));
    return { list, name: (code) => names.get(code) ?? code };
  }, [taxonomy.data, i18n.language]);
}

export function useBarrierList(): NamedCodes {
  const { i18n } = useTranslation();
  const taxonomy = useTaxonomy();
  return useMemo(() => {
    const list = (taxonomy.data?.barriers ?? []).map((b) => ({
      code: b.code,
      name: nameIn(b.name, i18n.language),
      lifeDomain: b.lifeDomain,
    }));
    const names = new Map(list.map((d) => [d.code, d.name]));
    return { list, name: (code) => names.get(code) ?? code };
  }, [taxonomy.data, i18n.language]);
}
