import type { References } from "../../api/types.ts";
import { nameIn } from "../../format/names.ts";

/** Name look-ups for the codes in an addendum, in the UI language; an unknown code shows as itself. */
export function lookups(references: Partial<References> | undefined, language: string) {
  const personas = new Map((references?.personas ?? []).map((p) => [p.slug, p.name]));
  const barriers = new Map((references?.barriers ?? []).map((b) => [b.code, nameIn(b.name, language)]));
  const serviceTypes = new Map((references?.serviceTypes ?? []).map((s) => [s.code, nameIn(s.name, language)]));
  const lifeDomains = new Map((references?.lifeDomains ?? []).map((d) => [d.code, nameIn(d.name, language)]));
  return {
    persona: (slug: string) => personas.get(slug) ?? slug,
    barrier: (code: string) => barriers.get(code) ?? code,
    serviceType: (code: string) => serviceTypes.get(code) ?? code,
    lifeDomain: (code: string) => lifeDomains.get(code) ?? code,
  };
}
export type Lookups = ReturnType<typeof lookups>;
