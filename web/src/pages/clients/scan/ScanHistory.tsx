// The scans so far, newest first: per scan the day, the moment, the ladder, the talents and wish, and each scored
// life domain with its score, barriers, strengths and wish. A partner sees only the domains the consent covers.
import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ScanView } from "../../../api/scans.ts";
import { formatDate } from "../../../format/dates.ts";
import type { ScanNames } from "./names.ts";

export function ScanHistory({ scans, names }: { scans: readonly ScanView[]; names: ScanNames }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="scan-history-title">
      <Title order={2} id="scan-history-title" mb="sm">
        {t("scans.history.title", { count: scans.length })}
      </Title>
      <Stack gap="sm">
        {scans.map((scan) => {
          const title = t("scans.history.scanTitle", {
            date: formatDate(scan.takenOn, i18n.language),
            moment: t(`scans.moment.${String(scan.moment)}`),
          });
          return (
            <Paper key={scan.id} withBorder p="sm" component="article" aria-label={title}>
              <Title order={3} size="h4">
                {title}
              </Title>
              <Text size="sm" c="dimmed">
                {t("scans.history.by", { name: scan.takenBy.name })}
              </Text>
              <dl className="scan-facts">
                <dt>{t("scans.progress.ladder")}</dt>
                <dd>
                  {scan.ladderRung === null
                    ? t("scans.form.notFilled")
                    : t("scans.ladder.rung", { rung: scan.ladderRung, name: t(`scans.ladder.${scan.ladderRung}`) })}
                </dd>
                {scan.talents && (
                  <>
                    <dt>{t("scans.form.field.talents")}</dt>
                    <dd>{scan.talents}</dd>
                  </>
                )}
                {scan.clientWish && (
                  <>
                    <dt>{t("scans.form.field.clientWish")}</dt>
                    <dd>{scan.clientWish}</dd>
                  </>
                )}
              </dl>
              {scan.domains.length > 0 && (
                <ul className="scan-domains">
                  {scan.domains.map((d) => (
                    <li key={d.lifeDomain}>
                      <Text fw={600} span>
                        {names.lifeDomain(d.lifeDomain)}
                      </Text>
                      {": "}
                      {t("scans.score.short", { score: d.score, name: t(`scans.score.${d.score}`) })}
                      {d.barriers.length > 0 && (
                        <Text size="sm">
                          {t("scans.history.barriers", { list: d.barriers.map(names.barrier).join(", ") })}
                        </Text>
                      )}
                      {d.strengths && <Text size="sm">{t("scans.history.strengths", { text: d.strengths })}</Text>}
                      {d.wish && <Text size="sm">{t("scans.history.wish", { text: d.wish })}</Text>}
                    </li>
                  ))}
                </ul>
              )}
            </Paper>
          );
        })}
      </Stack>
    </section>
  );
}
