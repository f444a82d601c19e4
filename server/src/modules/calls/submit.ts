// Submitting a candidacy from the portal. One transaction: lock the candidacy, judge the phase against the clock
// inside it, check that the draft is the one the user saw and that it is complete, then record the immutable
// revision with its receipt. A refusal (late or incomplete) changes nothing, keeps the draft, and is audited in its
// own transaction: an applicant who says "I submitted in time" deserves the record.
import { recordAudit } from "../../platform/audit.ts";
import { conflict, validationFailed, type HttpError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { applyingRefusal, stateOf } from "./phase.ts";
import { authorizeCandidacy } from "./policy.ts";
import * as q from "./queries.ts";
import { recordRevision } from "./revision.ts";
import type { RevisionView } from "./schemas.ts";
import type { Config } from "../../config.ts";
import type { Deps } from "./service.ts";
import { submitProblems } from "./validation.ts";

/** A refusal to remember after the transaction that found it has rolled back. */
class Refused extends Error {
  constructor(
    readonly answer: HttpError,
    readonly reason: "deadline_passed" | "incomplete",
    readonly attemptedAt: Date,
    readonly deadline: string | null,
  ) {
    super(answer.code);
  }
}

export async function submitCandidacy(
  deps: Deps & { config: Pick<Config, "publicUrl"> },
  actor: Actor,
  id: string,
  body: { draftRevision: number },
): Promise<RevisionView> {
  const { db, clock } = deps;
  try {
    return await db.transaction().execute(async (trx) => {
      const candidacy = authorizeCandidacy(actor, "submit", await q.findCandidacy(trx, id, { forUpdate: true }));
      const call = await q.findCall(trx, candidacy.callId);
      if (!call) throw new Error(`candidacy ${id} has no call`);
      // The moment of receipt is read after the lock: what counts is when the server took the submission on.
      const now = clock.now();
      const state = stateOf(call, now);
      const refusal = applyingRefusal(state, actor.locale);
      if (refusal) throw new Refused(refusal, "deadline_passed", now, state.deadline);
      if (candidacy.draftRevision !== body.draftRevision)
        throw conflict("candidacy.draft_conflict", { latest: candidacy.draftRevision });

      const [context, serviceTypes] = await Promise.all([q.callContext(trx, call), q.serviceTypeCodes(trx)]);
      const problems = submitProblems(candidacy.draft, context, serviceTypes);
      if (problems.length > 0) throw new Refused(validationFailed(problems), "incomplete", now, state.deadline);

      const user = await q.findUser(trx, actor.userId);
      const recipients = [
        { address: actor.email, name: actor.displayName, locale: user?.locale ?? actor.locale },
        // The contact the candidacy names reads Dutch unless we know better: the programme's language.
        { address: candidacy.draft.contact.email, name: candidacy.draft.contact.name || null, locale: "nl" as const },
      ];
      return recordRevision(trx, {
        call,
        candidacy,
        content: candidacy.draft,
        receivedAt: now,
        receivedVia: "portal",
        submittedBy: actor.userId,
        // Exactly what the draft holds now: uploads and removals take the same lock, so none slips in between.
        attachmentIds: candidacy.draftAttachmentIds,
        recipients,
        publicUrl: deps.config.publicUrl,
        now,
      });
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    await db.transaction().execute((trx) =>
      recordAudit(
        trx,
        { kind: "user", userId: actor.userId },
        {
          action: "candidacy.submit_refused",
          entityType: "candidacy",
          entityId: id,
          payload: { reason: error.reason, attemptedAt: error.attemptedAt.toISOString(), deadline: error.deadline },
        },
        { at: error.attemptedAt },
      ),
    );
    throw error.answer;
  }
}
