// What a file is, judged by its bytes (never by its name or the browser's content type), what it is called once
// stored, and how it is sent back. Pure: no I/O.
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { oldOfficeKind } from "../../domain/compound-file.ts";
import { acceptedExtensions, acceptedTypes, type AcceptedExtension } from "./limits.ts";
import { formatSize } from "./size.ts";

export { formatSize };

export {
  acceptedExtensions,
  acceptedTypes,
  maxAttachmentBytes,
  maxAttachmentsPerCandidacy,
  type AcceptedExtension,
} from "./limits.ts";

/** "PDF, DOC, DOCX, …": the accepted types as the messages name them. */
export const acceptedTypeNames = acceptedExtensions.map((ext) => ext.toUpperCase()).join(", ");

// Office documents with macros run code when opened: a jury member should never have to open one.
const macroTypes = new Set(["docm", "dotm", "xlsm", "xltm", "pptm", "potm", "ppsm"]);

export type Detected =
  { accepted: true; ext: AcceptedExtension; mediaType: string } | { accepted: false; reason: "type" | "macros" };

export async function detectDocument(bytes: Uint8Array): Promise<Detected> {
  const found = await fileTypeFromBuffer(bytes);
  if (found === undefined) return { accepted: false, reason: "type" };
  if (macroTypes.has(found.ext)) return { accepted: false, reason: "macros" };
  if (found.ext === "cfb") {
    const old = oldOfficeKind(bytes);
    if (old === null) return { accepted: false, reason: "type" };
    if (old.macros) return { accepted: false, reason: "macros" };
    return { accepted: true, ext: old.kind, mediaType: acceptedTypes[old.kind] };
  }
  if (found.ext in acceptedTypes) {
    const ext = found.ext as AcceptedExtension;
    return { accepted: true, ext, mediaType: acceptedTypes[ext] };
  }
  return { accepted: false, reason: "type" };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The last path segment of what the browser sent, without the characters that can make a name lie (see below). */
export function cleanFilename(raw: string): string {
  const name = raw.toWellFormed().normalize("NFC").split(/[/\\]/).at(-1) ?? "";
  return (
    name
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
      .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "")
      .replace(/[<>:"|?*]/g, "_")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^[.\s]+|[.\s]+$/g, "")
  );
}

/**
 * The name to store: the last path segment of what the browser sent, without control, bidirectional and
 * zero-width characters (which can make "evil‮fdp.exe" read as "evilexe.pdf"), without the characters Windows refuses,
 * at most 200 characters before the extension, and always ending in the detected type's extension (a Word document
 * sent as "plan.pdf" is stored as "plan.pdf.docx", so nobody opens it with the wrong program).
 */
export function sanitizeFilename(raw: string, ext: AcceptedExtension): string {
  const name = cleanFilename(raw);
  let base = name.toLowerCase().endsWith(`.${ext}`) ? name.slice(0, -(ext.length + 1)) : name;
  base = [...base].slice(0, 200).join("").trim();
  return `${base === "" ? "bijlage" : base}.${ext}`;
}

/** RFC 6266: an ASCII fallback for old clients and the exact name as UTF-8 in filename* (RFC 8187). */
export function contentDisposition(filename: string): string {
  const fallback = filename.normalize("NFKD").replace(/[^\x20-\x7e]|["\\%]/g, (c) => (/\p{M}/u.test(c) ? "" : "_"));
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
