// The jury's submitted scores on a candidacy and their averages, as far as the call's score visibility allows.
import { List, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useOthersScores } from "../../api/jury.ts";
import type { Averages, Criterion } from "../../api/types.ts";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatNumber } from "../../format/dates.ts";
import { averageWords } from "./words.ts";

export function AveragesList({ averages, criteria }: { averages: Averages; criteria: Criterion[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={4}>
      <List spacing={2} size="sm">
        {averages.criteria.map((a) => {
          const label = criteria.find((c) => c.key === a.key)?.label ?? a.key;
          return (
            <List.Item key={a.key}>
              {t("jury.progress.averageLine", {
                criterion: label,
                average: averageWords(a.average, i18n.language),
                count: a.count,
              })}
              {a.passes === null ? "" : ` · ${a.passes ? t("jury.others.passes") : t("jury.others.fails")}`}
            </List.Item>
          );
        })}
      </List>
      <Text fw={600}>
        {averages.weightedTotal === null
          ? t("jury.others.weightedTotalPending")
          : t("jury.others.weightedTotal", {
              total: formatNumber(Math.round(averages.weightedTotal * 10) / 10, i18n.language),
            })}
      </Text>
    </Stack>
  );
}

export function OthersScoresView({ candidacyId, criteria }: { candidacyId: string; criteria: Criterion[] }) {
  const { t } = useTranslation();
  const query = useOthersScores(candidacyId, true);
  return (
    <section aria-labelledby="others-title">
      <Title order={2} size="h3" id="others-title" mb="xs">
        {t("jury.others.title")}
      </Title>
      {query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Loading />
      ) : !query.data.visible ? (
        <Text>{query.data.scoreVisibility === "never" ? t("jury.others.never") : t("jury.others.after_own")}</Text>
      ) : query.data.reviews.length === 0 ? (
        <Text>{t("jury.others.none")}</Text>
      ) : (
        <Stack gap="md">
          <Table className="stack-table" withTableBorder striped verticalSpacing="xs">
            <caption className="table-caption">{t("jury.others.caption")}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("jury.others.member")}</Table.Th>
                {criteria.map((c) => (
                  <Table.Th scope="col" key={c.key}>
                    {c.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.reviews.map((r, i) => (
                <Table.Tr key={`${r.displayName}-${i}`}>
                  <Table.Th scope="row">{r.displayName}</Table.Th>
                  {criteria.map((c) => (
                    <Table.Td key={c.key} data-label={c.label}>
                      {r.scores[c.key]?.score ?? "–"}
                      {r.scores[c.key]?.comment ? (
                        <Text size="sm" className="pre-line">
                          {r.scores[c.key]?.comment}
                        </Text>
                      ) : null}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {query.data.averages && (
            <div>
              <Title order={3} size="h4" mb={4}>
                {t("jury.others.average")}
              </Title>
              <AveragesList averages={query.data.averages} criteria={criteria} />
            </div>
          )}
        </Stack>
      )}
    </section>
  );
}
