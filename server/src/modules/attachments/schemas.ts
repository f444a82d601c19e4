// Request and response schemas of candidacy attachments (issue 3, point 2). The web client imports the exported
// types: change them only together with the client.
//
// Routes (policy in brackets; record checks answer 404 for anything out of reach, STYLE.md):
//   GET    /api/candidacies/:id/attachments                 [candidacy:apply] → DraftAttachmentList (the draft's,
//                                                           with the limits and whether it may change now)
//   POST   /api/candidacies/:id/attachments                 [candidacy:apply] multipart, one part "file" → 201
//                                                           AttachmentView (400: empty, too large, type or macros
//                                                           not accepted; 409: too many, or the call's phase)
//   DELETE /api/candidacies/:id/attachments/:attachmentId   [candidacy:apply] → 204 (removed from the draft; the
//                                                           revisions that had it keep it)
//   GET    /api/candidacies/:id/attachments/:attachmentId   [candidacy:apply] → the file (the organisation's staff:
//                                                           the draft's and every revision's)
//   GET    /api/calls/:callId/candidacies/:id/attachments/:attachmentId [call:manage] → the file (the region's
//                                                           coordinators: only what a submitted revision holds)
//   GET    /api/jury/candidacies/:id/attachments/:attachmentId [jury:review] → the file (a jury member who may
//                                                           read the candidacy: what its latest revision holds)
// A file is sent with its detected type, Content-Disposition: attachment (RFC 6266, filename*), nosniff and
// Cache-Control: private, no-store.
import { Type, type Static } from "typebox";
import { RevisionAttachmentSchema } from "../calls/schemas.ts";

const Uuid = Type.String({ format: "uuid" });
const IsoInstant = Type.String({ format: "date-time", description: "UTC instant, ISO 8601" });

export const CandidacyIdParams = Type.Object({ id: Uuid });
export const AttachmentParams = Type.Object({ id: Uuid, attachmentId: Uuid });
export const CoordinatorAttachmentParams = Type.Object({ callId: Uuid, id: Uuid, attachmentId: Uuid });

export const AttachmentViewSchema = Type.Object({
  ...RevisionAttachmentSchema.properties,
  uploadedAt: IsoInstant,
  uploadedBy: Type.Union([Type.String(), Type.Null()]),
});
export type AttachmentView = Static<typeof AttachmentViewSchema>;

export const AttachmentLimitsSchema = Type.Object({
  /** Per file, in bytes. */
  maxBytes: Type.Integer(),
  /** Per candidacy, in the draft. */
  maxCount: Type.Integer(),
  /** The accepted types by extension ("pdf", "docx", …), judged by the content. */
  types: Type.Array(Type.String()),
});

export const DraftAttachmentList = Type.Object({
  attachments: Type.Array(AttachmentViewSchema),
  /** Whether attachments may be added and removed now (the call's phase lets applicants edit). */
  editable: Type.Boolean(),
  limits: AttachmentLimitsSchema,
});
export type DraftAttachmentList = Static<typeof DraftAttachmentList>;
