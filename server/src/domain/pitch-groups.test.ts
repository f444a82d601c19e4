import { describe, expect, it } from "vitest";
import { pitchGroups, type PitchGroupInput } from "./pitch-groups.ts";

const candidacy = (
  id: string,
  challenges: number[],
  serviceTypes: string[],
  municipalities: string[] = [],
): PitchGroupInput["candidacies"][number] => ({
  id,
  name: `Organisatie ${id}`,
  challenges,
  serviceTypes,
  municipalities,
});

const input = (
  candidacies: PitchGroupInput["candidacies"],
  byChallenge: [number, string[]][] = [],
): PitchGroupInput => ({
  challenges: [1, 2],
  needs: { byChallenge: new Map(byChallenge), region: [] },
  municipalities: ["Maaseik", "Kinrooi"],
  candidacies,
});

describe("suggested pitch groups", () => {
  it("puts a candidacy under every challenge it names, and leaves out challenges nobody names", () => {
    const groups = pitchGroups(input([candidacy("a", [1, 2], ["debt"]), candidacy("b", [2], ["housing"])]));
    expect(groups.map((g) => [g.challengeNumber, g.candidacyIds])).toEqual([
      [1, ["a"]],
      [2, ["a", "b"]],
    ]);
  });

  it("hears complementary candidacies together: those who together cover the needs come one after another", () => {
    const groups = pitchGroups(
      input(
        [
          candidacy("a", [1], ["debt", "housing"], ["Maaseik"]),
          candidacy("b", [1], ["debt", "housing"], ["Maaseik"]),
          candidacy("c", [1], ["work"], ["Kinrooi"]),
          candidacy("d", [1], ["work"], ["Kinrooi"]),
        ],
        [[1, ["debt", "housing", "work"]]],
      ),
    );
    const [group] = groups;
    expect(group?.needed).toBe(5);
    expect(group?.sets).toEqual([
      { candidacyIds: ["a", "c"], covered: 5 },
      { candidacyIds: ["b", "d"], covered: 5 },
    ]);
    expect(group?.candidacyIds).toEqual(["a", "c", "b", "d"]);
  });

  it("counts only what the challenge needs when the addendum asks something for it", () => {
    const [group] = pitchGroups(
      input(
        [candidacy("a", [1], ["debt", "language"]), candidacy("b", [1], ["language"]), candidacy("c", [1], ["work"])],
        [[1, ["debt", "work"]]],
      ),
    );
    expect(group?.sets.map((s) => s.candidacyIds)).toEqual([["a", "c"], ["b"]]);
  });
});
