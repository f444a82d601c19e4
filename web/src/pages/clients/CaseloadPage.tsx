// "Mijn cliënten" (/clienten): a companion's own clients, a case director's whole region, with the trajectory's status
// and companion. Running trajectories first; the ended ones on request.
import { Anchor, Button, Group, Radio, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCaseload } from "../../api/clients.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatDate } from "../../format/dates.ts";
import { clientName } from "./ClientLayout.tsx";

const ended = ["completed", "stopped", "dropped_out"];

export function CaseloadPage() {
  const { t, i18n } = useTranslation();
  const caseload = useCaseload();
  const [show, setShow] = useState<"open" | "all">("open");
  const header = (
    <div>
      <PageTitle>{t("clients.caseload.title")}</PageTitle>
      <Text>{t("clients.caseload.intro")}</Text>
    </div>
  );
  if (!caseload.data) {
    return (
      <Stack>
        {header}
        {caseload.isError ? (
          <ErrorMessage error={caseload.error} onRetry={() => void caseload.refetch()} />
        ) : (
          <Loading />
        )}
      </Stack>
    );
  }
  const rows = caseload.data.clients.filter(
    (c) => show === "all" || (c.trajectory !== null && !ended.includes(c.trajectory.status)),
  );
  const regions = new Set(caseload.data.clients.map((c) => c.region.slug));
  return (
    <Stack gap="md">
      {header}
      <Group justify="space-between" wrap="wrap">
        <Radio.Group value={show} onChange={(v) => setShow(v as "open" | "all")} label={t("clients.caseload.filter")}>
          <Group gap="lg" mt="xs">
            <Radio value="open" label={t("clients.caseload.filterOpen")} />
            <Radio value="all" label={t("clients.caseload.filterAll")} />
          </Group>
        </Radio.Group>
        <Button component={Link} to="/clienten/nieuw">
          {t("clients.caseload.new")}
        </Button>
      </Group>
      {rows.length === 0 ? (
        <Text>{t("clients.caseload.none")}</Text>
      ) : (
        <div className="scroll-region" role="region" aria-labelledby="caseload-caption" tabIndex={0}>
          <Table striped>
            <caption id="caseload-caption" className="table-caption">
              {t("clients.caseload.caption", { count: rows.length })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("clients.caseload.name")}</Table.Th>
                <Table.Th scope="col">{t("clients.caseload.status")}</Table.Th>
                <Table.Th scope="col">{t("clients.caseload.companion")}</Table.Th>
                <Table.Th scope="col">{t("clients.caseload.municipality")}</Table.Th>
                <Table.Th scope="col">{t("clients.caseload.since")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={`/clienten/${encodeURIComponent(c.id)}`}>
                      {clientName(c)}
                    </Anchor>
                    {regions.size > 1 && <Text size="sm">{c.region.name}</Text>}
                  </Table.Th>
                  <Table.Td>
                    {c.trajectory ? t(`clients.status.${c.trajectory.status}`) : t("clients.caseload.noTrajectory")}
                    {c.trajectory?.followUpDueOn && !c.trajectory.followUpDone && (
                      <Text size="sm">
                        {t("clients.caseload.followUp")}:{" "}
                        {t("clients.caseload.followUpDue", {
                          date: formatDate(c.trajectory.followUpDueOn, i18n.language, false),
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{c.trajectory?.companion.name ?? ""}</Table.Td>
                  <Table.Td>{c.municipality ?? ""}</Table.Td>
                  <Table.Td>
                    {c.trajectory ? formatDate(c.trajectory.statusChangedAt, i18n.language, false) : ""}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}
