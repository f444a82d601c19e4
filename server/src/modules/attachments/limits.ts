// What an attachment may be: the accepted types and the limits. Pure and without Node's modules, so the web app
// states the same rules before anything is chosen (the coordinator's form for an e-mailed candidacy).

/** Per file: 10 MB in decimal units, as formatSize and file managers count. A long PDF with pictures fits. */
export const maxAttachmentBytes = 10_000_000;
/** Per candidacy, in the draft (what one submission can carry). */
export const maxAttachmentsPerCandidacy = 10;

export const acceptedTypes = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
} as const;
export type AcceptedExtension = keyof typeof acceptedTypes;
export const acceptedExtensions = Object.keys(acceptedTypes) as AcceptedExtension[];
