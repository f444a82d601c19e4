// Reach before any file (/outreach/bereik): how many people outreach met in a period, how many contacts, at which
// finding places and in which municipalities, and how many became a client file. Dates are Brussels days.
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useReach } from "../../api/outreach.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatNumber, parseBelgianDate } from "../../format/dates.ts";
import { RegionSelect, useRegionChoice } from "./OutreachPage.tsx";

function today(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date());
}

const belgian = (date: string) => {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
};

export function ReachPage() {
  const { t, i18n } = useTranslation();
  const { regions, list, current, setSlug } = useRegionChoice();
  const end = today();
  const start = `${end.slice(0, 4)}-01-01`;
  const [period, setPeriod] = useState({ from: start, to: end });
  const [fromText, setFromText] = useState(belgian(start));
  const [toText, setToText] = useState(belgian(end));
  const [problem, setProblem] = useState<string | null>(null);
  const reach = useReach(current?.slug ?? null, period.from, period.to);
  const n = (value: number) => formatNumber(value, i18n.language);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const from = parseBelgianDate(fromText);
    const to = parseBelgianDate(toText);
    if (from === null || to === null) {
      setProblem(t("clients.field.date"));
      return;
    }
    setProblem(null);
    setPeriod({ from, to });
  };

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t("outreach.reach.title")}</PageTitle>
        <Text>{t("outreach.reach.intro")}</Text>
      </div>
      {regions.isError && <ErrorMessage error={regions.error} />}
      {current && <RegionSelect list={list} value={current.slug} onChange={setSlug} />}
      <form onSubmit={onSubmit} noValidate>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            id="reach-from"
            label={t("outreach.reach.from")}
            value={fromText}
            onChange={(e) => setFromText(e.currentTarget.value)}
            inputMode="numeric"
            error={problem && !parseBelgianDate(fromText) ? problem : undefined}
          />
          <TextInput
            id="reach-to"
            label={t("outreach.reach.to")}
            value={toText}
            onChange={(e) => setToText(e.currentTarget.value)}
            inputMode="numeric"
            error={problem && !parseBelgianDate(toText) ? problem : undefined}
          />
          <Button type="submit">{t("outreach.reach.show")}</Button>
        </Group>
      </form>
      {!reach.data ? (
        reach.isError ? (
          <ErrorMessage error={reach.error} />
        ) : (
          <Loading />
        )
      ) : (
        <Stack gap="lg" aria-live="polite">
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            {(
              [
                ["persons", reach.data.persons],
                ["contacts", reach.data.contacts],
                ["converted", reach.data.converted],
              ] as const
            ).map(([key, value]) => (
              <Paper key={key} withBorder p="sm">
                <Text size="sm">{t(`outreach.reach.${key}`)}</Text>
                <Text fw={700} size="xl">
                  {n(value)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          {reach.data.contacts === 0 ? (
            <Alert color="gray">{t("outreach.reach.none")}</Alert>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <CountTable
                title={t("outreach.reach.byPlace")}
                head={t("outreach.reach.place")}
                rows={reach.data.byFindingPlace.map((r) => ({
                  key: r.findingPlace,
                  label: t(`outreach.place.${r.findingPlace}`),
                  persons: n(r.persons),
                  contacts: n(r.contacts),
                }))}
              />
              <CountTable
                title={t("outreach.reach.byMunicipality")}
                head={t("outreach.reach.municipality")}
                rows={reach.data.byMunicipality.map((r) => ({
                  key: r.municipality ?? "",
                  label: r.municipality ?? t("outreach.municipalityUnknown"),
                  persons: n(r.persons),
                  contacts: n(r.contacts),
                }))}
              />
            </SimpleGrid>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function CountTable({
  title,
  head,
  rows,
}: {
  title: string;
  head: string;
  rows: { key: string; label: string; persons: string; contacts: string }[];
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{head}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("outreach.reach.persons")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("outreach.reach.contacts")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={400}>
                {r.label}
              </Table.Th>
              <Table.Td ta="right">{r.persons}</Table.Td>
              <Table.Td ta="right">{r.contacts}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
