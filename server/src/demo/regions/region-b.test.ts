// Quick guard for the regions transcribed by "Data B" (Vlaamse-Ardennen, Baldemore, Klein-Brabant Vaartland):
// every document matches AddendumDocumentSchema, and every text stored in it occurs in the seed file, so nothing
// is invented. Comparison ignores whitespace (PDF line breaks) and the space after a hyphen that ends a line.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Value } from "typebox/value";
import { AddendumDocumentSchema } from "../../modules/addenda/document.ts";
import { barriers, serviceTypes } from "../../reference/taxonomy.ts";
import { personas } from "../../reference/personas.ts";
import { seedsDir } from "../seeds/files.ts";
import type { RegionSeed } from "./types.ts";
import { region as vlaamseArdennen } from "./vlaamse-ardennen.ts";
import { region as baldemore } from "./baldemore.ts";
import { region as kleinBrabantVaartland } from "./klein-brabant-vaartland.ts";

/** Drops repeated page headers and stray "I" lines, collapses whitespace, joins "regio-\n\nuitdagingen". */
function normalise(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/^\s*(Capacity Building Lokale Partnerschappen|I)\s*$/.test(line))
    .join("\n")
    .replace(/\s+/g, " ")
    .replace(/- /g, "-")
    .trim();
}

/** Every free text the document claims to take from the addendum. */
function storedTexts(seed: RegionSeed): string[] {
  const d = seed.document;
  const texts: string[] = [d.title, ...d.challengesIntro, ...seed.municipalities];
  for (const c of d.challenges) {
    texts.push(...c.context, ...c.intendedResults, ...c.questions, ...c.obstacles.map((o) => o.text));
    if (c.personaNote) texts.push(c.personaNote);
  }
  texts.push(...d.findings.intro);
  for (const g of d.findings.groups) {
    texts.push(g.heading, ...g.items.map((i) => i.text));
  }
  for (const r of d.findings.recognition) texts.push(r.original);
  texts.push(...d.arena.intro, ...d.arena.notes);
  for (const r of d.arena.rows) texts.push(r.need, r.service);
  for (const l of d.localInput) texts.push(l.heading, l.text);
  for (const m of d.milestones) {
    texts.push(m.label, m.original);
    if (m.note) texts.push(m.note);
  }
  for (const c of d.contacts) {
    texts.push(c.name, ...c.phones);
    if (c.role) texts.push(c.role);
    if (c.email) texts.push(c.email);
  }
  texts.push(d.application.instructions, d.application.email);
  if (d.application.subject) texts.push(d.application.subject);
  return texts.filter((t) => t !== "");
}

const regions: [RegionSeed, { slug: string; name: string; municipalities: number; challenges: number }][] = [
  [vlaamseArdennen, { slug: "vlaamse-ardennen", name: "Vlaamse-Ardennen", municipalities: 10, challenges: 2 }],
  [baldemore, { slug: "baldemore", name: "Baldemore", municipalities: 4, challenges: 7 }],
  [
    kleinBrabantVaartland,
    { slug: "klein-brabant-vaartland", name: "Klein-Brabant Vaartland", municipalities: 3, challenges: 4 },
  ],
];

describe.each(regions)("region $slug", (seed, expected) => {
  it("has the expected identity", () => {
    expect(seed.slug).toBe(expected.slug);
    expect(seed.name).toBe(expected.name);
    expect(seed.municipalities).toHaveLength(expected.municipalities);
    expect(seed.document.challenges.map((c) => c.number)).toEqual(
      Array.from({ length: expected.challenges }, (_, i) => i + 1),
    );
  });

  it("matches AddendumDocumentSchema", () => {
    const errors = [...Value.Errors(AddendumDocumentSchema, seed.document)];
    expect(errors).toEqual([]);
    expect(Value.Check(AddendumDocumentSchema, seed.document)).toBe(true);
  });

  it("stores only text that occurs in the seed file", () => {
    const source = normalise(readFileSync(path.join(seedsDir, seed.seedFile), "utf8"));
    const missing = storedTexts(seed).filter((t) => !source.includes(normalise(t)));
    expect(missing).toEqual([]);
  });

  it("uses only known barrier, service type and persona codes", () => {
    const barrierCodes = new Set(barriers.map((b) => b.code));
    const serviceCodes = new Set(serviceTypes.map((s) => s.code));
    const personaSlugs = new Set(personas.map((p) => p.slug));
    const d = seed.document;
    const usedBarriers = [
      ...d.challenges.flatMap((c) => c.obstacles.flatMap((o) => o.barriers)),
      ...d.findings.groups.flatMap((g) => g.items.flatMap((i) => i.barriers)),
      ...d.arena.rows.flatMap((r) => r.barriers),
    ];
    const usedServices = [
      ...d.findings.groups.flatMap((g) => g.items.flatMap((i) => i.serviceTypes)),
      ...d.arena.rows.flatMap((r) => r.serviceTypes),
    ];
    expect(usedBarriers.filter((c) => !barrierCodes.has(c))).toEqual([]);
    expect(usedServices.filter((c) => !serviceCodes.has(c))).toEqual([]);
    expect(d.challenges.flatMap((c) => c.personas).filter((p) => !personaSlugs.has(p))).toEqual([]);
    const findingChallenges = d.findings.groups.flatMap((g) => g.items.flatMap((i) => i.challenges));
    expect(findingChallenges.filter((n) => !d.challenges.some((c) => c.number === n))).toEqual([]);
  });

  it("keeps milestone keys unique", () => {
    const keys = seed.document.milestones.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
