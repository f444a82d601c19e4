// The jury's arithmetic: averages per criterion over the reviews that count, whether each passes its threshold, and
// one weighted total. Which reviews count (submitted, of the latest revision, by members without a conflict) is
// decided by the caller; this file only counts.
//
// Scores run from 0 ("not addressed at all") to the criterion's maximum (5 by default). The weighted total is a
// percentage: each criterion's average as a share of its maximum, weighted by the criterion's weight, so criteria
// with a different maximum weigh by their weight alone.

export interface ScoredCriterion {
  key: string;
  weight: number;
  maxScore: number;
  /** The minimum average to pass; null: none. */
  threshold: number | null;
}

export interface CriterionAverage {
  key: string;
  /** Rounded to two decimals; null without any score. */
  average: number | null;
  /** How many scores the average is over. */
  count: number;
  /** Whether the average reaches the threshold; null without a threshold or without scores. */
  passes: boolean | null;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export function criterionAverages(
  criteria: readonly ScoredCriterion[],
  reviews: readonly Readonly<Record<string, number | null | undefined>>[],
): CriterionAverage[] {
  return criteria.map((criterion) => {
    const scores = reviews.map((review) => review[criterion.key]).filter((s): s is number => typeof s === "number");
    if (scores.length === 0) return { key: criterion.key, average: null, count: 0, passes: null };
    const exact = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    return {
      key: criterion.key,
      average: round(exact, 2),
      count: scores.length,
      passes: criterion.threshold === null ? null : exact >= criterion.threshold,
    };
  });
}

/** The weighted total in percent (one decimal); null unless every criterion has an average. */
export function weightedTotal(
  criteria: readonly ScoredCriterion[],
  averages: readonly { key: string; average: number | null }[],
): number | null {
  const byKey = new Map(averages.map((a) => [a.key, a.average]));
  let weights = 0;
  let sum = 0;
  for (const criterion of criteria) {
    const average = byKey.get(criterion.key);
    if (average === null || average === undefined) return null;
    weights += criterion.weight;
    sum += criterion.weight * (average / criterion.maxScore);
  }
  return weights === 0 ? null : round((sum / weights) * 100, 1);
}

/** The keys of the criteria a set of scores leaves without a score, in the criteria's order. */
export function unscoredCriteria(
  criteria: readonly ScoredCriterion[],
  scores: Readonly<Record<string, { score: number | null } | undefined>>,
): string[] {
  return criteria.filter((c) => typeof scores[c.key]?.score !== "number").map((c) => c.key);
}
