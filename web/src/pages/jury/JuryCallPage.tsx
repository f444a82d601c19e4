// One call's candidacies for a jury member: the organisation, their declaration and their review; never content.
import { Anchor, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useJuryCandidacies } from "../../api/jury.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { CallHeading } from "../calls/phase.tsx";
import { declarationWords, reviewWords } from "./words.ts";

export function JuryCallPage() {
  const { callId = "" } = useParams();
  const { t } = useTranslation();
  const query = useJuryCandidacies(callId);
  const back = (
    <Anchor component={Link} to="/jury" size="sm">
      {t("jury.call.back")}
    </Anchor>
  );
  if (!query.data) {
    return (
      <Stack>
        {back}
        <PageTitle>{t("jury.call.loadingTitle")}</PageTitle>
        {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  const { call, candidacies } = query.data;
  return (
    <Stack gap="lg">
      {back}
      <CallHeading title={t("jury.call.title", { region: call.region.name })} call={call} />
      <Text>{t("jury.call.intro")}</Text>
      {candidacies.length === 0 ? (
        <Text>
          {call.state.phase === "open" || call.state.phase === "not_open"
            ? t("jury.call.beforeDeadline")
            : t("jury.call.none")}
        </Text>
      ) : (
        <Table className="stack-table" withTableBorder striped verticalSpacing="sm">
          <caption className="table-caption">{t("jury.call.caption")}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("jury.call.organisation")}</Table.Th>
              <Table.Th scope="col">{t("jury.call.declaration")}</Table.Th>
              <Table.Th scope="col">{t("jury.call.review")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidacies.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/jury/kandidaturen/${c.id}`}>
                    {c.organisation.name}
                  </Anchor>
                </Table.Th>
                <Table.Td data-label={t("jury.call.declaration")}>{declarationWords(t, c.declaration)}</Table.Td>
                <Table.Td data-label={t("jury.call.review")}>{reviewWords(t, c.reviewStatus)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
