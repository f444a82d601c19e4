// How the decision screens name an outcome and a weerwoord's status, in the reader's language.
import type { TFunction } from "i18next";
import type { DecisionOutcome, ObjectionStatus } from "../../api/types.ts";

export const outcomes: readonly DecisionOutcome[] = ["selected", "reserve", "not_selected"];

export const isOutcome = (value: string): value is DecisionOutcome => (outcomes as readonly string[]).includes(value);

export const outcomeWords = (t: TFunction, outcome: DecisionOutcome) => t(`decisions.outcome.${outcome}`);

export const objectionStatusWords = (t: TFunction, status: ObjectionStatus) => t(`decisions.objectionStatus.${status}`);
