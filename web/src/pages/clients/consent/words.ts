// Small helpers the consent screens share: who a consent is for, in the reader's words.
import type { TFunction } from "i18next";
import type { ConsentView } from "../../../api/consents.ts";

export function consentWho(t: TFunction, consent: Pick<ConsentView, "partner">, region: string): string {
  return consent.partner?.name ?? t("consents.list.partnership", { region });
}
