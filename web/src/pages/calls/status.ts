import type { TFunction } from "i18next";
import type { RevisionSummary } from "../../api/types.ts";
import { formatInstant } from "../../format/dates.ts";

/** "Concept", "Ingediend: versie 2 op …", with "niet-ingediende wijzigingen" when the draft moved on. */
export function candidacyStatus(
  latest: RevisionSummary | null,
  hasUnsubmittedChanges: boolean,
  t: TFunction,
  language: string,
): string {
  if (latest === null) return t("candidacy.status.draft");
  const submitted = t("candidacy.status.submitted", {
    version: latest.number,
    date: formatInstant(latest.receivedAt, language),
  });
  return hasUnsubmittedChanges ? `${submitted} ${t("candidacy.status.unsubmitted")}` : submitted;
}
