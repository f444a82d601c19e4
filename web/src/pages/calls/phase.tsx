// A call's phase in words ("Open voor kandidaturen tot vrijdag 9 juni 2023 om 23.59 uur") and what it waits for.
// The phase comes from the server, which reads it from the timeline and the clock.
import { Badge, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { PhaseState } from "../../api/types.ts";
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
