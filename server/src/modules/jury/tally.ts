// Which reviews count, and their averages: submitted reviews of the candidacy's latest revision by members still
// assigned to the call and without a conflict on it (a `possible` counts once cleared).
import { criterionAverages, weightedTotal } from "../../domain/jury-scores.ts";
import { counts } from "./policy.ts";
import type { DeclarationRow, ReviewRow } from "./queries.ts";
import type { Averages, Criterion } from "./schemas.ts";

export function countingReviews(
  reviews: readonly ReviewRow[],
  latestRevisionId: string,
  assigned: ReadonlySet<string>,
  declarations: readonly DeclarationRow[],
): ReviewRow[] {
  const byUser = new Map(declarations.map((d) => [d.userId, d]));
  return reviews.filter(
    (r) =>
      r.revisionId === latestRevisionId &&
      r.submittedAt !== null &&
      assigned.has(r.userId) &&
      counts(byUser.get(r.userId)),
  );
}

export function averagesOf(criteria: readonly Criterion[], reviews: readonly ReviewRow[]): Averages {
  const averages = criterionAverages(
    criteria,
    reviews.map((r) => Object.fromEntries(Object.entries(r.scores).map(([key, s]) => [key, s.score]))),
  );
  return { criteria: averages, weightedTotal: weightedTotal(criteria, averages) };
}
