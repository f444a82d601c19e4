// Case conferences (casusoverleg) on a trajectory: recording one and listing them (schemas.ts has the rules). Sharing
// a client's situation with other professionals needs a legal frame; when that frame is the client's consent, the
// consent must have stood at the moment of the meeting, not merely today.
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Clock } from "../../platform/clock.ts";
import { validationFailed, type FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { withClientAccess } from "../clients/access.ts";
import * as q from "./queries.ts";
import type { CaseConferenceList, CaseConferenceView, RecordCaseConferenceBody } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

export function presentCaseConference(row: q.CaseConferenceRow): CaseConferenceView {
  return {
    id: row.id,
    trajectoryId: row.trajectoryId,
    heldAt: row.heldAt.toISOString(),
    participants: row.participants.map((p) => ({ name: p.name, organisation: p.organisation, role: p.role })),
    clientPresent: row.clientPresent,
    purpose: row.purpose,
    legalFrame: row.legalFrame as CaseConferenceView["legalFrame"],
    legalFrameText: row.legalFrameText,
    consentId: row.consentId,
    outcome: row.outcome,
    recordedBy: { userId: row.recordedBy, name: row.recordedByName },
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listCaseConferences(deps: Deps, actor: Actor, trajectoryId: string): Promise<CaseConferenceList> {
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "read", entity: "case_conference", what: "case_conferences" },
    deps.clock.now(),
    async (trx) => ({
      trajectoryId,
      caseConferences: (await q.caseConferencesOfTrajectory(trx, trajectoryId)).map(presentCaseConference),
    }),
  );
}

/** Whether the consent stood at `at`: given by then, not yet expired, not revoked before. */
function stoodAt(consent: q.ConsentRow, at: Date): boolean {
  return consent.givenAt <= at && at < consent.expiresAt && (consent.revokedAt === null || consent.revokedAt > at);
}

export async function recordCaseConference(
  deps: Deps,
  actor: Actor,
  trajectoryId: string,
  body: RecordCaseConferenceBody,
): Promise<CaseConferenceView> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    {
      operation: "write",
      entity: "case_conference",
      entityId: (view: CaseConferenceView) => view.id,
      what: "case_conference.recorded",
    },
    now,
    async (trx, access) => {
      const heldAt = new Date(body.heldAt);
      const problems: FieldError[] = [];
      if (heldAt > now) problems.push({ path: "heldAt", code: "case_conferences.held_in_future" });
      body.participants.forEach((p, i) => {
        if (p.name.trim() === "") problems.push({ path: `participants.${i}.name`, code: "field.required" });
      });
      if (body.purpose.trim() === "") problems.push({ path: "purpose", code: "field.required" });
      if (body.legalFrame === "consent") {
        const consent = body.consentId === undefined ? undefined : await q.findConsent(trx, body.consentId);
        if (body.consentId === undefined) {
          problems.push({ path: "consentId", code: "case_conferences.consent_required" });
        } else if (consent === undefined || consent.clientId !== access.clientId || !stoodAt(consent, heldAt)) {
          // Another client's consent reads the same as one that did not stand: nothing about it is revealed.
          problems.push({ path: "consentId", code: "case_conferences.consent_not_standing" });
        }
      } else if (body.consentId !== undefined) {
        problems.push({ path: "consentId", code: "case_conferences.consent_without_frame" });
      }
      if (body.legalFrame === "other" && (body.legalFrameText ?? "").trim() === "") {
        problems.push({ path: "legalFrameText", code: "case_conferences.legal_frame_text_required" });
      }
      if (problems.length > 0) throw validationFailed(problems);
      const inserted = await trx
        .insertInto("case_conferences")
        .values({
          trajectory_id: trajectoryId,
          held_at: heldAt,
          purpose: body.purpose.trim(),
          legal_frame: body.legalFrame,
          legal_frame_text: (body.legalFrameText ?? "").trim(),
          consent_id: body.legalFrame === "consent" ? (body.consentId ?? null) : null,
          participants: JSON.stringify(
            body.participants.map((p) => ({
              name: p.name.trim(),
              organisation: p.organisation.trim(),
              role: p.role.trim(),
            })),
          ),
          client_present: body.clientPresent,
          outcome: (body.outcome ?? "").trim(),
          recorded_by: actor.userId,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return presentCaseConference((await q.findCaseConference(trx, inserted.id))!);
    },
  );
}
