// "Bijlagen" on the applicant's candidacy page: the accepted types and the limits stated before anything is chosen,
// a native file field (it works with the keyboard and every screen reader) with an explicit "add" button, the upload's
// progress and any refusal right under the field (announced), and the draft's attachments with their size and a
// remove button. The server judges the type by the content and enforces the limits; the size is checked here first
// only to spare a long upload that would be refused.
import { Anchor, Button, Group, Progress, Stack, Table, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  attachmentHref,
  draftAttachmentsKey,
  removeAttachment,
  uploadAttachment,
  useDraftAttachments,
  type DraftAttachmentList,
} from "../../api/attachments.ts";
import { ApiError } from "../../api/client.ts";
import { focusSoon } from "../../components/ErrorSummary.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatInstant } from "../../format/dates.ts";
import { formatFileSize } from "./AttachmentList.tsx";

const acceptAttribute = (types: string[]) => types.map((ext) => `.${ext}`).join(",");

export function AttachmentsSection({
  candidacyId,
  closed,
  onChanged,
}: {
  candidacyId: string;
  /** The page knows the deadline passed (a refused save or submit); the server's answer decides too. */
  closed: boolean;
  /** A file was added or removed: the draft now differs from what was submitted. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const query = useDraftAttachments(candidacyId);
  return (
    <section aria-labelledby="attachments-title">
      <Title order={2} id="attachments-title" mb="sm">
        {t("attachments.title")}
      </Title>
      {query.data ? (
        <AttachmentsEditor candidacyId={candidacyId} list={query.data} closed={closed} onChanged={onChanged} />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

type Upload = { name: string; fraction: number } | null;

function AttachmentsEditor({
  candidacyId,
  list,
  closed,
  onChanged,
}: {
  candidacyId: string;
  list: DraftAttachmentList;
  closed: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [removing, setRemoving] = useState<string | null>(null);
  const [refusedByPhase, setRefusedByPhase] = useState(false);

  const { limits, attachments } = list;
  const editable = list.editable && !closed && !refusedByPhase;
  const full = attachments.length >= limits.maxCount;
  const maxText = formatFileSize(limits.maxBytes, i18n.language);
  const types = limits.types.map((ext) => ext.toUpperCase()).join(", ");

  const refresh = () => client.invalidateQueries({ queryKey: draftAttachmentsKey(candidacyId) });
  const refused = (e: unknown): string => {
    if (e instanceof ApiError && e.code === "call.deadline_passed") setRefusedByPhase(true);
    return e instanceof Error && e.message ? e.message : t("errors.unexpected");
  };

  const onAdd = async () => {
    if (upload !== null) return;
    setStatus("");
    const file = inputRef.current?.files?.[0];
    if (!file) {
      setError(t("attachments.chooseFirst"));
      inputRef.current?.focus();
      return;
    }
    if (file.size > limits.maxBytes) {
      setError(
        t("attachments.tooLarge", { name: file.name, size: formatFileSize(file.size, i18n.language), max: maxText }),
      );
      inputRef.current?.focus();
      return;
    }
    if (file.size === 0) {
      setError(t("attachments.empty", { name: file.name }));
      inputRef.current?.focus();
      return;
    }
    setError(null);
    setUpload({ name: file.name, fraction: 0 });
    try {
      const added = await uploadAttachment(candidacyId, file, (fraction) => setUpload({ name: file.name, fraction }));
      if (inputRef.current) inputRef.current.value = "";
      setStatus(t("attachments.uploaded", { name: added.filename }));
      onChanged();
      await refresh();
    } catch (e) {
      setUpload(null);
      setError(refused(e));
      // Back to the field (enabled again once the upload is over), where the message is read with it.
      focusSoon(() => inputRef.current);
    } finally {
      setUpload(null);
    }
  };

  const onRemove = async (attachmentId: string, name: string) => {
    setStatus("");
    setError(null);
    setRemoving(attachmentId);
    try {
      await removeAttachment(candidacyId, attachmentId);
      setStatus(t("attachments.removed", { name }));
      onChanged();
      await refresh();
      // The row and its button are gone: the field is where the work continues.
      focusSoon(() => inputRef.current);
    } catch (e) {
      setError(refused(e));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Stack gap="sm">
      <Text id="attachments-rules">{t("attachments.intro", { types, size: maxText, count: limits.maxCount })}</Text>

      {editable ? (
        full ? (
          <Text>{t("attachments.full", { count: limits.maxCount })}</Text>
        ) : (
          <Stack gap={6} align="flex-start">
            <label htmlFor="attachment-file" className="fieldset-legend">
              {t("attachments.fileLabel")}
            </label>
            <Group gap="sm" wrap="wrap" align="center">
              <input
                ref={inputRef}
                id="attachment-file"
                type="file"
                accept={acceptAttribute(limits.types)}
                aria-describedby={error ? "attachments-rules attachment-error" : "attachments-rules"}
                aria-invalid={error ? true : undefined}
                disabled={upload !== null}
                onChange={() => setError(null)}
              />
              {/* Not disabled while uploading: the focus stays on the button, and a second press is ignored. */}
              <Button onClick={() => void onAdd()} variant="outline">
                {t("attachments.add")}
              </Button>
            </Group>
            {upload && (
              <Stack gap={2} w="100%" maw={420}>
                <Text size="sm">
                  {t("attachments.uploading", { name: upload.name, percent: Math.round(upload.fraction * 100) })}
                </Text>
                <Progress value={upload.fraction * 100} aria-label={t("attachments.progressLabel")} />
              </Stack>
            )}
          </Stack>
        )
      ) : (
        <Text fw={600}>{t("attachments.closed")}</Text>
      )}
      <div id="attachment-error" role="alert">
        {error && (
          <Text c="red.8" fw={600}>
            {error}
          </Text>
        )}
      </div>

      <Text size="sm" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </Text>

      {attachments.length === 0 ? (
        <Text>{t("attachments.none")}</Text>
      ) : (
        <Table className="stack-table" withTableBorder striped verticalSpacing="xs">
          <caption className="table-caption">{t("attachments.caption")}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("attachments.name")}</Table.Th>
              <Table.Th scope="col">{t("attachments.size")}</Table.Th>
              <Table.Th scope="col">{t("attachments.uploadedAt")}</Table.Th>
              {editable && <Table.Th scope="col">{t("attachments.actions")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {attachments.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Th scope="row">
                  <Anchor
                    href={attachmentHref.staff(candidacyId)(a.id)}
                    download={a.filename}
                    style={{ overflowWrap: "anywhere" }}
                  >
                    {a.filename}
                  </Anchor>
                </Table.Th>
                <Table.Td data-label={t("attachments.size")}>{formatFileSize(a.size, i18n.language)}</Table.Td>
                <Table.Td data-label={t("attachments.uploadedAt")}>
                  {formatInstant(a.uploadedAt, i18n.language)}
                  {a.uploadedBy ? ` (${a.uploadedBy})` : ""}
                </Table.Td>
                {editable && (
                  <Table.Td data-label={t("attachments.actions")}>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={t("attachments.removeLabel", { name: a.filename })}
                      loading={removing === a.id}
                      onClick={() => void onRemove(a.id, a.filename)}
                    >
                      {t("attachments.remove")}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && <Text size="sm">{t("attachments.submitAgain")}</Text>}
    </Stack>
  );
}
