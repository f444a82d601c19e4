// The referral screens say everything in Dutch, English and French: the three files hold the same keys, every
// literal "referrals.…" key the screens use exists, and every code the server sends (state, reason, category, step,
// attendance, progress, a note the platform wrote) has its words.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  completionReasons,
  declineReasons,
  endReasons,
  noteCodes,
  referralStates,
  referralSteps,
} from "../../../../server/src/domain/referral-state.ts";
import {
  dataCategories,
  feedbackAttendance,
  feedbackProgress,
} from "../../../../server/src/domain/trajectory-codes.ts";
import en from "../../i18n/referrals.en.json" with { type: "json" };
import fr from "../../i18n/referrals.fr.json" with { type: "json" };
import nl from "../../i18n/referrals.nl.json" with { type: "json" };

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

const nlKeys = keys(nl as Tree).sort();
const screens = [import.meta.dirname, path.join(import.meta.dirname, "..", "clients", "referrals")].flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(".tsx"))
    .map((file) => readFileSync(path.join(dir, file), "utf8")),
);

describe("the referrals' words", () => {
  it("has the same keys in nl, en and fr, none empty", () => {
    expect(keys(en as Tree).sort()).toEqual(nlKeys);
    expect(keys(fr as Tree).sort()).toEqual(nlKeys);
    const values = (tree: Tree): string[] =>
      Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : values(v)));
    for (const tree of [nl, en, fr]) expect(values(tree as Tree).every((v) => v.trim() !== "")).toBe(true);
  });

  it("has every key the screens name", () => {
    const used = new Set(
      screens.flatMap((text) => [...text.matchAll(/t\("(referrals\.[a-zA-Z.]+)"/g)].map((m) => m[1]!)),
    );
    expect(used.size).toBeGreaterThan(40);
    // A key with a count has its plural forms instead.
    const known = new Set(nlKeys.map((k) => k.replace(/_(one|other)$/, "")));
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });

  it("names every code the server sends", () => {
    const codes = [
      ...referralStates.map((s) => `referrals.state.${s}`),
      ...[...declineReasons, ...completionReasons, ...endReasons].map((r) => `referrals.reason.${r}`),
      ...referralSteps.map((s) => `referrals.step.${s}`),
      ...dataCategories.map((c) => `referrals.category.${c}`),
      ...feedbackAttendance.map((a) => `referrals.attendance.${a}`),
      ...feedbackProgress.map((p) => `referrals.progress.${p}`),
      ...noteCodes.map((n) => `referrals.history.noteCode.${n}`),
    ];
    expect(codes.filter((c) => !nlKeys.includes(c))).toEqual([]);
  });
});
