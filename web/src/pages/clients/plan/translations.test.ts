// The plan, appointments and notes tabs say everything in Dutch, English and French: the three files hold the same
// keys, every "plans.…" key the screens use exists, and every code the server sends (attendance, confidentiality,
// category, goal status, who) has its words.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  actionWho,
  appointmentAttendance,
  dataCategories,
  goalStatuses,
  noteConfidentiality,
} from "../../../../../server/src/domain/trajectory-codes.ts";
import en from "../../../i18n/plans.en.json" with { type: "json" };
import fr from "../../../i18n/plans.fr.json" with { type: "json" };
import nl from "../../../i18n/plans.nl.json" with { type: "json" };

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

const nlKeys = keys(nl as Tree).sort();
const screens = ["plan", "appointments", "notes"].flatMap((folder) => {
  const dir = path.join(import.meta.dirname, "..", folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".tsx"))
    .map((file) => readFileSync(path.join(dir, file), "utf8"));
});

describe("the plan's words", () => {
  it("has the same keys in nl, en and fr, none empty", () => {
    expect(keys(en as Tree).sort()).toEqual(nlKeys);
    expect(keys(fr as Tree).sort()).toEqual(nlKeys);
    const values = (tree: Tree): string[] =>
      Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : values(v)));
    for (const tree of [nl, en, fr]) {
      for (const value of values(tree as Tree)) expect(value.trim()).not.toBe("");
    }
  });

  it("has every fixed key the screens use", () => {
    const used = [...new Set(screens.flatMap((text) => [...text.matchAll(/t\("(plans\.[\w.]+)"/g)].map((m) => m[1])))];
    expect(used.length).toBeGreaterThan(50);
    for (const key of used) expect(nlKeys, key).toContain(key);
  });

  it("names every code the server sends", () => {
    const expected = [
      ...appointmentAttendance.map((c) => `plans.attendance.${c}`),
      ...noteConfidentiality.map((c) => `plans.confidentiality.${c}`),
      ...noteConfidentiality.map((c) => `plans.confidentialityHelp.${c}`),
      ...dataCategories.map((c) => `plans.category.${c}`),
      ...goalStatuses.map((c) => `plans.goalStatus.${c}`),
      ...actionWho.map((c) => `plans.who.${c}`),
    ];
    for (const key of expected) expect(nlKeys, key).toContain(key);
  });
});
