// A call's phase in words ("Open voor kandidaturen tot vrijdag 9 juni 2023 om 23.59 uur") and what it waits for.
// The phase comes from the server, which reads it from the timeline and the clock.
import { Badge, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { CallSummary, PhaseState } from "../../api/types.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatInstant } from "../../format/dates.ts";

export function phaseText(state: PhaseState, t: TFunction, language: string): string {
  switch (state.phase) {
    case "open":
      return state.deadline
        ? t("calls.phase.openUntil", { deadline: formatInstant(state.deadline, language) })
        : t("calls.phase.open");
    case "not_open":
      return state.until
        ? t("calls.phase.notOpenUntil", { date: formatInstant(state.until, language) })
        : t("calls.phase.not_open");
    case "weerwoord":
      return state.weerwoordUntil
        ? t("calls.phase.weerwoordUntil", { date: formatInstant(state.weerwoordUntil, language) })
        : t("calls.phase.weerwoord");
    case "assessment":
    case "pitches":
    case "decision":
    case "closed":
      return t(`calls.phase.${state.phase}`);
  }
}

export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="light" radius="sm" tt="none" size="lg">
      {t("calls.demo")}
    </Badge>
  );
}

/** The phase as a sentence, and, when the procedure waits for an event, which one. */
export function PhaseLine({ state }: { state: PhaseState }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <Text>
        <strong>{t("calls.phaseLabel")}:</strong> {phaseText(state, t, i18n.language)}
      </Text>
      {state.waiting && (
        <Text size="sm">
          {t("calls.waitingFor")}: <span lang="nl">{state.waiting.event || t(`milestone.${state.waiting.key}`)}</span>
        </Text>
      )}
    </div>
  );
}

/** The top of a page about one call: the page title, the call's own (Dutch) title, a demo label, and its phase. */
export function CallHeading({ title, call }: { title: ReactNode; call: CallSummary }) {
  return (
    <div>
      <PageTitle>{title}</PageTitle>
      <Stack gap={4}>
        <Text lang="nl">{call.title}</Text>
        {call.isDemo && (
          <Group>
            <DemoBadge />
          </Group>
        )}
        <PhaseLine state={call.state} />
      </Stack>
    </div>
  );
}
