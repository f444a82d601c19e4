import { describe, expect, it } from "vitest";
import { criterionAverages, unscoredCriteria, weightedTotal, type ScoredCriterion } from "./jury-scores.ts";

const criteria: ScoredCriterion[] = [
  { key: "fit", weight: 3, maxScore: 5, threshold: 3 },
  { key: "cost", weight: 1, maxScore: 10, threshold: null },
];

describe("criterionAverages", () => {
  it("averages each criterion over the scores given and judges the threshold on the exact average", () => {
    expect(criterionAverages(criteria, [{ fit: 3, cost: 10 }, { fit: 2 }, { fit: 4, cost: 5 }])).toEqual([
      { key: "fit", average: 3, count: 3, passes: true },
      { key: "cost", average: 7.5, count: 2, passes: null },
    ]);
  });

  it("fails a threshold by a hair and rounds only what it shows", () => {
    const [fit] = criterionAverages(criteria, [{ fit: 3 }, { fit: 3 }, { fit: 2 }]);
    expect(fit).toEqual({ key: "fit", average: 2.67, count: 3, passes: false });
  });

  it("has no average without scores", () => {
    expect(criterionAverages(criteria, [])[0]).toEqual({ key: "fit", average: null, count: 0, passes: null });
  });
});

describe("weightedTotal", () => {
  it("weighs each average as a share of its maximum", () => {
    // (3 × 4/5 + 1 × 5/10) / 4 = 0.725
    expect(
      weightedTotal(criteria, [
        { key: "fit", average: 4 },
        { key: "cost", average: 5 },
      ]),
    ).toBe(72.5);
  });

  it("is null while a criterion has no average", () => {
    expect(weightedTotal(criteria, [{ key: "fit", average: 4 }])).toBeNull();
  });
});

describe("unscoredCriteria", () => {
  it("lists the criteria without a score, 0 counting as a score", () => {
    expect(unscoredCriteria(criteria, { fit: { score: 0 }, cost: { score: null } })).toEqual(["cost"]);
    expect(unscoredCriteria(criteria, {})).toEqual(["fit", "cost"]);
  });
});
