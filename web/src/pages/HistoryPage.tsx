import { Anchor, Badge, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCoordinatorAddenda, useHistory } from "../api/queries.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../components/QueryState.tsx";
import { formatInstant } from "../format/dates.ts";

export function HistoryPage() {
  const { slug = "" } = useParams();
  const { t, i18n } = useTranslation();
  const query = useHistory(slug);
  const list = useCoordinatorAddenda();
  const name = list.data?.addenda.find((a) => a.slug === slug)?.name;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/beheer/addenda/${slug}`} size="sm">
        {t("history.back")}
      </Anchor>
      <PageTitle>{name ? t("history.title", { name }) : t("history.titleLoading")}</PageTitle>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.versions.length === 0 ? (
        <Text>{t("history.none")}</Text>
      ) : (
        <Table className="stack-table" withTableBorder striped verticalSpacing="sm">
          <caption style={{ captionSide: "top", textAlign: "left", padding: "0 0 0.5rem" }}>
            {t("history.caption", { name: name ?? slug })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("history.version")}</Table.Th>
              <Table.Th scope="col">{t("history.when")}</Table.Th>
              <Table.Th scope="col">{t("history.who")}</Table.Th>
              <Table.Th scope="col">{t("history.summary")}</Table.Th>
              <Table.Th scope="col">{t("history.published")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.versions.map((v) => (
              <Table.Tr key={v.number}>
                <Table.Th scope="row">{t("admin.versionN", { number: v.number })}</Table.Th>
                <Table.Td data-label={t("history.when")}>{formatInstant(v.createdAt, i18n.language)}</Table.Td>
                <Table.Td data-label={t("history.who")}>{v.createdBy?.displayName ?? t("history.system")}</Table.Td>
                <Table.Td data-label={t("history.summary")}>{v.summary || "—"}</Table.Td>
                <Table.Td data-label={t("history.published")}>
                  {v.publishedAt ? (
                    <>
                      <Badge color="green" variant="light" radius="sm" tt="none" mr={6}>
                        {t("history.yes")}
                      </Badge>
                      {t("history.publishedOnBy", {
                        date: formatInstant(v.publishedAt, i18n.language),
                        name: v.publishedBy?.displayName ?? t("history.system"),
                      })}
                    </>
                  ) : (
                    t("history.no")
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
