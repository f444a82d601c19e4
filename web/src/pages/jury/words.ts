// How the jury screens name a declaration, a review's status and a number, in the reader's language.
import type { TFunction } from "i18next";
import type { DeclarationView, JuryCandidacySummary } from "../../api/types.ts";
import { formatNumber } from "../../format/dates.ts";

export function declarationWords(t: TFunction, declaration: DeclarationView | null): string {
  if (!declaration) return t("jury.declarationStatus.undeclared");
  if (declaration.status === "possible" && declaration.cleared) return t("jury.declarationStatus.possibleCleared");
  return t(`jury.declarationStatus.${declaration.status}`);
}

export const reviewWords = (t: TFunction, status: JuryCandidacySummary["reviewStatus"]) =>
  t(`jury.reviewStatus.${status}`);

/** An average with one decimal, the Belgian way ("3,5"); a dash when there is none. */
export const averageWords = (value: number | null, language: string) =>
  value === null ? "–" : formatNumber(Math.round(value * 10) / 10, language);

/** Server field paths ("body.scores.fit.score", "scores.fit.score") as the form's own ("scores.fit.score"). */
export const formPath = (path: string) => path.replace(/^body\./, "");
