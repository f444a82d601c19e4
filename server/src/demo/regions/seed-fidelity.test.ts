// Checks the transcription of every region in ./index.ts against its seed addendum in ../seeds, driven
// by the seed text itself: the municipalities of the "werkingsgebied" line, the "Regio-uitdaging N gebaseerd op …"
// headings and their personas, the bullet lists, the recognition percentages and the candidacy deadline. Every
// text stored in a document must occur in the seed (nothing invented), and every bullet of the seed must occur in
// the document (nothing lost). Comparison ignores PDF artefacts: whitespace, page headers, list markers, and the
// space after a hyphen that ended a line ("lees-\n\nen" ~ "lees- en").
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { Value } from "typebox/value";
import { AddendumDocumentSchema } from "../../modules/addenda/document.ts";
import { validateDocument } from "../../modules/addenda/validation.ts";
import { resolveMilestones } from "../../domain/milestones.ts";
import { barriers, lifeDomains, serviceTypes } from "../../reference/taxonomy.ts";
import { personas } from "../../reference/personas.ts";
import { seedsDir, sharedSeedsDir } from "../seeds/files.ts";
import { regionSeeds } from "./index.ts";
import type { RegionSeed } from "./types.ts";

/** What the README of the seeds says about each region: municipality and challenge counts. */
const expected: Record<string, { municipalities: number; challenges: number; deadlineUtc: string }> = {
  "zuid-oost-hageland": { municipalities: 8, challenges: 5, deadlineUtc: "2023-06-09T21:59:00.000Z" },
  "vlaamse-ardennen": { municipalities: 10, challenges: 2, deadlineUtc: "2023-09-22T21:59:00.000Z" },
  baldemore: { municipalities: 4, challenges: 7, deadlineUtc: "2023-05-12T21:59:00.000Z" },
  "klein-brabant-vaartland": { municipalities: 3, challenges: 4, deadlineUtc: "2023-06-02T21:59:00.000Z" },
  maasland: { municipalities: 5, challenges: 4, deadlineUtc: "2023-06-01T21:59:00.000Z" },
};

const listMarker = /^\s*(?:●|◆|➔|\uf0b7|- |\* )\s*/;
const pageArtefact = /^\s*(?:Capacity Building Lokale Partnerschappen|I|\d{1,2})\s*$/;

/** Collapses whitespace and joins a hyphen that ended a line to the next word. Apply to both sides. */
function squash(text: string): string {
  return text.replace(/\s+/g, " ").replace(/- /g, "-").trim();
}

/** A seed file without page headers, page numbers and list markers, squashed. */
function normaliseSeed(raw: string): string {
  return squash(
    raw
      .split("\n")
      .filter((line) => !pageArtefact.test(line))
      .map((line) => line.replace(listMarker, ""))
      .join("\n"),
  );
}

/** Every free text the document takes from the addendum; a text of several lines is a bullet with its sub-bullets. */
function storedTexts(seed: RegionSeed): string[] {
  const d = seed.document;
  const texts: string[] = [d.title, ...d.challengesIntro, ...seed.municipalities];
  for (const c of d.challenges) {
    texts.push(...c.context, ...c.intendedResults, ...c.questions, ...c.obstacles.map((o) => o.text));
    if (c.personaNote) texts.push(c.personaNote);
  }
  texts.push(...d.findings.intro);
  for (const g of d.findings.groups) texts.push(g.heading, ...g.items.map((i) => i.text));
  for (const r of d.findings.recognition) texts.push(r.original);
  texts.push(...d.arena.intro, ...d.arena.notes);
  for (const r of d.arena.rows) texts.push(r.need, r.service);
  for (const l of d.localInput) texts.push(l.heading, l.text);
  for (const m of d.milestones) {
    texts.push(m.label, m.original);
    if (m.note) texts.push(m.note);
  }
  for (const c of d.contacts) {
    texts.push(...c.phones);
    if (c.role) texts.push(c.role);
    if (c.email) texts.push(c.email);
  }
  texts.push(d.application.instructions, d.application.email);
  if (d.application.subject) texts.push(d.application.subject);
  return texts.flatMap((t) => t.split("\n")).filter((t) => t.trim() !== "");
}

/** The raw text of each "Regio-uitdaging N gebaseerd op …" section, up to the next one or "Lokale Analyse". */
function challengeSections(raw: string): Map<number, string> {
  const sections = new Map<number, string>();
  const end = raw.indexOf("Lokale Analyse");
  const heads = [...raw.matchAll(/Regio-uitdaging (\d+) gebaseerd/g)];
  heads.forEach((head, i) => {
    const to = i + 1 < heads.length ? heads[i + 1]!.index : end;
    sections.set(Number(head[1]), raw.slice(head.index, to));
  });
  return sections;
}

function dashBullets(text: string): number {
  return text.split("\n").filter((line) => /^\s*- /.test(line)).length;
}

const dutchMonths = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/** "Deadline kandidaturen [vrijdag] 9 juni 2023 om 23u59" or "… 02/06/2023 om 23u59" in the seed, as a UTC instant. */
function seedDeadlineUtc(seedText: string): string {
  const match =
    /Deadline kandidaturen (?:\p{L}+dag )?(\d{1,2})(?: (\p{L}+) |\/(\d{2})\/)(\d{4}) om (\d{1,2})u(\d{2})/u.exec(
      seedText,
    );
  if (!match) throw new Error("no 'Deadline kandidaturen' line in the seed");
  const [, day, monthName, monthNumber, year, hour, minute] = match;
  const month = monthName ? dutchMonths.indexOf(monthName.toLowerCase()) + 1 : Number(monthNumber);
  const local = DateTime.fromObject(
    { year: Number(year), month, day: Number(day), hour: Number(hour), minute: Number(minute) },
    { zone: "Europe/Brussels" },
  );
  return local.toUTC().toISO()!;
}

const knownBarriers = new Set(barriers.map((b) => b.code));
const knownServiceTypes = new Set(serviceTypes.map((s) => s.code));
const knownPersonas = new Set(personas.map((p) => p.slug));

describe("reference taxonomies", () => {
  it("have unique codes, names in three languages, and barriers in known life domains", () => {
    const domains = new Set(lifeDomains.map((d) => d.code));
    for (const list of [lifeDomains, barriers, serviceTypes, personas.map((p) => ({ code: p.slug }))]) {
      const codes = list.map((x) => x.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[a-z0-9_]+$/);
    }
    for (const b of barriers) expect(domains.has(b.lifeDomain), b.code).toBe(true);
    for (const x of [...lifeDomains, ...barriers, ...serviceTypes]) {
      expect(
        [x.name.nl, x.name.en, x.name.fr].every((n) => n.trim() !== ""),
        x.code,
      ).toBe(true);
    }
    for (const s of serviceTypes) {
      expect(
        [s.description.nl, s.description.en, s.description.fr].every((n) => n.trim() !== ""),
        s.code,
      ).toBe(true);
    }
  });

  it("name exactly the 22 personas of the five addenda", () => {
    expect(personas).toHaveLength(22);
    const all = new Set(regionSeeds.flatMap((r) => r.document.challenges.flatMap((c) => c.personas)));
    if (regionSeeds.length === 5) expect([...all].sort()).toEqual([...knownPersonas].sort());
  });
});

describe("region index", () => {
  it("holds every seed file once, with unique slugs", () => {
    expect(new Set(regionSeeds.map((r) => r.slug)).size).toBe(regionSeeds.length);
    expect(new Set(regionSeeds.map((r) => r.seedFile)).size).toBe(regionSeeds.length);
    for (const r of regionSeeds) expect(Object.keys(expected)).toContain(r.slug);
  });

  it("tests against the repository's copy of the seeds, identical to the shared originals where present", () => {
    const copies = readdirSync(seedsDir).filter((f) => f.endsWith(".txt"));
    expect(copies.sort()).toEqual(regionSeeds.map((r) => r.seedFile).sort());
    if (!existsSync(sharedSeedsDir)) return; // a clone on its own: the copy is all there is
    for (const file of readdirSync(sharedSeedsDir)) {
      expect(readFileSync(path.join(seedsDir, file), "utf8"), file).toBe(
        readFileSync(path.join(sharedSeedsDir, file), "utf8"),
      );
    }
  });
});

describe.each(regionSeeds.map((seed) => [seed.slug, seed] as const))("region %s", (slug, seed) => {
  const raw = readFileSync(path.join(seedsDir, seed.seedFile), "utf8");
  const source = normaliseSeed(raw);
  const d = seed.document;

  it("is a valid addendum document with known codes", () => {
    expect([...Value.Errors(AddendumDocumentSchema, d)]).toEqual([]);
    expect(
      validateDocument(d, { barriers: knownBarriers, serviceTypes: knownServiceTypes, personas: knownPersonas }),
    ).toEqual([]);
  });

  it("lists the municipalities of the werkingsgebied, in order", () => {
    const start = source.indexOf("Lokaal werkingsgebied");
    const area = source.slice(start, source.indexOf("Regio-uitdagingen", start));
    const names = area
      .slice(area.lastIndexOf(":") + 1)
      .split(/,| en /)
      .map((n) => n.trim().replace(/\.$/, ""))
      .filter((n) => n !== "");
    expect(seed.municipalities).toEqual(names);
    expect(seed.municipalities).toHaveLength(expected[slug]!.municipalities);
  });

  it("has one challenge per 'Regio-uitdaging N' heading, with the personas the heading names", () => {
    const numbers = [...new Set([...source.matchAll(/Regio-uitdaging (\d+) gebaseerd/g)].map((m) => Number(m[1])))];
    expect(d.challenges.map((c) => c.number)).toEqual(numbers);
    expect(numbers).toHaveLength(expected[slug]!.challenges);
    for (const challenge of d.challenges) {
      const from = source.indexOf(`Regio-uitdaging ${challenge.number} gebaseerd op`);
      const rest = source.slice(from + `Regio-uitdaging ${challenge.number} gebaseerd op`.length);
      const heading = rest.slice(0, rest.search(/ (?:We|Wij|In|Hoe) /));
      const names = [...heading.matchAll(/\b[A-Z][a-z]+\b/g)].map((m) => m[0].toLowerCase());
      expect([...challenge.personas].sort(), `challenge ${challenge.number}: ${heading}`).toEqual(
        [...new Set(names)].sort(),
      );
    }
  });

  it("stores only text that occurs in the seed", () => {
    const missing = storedTexts(seed).filter((t) => !source.includes(squash(t)));
    expect(missing).toEqual([]);
  });

  it("loses no bullet of the seed", () => {
    const d = seed.document;
    const haystack = [
      ...storedTexts(seed),
      ...d.milestones.flatMap((m) => [`${m.label} ${m.original}`, `${m.label}: ${m.original}`]),
      // "- Anne Moyaerts, anne.moyaerts@vdab.be, +32 499 94 88 22"
      ...d.contacts.map((c) => [c.name, c.email, ...c.phones].filter(Boolean).join(", ")),
    ]
      .map(squash)
      .join("\u0000");
    const heading =
      /^(?:Regio-uitdaging \d+ gebaseerd|Persona$|Arena-analyse$|Resultaten verrijking|Andere lokale input$|Lokale deadline kandidatuur$|lokale matching-momenten$|Communicatie matching$)/i;
    const lost = raw
      .split("\n")
      .filter((line) => listMarker.test(line) || /^\s*…/.test(line))
      // A transcription may drop the ";" or "." that ends a list item.
      .map((line) => squash(line.replace(listMarker, "")).replace(/\s*[;.,]$/, ""))
      .filter((line) => line !== "" && !heading.test(line))
      .filter((line) => !haystack.includes(line));
    expect(lost).toEqual([]);
  });

  it("keeps every obstacle and intended-result bullet of the challenges", () => {
    const sections = challengeSections(raw);
    for (const challenge of d.challenges) {
      const section = sections.get(challenge.number)!;
      const obstaclesAt = section.indexOf("De obstakels zijn");
      if (obstaclesAt >= 0) {
        const list = section.slice(obstaclesAt, section.indexOf("Hoe kunnen we", obstaclesAt));
        expect(challenge.obstacles, `challenge ${challenge.number} obstacles`).toHaveLength(dashBullets(list));
      }
      const resultsAt = section.indexOf("zodat ze:");
      if (resultsAt >= 0 && dashBullets(section.slice(resultsAt)) > 0) {
        expect(challenge.intendedResults, `challenge ${challenge.number} results`).toHaveLength(
          dashBullets(section.slice(resultsAt)),
        );
      }
    }
  });

  it("maps every obstacle, finding and arena row onto existing codes", () => {
    const used = {
      barriers: [
        ...d.challenges.flatMap((c) => c.obstacles.flatMap((o) => o.barriers)),
        ...d.findings.groups.flatMap((g) => g.items.flatMap((i) => i.barriers)),
        ...d.arena.rows.flatMap((r) => r.barriers),
      ],
      serviceTypes: [
        ...d.findings.groups.flatMap((g) => g.items.flatMap((i) => i.serviceTypes)),
        ...d.arena.rows.flatMap((r) => r.serviceTypes),
      ],
    };
    expect(used.barriers.filter((c) => !knownBarriers.has(c))).toEqual([]);
    expect(used.serviceTypes.filter((c) => !knownServiceTypes.has(c))).toEqual([]);
    expect(d.challenges.flatMap((c) => c.personas).filter((p) => !knownPersonas.has(p))).toEqual([]);
    for (const c of d.challenges)
      expect(c.obstacles.length + c.questions.length, `challenge ${c.number}`).toBeGreaterThan(0);
  });

  it("keeps the recognition percentages as written", () => {
    const stated = [...source.matchAll(/Regio-uitdaging (\d+): \d+ ?%/g)].map((m) => Number(m[1]));
    expect(d.findings.recognition.map((r) => r.challenge)).toEqual(stated);
    for (const r of d.findings.recognition) {
      const inText = [...r.original.matchAll(/(\d+) ?%/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
      const values = [r.notRecognisable, r.lessRecognisable, r.recognisable, r.moreRecognisable, r.veryRecognisable];
      expect(values.filter((v) => v !== 0).sort((a, b) => a - b)).toEqual(inText);
      // Maasland's four rows happen to add up to 100; a row that does not is kept as written, so only report it.
      const sum = values.reduce((a, b) => a + b, 0);
      if (sum !== 100) console.warn(`${slug} challenge ${r.challenge}: recognition adds up to ${sum}%`);
    }
  });

  it("keeps milestones, contacts and the application address from the seed", () => {
    for (const m of d.milestones) expect(source, m.key).toContain(squash(m.original));
    for (const c of d.contacts) if (c.email) expect(source).toContain(c.email);
    expect(source).toContain(d.application.email);
    if (d.application.subject) expect(source).toContain(d.application.subject);
  });

  it("puts the candidacy deadline at the instant the seed names", () => {
    const deadline = resolveMilestones(d.milestones).find((m) => m.key === "candidacy_deadline")!;
    const fromSeed = seedDeadlineUtc(source);
    expect(new Date(deadline.resolved.instant!).toISOString()).toBe(new Date(fromSeed).toISOString());
    expect(new Date(fromSeed).toISOString()).toBe(expected[slug]!.deadlineUtc);
  });
});
