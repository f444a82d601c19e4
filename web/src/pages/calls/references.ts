import { useMemo } from "react";
import { usePublicPersonas } from "../../api/queries.ts";

/** Persona names by slug, for the labels of a candidacy's personas. */
export function usePersonaNames(): ReadonlyMap<string, string> {
  const personas = usePublicPersonas();
  return useMemo(() => new Map((personas.data?.personas ?? []).map((p) => [p.slug, p.name])), [personas.data]);
}
