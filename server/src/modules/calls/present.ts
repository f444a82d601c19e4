// Rows → the API's shapes (schemas.ts). No queries and no rules here, only presentation.
import { isDeepStrictEqual } from "node:util";
import type { PhaseState } from "../../domain/call-phase.ts";
import type { CallRow, CandidacyRow, RevisionRow } from "./queries.ts";
import type { CallSummary, PhaseStateDto, RevisionSummary, RevisionView } from "./schemas.ts";
import { stateOf } from "./phase.ts";

export function presentState(state: PhaseState): PhaseStateDto {
  return {
    phase: state.phase,
    since: state.since,
    until: state.until,
    waiting: state.waiting,
    deadline: state.deadline,
    weerwoordUntil: state.weerwoordUntil,
  };
}

export function presentCall(call: CallRow, now: Date): CallSummary {
  return {
    id: call.id,
    title: call.title,
    isDemo: call.isDemo,
    region: { slug: call.regionSlug, name: call.regionName },
    state: presentState(stateOf(call, now)),
  };
}

export function presentRevisionSummary(revision: RevisionRow): RevisionSummary {
  return {
    number: revision.number,
    receivedAt: revision.receivedAt.toISOString(),
    receivedVia: revision.receivedVia,
    receiptCode: revision.receiptCode,
    submittedBy: revision.submittedBy,
  };
}

export function presentRevision(revision: RevisionRow): RevisionView {
  return {
    ...presentRevisionSummary(revision),
    candidacyId: revision.candidacyId,
    content: revision.content,
    attachments: revision.attachments,
  };
}

/** True when the draft (its content or its attachments) differs from the latest revision, or nothing was submitted. */
export function hasUnsubmittedChanges(candidacy: CandidacyRow, latest: RevisionRow | undefined): boolean {
  return (
    latest === undefined ||
    !isDeepStrictEqual(candidacy.draft, latest.content) ||
    !isDeepStrictEqual(
      candidacy.draftAttachmentIds,
      latest.attachments.map((a) => a.id),
    )
  );
}
