// A call's phase from its milestones and the clock (domain/call-phase.ts), and the refusals that follow from it,
// worded with the moments in Belgian time. Publishing the decisions (modules/decisions) stamps the call's
// decisions_published_at, which moves it on to the weerwoord and then closes it.
import type { Locale } from "../../db/types.ts";
import { formatDate, formatInstant } from "../../domain/belgian-format.ts";
import { callPhase, phaseAllows, type PhaseState } from "../../domain/call-phase.ts";
import type { Milestone } from "../../domain/milestone-types.ts";
import { utcToLocal } from "../../domain/milestones.ts";
import { HttpError } from "../../platform/errors.ts";

export function stateOf(
  call: { milestones: Milestone[]; decisionsPublishedAt: Date | null; lastDecisionPublishedAt?: Date | null },
  now: Date,
): PhaseState {
  return callPhase(
    {
      milestones: call.milestones,
      decisionsPublishedAt: call.decisionsPublishedAt,
      lastDecisionPublishedAt: call.lastDecisionPublishedAt ?? null,
    },
    now,
  );
}

/** A moment as a reader expects it: a day when it is the start of a day, otherwise day and time. */
export function formatMoment(iso: string, locale: Locale): string {
  const local = utcToLocal(iso);
  return local.time === "00:00" ? formatDate(local.date, locale) : formatInstant(iso, locale);
}

/** The refusal when a candidacy arrives after the deadline; its message names the deadline in Belgian time. */
export function deadlinePassed(deadline: string, locale: Locale): HttpError {
  return new HttpError(409, "call.deadline_passed", { params: { deadline: formatInstant(deadline, locale) } });
}

/** The refusal for the phase, or null while applicants may create, save and submit candidacies. */
export function applyingRefusal(state: PhaseState, locale: Locale): HttpError | null {
  if (phaseAllows.applying(state.phase)) return null;
  if (state.phase === "not_open") {
    const opens = state.until !== null ? formatMoment(state.until, locale) : (state.waiting?.event ?? "");
    return new HttpError(409, "call.not_open", { params: { opens } });
  }
  // Every later phase has a deadline behind it (without one the call stays open).
  return deadlinePassed(state.deadline ?? new Date(0).toISOString(), locale);
}
