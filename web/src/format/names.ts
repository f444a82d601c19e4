import type { Name } from "../api/types.ts";

/** A reference name in the UI language (Dutch when a translation is missing). */
export function nameIn(name: Name | undefined, language: string): string {
  if (name === undefined || name === null) return "";
  if (typeof name === "string") return name;
  const value = (name as unknown as Record<string, string | undefined>)[language];
  return value || name.nl;
}
