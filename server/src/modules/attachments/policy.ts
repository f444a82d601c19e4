// Who may download which attachment (the record-level layer; each route already required its role's permission).
// The organisation's staff: everything of their candidacy (draft and revisions). The region's coordinators: only
// what a submitted revision holds, never the draft. A jury member: what the latest revision holds, once they may
// read the candidacy. Anything else does not exist for the caller: 404 (STYLE.md "Authorization").
import { notFound } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { canOnCall, canOnCandidacy } from "../calls/policy.ts";
import { standingOf } from "../jury/policy.ts";
import type { DownloadRow } from "./queries.ts";

export function authorizeStaffDownload(actor: Actor, row: DownloadRow | undefined, candidacyId: string): DownloadRow {
  if (row === undefined || row.candidacyId !== candidacyId || !canOnCandidacy(actor, "read", row)) throw notFound();
  return row;
}

export function authorizeCoordinatorDownload(
  actor: Actor,
  row: DownloadRow | undefined,
  at: { callId: string; candidacyId: string },
): DownloadRow {
  if (
    row === undefined ||
    row.callId !== at.callId ||
    row.candidacyId !== at.candidacyId ||
    !canOnCall(actor, "read_candidacies", row) ||
    row.revisionIds.length === 0
  )
    throw notFound();
  return row;
}

/** `loaded` is what jury/member.ts loadForMember found (it already refused members not on the call's jury). */
export function authorizeJuryDownload(
  row: DownloadRow | undefined,
  loaded: { candidacy: { id: string }; latest: { id: string }; declaration: Parameters<typeof standingOf>[0] },
): DownloadRow {
  if (
    row === undefined ||
    row.candidacyId !== loaded.candidacy.id ||
    standingOf(loaded.declaration) !== "may_review" ||
    !row.revisionIds.includes(loaded.latest.id)
  )
    throw notFound();
  return row;
}
