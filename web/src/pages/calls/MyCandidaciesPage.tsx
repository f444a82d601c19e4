// Mijn kandidaturen: the candidacies of the user's organisations and the open calls they can still apply to.
import { Anchor, Card, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMyCandidacies, usePublicCalls } from "../../api/calls.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { DemoBadge, phaseText } from "./phase.tsx";
import { candidacyStatus } from "./status.ts";

export function MyCandidaciesPage() {
  const { t, i18n } = useTranslation();
  const mine = useMyCandidacies();
  const calls = usePublicCalls();

  return (
    <Stack gap="lg">
      <PageTitle>{t("mine.title")}</PageTitle>
      {mine.data && mine.data.organisations.length > 0 && (
        <Text>{t("mine.organisations", { names: mine.data.organisations.map((o) => o.name).join(", ") })}</Text>
      )}
      <section aria-labelledby="mine-candidacies">
        <Title order={2} id="mine-candidacies" mb="sm">
          {t("mine.candidacies")}
        </Title>
        {mine.isPending ? (
          <Loading />
        ) : mine.isError ? (
          <ErrorMessage error={mine.error} onRetry={() => void mine.refetch()} />
        ) : mine.data.candidacies.length === 0 ? (
          <Text>{t("mine.none")}</Text>
        ) : (
          <Table className="stack-table" withTableBorder striped verticalSpacing="sm">
            <caption className="table-caption">{t("mine.caption")}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("mine.call")}</Table.Th>
                <Table.Th scope="col">{t("mine.organisation")}</Table.Th>
                <Table.Th scope="col">{t("mine.projectTitle")}</Table.Th>
                <Table.Th scope="col">{t("mine.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mine.data.candidacies.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/kandidaturen/${c.id}`}>
                      {t("mine.open", { region: c.call.region.name })}
                    </Anchor>
                    <Text size="sm" lang="nl">
                      {c.call.title}
                    </Text>
                    {c.call.isDemo && <DemoBadge />}
                  </Table.Th>
                  <Table.Td data-label={t("mine.organisation")}>{c.organisation.name}</Table.Td>
                  <Table.Td data-label={t("mine.projectTitle")}>{c.title || t("mine.untitled")}</Table.Td>
                  <Table.Td data-label={t("mine.status")}>
                    {candidacyStatus(c.latestRevision, c.hasUnsubmittedChanges, t, i18n.language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
      <section aria-labelledby="mine-open">
        <Title order={2} id="mine-open" mb="sm">
          {t("mine.openCalls")}
        </Title>
        {calls.isPending || mine.isPending ? (
          <Loading />
        ) : calls.isError ? (
          <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
        ) : (
          (() => {
            const applied = new Set((mine.data?.candidacies ?? []).map((c) => c.call.id));
            const open = calls.data.calls.filter((c) => c.state.phase === "open" && !applied.has(c.id));
            if (open.length === 0) return <Text>{t("mine.noOpenCalls")}</Text>;
            return (
              <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {open.map((c) => (
                  <Card component="li" key={c.id} withBorder padding="md">
                    <Anchor component={Link} to={`/oproepen/${c.id}`} fw={700}>
                      {t("mine.applyIn", { region: c.region.name })}
                    </Anchor>
                    <Text size="sm" lang="nl">
                      {c.title}
                    </Text>
                    {c.isDemo && <DemoBadge />}
                    <Text size="sm">{phaseText(c.state, t, i18n.language)}</Text>
                  </Card>
                ))}
              </Stack>
            );
          })()
        )}
      </section>
    </Stack>
  );
}
