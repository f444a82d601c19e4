// The words of signals, Actie nodig and the timeline exist in Dutch, English and French alike, and every code the
// server sends for them has its words.
import { describe, expect, it } from "vitest";
import { signalStatuses } from "../../../../server/src/domain/trajectory-codes.ts";
import { referralStates } from "../../../../server/src/domain/referral-state.ts";
import { timelineKinds } from "../../../../server/src/modules/timeline/schemas.ts";
import { workItemKinds } from "../../../../server/src/modules/worklist/schemas.ts";
import en from "../../i18n/signals.en.json" with { type: "json" };
import fr from "../../i18n/signals.fr.json" with { type: "json" };
import nl from "../../i18n/signals.nl.json" with { type: "json" };

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

describe("the words of signals, Actie nodig and the timeline", () => {
  it("has the same keys in nl, en and fr", () => {
    expect(keys(en as Tree).sort()).toEqual(keys(nl as Tree).sort());
    expect(keys(fr as Tree).sort()).toEqual(keys(nl as Tree).sort());
  });

  it.each([
    ["nl", nl],
    ["en", en],
    ["fr", fr],
  ] as const)("names every status, item kind, timeline kind and referral state in %s", (_language, words) => {
    const all = new Set(keys(words as Tree));
    for (const status of signalStatuses) expect(all).toContain(`signals.status.${status}`);
    for (const kind of workItemKinds) {
      for (const part of ["kind", "since", "act"]) expect(all).toContain(`worklist.${part}.${kind}`);
    }
    for (const kind of timelineKinds) expect(all).toContain(`trajectoryTimeline.kind.${kind}`);
    for (const state of referralStates) expect(all).toContain(`trajectoryTimeline.code.referralState.${state}`);
  });
});
