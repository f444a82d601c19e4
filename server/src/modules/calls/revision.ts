// Recording a submitted revision: the one path by which a candidacy becomes what the jury judges, from the portal
// or from an e-mail the coordinator registers. In the caller's transaction: the immutable revision with its receipt
// code and the attachments it had, the receipt in the outbox for each recipient, and the audit row.
import type { Transaction } from "kysely";
import type { Database, Locale, ReceivedVia } from "../../db/types.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { AuditActor } from "../../platform/audit-events.ts";
import { snapshot } from "../attachments/queries.ts";
import { queueMessage } from "../outbox/service.ts";
import type { CandidacyContent } from "./document.ts";
import { stateOf } from "./phase.ts";
import { presentRevision } from "./present.ts";
import * as q from "./queries.ts";
import { receiptBase, receiptCode, receiptMail, receiptPrefix } from "./receipt.ts";
import type { RevisionView } from "./schemas.ts";

export interface ReceiptRecipient {
  address: string;
  name: string | null;
  locale: Locale;
}

export interface NewRevision {
  call: q.CallRow;
  candidacy: { id: string; organisationId: string; organisationName: string };
  content: CandidacyContent;
  receivedAt: Date;
  receivedVia: ReceivedVia;
  submittedBy: string;
  /** The attachments the revision has, in order (the draft's, read under the candidacy's lock). */
  attachmentIds: string[];
  /** Each address gets one receipt; the same address twice gets one. */
  recipients: ReceiptRecipient[];
  /** BRUG_PUBLIC_URL, for the link to the candidacy in the receipt. */
  publicUrl: string;
  now: Date;
  /** Who the audit log and the outbox name; the submitter unless given (the demo's seed loads revisions too). */
  auditActor?: AuditActor;
}

export async function recordRevision(trx: Transaction<Database>, input: NewRevision): Promise<RevisionView> {
  const { call, candidacy, now } = input;
  const revisions = await q.revisionsOf(trx, [candidacy.id]);
  const number = (revisions.at(-1)?.number ?? 0) + 1;

  // Later revisions keep the first one's prefix and sequence, so the codes of one candidacy read as a series.
  const first = await q.firstReceiptCode(trx, candidacy.id);
  let code: string;
  if (first !== null) code = `${receiptBase(first)}-${number}`;
  else {
    const prefix = receiptPrefix(call.regionSlug, input.receivedAt);
    code = receiptCode(prefix, (await q.lastReceiptSequence(trx, prefix)) + 1, number);
  }

  const inserted = await q.insertRevision(trx, {
    candidacyId: candidacy.id,
    number,
    content: input.content,
    receivedAt: input.receivedAt,
    receivedVia: input.receivedVia,
    submittedBy: input.submittedBy,
    receiptCode: code,
    now,
  });
  await snapshot(trx, inserted.id, input.attachmentIds);
  const stored = await q.findRevision(trx, candidacy.id, number);
  if (!stored) throw new Error("the revision just written is missing");
  const actor: AuditActor = input.auditActor ?? { kind: "user", userId: input.submittedBy };
  await recordAudit(
    trx,
    actor,
    {
      action: "candidacy.submitted",
      entityType: "candidacy",
      entityId: candidacy.id,
      payload: {
        revisionId: inserted.id,
        number,
        receiptCode: code,
        receivedAt: input.receivedAt.toISOString(),
        receivedVia: input.receivedVia,
        attachments: stored.attachments.map((a) => ({ id: a.id, filename: a.filename, sha256: a.sha256 })),
      },
    },
    { at: now },
  );

  const deadline = stateOf(call, now).deadline;
  const seen = new Set<string>();
  for (const recipient of input.recipients) {
    const address = recipient.address.trim().toLowerCase();
    if (address === "" || seen.has(address)) continue;
    seen.add(address);
    const mail = receiptMail(
      {
        recipientName: recipient.name,
        organisation: candidacy.organisationName,
        title: input.content.title,
        callTitle: call.title,
        region: call.regionName,
        receivedAt: input.receivedAt,
        receivedVia: input.receivedVia,
        code,
        revision: number,
        deadline,
        attachments: stored.attachments,
        link: `${input.publicUrl}/kandidaturen/${candidacy.id}`,
      },
      recipient.locale,
    );
    await queueMessage(
      trx,
      {
        kind: "candidacy.receipt",
        to: address,
        toName: recipient.name,
        locale: recipient.locale,
        subject: mail.subject,
        bodyText: mail.body,
        attachments: [],
        regionId: call.regionId,
        organisationId: candidacy.organisationId,
      },
      { actor, now },
    );
  }

  return presentRevision(stored);
}
