import { Badge, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MilestoneKey, ResolvedMilestone } from "../../api/types.ts";
import { describeMilestone, milestoneStatus } from "../../format/when.ts";

export function TimingSection({ milestones }: { milestones: ResolvedMilestone[] }) {
  const { t, i18n } = useTranslation();
  const [now] = useState(() => Date.now());
  const labelOf = (key: MilestoneKey) => milestones.find((m) => m.key === key)?.label ?? t(`milestone.${key}`);
  if (milestones.length === 0) return <Text>{t("addendum.noTiming")}</Text>;
  return (
    <ol className="timeline">
      {milestones.map((m, i) => {
        const status = milestoneStatus(m, now);
        return (
          <li key={`${m.key}-${i}`} data-status={status}>
            <Group gap="xs" wrap="wrap">
              <Text fw={700} lang="nl">
                {m.label}
              </Text>
              {status !== "unknown" && (
                <Badge
                  variant={status === "past" ? "outline" : "light"}
                  color={
                    status === "current"
                      ? "green"
                      : status === "pending"
                        ? "orange"
                        : status === "past"
                          ? "gray"
                          : "brug"
                  }
                  radius="sm"
                  tt="none"
                >
                  {t(`timing.status.${status}`)}
                </Badge>
              )}
              {m.provisional && (
                <Badge variant="light" color="orange" radius="sm" tt="none">
                  {t("timing.provisional")}
                </Badge>
              )}
            </Group>
            <Text>
              <Text span fw={600}>
                {t("timing.exact")}:{" "}
              </Text>
              {describeMilestone(m, i18n.language, labelOf)}
            </Text>
            {m.resolved.pending && m.resolved.waitingFor && (
              <Text>
                {t("timing.waitingFor")}: <span lang="nl">{m.resolved.waitingFor}</span>
              </Text>
            )}
            {m.when.kind === "relative" && (
              <Text size="sm">{t("timing.relativeExplained", { count: m.when.days, label: labelOf(m.when.to) })}</Text>
            )}
            <Text size="sm" c="dimmed">
              {t("timing.original")}: <q lang="nl">{m.original}</q>
            </Text>
            {m.note && (
              <Text size="sm" lang="nl">
                {m.note}
              </Text>
            )}
          </li>
        );
      })}
    </ol>
  );
}
