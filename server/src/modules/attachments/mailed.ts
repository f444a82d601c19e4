// The files of a candidacy that arrived by e-mail, which the coordinator registers with it (calls/coordinator.ts).
// They follow the rules of an upload (intake.ts) and the count of a candidacy; a refused file is named in its
// message, and every refusal is reported at once, so the coordinator can fix the whole choice in one go.
import type { Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import type { FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { cleanFilename, maxAttachmentsPerCandidacy } from "./files.ts";
import { judgeFile, type AcceptedFile, type FileRefusal, type UploadedFile } from "./intake.ts";
import * as q from "./queries.ts";
import { addToDraft, takeFromDraft } from "./service.ts";

/** The messages name the file: several are chosen at once, and "this file" would not say which. */
const mailRefusalCodes: Record<FileRefusal, string> = {
  empty: "attachment.mail.empty",
  too_large: "attachment.mail.too_large",
  type_not_accepted: "attachment.mail.type_not_accepted",
  macros: "attachment.mail.macros",
};
export const mailTooManyCode = "attachment.mail.too_many";

/**
 * Judges the e-mail's files. Problems are field errors on "files" (too many) and "files.<n>" (that file, counted
 * from 0 in the order sent), to be reported with the form's other errors.
 */
export async function judgeMailedFiles(
  files: UploadedFile[],
): Promise<{ accepted: AcceptedFile[]; problems: FieldError[] }> {
  const accepted: AcceptedFile[] = [];
  const problems: FieldError[] = [];
  if (files.length > maxAttachmentsPerCandidacy)
    problems.push({ path: "files", code: mailTooManyCode, params: { max: maxAttachmentsPerCandidacy } });
  for (const [index, file] of files.entries()) {
    const judged = await judgeFile(file);
    if (judged.accepted) accepted.push(judged.file);
    else
      problems.push({
        path: `files.${index}`,
        code: mailRefusalCodes[judged.reason],
        params: { ...judged.params, filename: cleanFilename(file.filename) || "?" },
      });
  }
  return { accepted, problems };
}

/**
 * The draft's attachments become the e-mail's files, as its content becomes the mail's (the mail is the
 * organisation's newest word). Files the draft had leave it the way a removal does: kept when a revision holds them.
 * In the caller's transaction, under the candidacy's lock; returns the new attachments' ids in order, for the revision.
 */
export async function draftFollowsMail(
  trx: Transaction<Database>,
  actor: Actor,
  candidacyId: string,
  files: AcceptedFile[],
  now: Date,
): Promise<string[]> {
  for (const attachment of await q.draftAttachments(trx, candidacyId))
    await takeFromDraft(trx, actor, candidacyId, attachment, now);
  const ids: string[] = [];
  for (const file of files) ids.push(await addToDraft(trx, actor, candidacyId, file, now));
  return ids;
}
