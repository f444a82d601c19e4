// The attachments a submitted revision had, read-only, with a download link, the size and the SHA-256 fingerprint
// that the receipt also states. The same list for the applicant, the coordinator and the jury; only the download
// address differs (api/attachments.ts attachmentHref).
import { Anchor, Table, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { RevisionAttachment } from "../../api/attachments.ts";
import { toLocale } from "../../format/dates.ts";
import { formatSize } from "../../../../server/src/modules/attachments/size.ts";

export function formatFileSize(bytes: number, language: string): string {
  return formatSize(bytes, toLocale(language));
}

export function AttachmentList({
  attachments,
  hrefFor,
  headingOrder = 2,
}: {
  attachments: RevisionAttachment[];
  hrefFor: (attachmentId: string) => string;
  headingOrder?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={headingOrder} size={headingOrder === 2 ? "h3" : "h4"} id={headingId} mb="xs">
        {t("attachments.title")}
      </Title>
      {attachments.length === 0 ? (
        <Text>{t("attachments.noneInRevision")}</Text>
      ) : (
        <>
          <Table className="stack-table" withTableBorder striped verticalSpacing="xs">
            <caption className="table-caption">{t("attachments.captionRevision")}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("attachments.name")}</Table.Th>
                <Table.Th scope="col">{t("attachments.size")}</Table.Th>
                <Table.Th scope="col">{t("attachments.sha256")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {attachments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row">
                    <Anchor href={hrefFor(a.id)} download={a.filename} style={{ overflowWrap: "anywhere" }}>
                      {a.filename}
                    </Anchor>
                  </Table.Th>
                  <Table.Td data-label={t("attachments.size")}>{formatFileSize(a.size, i18n.language)}</Table.Td>
                  <Table.Td data-label={t("attachments.sha256")}>
                    <span className="receipt-code sha256">{a.sha256}</span>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" mt="xs">
            {t("attachments.shaHelp")}
          </Text>
        </>
      )}
    </section>
  );
}
