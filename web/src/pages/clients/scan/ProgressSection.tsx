// Progress between scans: the score per life domain and the ladder rung over time, as a chart (ECharts, loaded
// only on this page) and as a table with the same numbers, which is the text alternative of the chart and what a
// screen reader or a phone reads. The oldest scan is on the left.
import { Stack, Table, Text, Title } from "@mantine/core";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ScanView } from "../../../api/scans.ts";
import type { ScanNames } from "./names.ts";
import { progressOf } from "./progress.ts";

const ProgressChart = lazy(() => import("./ProgressChart.tsx"));

export function ProgressSection({ scans, names }: { scans: readonly ScanView[]; names: ScanNames }) {
  const { t, i18n } = useTranslation();
  // One series per list of scans: the chart redraws only when the numbers (or the language) change.
  const series = useMemo(
    () => progressOf(scans, names, i18n.language, (m) => t(`scans.moment.${m}`)),
    [scans, names, i18n.language, t],
  );
  return (
    <section aria-labelledby="scan-progress-title">
      <Stack gap="sm">
        <Title order={2} id="scan-progress-title">
          {t("scans.progress.title")}
        </Title>
        <Text size="sm">{t("scans.progress.intro")}</Text>
        {scans.length >= 2 && (
          <Suspense fallback={<Text size="sm">{t("common.loading")}</Text>}>
            <ProgressChart
              series={series}
              label={t("scans.progress.chartLabel")}
              ladderName={t("scans.progress.ladder")}
            />
          </Suspense>
        )}
        <div
          className="scan-progress-scroll"
          role="region"
          aria-labelledby="scan-progress-caption"
          tabIndex={0}
          style={{ overflowX: "auto", maxWidth: "100%" }}
        >
          <Table withTableBorder withColumnBorders striped>
            <caption id="scan-progress-caption" style={{ captionSide: "top", textAlign: "left", fontWeight: 600 }}>
              {t("scans.progress.caption")}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("scans.progress.domain")}</Table.Th>
                {series.labels.map((label, i) => (
                  <Table.Th scope="col" key={`${label}-${i}`}>
                    {label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {series.domains.map((d) => (
                <Table.Tr key={d.code}>
                  <Table.Th scope="row">{d.name}</Table.Th>
                  {d.scores.map((score, i) => (
                    <Table.Td key={i}>{score === null ? t("scans.progress.notScored") : `${score}/5`}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row">{t("scans.progress.ladder")}</Table.Th>
                {series.ladder.map((rung, i) => (
                  <Table.Td key={i}>{rung === null ? t("scans.progress.notScored") : `${rung}/6`}</Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </div>
      </Stack>
    </section>
  );
}
