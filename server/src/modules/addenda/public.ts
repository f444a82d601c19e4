// The public read models of published addenda: the list, one addendum, the personas across regions and the
// barrier grid. Only published versions are ever read here; drafts are not reachable from this file.
// The cross-region models are computed once per snapshot of the published versions and reused until a publish
// changes it (read-model.ts); the single addendum reads its own row on every request.
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { notFound } from "../../platform/errors.ts";
import { resolveMilestones } from "../../domain/milestones.ts";
import type { AddendumDocument } from "./document.ts";
import { findPublished, type TaxonomyRows } from "./queries.ts";
import { currentTaxonomy, derived, publicSnapshot, type PublicSnapshot } from "./read-model.ts";
import type {
  BarrierGrid,
  BarrierSource,
  PersonaChallenge,
  PublicAddendum,
  PublicAddendumList,
  PublicPersona,
  PublicPersonaList,
  References,
  ResolvedMilestoneDto,
  Taxonomy,
} from "./schemas.ts";

export interface UsedCodes {
  personas: Set<string>;
  barriers: Set<string>;
  serviceTypes: Set<string>;
}

/** The persona, barrier and service type codes a document names anywhere. */
export function codesOf(document: AddendumDocument): UsedCodes {
  const used: UsedCodes = { personas: new Set(), barriers: new Set(), serviceTypes: new Set() };
  for (const challenge of document.challenges) {
    for (const slug of challenge.personas) used.personas.add(slug);
    for (const obstacle of challenge.obstacles) for (const code of obstacle.barriers) used.barriers.add(code);
  }
  for (const group of document.findings.groups) {
    for (const finding of group.items) {
      for (const code of finding.barriers) used.barriers.add(code);
      for (const code of finding.serviceTypes) used.serviceTypes.add(code);
    }
  }
  for (const row of document.arena.rows) {
    for (const code of row.barriers) used.barriers.add(code);
    for (const code of row.serviceTypes) used.serviceTypes.add(code);
  }
  return used;
}

/** The taxonomy entries for the given codes, in taxonomy order, with the life domains of those barriers. */
export function referencesFor(taxonomy: TaxonomyRows, used: UsedCodes): References {
  const barriers = taxonomy.barriers.filter((b) => used.barriers.has(b.code));
  const domains = new Set(barriers.map((b) => b.lifeDomain));
  return {
    personas: taxonomy.personas.filter((p) => used.personas.has(p.slug)),
    barriers,
    lifeDomains: taxonomy.lifeDomains.filter((d) => domains.has(d.code)),
    serviceTypes: taxonomy.serviceTypes.filter((s) => used.serviceTypes.has(s.code)),
  };
}

export function allReferences(taxonomy: TaxonomyRows): References {
  return {
    personas: taxonomy.personas,
    barriers: taxonomy.barriers,
    lifeDomains: taxonomy.lifeDomains,
    serviceTypes: taxonomy.serviceTypes,
  };
}

function personaNames(taxonomy: TaxonomyRows): Map<string, string> {
  return new Map(taxonomy.personas.map((p) => [p.slug, p.name]));
}

/** A persona slug with its name; a slug missing from the list keeps the slug as its name rather than vanish. */
function personaRef(names: Map<string, string>, slug: string): { slug: string; name: string } {
  return { slug, name: names.get(slug) ?? slug };
}

function uniqueInOrder<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

export async function listPublicAddenda(db: Kysely<Database>): Promise<PublicAddendumList> {
  return derived(await publicSnapshot(db), "list", buildPublicAddendaList);
}

function buildPublicAddendaList({ published, municipalities, taxonomy }: PublicSnapshot): PublicAddendumList {
  const names = personaNames(taxonomy);
  return {
    regions: published.map((p) => ({
      slug: p.slug,
      name: p.name,
      municipalities: municipalities.get(p.regionId) ?? [],
      challengeCount: p.content.challenges.length,
      personas: uniqueInOrder(p.content.challenges.flatMap((c) => c.personas)).map((slug) => personaRef(names, slug)),
      publishedVersion: p.number,
      publishedAt: p.publishedAt.toISOString(),
    })),
  };
}

export function resolvedMilestones(document: AddendumDocument): ResolvedMilestoneDto[] {
  return resolveMilestones(document.milestones) as ResolvedMilestoneDto[];
}

export async function getPublicAddendum(db: Kysely<Database>, slug: string): Promise<PublicAddendum> {
  const published = await findPublished(db, slug);
  if (!published) throw notFound();
  const taxonomy = await currentTaxonomy(db, published.referenceToken);
  return {
    region: { slug: published.slug, name: published.name, municipalities: published.municipalities },
    version: { number: published.number, publishedAt: published.publishedAt.toISOString() },
    document: published.content,
    milestones: resolvedMilestones(published.content),
    references: referencesFor(taxonomy, codesOf(published.content)),
  };
}

export async function listPublicPersonas(db: Kysely<Database>): Promise<PublicPersonaList> {
  return derived(await publicSnapshot(db), "personas", buildPublicPersonaList);
}

function buildPublicPersonaList({ published, taxonomy }: PublicSnapshot): PublicPersonaList {
  const stats = new Map<string, { regions: { slug: string; name: string }[]; challengeCount: number }>();
  for (const addendum of published) {
    for (const challenge of addendum.content.challenges) {
      for (const slug of new Set(challenge.personas)) {
        const entry = stats.get(slug) ?? { regions: [], challengeCount: 0 };
        entry.challengeCount += 1;
        if (!entry.regions.some((r) => r.slug === addendum.slug))
          entry.regions.push({ slug: addendum.slug, name: addendum.name });
        stats.set(slug, entry);
      }
    }
  }
  // Only personas that a published addendum names: a persona page without any region would be empty.
  const names = personaNames(taxonomy);
  return {
    personas: [...stats.entries()]
      .map(([slug, entry]) => ({ ...personaRef(names, slug), ...entry }))
      .sort((a, b) => a.name.localeCompare(b.name, "nl") || a.slug.localeCompare(b.slug)),
  };
}

export async function getPublicPersona(db: Kysely<Database>, slug: string): Promise<PublicPersona> {
  const snapshot = await publicSnapshot(db);
  const persona = snapshot.taxonomy.personas.find((p) => p.slug === slug);
  if (!persona) throw notFound();
  // Keyed by a slug the taxonomy knows, so the cache holds at most one page per persona.
  return derived(snapshot, `persona:${slug}`, () => buildPublicPersona(snapshot, persona));
}

function buildPublicPersona({ published, taxonomy }: PublicSnapshot, persona: PublicPersona["persona"]): PublicPersona {
  const slug = persona.slug;
  const names = personaNames(taxonomy);

  const used: UsedCodes = { personas: new Set([slug]), barriers: new Set(), serviceTypes: new Set() };
  const barrierCounts = new Map<string, number>();
  const appearances: PublicPersona["appearances"] = [];
  for (const addendum of published) {
    const challenges: PersonaChallenge[] = [];
    for (const challenge of addendum.content.challenges) {
      if (!challenge.personas.includes(slug)) continue;
      const barriers = uniqueInOrder(challenge.obstacles.flatMap((o) => o.barriers));
      const others = uniqueInOrder(challenge.personas.filter((p) => p !== slug));
      for (const code of barriers) {
        used.barriers.add(code);
        barrierCounts.set(code, (barrierCounts.get(code) ?? 0) + 1);
      }
      for (const other of others) used.personas.add(other);
      challenges.push({
        number: challenge.number,
        context: challenge.context[0] ?? null,
        otherPersonas: others.map((other) => personaRef(names, other)),
        barriers,
      });
    }
    if (challenges.length > 0) appearances.push({ region: { slug: addendum.slug, name: addendum.name }, challenges });
  }

  const taxonomyOrder = new Map(taxonomy.barriers.map((b, i) => [b.code, i]));
  const barriers = taxonomy.barriers
    .filter((b) => barrierCounts.has(b.code))
    .map((b) => ({ code: b.code, lifeDomain: b.lifeDomain, name: b.name, count: barrierCounts.get(b.code) ?? 0 }))
    .sort((a, b) => b.count - a.count || (taxonomyOrder.get(a.code) ?? 0) - (taxonomyOrder.get(b.code) ?? 0));
  return { persona, appearances, barriers, references: referencesFor(taxonomy, used) };
}

/** Which published addenda name which barrier, and in which words: from obstacles, findings and arena rows. */
export async function getBarrierGrid(db: Kysely<Database>): Promise<BarrierGrid> {
  return derived(await publicSnapshot(db), "barrier-grid", buildBarrierGrid);
}

function buildBarrierGrid({ published, taxonomy }: PublicSnapshot): BarrierGrid {
  const cells: BarrierGrid["cells"] = [];
  const barrierOrder = new Map(taxonomy.barriers.map((b, i) => [b.code, i]));
  for (const addendum of published) {
    const sources = new Map<string, BarrierSource[]>();
    const add = (code: string, source: BarrierSource): void => {
      const list = sources.get(code) ?? [];
      if (!list.some((s) => s.kind === source.kind && s.challenge === source.challenge && s.text === source.text))
        list.push(source);
      sources.set(code, list);
    };
    const document = addendum.content;
    for (const challenge of document.challenges) {
      for (const obstacle of challenge.obstacles) {
        for (const code of obstacle.barriers)
          add(code, { kind: "obstacle", challenge: challenge.number, text: obstacle.text });
      }
    }
    for (const group of document.findings.groups) {
      for (const finding of group.items) {
        const [only, ...more] = finding.challenges;
        for (const code of finding.barriers) {
          add(
            code,
            only !== undefined && more.length === 0
              ? { kind: "finding", challenge: only, text: finding.text }
              : { kind: "finding", text: finding.text },
          );
        }
      }
    }
    for (const row of document.arena.rows) {
      for (const code of row.barriers)
        add(code, { kind: "arena", text: row.need.trim() !== "" ? row.need : row.service });
    }
    const codes = [...sources.keys()].sort(
      (a, b) => (barrierOrder.get(a) ?? Infinity) - (barrierOrder.get(b) ?? Infinity),
    );
    for (const code of codes) cells.push({ region: addendum.slug, barrier: code, sources: sources.get(code) ?? [] });
  }
  return {
    regions: published.map((p) => ({ slug: p.slug, name: p.name })),
    lifeDomains: taxonomy.lifeDomains,
    barriers: taxonomy.barriers,
    cells,
  };
}

export async function getTaxonomy(db: Kysely<Database>): Promise<Taxonomy> {
  const taxonomy = await currentTaxonomy(db);
  return { lifeDomains: taxonomy.lifeDomains, barriers: taxonomy.barriers, serviceTypes: taxonomy.serviceTypes };
}
