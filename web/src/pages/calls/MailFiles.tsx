// "Bijlagen uit de e-mail" on the coordinator's form for an e-mailed candidacy: the accepted types and the limits
// stated first, a native file field for several files (keyboard and screen readers know it), the chosen files with
// their size and a remove button, and every refusal next to the field, naming the file (from the server, or found
// here first when a file is too large or there are too many, to spare a long upload). The server judges the type by
// the content; nothing is stored until the whole form is accepted.
import { Button, List, Stack, Table, Text, Title } from "@mantine/core";
import { useRef } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import {
  acceptedExtensions,
  maxAttachmentBytes,
  maxAttachmentsPerCandidacy,
} from "../../../../server/src/modules/attachments/limits.ts";
import type { PathError } from "../../components/ErrorSummary.tsx";
import { fieldId } from "../editor/fields.tsx";
import { formatFileSize } from "./AttachmentList.tsx";

export const filesPath = "files";
export const isFilesPath = (path: string) => path === filesPath || path.startsWith(`${filesPath}.`);

/** What the browser can tell before sending: too many files, a file over the limit, an empty file. */
export function localFileProblems(files: File[], t: TFunction, language: string): PathError[] {
  const problems: PathError[] = [];
  const max = formatFileSize(maxAttachmentBytes, language);
  if (files.length > maxAttachmentsPerCandidacy)
    problems.push({ path: filesPath, message: t("attachments.mail.tooMany", { count: maxAttachmentsPerCandidacy }) });
  files.forEach((file, index) => {
    const path = `${filesPath}.${index}`;
    if (file.size > maxAttachmentBytes)
      problems.push({
        path,
        message: t("attachments.tooLarge", { name: file.name, size: formatFileSize(file.size, language), max }),
      });
    else if (file.size === 0) problems.push({ path, message: t("attachments.empty", { name: file.name }) });
  });
  return problems;
}

export function MailFiles({
  files,
  onChange,
  errors,
}: {
  files: File[];
  onChange: (files: File[]) => void;
  /** The refusals about the files ("files", "files.<n>"), already translated. */
  errors: PathError[];
}) {
  const { t, i18n } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const id = fieldId(filesPath);
  const types = acceptedExtensions.map((ext) => ext.toUpperCase()).join(", ");

  const remove = (index: number) => {
    const next = files.filter((_, i) => i !== index);
    // The field shows what will be sent: its own list follows (DataTransfer is how a script sets a file field).
    const input = inputRef.current;
    if (input) {
      const transfer = new DataTransfer();
      for (const file of next) transfer.items.add(file);
      input.files = transfer.files;
    }
    onChange(next);
    input?.focus();
  };

  return (
    <section aria-labelledby="by-email-files">
      <Title order={2} id="by-email-files" size="h3" mb="sm">
        {t("attachments.mail.title")}
      </Title>
      <Stack gap="sm">
        <Text id="mail-files-rules">
          {t("attachments.mail.intro", {
            types,
            size: formatFileSize(maxAttachmentBytes, i18n.language),
            count: maxAttachmentsPerCandidacy,
          })}
        </Text>
        <Stack gap={6} align="flex-start">
          <label htmlFor={id} className="fieldset-legend">
            {t("attachments.mail.fileLabel")}
          </label>
          <input
            ref={inputRef}
            id={id}
            type="file"
            multiple
            accept={acceptedExtensions.map((ext) => `.${ext}`).join(",")}
            aria-describedby={errors.length > 0 ? "mail-files-rules mail-files-errors" : "mail-files-rules"}
            aria-invalid={errors.length > 0 ? true : undefined}
            onChange={(e) => onChange([...(e.currentTarget.files ?? [])])}
          />
        </Stack>
        <div id="mail-files-errors">
          {errors.length > 0 && (
            <List spacing={4}>
              {errors.map((e) => (
                <List.Item key={`${e.path}-${e.message}`}>
                  <Text c="red.8" fw={600}>
                    {e.message}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </div>
        {files.length === 0 ? (
          <Text>{t("attachments.mail.none")}</Text>
        ) : (
          <Table className="stack-table" withTableBorder striped verticalSpacing="xs">
            <caption className="table-caption">{t("attachments.mail.caption")}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("attachments.name")}</Table.Th>
                <Table.Th scope="col">{t("attachments.size")}</Table.Th>
                <Table.Th scope="col">{t("attachments.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.map((file, index) => (
                <Table.Tr key={`${index}-${file.name}`}>
                  <Table.Th scope="row" style={{ overflowWrap: "anywhere" }}>
                    {file.name}
                  </Table.Th>
                  <Table.Td data-label={t("attachments.size")}>{formatFileSize(file.size, i18n.language)}</Table.Td>
                  <Table.Td data-label={t("attachments.actions")}>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={t("attachments.removeLabel", { name: file.name })}
                      onClick={() => remove(index)}
                    >
                      {t("attachments.remove")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </section>
  );
}
