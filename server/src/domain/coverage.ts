// The coverage matrix of a call (DESIGN §3 "Call"): for a region's challenges, the service types it asks for and its
// municipalities, which candidacies cover what, and, for a selection ("what if we select these"), what is covered,
// over-covered and a gap; plus the reserves that would close the remaining gaps. Pure: it runs on every click in a
// jury, so it does one pass over (cells × candidacies × municipalities) and touches no database.
//
// What the region needs (needsFromAddendum). The addendum's arena table is not split by challenge, so a need is
// traced to a challenge through the addendum's own links:
//   1. a finding that names challenges ("Regio-uitdaging 2 en 3") asks its service types for those challenges;
//   2. an arena row, or a finding that names no challenge, asks its service types for every challenge with whose
//      obstacles it shares a barrier code (the row "verslaving → verslavingszorg" for the challenge whose persona
//      struggles with addiction);
//   3. a row or finding that shares no barrier with any challenge (or names none) asks its service types of the
//      region as a whole: the `region` row, covered by any selected candidacy that offers the type, for whichever
//      challenge;
//   4. a challenge for which the addendum asks nothing by rules 1–2 needs what the candidacies offer for it
//      together (needSource "offers"), so its row still shows who covers what.
//
// Statuses of a cell (challenge × service type, or region × service type):
//   gap           — needed, and no selected candidacy covers it;
//   covered       — needed, exactly one selected candidacy covers it;
//   over_covered  — needed, two or more selected cover it. Information, not a warning: two partners on one need can
//                   be deliberate (capacity, different municipalities); the jury decides, the matrix only shows it;
//   not_needed_but_offered — a candidacy offers it for this challenge but the addendum does not ask it there (it
//                   may still be a region-wide need, shown in the region row).
// Where a service is offered (the third dimension): a needed cell with a selection lists the region's municipalities
// where no selected candidacy that covers the cell works (`uncoveredMunicipalities`, in the region's order; empty
// when every municipality is reached, and empty for a gap, which is missing everywhere). Such a cell keeps its
// status covered / over_covered, so every existing reader, count and colour stays true, and is counted in
// `totals.partial`: a challenge (or the region) with a partial cell is not complete. So the only selected candidacy
// offering debt mediation for challenge 2 working in Maaseik alone leaves "covered, not in Kinrooi" even when another
// selected candidacy of challenge 2 works in Kinrooi with other services. The region row's cells are reached by any
// selected candidacy offering the type, for whichever challenge. A candidacy that names no municipality works in none.
// Municipalities: the partnership serves every municipality of the region for every challenge, so a municipality
// that no selected candidacy naming the challenge works in is a gap of that challenge (gap / covered /
// over_covered as above). Personas are shown (who names which) but are not gaps: naming them is optional in a
// candidacy, so an unnamed persona says nothing about what a partner does.
// Capacity: the trajectories per year of the selected candidacies naming the challenge. A candidacy that names
// three challenges counts in each (it does not say how it splits), so the selection's total counts it once.

export type CellStatus = "gap" | "covered" | "over_covered" | "not_needed_but_offered";
export type NeededStatus = Exclude<CellStatus, "not_needed_but_offered">;

export interface ServiceNeeds {
  /** Per challenge number: the service types the addendum asks for it, in the addendum's order. */
  byChallenge: ReadonlyMap<number, readonly string[]>;
  /** Service types the addendum asks of the region, traced to no challenge. */
  region: readonly string[];
}

/** The parts of an addendum document the needs come from (AddendumDocument fits it). */
export interface AddendumNeedsSource {
  challenges: readonly { number: number; obstacles: readonly { barriers: readonly string[] }[] }[];
  arena: { rows: readonly { serviceTypes: readonly string[]; barriers: readonly string[] }[] };
  findings: {
    groups: readonly {
      items: readonly { challenges: readonly number[]; serviceTypes: readonly string[]; barriers: readonly string[] }[];
    }[];
  };
}

export interface CoverageCandidacy {
  id: string;
  /** The organisation's name: what the jury reads, and the tie-breaker of the proposals. */
  name: string;
  challenges: readonly number[];
  personas: readonly string[];
  serviceTypes: readonly string[];
  municipalities: readonly string[];
  trajectoriesPerYear: number | null;
}

export interface CoverageInput {
  challenges: readonly { number: number; personas: readonly string[] }[];
  needs: ServiceNeeds;
  /** The region's municipalities, in its order. */
  municipalities: readonly string[];
  /** The candidacies of the call, each as its latest submitted revision says. */
  candidacies: readonly CoverageCandidacy[];
}

export interface ServiceCell {
  serviceType: string;
  needed: boolean;
  /** Every candidacy covering the cell, by name; `selectedIds` the selected among them. */
  candidacyIds: string[];
  selectedIds: string[];
  status: CellStatus;
  /**
   * For a needed cell with a selection (covered, over_covered): the region's municipalities where none of the
   * selected candidacies covering it works, in the region's order. Empty otherwise.
   */
  uncoveredMunicipalities: string[];
}

export interface MunicipalityCell {
  municipality: string;
  candidacyIds: string[];
  selectedIds: string[];
  status: NeededStatus;
}

export interface CoverageTotals {
  needed: number;
  covered: number;
  overCovered: number;
  gaps: number;
  notNeededButOffered: number;
  municipalityGaps: number;
  /** Needed cells covered by the selection, but not in every municipality (`uncoveredMunicipalities`). */
  partial: number;
}

export interface ChallengeCoverage {
  number: number;
  needSource: "addendum" | "offers";
  personas: { persona: string; candidacyIds: string[]; selectedIds: string[] }[];
  serviceTypes: ServiceCell[];
  municipalities: MunicipalityCell[];
  totals: CoverageTotals;
  /** Trajectories per year of the selected candidacies naming this challenge. */
  trajectoriesPerYear: number;
}

export interface MunicipalityCoverage {
  municipality: string;
  /** The selected candidacies working there, for any challenge. */
  selectedIds: string[];
  /** The challenges for which no selected candidacy works there. */
  gapChallenges: number[];
}

export interface CoverageMatrix {
  /** The columns: needed service types in the addendum's order, then the ones only offered, by code. */
  serviceTypes: string[];
  challenges: ChallengeCoverage[];
  region: { serviceTypes: ServiceCell[]; totals: CoverageTotals };
  municipalities: MunicipalityCoverage[];
  /** The selected ids that are candidacies of the input, by name. */
  selectedIds: string[];
  totals: CoverageTotals & { trajectoriesPerYear: number };
}

export type Gap =
  | { kind: "service"; challenge: number; serviceType: string }
  /** A needed service the selection covers for the challenge, but not in this municipality. */
  | { kind: "service_municipality"; challenge: number; serviceType: string; municipality: string }
  | { kind: "region_service"; serviceType: string }
  | { kind: "region_service_municipality"; serviceType: string; municipality: string }
  | { kind: "municipality"; challenge: number; municipality: string };

export interface ReserveProposal {
  candidacyId: string;
  name: string;
  /** The gaps still open when it is proposed that it closes. */
  closes: Gap[];
}

const pushNew = (list: string[], values: readonly string[]) => {
  for (const value of values) if (!list.includes(value)) list.push(value);
};

export function needsFromAddendum(doc: AddendumNeedsSource): ServiceNeeds {
  const barriersOf = new Map(doc.challenges.map((c) => [c.number, new Set(c.obstacles.flatMap((o) => o.barriers))]));
  const byChallenge = new Map<number, string[]>(doc.challenges.map((c) => [c.number, []]));
  const region: string[] = [];
  const byBarriers = (serviceTypes: readonly string[], barriers: readonly string[]) => {
    const reached = [...barriersOf].filter(([, own]) => barriers.some((b) => own.has(b))).map(([number]) => number);
    if (reached.length === 0) pushNew(region, serviceTypes);
    for (const number of reached) pushNew(byChallenge.get(number) ?? [], serviceTypes);
  };
  for (const row of doc.arena.rows) byBarriers(row.serviceTypes, row.barriers);
  for (const finding of doc.findings.groups.flatMap((g) => g.items)) {
    if (finding.serviceTypes.length === 0) continue;
    if (finding.challenges.length === 0) byBarriers(finding.serviceTypes, finding.barriers);
    else for (const number of finding.challenges) pushNew(byChallenge.get(number) ?? [], finding.serviceTypes);
  }
  return { byChallenge, region };
}

const byName = (a: CoverageCandidacy, b: CoverageCandidacy) =>
  a.name.localeCompare(b.name, "nl") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function neededStatus(selected: number): NeededStatus {
  return selected === 0 ? "gap" : selected === 1 ? "covered" : "over_covered";
}

function emptyTotals(): CoverageTotals {
  return { needed: 0, covered: 0, overCovered: 0, gaps: 0, notNeededButOffered: 0, municipalityGaps: 0, partial: 0 };
}

function count(totals: CoverageTotals, cell: ServiceCell): void {
  if (cell.status === "not_needed_but_offered") totals.notNeededButOffered += 1;
  else {
    totals.needed += 1;
    if (cell.status === "gap") totals.gaps += 1;
    else if (cell.status === "covered") totals.covered += 1;
    else totals.overCovered += 1;
    if (cell.uncoveredMunicipalities.length > 0) totals.partial += 1;
  }
}

function add(into: CoverageTotals, from: CoverageTotals): void {
  into.needed += from.needed;
  into.covered += from.covered;
  into.overCovered += from.overCovered;
  into.gaps += from.gaps;
  into.notNeededButOffered += from.notNeededButOffered;
  into.municipalityGaps += from.municipalityGaps;
  into.partial += from.partial;
}

export function coverageMatrix(input: CoverageInput, selection: Iterable<string>): CoverageMatrix {
  const candidacies = [...input.candidacies].sort(byName);
  const chosen = new Set(selection);
  const isSelected = (c: CoverageCandidacy) => chosen.has(c.id);
  const cell = (serviceType: string, needed: boolean, covering: CoverageCandidacy[]): ServiceCell => {
    const selected = covering.filter(isSelected);
    return {
      serviceType,
      needed,
      candidacyIds: covering.map((c) => c.id),
      selectedIds: selected.map((c) => c.id),
      status: needed ? neededStatus(selected.length) : "not_needed_but_offered",
      uncoveredMunicipalities:
        needed && selected.length > 0
          ? input.municipalities.filter((m) => !selected.some((c) => c.municipalities.includes(m)))
          : [],
    };
  };

  const neededColumns: string[] = [];
  const offeredColumns = new Set<string>();
  const challenges: ChallengeCoverage[] = input.challenges.map((challenge) => {
    const naming = candidacies.filter((c) => c.challenges.includes(challenge.number));
    const offered: string[] = [];
    for (const c of naming) pushNew(offered, c.serviceTypes);
    const fromAddendum = input.needs.byChallenge.get(challenge.number) ?? [];
    const needSource = fromAddendum.length > 0 ? "addendum" : "offers";
    const needed = needSource === "addendum" ? fromAddendum : [...offered].sort();
    pushNew(neededColumns, needed);
    const neededSet = new Set(needed);
    const extra = offered.filter((code) => !neededSet.has(code)).sort();
    for (const code of extra) offeredColumns.add(code);

    const totals = emptyTotals();
    const cellFor = (code: string, isNeeded: boolean) =>
      cell(
        code,
        isNeeded,
        naming.filter((c) => c.serviceTypes.includes(code)),
      );
    const serviceTypes = [...needed.map((code) => cellFor(code, true)), ...extra.map((code) => cellFor(code, false))];
    for (const c of serviceTypes) count(totals, c);
    const municipalities = input.municipalities.map((municipality): MunicipalityCell => {
      const covering = naming.filter((c) => c.municipalities.includes(municipality));
      const selected = covering.filter(isSelected);
      const status = neededStatus(selected.length);
      if (status === "gap") totals.municipalityGaps += 1;
      return {
        municipality,
        candidacyIds: covering.map((c) => c.id),
        selectedIds: selected.map((c) => c.id),
        status,
      };
    });
    const personas = challenge.personas.map((persona) => {
      const covering = naming.filter((c) => c.personas.includes(persona));
      return {
        persona,
        candidacyIds: covering.map((c) => c.id),
        selectedIds: covering.filter(isSelected).map((c) => c.id),
      };
    });
    const trajectoriesPerYear = naming.filter(isSelected).reduce((sum, c) => sum + (c.trajectoriesPerYear ?? 0), 0);
    return {
      number: challenge.number,
      needSource,
      personas,
      serviceTypes,
      municipalities,
      totals,
      trajectoriesPerYear,
    };
  });

  const regionTotals = emptyTotals();
  const regionCells = input.needs.region.map((code) => {
    const c = cell(
      code,
      true,
      candidacies.filter((candidacy) => candidacy.serviceTypes.includes(code)),
    );
    count(regionTotals, c);
    return c;
  });
  pushNew(neededColumns, input.needs.region);

  const selectedCandidacies = candidacies.filter(isSelected);
  const municipalities = input.municipalities.map((municipality) => ({
    municipality,
    selectedIds: selectedCandidacies.filter((c) => c.municipalities.includes(municipality)).map((c) => c.id),
    gapChallenges: challenges
      .filter((ch) => ch.municipalities.some((m) => m.municipality === municipality && m.status === "gap"))
      .map((ch) => ch.number),
  }));

  const totals = { ...emptyTotals(), trajectoriesPerYear: 0 };
  for (const challenge of challenges) add(totals, challenge.totals);
  add(totals, regionTotals);
  totals.trajectoriesPerYear = selectedCandidacies.reduce((sum, c) => sum + (c.trajectoriesPerYear ?? 0), 0);

  return {
    serviceTypes: [...neededColumns, ...[...offeredColumns].filter((code) => !neededColumns.includes(code)).sort()],
    challenges,
    region: { serviceTypes: regionCells, totals: regionTotals },
    municipalities,
    selectedIds: selectedCandidacies.map((c) => c.id),
    totals,
  };
}

/**
 * The open gaps of a matrix: per challenge its service types (a cell nobody covers, or each municipality a covered
 * cell misses) then its municipalities, then the region's service types the same way.
 */
export function gapsOf(matrix: CoverageMatrix): Gap[] {
  const gaps: Gap[] = [];
  for (const challenge of matrix.challenges) {
    for (const c of challenge.serviceTypes) {
      if (c.status === "gap") gaps.push({ kind: "service", challenge: challenge.number, serviceType: c.serviceType });
      for (const municipality of c.uncoveredMunicipalities)
        gaps.push({
          kind: "service_municipality",
          challenge: challenge.number,
          serviceType: c.serviceType,
          municipality,
        });
    }
    for (const m of challenge.municipalities)
      if (m.status === "gap")
        gaps.push({ kind: "municipality", challenge: challenge.number, municipality: m.municipality });
  }
  for (const c of matrix.region.serviceTypes) {
    if (c.status === "gap") gaps.push({ kind: "region_service", serviceType: c.serviceType });
    for (const municipality of c.uncoveredMunicipalities)
      gaps.push({ kind: "region_service_municipality", serviceType: c.serviceType, municipality });
  }
  return gaps;
}

/** A sort key that puts gaps in gapsOf's order, for the matrix's cells (selection does not change which exist). */
function gapOrder(matrix: CoverageMatrix, municipalities: readonly string[]): (gap: Gap) => number {
  const width = municipalities.length + 1;
  const blocks = new Map<string, number>();
  for (const challenge of matrix.challenges) {
    for (const c of challenge.serviceTypes) blocks.set(`${challenge.number}:${c.serviceType}`, blocks.size);
    blocks.set(`${challenge.number}:`, blocks.size);
  }
  for (const c of matrix.region.serviceTypes) blocks.set(`region:${c.serviceType}`, blocks.size);
  const at = (key: string, municipality: string | null) =>
    (blocks.get(key) ?? blocks.size) * width + (municipality === null ? 0 : 1 + municipalities.indexOf(municipality));
  return (gap) => {
    switch (gap.kind) {
      case "service":
        return at(`${gap.challenge}:${gap.serviceType}`, null);
      case "service_municipality":
        return at(`${gap.challenge}:${gap.serviceType}`, gap.municipality);
      case "municipality":
        return at(`${gap.challenge}:`, gap.municipality);
      case "region_service":
        return at(`region:${gap.serviceType}`, null);
      case "region_service_municipality":
        return at(`region:${gap.serviceType}`, gap.municipality);
    }
  };
}

function closes(candidacy: CoverageCandidacy, gap: Gap): boolean {
  switch (gap.kind) {
    case "service":
      return candidacy.challenges.includes(gap.challenge) && candidacy.serviceTypes.includes(gap.serviceType);
    case "service_municipality":
      return (
        candidacy.challenges.includes(gap.challenge) &&
        candidacy.serviceTypes.includes(gap.serviceType) &&
        candidacy.municipalities.includes(gap.municipality)
      );
    case "region_service":
      return candidacy.serviceTypes.includes(gap.serviceType);
    case "region_service_municipality":
      return candidacy.serviceTypes.includes(gap.serviceType) && candidacy.municipalities.includes(gap.municipality);
    case "municipality":
      return candidacy.challenges.includes(gap.challenge) && candidacy.municipalities.includes(gap.municipality);
  }
}

/**
 * The not-selected candidacies that close the most remaining gaps, greedily (set cover): first the one that closes
 * the most, then the one that closes the most of what is left, and so on until nothing closes another gap. Ties go
 * to the organisation's name (then the id), so the same question always gets the same answer. A proposal that covers
 * a service nobody covered leaves, in the municipalities where it does not work, new open gaps of that service
 * (service_municipality) that the next proposals may close: so the reserves also close the municipality gaps of a
 * service, and each proposal's count is of the gaps open when it is proposed. `unclosable` are the gaps no candidacy
 * of the call closes, in gapsOf's order: the region has to look beyond this call for them.
 */
export function proposeReserves(
  input: CoverageInput,
  selection: Iterable<string>,
): { proposals: ReserveProposal[]; unclosable: Gap[] } {
  const chosen = new Set(selection);
  const matrix = coverageMatrix(input, chosen);
  let open = gapsOf(matrix);
  const pool = input.candidacies.filter((c) => !chosen.has(c.id)).sort(byName);
  const proposals: ReserveProposal[] = [];
  while (open.length > 0 && pool.length > 0) {
    let best = -1;
    let bestCloses: Gap[] = [];
    pool.forEach((candidacy, i) => {
      const closed = open.filter((gap) => closes(candidacy, gap));
      if (closed.length > bestCloses.length) [best, bestCloses] = [i, closed];
    });
    if (best < 0) break;
    const [picked] = pool.splice(best, 1);
    if (picked === undefined) break;
    proposals.push({ candidacyId: picked.id, name: picked.name, closes: bestCloses });
    const closed = new Set(bestCloses);
    open = open.filter((gap) => !closed.has(gap));
    // A service nobody covered is now covered by the picked one alone: where it does not work, it is still missing.
    const missing = input.municipalities.filter((m) => !picked.municipalities.includes(m));
    for (const gap of bestCloses) {
      if (gap.kind === "service")
        for (const municipality of missing) open.push({ ...gap, kind: "service_municipality", municipality });
      else if (gap.kind === "region_service")
        for (const municipality of missing) open.push({ ...gap, kind: "region_service_municipality", municipality });
    }
  }
  const rank = gapOrder(matrix, input.municipalities);
  return { proposals, unclosable: open.sort((a, b) => rank(a) - rank(b)) };
}
