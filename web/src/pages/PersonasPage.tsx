import { Anchor, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePublicPersonas } from "../api/queries.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../components/QueryState.tsx";

export function PersonasPage() {
  const { t } = useTranslation();
  const query = usePublicPersonas();
  return (
    <Stack gap="md">
      <PageTitle>{t("personas.title")}</PageTitle>
      <Text maw={760}>{t("personas.intro")}</Text>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table className="stack-table" withTableBorder striped verticalSpacing="sm">
          <caption style={{ captionSide: "top", textAlign: "left", padding: "0 0 0.5rem" }}>
            {t("personas.caption", { count: query.data.personas.length })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("personas.persona")}</Table.Th>
              <Table.Th scope="col">{t("personas.regions")}</Table.Th>
              <Table.Th scope="col">{t("personas.challenges")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.personas.map((p) => (
              <Table.Tr key={p.slug}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/personas/${p.slug}`} fw={700}>
                    {p.name}
                  </Anchor>
                </Table.Th>
                <Table.Td data-label={t("personas.regions")}>
                  {p.regions.length === 0
                    ? t("personas.noRegions")
                    : p.regions.map((r, i) => (
                        <span key={r.slug}>
                          {i > 0 && ", "}
                          <Anchor component={Link} to={`/addenda/${r.slug}`}>
                            {r.name}
                          </Anchor>
                        </span>
                      ))}
                </Table.Td>
                <Table.Td data-label={t("personas.challenges")}>{p.challengeCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
