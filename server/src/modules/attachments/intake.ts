// Taking files in. One judgement for every file that becomes an attachment, uploaded to the draft by the
// organisation or carried by an e-mail the coordinator registers: not empty, at most 10 MB, a PDF or an office
// document by its content (never its name), no macros. Pure: no I/O.
import { acceptedTypeNames, detectDocument, maxAttachmentBytes, sanitizeFilename, sha256Hex } from "./files.ts";

export interface UploadedFile {
  /** The name the browser sent; only ever used after sanitizing. */
  filename: string;
  bytes: Buffer;
  /** The multipart limit cut the file off: it was larger than the limit, whatever `bytes` holds. */
  truncated?: boolean;
}

/** A file that may be stored: its name sanitized, its type detected from the bytes, its fingerprint. */
export interface AcceptedFile {
  filename: string;
  mediaType: string;
  sha256: string;
  bytes: Buffer;
}

export type FileRefusal = "empty" | "too_large" | "type_not_accepted" | "macros";

/** The message of each refusal of an upload to the draft (the file field holds one file). */
export const uploadRefusalCodes: Record<FileRefusal, string> = {
  empty: "attachment.empty",
  too_large: "attachment.too_large",
  type_not_accepted: "attachment.type_not_accepted",
  macros: "attachment.macros",
};

export type Judgement =
  | { accepted: true; file: AcceptedFile }
  | { accepted: false; reason: FileRefusal; params: Record<string, string | number> };

// The limit in MB (decimal, as formatSize shows sizes); each language's message names the unit.
export const tooLargeParams = { max: maxAttachmentBytes / 1_000_000 };

export async function judgeFile(file: UploadedFile): Promise<Judgement> {
  if (file.truncated || file.bytes.length > maxAttachmentBytes)
    return { accepted: false, reason: "too_large", params: tooLargeParams };
  if (file.bytes.length === 0) return { accepted: false, reason: "empty", params: {} };
  const detected = await detectDocument(file.bytes);
  if (!detected.accepted) {
    return detected.reason === "macros"
      ? { accepted: false, reason: "macros", params: {} }
      : { accepted: false, reason: "type_not_accepted", params: { types: acceptedTypeNames } };
  }
  return {
    accepted: true,
    file: {
      filename: sanitizeFilename(file.filename, detected.ext),
      mediaType: detected.mediaType,
      sha256: sha256Hex(file.bytes),
      bytes: file.bytes,
    },
  };
}
