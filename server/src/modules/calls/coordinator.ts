// The coordinator's use cases on a call of their region: the submitted candidacies (never a draft), and
// registering a candidacy that arrived by e-mail with the mail's files, judged against the same deadline by the time
// the mail arrived.
import type { Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { formatInstant } from "../../domain/belgian-format.ts";
import { isInTime } from "../../domain/call-phase.ts";
import { parseEnterpriseNumber } from "../../domain/enterprise-number.ts";
import { recordAudit } from "../../platform/audit.ts";
import { conflict, validationFailed, type FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { createOrganisation } from "../accounts/service.ts";
import { draftFollowsMail, judgeMailedFiles } from "../attachments/mailed.ts";
import type { EmailedCandidacy } from "./by-email-form.ts";
import { organisationByEnterpriseNumber } from "../accounts/queries.ts";
import { deadlinePassed, stateOf } from "./phase.ts";
import { authorizeCall } from "./policy.ts";
import { presentCall, presentRevision } from "./present.ts";
import * as q from "./queries.ts";
import { recordRevision } from "./revision.ts";
import type { CoordinatorCandidacyList, RegisterByEmailBody, RevisionView } from "./schemas.ts";
import type { Config } from "../../config.ts";
import type { Deps } from "./service.ts";
import { isEmailAddress, submitProblems } from "./validation.ts";

export async function listCallCandidacies(deps: Deps, actor: Actor, callId: string): Promise<CoordinatorCandidacyList> {
  const { db, clock } = deps;
  const call = authorizeCall(actor, "read_candidacies", await q.findCall(db, callId));
  const candidacies = await q.submittedCandidaciesOfCall(db, call.id);
  const revisions = Map.groupBy(
    await q.revisionsOf(
      db,
      candidacies.map((c) => c.id),
    ),
    (r) => r.candidacyId,
  );
  return {
    call: presentCall(call, clock.now()),
    candidacies: candidacies.flatMap((candidacy) => {
      const list = revisions.get(candidacy.id) ?? [];
      const latest = list.at(-1);
      if (!latest) return [];
      return [
        {
          id: candidacy.id,
          organisation: {
            id: candidacy.organisationId,
            name: candidacy.organisationName,
            enterpriseNumber: candidacy.enterpriseNumber,
          },
          latestRevision: presentRevision(latest),
          revisionCount: list.length,
        },
      ];
    }),
  };
}

/** The organisation of an e-mailed candidacy: an existing one by id, by its enterprise number, or a new one. */
async function emailedOrganisation(
  trx: Transaction<Database>,
  actor: Actor,
  organisation: RegisterByEmailBody["organisation"],
  now: Date,
): Promise<{ id: string; name: string }> {
  if ("id" in organisation) {
    const found = await q.findOrganisation(trx, organisation.id);
    if (!found) throw validationFailed([{ path: "organisation.id", code: "call.unknown_organisation" }]);
    return found;
  }
  const parsed = parseEnterpriseNumber(organisation.enterpriseNumber);
  if (!parsed.ok) throw validationFailed([{ path: "organisation.enterpriseNumber", code: parsed.code }]);
  // An organisation that is already known keeps its record (and its staff's access): the enterprise number is
  // what identifies it, not the name in the mail.
  const existing = await organisationByEnterpriseNumber(trx, parsed.value);
  if (existing) {
    const found = await q.findOrganisation(trx, existing.id);
    if (found) return found;
  }
  const created = await createOrganisation(
    trx,
    { kind: "user", userId: actor.userId },
    { name: organisation.name, enterpriseNumber: parsed.value, kind: "other" },
    { now },
  );
  return { id: created.id, name: created.name };
}

/**
 * Registers an e-mailed candidacy with the mail's files. `read` gives the request's body and files; it is called only
 * once the coordinator is known to reach the call, so nobody else makes us read a body. Anything refused (a field, a
 * file, the deadline) registers nothing and stores no file.
 */
export async function registerByEmail(
  deps: Deps & { config: Pick<Config, "publicUrl"> },
  actor: Actor,
  callId: string,
  read: () => Promise<EmailedCandidacy>,
): Promise<RevisionView> {
  const { db, clock } = deps;
  const call = authorizeCall(actor, "register_by_email", await q.findCall(db, callId));
  const { body, files } = await read();
  const receivedAt = new Date(body.receivedAt);

  const fields: FieldError[] = [];
  if (!isEmailAddress(body.replyTo)) fields.push({ path: "replyTo", code: "field.format" });
  // A mail cannot arrive in the future: a date like that is a typing error, and would dodge the deadline.
  if (receivedAt.getTime() > clock.now().getTime())
    fields.push({ path: "receivedAt", code: "call.received_in_future" });
  const [context, serviceTypes] = await Promise.all([q.callContext(db, call), q.serviceTypeCodes(db)]);
  fields.push(...submitProblems(body.content, context, serviceTypes, "content"));
  const mailed = await judgeMailedFiles(files);
  fields.push(...mailed.problems);
  if (fields.length > 0) throw validationFailed(fields);

  // The same deadline as in the portal, judged by when the mail arrived (inclusive).
  const deadline = stateOf(call, receivedAt).deadline;
  if (!isInTime(deadline, receivedAt)) throw deadlinePassed(deadline as string, actor.locale);
  // Once the letters are out, a candidacy registered now would never get a decision: the call has been decided.
  if (call.decisionsPublishedAt !== null && call.decisionsPublishedAt.getTime() <= clock.now().getTime())
    throw conflict("call.decided", { at: formatInstant(call.decisionsPublishedAt.toISOString(), actor.locale) });

  return db.transaction().execute(async (trx) => {
    const now = clock.now();
    const organisation = await emailedOrganisation(trx, actor, body.organisation, now);
    const existing = await q.findCandidacyOf(trx, call.id, organisation.id);
    let candidacyId: string;
    if (existing) {
      // Revisions are numbered in the order they were received: a mail older than the latest version (say, found
      // late in a spam folder after the applicant amended in the portal) cannot become the newest word.
      const latest = (await q.revisionsOf(trx, [existing.id])).at(-1);
      if (latest && latest.receivedAt.getTime() > receivedAt.getTime())
        throw conflict("call.older_than_latest", {
          number: latest.number,
          at: formatInstant(latest.receivedAt.toISOString(), actor.locale),
        });
      // The mail is the organisation's newest word: the draft follows it, so the portal shows what counts.
      candidacyId = existing.id;
      const draftRevision = existing.draftRevision + 1;
      await q.updateDraft(trx, { id: candidacyId, draft: body.content, draftRevision, userId: actor.userId, now });
      await recordAudit(
        trx,
        { kind: "user", userId: actor.userId },
        { action: "candidacy.draft_saved", entityType: "candidacy", entityId: candidacyId, payload: { draftRevision } },
        { at: now },
      );
    } else {
      candidacyId = (
        await q.insertCandidacy(trx, {
          callId: call.id,
          organisationId: organisation.id,
          draft: body.content,
          userId: actor.userId,
          now,
        })
      ).id;
      await recordAudit(
        trx,
        { kind: "user", userId: actor.userId },
        {
          action: "candidacy.created",
          entityType: "candidacy",
          entityId: candidacyId,
          payload: { callId: call.id, organisationId: organisation.id },
        },
        { at: now },
      );
    }
    // The candidacy's row is locked (findCandidacyOf, or just inserted): no upload slips in between.
    const attachmentIds = await draftFollowsMail(trx, actor, candidacyId, mailed.accepted, now);
    return recordRevision(trx, {
      call,
      candidacy: { id: candidacyId, organisationId: organisation.id, organisationName: organisation.name },
      content: body.content,
      receivedAt,
      receivedVia: "email",
      submittedBy: actor.userId,
      // What the mail carried, now the draft's too.
      attachmentIds,
      recipients: [{ address: body.replyTo, name: body.content.contact.name || null, locale: "nl" }],
      publicUrl: deps.config.publicUrl,
      now,
    });
  });
}
