// Who may do what in the jury (the record-level layer; the routes already required "call:manage" or
// "jury:review"). The coordinator side reuses the call's rule (coordinator of the call's region). A jury member
// reaches a call only while assigned to it and holding the jury role in its region; within it, a candidacy's
// content only after declaring no conflict (or a `possible` one the coordinator cleared). Anything out of reach is
// 404 (STYLE.md "Authorization").
import type { ConflictStatus } from "../../db/types.ts";
import { notFound } from "../../platform/errors.ts";
import { regionsWhere, type Actor } from "../../platform/permissions.ts";

export function isJuryOfRegion(actor: Actor, regionId: string): boolean {
  return regionsWhere(actor, "jury").includes(regionId);
}

/** Throws 404 unless the actor is on this call's jury. Call it right after loading the call. */
export function authorizeJuryCall<T extends { regionId: string }>(
  actor: Actor,
  call: T | undefined,
  assigned: boolean,
): T {
  if (call === undefined || !assigned || !isJuryOfRegion(actor, call.regionId)) throw notFound();
  return call;
}

/** What a declaration lets its member do with the candidacy. */
export type Standing = "undeclared" | "may_review" | "pending" | "excluded";

export function standingOf(declaration: { status: ConflictStatus; clearedAt: Date | null } | undefined): Standing {
  if (declaration === undefined) return "undeclared";
  switch (declaration.status) {
    case "none":
      return "may_review";
    case "possible":
      return declaration.clearedAt !== null ? "may_review" : "pending";
    case "conflict":
      return "excluded";
  }
}

/** Whether the member counts for the candidacy's progress and averages: everyone assigned, minus conflicts. */
export function counts(declaration: { status: ConflictStatus; clearedAt: Date | null } | undefined): boolean {
  const standing = standingOf(declaration);
  return standing === "may_review" || standing === "undeclared";
}
