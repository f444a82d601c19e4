// The demo installation: the five seed regions with their published addenda and calls (plus Maasland's demo calls
// whose timelines are placed around the day of loading, one per phase: calls.ts and phases.ts), fictional demo organisations, fictional applicants with a
// candidacy for each 2023 call (applicants.ts), a jury member with reviews on Maasland's (jury.ts), the published
// decisions of each 2023 call (decisions.ts), the partnership each formed (partnerships.ts), the partnership at work
// with fictional clients (clients.ts) and demo accounts. Runs once, on an empty embedded database (main.ts), never with DATABASE_URL. One transaction: a demo is loaded completely or not at all. Expects
// loadReference to have run first.
import type { Kysely, Transaction } from "kysely";
import type { Database, OrganisationKind } from "../db/types.ts";
import type { AuditActor } from "../platform/audit-events.ts";
import type { Role } from "../platform/roles.ts";
import { recordAudit } from "../platform/audit.ts";
import { enterpriseNumberCheck, parseEnterpriseNumber } from "../domain/enterprise-number.ts";
import { createOrganisation, createUser, grantMembership } from "../modules/accounts/service.ts";
import { validateDocument, type KnownCodes } from "../modules/addenda/validation.ts";
import { loadDemoApplicants } from "./applicants.ts";
import { loadDemoCalls } from "./calls.ts";
import { demoClientAccounts, loadDemoClients, partnershipWorkOrganisationKey } from "./clients.ts";
import { loadDemoDecisions } from "./decisions.ts";
import { loadDemoPartnerships } from "./partnerships.ts";
import { loadDemoPhaseCalls } from "./phases.ts";
import { demoJuryEmail, demoJuryRegion, loadDemoJury } from "./jury.ts";
import { regionSeeds } from "./regions/index.ts";
import type { RegionSeed } from "./regions/types.ts";

/** The one password of every demo account. Demo only: the demo never runs against an external database. */
export const demoPassword = "brug-demo-2026";

const seedActor: AuditActor = { kind: "seed" };
const importSummary = "Geïmporteerd uit het lokaal addendum";

/** A valid but made-up enterprise number for a demo organisation: 0999 followed by a serial. */
function demoEnterpriseNumber(serial: number): string {
  const firstEight = `0999${String(serial).padStart(4, "0")}`;
  return firstEight + enterpriseNumberCheck(firstEight);
}

interface DemoOrganisation {
  key: string;
  name: string;
  enterpriseNumber: string;
  kind: OrganisationKind;
}

interface DemoAccountSpec {
  email: string;
  displayName: string;
  organisation: string;
  role: Role;
  /** Region slugs; empty for the admin. */
  regions: string[];
}

/** The municipality that hosts each region's demo coordinator. */
const municipalityOrganisations: Record<string, string> = {
  "zuid-oost-hageland": "Stad Tienen",
  "vlaamse-ardennen": "Stad Oudenaarde",
  baldemore: "Gemeente Mol",
  "klein-brabant-vaartland": "Gemeente Willebroek",
  maasland: "Gemeente Maasmechelen",
};

// VDAB's real enterprise number (its check digits are valid); the other organisations get made-up numbers.
const vdabEnterpriseNumber = "0887.010.362";

function demoOrganisations(seeds: RegionSeed[]): DemoOrganisation[] {
  const vdab = parseEnterpriseNumber(vdabEnterpriseNumber);
  return [
    { key: "platform", name: "Brug platformbeheer (demo)", enterpriseNumber: demoEnterpriseNumber(1), kind: "other" },
    {
      key: "vdab",
      name: "VDAB (demo)",
      enterpriseNumber: vdab.ok ? vdab.value : demoEnterpriseNumber(2),
      kind: "vdab",
    },
    ...seeds.map((seed, i) => ({
      key: seed.slug,
      name: `${municipalityOrganisations[seed.slug] ?? `Gemeente ${seed.municipalities[0] ?? seed.name}`} (demo)`,
      enterpriseNumber: demoEnterpriseNumber(10 + i),
      kind: "municipality" as const,
    })),
    // An organisation that applies, so a visitor can try the candidacy as an applicant.
    {
      key: "applicant",
      name: "Vzw De Brugfiguur (demo)",
      enterpriseNumber: demoEnterpriseNumber(50),
      kind: "social_organisation",
    },
  ];
}

function demoAccounts(seeds: RegionSeed[]): DemoAccountSpec[] {
  const slugs = new Set(seeds.map((s) => s.slug));
  const vdabRegions = ["zuid-oost-hageland", "vlaamse-ardennen"].filter((slug) => slugs.has(slug));
  return [
    { email: "admin@brug.demo", displayName: "Demo Beheerder", organisation: "platform", role: "admin", regions: [] },
    ...seeds.map((seed) => ({
      email: `coordinator.${seed.slug}@brug.demo`,
      displayName: `Demo Coördinator ${seed.name}`,
      organisation: seed.slug,
      role: "coordinator" as const,
      regions: [seed.slug],
    })),
    {
      email: "coordinator.vdab@brug.demo",
      displayName: "Demo Regisseur VDAB",
      organisation: "vdab",
      role: "coordinator",
      regions: vdabRegions,
    },
    // A jury member of Maasland, on the jury of its 2023 call (jury.ts), hosted by the municipality.
    ...(slugs.has(demoJuryRegion)
      ? [
          {
            email: demoJuryEmail,
            displayName: "Demo Jurylid Maasland",
            organisation: demoJuryRegion,
            role: "jury" as const,
            regions: [demoJuryRegion],
          },
        ]
      : []),
    // Staff of an applying organisation hold the role in no region: they apply to any region's call.
    {
      email: "applicant@brug.demo",
      displayName: "Demo Aanvrager",
      organisation: "applicant",
      role: "applicant",
      regions: [],
    },
    // Staff of an organisation Maasland selected in 2023, now a partner: its offers under "Ons aanbod". The
    // organisation exists only once the applicants are loaded (loadDemoPartnerAccount).
    ...(slugs.has(demoPartnerRegion)
      ? [
          {
            email: demoPartnerEmail,
            displayName: "Demo Partner Maasland",
            organisation: partnerOrganisationKey,
            role: "applicant" as const,
            regions: [],
          },
        ]
      : []),
    // The partnership at work: per region a companion, a case director and a partner worker (clients.ts).
    ...demoClientAccounts(seeds),
  ];
}

const demoPartnerRegion = "maasland";
export const demoPartnerEmail = "partner.maasland@brug.demo";
const partnerOrganisationKey = "first-partner-of-maasland";

/** Gives the partner account the applicant role in the first organisation that joined Maasland's partnership. */
async function loadDemoPartnerAccount(
  trx: Transaction<Database>,
  regions: Map<string, { regionId: string }>,
  userId: string,
  now: Date,
): Promise<void> {
  const region = regions.get(demoPartnerRegion);
  if (!region) return;
  const partner = await trx
    .selectFrom("partnership_members as m")
    .innerJoin("partnerships as p", "p.id", "m.partnership_id")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select("m.organisation_id as organisationId")
    .where("p.region_id", "=", region.regionId)
    .where("m.kind", "=", "partner")
    .orderBy("m.joined_at")
    .orderBy("o.name")
    .executeTakeFirst();
  if (!partner?.organisationId) throw new Error("demo partner account: Maasland's partnership has no partner");
  await grantMembership(
    trx,
    seedActor,
    { userId, organisationId: partner.organisationId, regionId: null, role: "applicant" },
    { now },
  );
}

/** A demo account as main.ts prints it and the end-to-end journeys sign in with. */
export interface DemoAccount {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  /** Slugs of the regions the role holds in; empty for the admin and the applicant. */
  regions: string[];
  /** The same regions as one label ("zuid-oost-hageland, vlaamse-ardennen"), null without regions. */
  region: string | null;
}

/** The demo accounts, for main.ts to print at start. They all share {@link demoPassword}. */
export function listDemoAccounts(seeds: RegionSeed[] = regionSeeds): DemoAccount[] {
  return demoAccounts(seeds).map((a) => ({
    email: a.email,
    password: demoPassword,
    displayName: a.displayName,
    role: a.role,
    regions: a.regions,
    region: a.regions.length > 0 ? a.regions.join(", ") : null,
  }));
}

async function knownCodes(trx: Transaction<Database>): Promise<KnownCodes> {
  const [barriers, serviceTypes, personas] = await Promise.all([
    trx.selectFrom("barriers").select("code").execute(),
    trx.selectFrom("service_types").select("code").execute(),
    trx.selectFrom("personas").select("slug").execute(),
  ]);
  return {
    barriers: new Set(barriers.map((r) => r.code)),
    serviceTypes: new Set(serviceTypes.map((r) => r.code)),
    personas: new Set(personas.map((r) => r.slug)),
  };
}

/** Refuses seeds whose documents break the schema or name codes the reference data does not have. */
export function seedProblems(seeds: RegionSeed[], known: KnownCodes): string[] {
  const problems: string[] = [];
  const slugs = new Set<string>();
  for (const seed of seeds) {
    if (slugs.has(seed.slug)) problems.push(`${seed.slug}: duplicate region slug`);
    slugs.add(seed.slug);
    for (const field of validateDocument(seed.document, known)) {
      const code = field.params?.code;
      problems.push(
        `${seed.name} (${seed.slug}): ${field.path} ${field.code}${code !== undefined ? ` "${code}"` : ""}`,
      );
    }
  }
  return problems;
}

/** Loads the demo and returns its accounts (see {@link listDemoAccounts}). */
export async function loadDemo(
  db: Kysely<Database>,
  seeds: RegionSeed[] = regionSeeds,
  options: { now?: Date; publicUrl?: string } = {},
): Promise<DemoAccount[]> {
  const now = options.now ?? new Date();
  await db.transaction().execute(async (trx) => {
    const problems = seedProblems(seeds, await knownCodes(trx));
    if (problems.length > 0) throw new Error(`Demo addenda do not match the reference data:\n${problems.join("\n")}`);

    const loaded = new Map<string, { regionId: string; versionId: string }>();
    for (const seed of seeds) loaded.set(seed.slug, await loadRegion(trx, seed, now));
    const regionIds = new Map([...loaded].map(([slug, region]) => [slug, region.regionId]));

    const organisationIds = new Map<string, string>();
    for (const organisation of demoOrganisations(seeds)) {
      const created = await createOrganisation(
        trx,
        seedActor,
        { name: organisation.name, enterpriseNumber: organisation.enterpriseNumber, kind: organisation.kind },
        { now },
      );
      organisationIds.set(organisation.key, created.id);
    }

    let partnerUserId: string | null = null;
    const userIds = new Map<string, string>();
    for (const account of demoAccounts(seeds)) {
      const user = await createUser(
        trx,
        seedActor,
        { email: account.email, displayName: account.displayName, password: demoPassword, locale: "nl" },
        { now },
      );
      userIds.set(account.email, user.id);
      // Companions and partner workers work at a partner: granted once the partnerships are formed (clients.ts).
      if (account.organisation === partnershipWorkOrganisationKey) continue;
      if (account.organisation === partnerOrganisationKey) {
        partnerUserId = user.id;
        continue;
      }
      const organisationId = organisationIds.get(account.organisation);
      if (!organisationId)
        throw new Error(`demo account ${account.email}: unknown organisation ${account.organisation}`);
      const regions =
        account.role === "admin" || account.role === "applicant"
          ? [null]
          : account.regions.map((slug) => regionIds.get(slug) ?? null);
      for (const regionId of regions) {
        await grantMembership(
          trx,
          seedActor,
          { userId: user.id, organisationId, regionId, role: account.role },
          { now },
        );
      }
    }

    await loadDemoCalls(trx, seedActor, loaded, now);
    await loadDemoApplicants(trx, seedActor, seeds, loaded, now);
    await loadDemoJury(trx, seedActor, loaded, now);
    await loadDemoDecisions(trx, seedActor, loaded, now, options.publicUrl ?? null);
    await loadDemoPartnerships(trx, seedActor, loaded, now);
    await loadDemoPhaseCalls(trx, seedActor, seeds, loaded, now, options.publicUrl ?? null);
    if (partnerUserId !== null) await loadDemoPartnerAccount(trx, loaded, partnerUserId, now);
    await loadDemoClients(trx, seedActor, loaded, userIds, now);
  });
  return listDemoAccounts(seeds);
}

/** One region with its municipalities and its addendum, imported as version 1 and published. */
async function loadRegion(
  trx: Transaction<Database>,
  seed: RegionSeed,
  now: Date,
): Promise<{ regionId: string; versionId: string }> {
  const region = await trx
    .insertInto("regions")
    .values({ slug: seed.slug, name: seed.name, created_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(
    trx,
    seedActor,
    {
      action: "region.created",
      entityType: "region",
      entityId: region.id,
      payload: { slug: seed.slug, name: seed.name },
    },
    { at: now },
  );
  if (seed.municipalities.length > 0) {
    await trx
      .insertInto("municipalities")
      .values(
        seed.municipalities.map((name, index) => ({ region_id: region.id, name, nis_code: null, sort_order: index })),
      )
      .execute();
  }
  const addendum = await trx
    .insertInto("addenda")
    .values({ region_id: region.id, created_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  const version = await trx
    .insertInto("addendum_versions")
    .values({
      addendum_id: addendum.id,
      number: 1,
      content: JSON.stringify(seed.document),
      created_by: null,
      created_at: now,
      summary: importSummary,
      published_at: now,
      published_by: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx.updateTable("addenda").set({ published_version_id: version.id }).where("id", "=", addendum.id).execute();
  await recordAudit(
    trx,
    seedActor,
    {
      action: "addendum.created",
      entityType: "addendum",
      entityId: addendum.id,
      payload: { regionSlug: seed.slug, versionId: version.id },
    },
    { at: now },
  );
  await recordAudit(
    trx,
    seedActor,
    {
      action: "addendum.published",
      entityType: "addendum",
      entityId: addendum.id,
      payload: { regionSlug: seed.slug, versionId: version.id, number: 1 },
    },
    { at: now },
  );
  return { regionId: region.id, versionId: version.id };
}
