// Attachments of a candidacy (server/src/modules/attachments/schemas.ts lists the routes): the draft's list, the
// upload with its progress (XMLHttpRequest: fetch cannot report upload progress), removal, and the download address
// for each reader's role.
import { useQuery } from "@tanstack/react-query";
import i18n from "../i18n/index.ts";
import { ApiError, api, csrfHeader, get } from "./client.ts";
import type { AttachmentView, DraftAttachmentList } from "../../../server/src/modules/attachments/schemas.ts";
import type { RevisionAttachment } from "../../../server/src/modules/calls/schemas.ts";

export type { AttachmentView, DraftAttachmentList, RevisionAttachment };

const id = (value: string) => encodeURIComponent(value);

export const draftAttachmentsKey = (candidacyId: string) => ["applicant", "candidacy", candidacyId, "attachments"];

export const useDraftAttachments = (candidacyId: string) =>
  useQuery({
    queryKey: draftAttachmentsKey(candidacyId),
    queryFn: () => get<DraftAttachmentList>(`/api/candidacies/${id(candidacyId)}/attachments`),
    staleTime: 0,
  });

export const removeAttachment = (candidacyId: string, attachmentId: string) =>
  api<null>("DELETE", `/api/candidacies/${id(candidacyId)}/attachments/${id(attachmentId)}`);

/** Uploads one file as the "file" part; `onProgress` gets the fraction sent (0 … 1). */
export function uploadAttachment(
  candidacyId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<AttachmentView> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/candidacies/${id(candidacyId)}/attachments`);
    request.setRequestHeader("Accept", "application/json");
    request.setRequestHeader("Accept-Language", i18n.language || "nl");
    for (const [name, value] of Object.entries(csrfHeader())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(0, "network", i18n.t("errors.network")));
    request.onload = () => {
      let data: unknown;
      try {
        data = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        data = null;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(data as AttachmentView);
        return;
      }
      const error = (data as { error?: { code?: string; message?: string; fields?: ApiError["fields"] } } | null)
        ?.error;
      reject(
        new ApiError(
          request.status,
          error?.code ?? `http_${request.status}`,
          error?.fields?.[0]?.message ?? error?.message ?? i18n.t("errors.unexpected"),
          error?.fields ?? [],
        ),
      );
    };
    const body = new FormData();
    body.append("file", file, file.name);
    request.send(body);
  });
}

/** Where each reader downloads an attachment: the organisation's staff, the region's coordinator, a jury member. */
export const attachmentHref = {
  staff: (candidacyId: string) => (attachmentId: string) =>
    `/api/candidacies/${id(candidacyId)}/attachments/${id(attachmentId)}`,
  coordinator: (callId: string, candidacyId: string) => (attachmentId: string) =>
    `/api/calls/${id(callId)}/candidacies/${id(candidacyId)}/attachments/${id(attachmentId)}`,
  jury: (candidacyId: string) => (attachmentId: string) =>
    `/api/jury/candidacies/${id(candidacyId)}/attachments/${id(attachmentId)}`,
};
