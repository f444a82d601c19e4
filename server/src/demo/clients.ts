// The partnership at work in the demo (issue 4, item 13): per region a companion, a case director and a partner
// worker, and eight to twelve fictional clients (clients/<region>.ts) with outreach contacts, trajectories in every
// status, consents, scans, plans, referrals in every state with their events and feedback, appointments, notes,
// a case conference and signals, spread over the months before the moment of loading. Rows are inserted directly in
// the demo's transaction, under the rules the modules enforce: a referral is sent only under a consent that stands
// at that moment and covers the partner and the categories it asks (checked here, so a spec that breaks it fails the
// load). Audited as the seed with one summary per region: counts and ids only, never a value from a client record.
import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Database } from "../db/types.ts";
import type { DataCategory, TrajectoryStatus } from "../domain/trajectory-codes.ts";
import { endedTrajectoryStatuses } from "../domain/trajectory-codes.ts";
import { answerDueAt, expiresAt, expiryDays } from "../domain/referral-state.ts";
import { grantMembership } from "../modules/accounts/service.ts";
import { recordAudit } from "../platform/audit.ts";
import type { AuditActor } from "../platform/audit-events.ts";
import type { Role } from "../platform/roles.ts";
import { demoClientRegions } from "./clients/index.ts";
import type {
  DemoAnonymousPerson,
  DemoClient,
  DemoConsent,
  DemoReferral,
  DemoRegionClients,
  ReferralState,
} from "./clients/types.ts";

/** Accounts whose organisation is a partner: their memberships are granted once the partnerships are formed. */
export const partnershipWorkOrganisationKey = "partnership-work";

/** Regions with a second companion, who must not see the first one's clients (need-to-know). */
const secondCompanionRegions = ["maasland"];

export const demoCompanionEmail = (slug: string, n: 1 | 2 = 1): string =>
  `companion${n === 2 ? "2" : ""}.${slug}@brug.demo`;
export const demoCaseDirectorEmail = (slug: string): string => `casedirector.${slug}@brug.demo`;
export const demoPartnerWorkerEmail = (slug: string): string => `partnerworker.${slug}@brug.demo`;

interface AccountSpec {
  email: string;
  displayName: string;
  /** A key of load.ts's demo organisations, or {@link partnershipWorkOrganisationKey}. */
  organisation: string;
  role: Role;
  regions: string[];
}

/** The accounts of the partnership's daily work, per region that has demo clients. */
export function demoClientAccounts(seeds: { slug: string; name: string }[]): AccountSpec[] {
  return seeds
    .filter((seed) => demoClientRegions[seed.slug] !== undefined)
    .flatMap((seed) => [
      {
        email: demoCompanionEmail(seed.slug),
        displayName: `Demo Trajectbegeleider ${seed.name}`,
        organisation: partnershipWorkOrganisationKey,
        role: "companion" as const,
        regions: [seed.slug],
      },
      ...(secondCompanionRegions.includes(seed.slug)
        ? [
            {
              email: demoCompanionEmail(seed.slug, 2),
              displayName: `Demo Trajectbegeleider 2 ${seed.name}`,
              organisation: partnershipWorkOrganisationKey,
              role: "companion" as const,
              regions: [seed.slug],
            },
          ]
        : []),
      {
        email: demoCaseDirectorEmail(seed.slug),
        displayName: `Demo Casusregisseur ${seed.name}`,
        organisation: seed.slug,
        role: "case_director" as const,
        regions: [seed.slug],
      },
      {
        email: demoPartnerWorkerEmail(seed.slug),
        displayName: `Demo Partnerwerker ${seed.name}`,
        organisation: partnershipWorkOrganisationKey,
        role: "partner_worker" as const,
        regions: [seed.slug],
      },
    ]);
}

const dayMs = 86_400_000;

/** `days` before `now` at `hour` UTC (negative days: ahead). */
function daysAgo(now: Date, days: number, hour = 9, minute = 0): Date {
  const at = new Date(now.getTime() - days * dayMs);
  at.setUTCHours(hour, minute, 0, 0);
  return at;
}

const dateOnly = (at: Date): string => at.toISOString().slice(0, 10);

function esfAgeBand(age: number): string {
  if (age < 18) return "under_18";
  if (age < 30) return "18_29";
  if (age < 55) return "30_54";
  return "55_plus";
}

/** A plain ASCII e-mail address at example.be (RFC 2606 style: never a real person's). */
function demoEmail(client: DemoClient): string {
  const plain = (s: string) =>
    s
      .replace(" (fictief)", "")
      .normalize("NFD")
      .replace(/[^A-Za-z]/g, "")
      .toLowerCase();
  return `${plain(client.givenName)}.${plain(client.familyName)}@example.be`;
}

interface RegionContext {
  slug: string;
  regionId: string;
  municipalities: Map<string, string>;
  offers: { id: string; organisationId: string; organisationName: string; serviceType: string }[];
  companionOrganisationId: string;
  partnerWorkerOrganisationId: string;
  companions: Record<1 | 2, string>;
  caseDirector: string;
  partnerWorker: string;
  now: Date;
}

interface RegionCounts {
  clients: number;
  outreachPersons: number;
  referrals: number;
  consents: number;
  signals: number;
}

/**
 * Grants the companion and partner worker accounts their memberships at the region's partners, then loads each
 * region's clients. `userIds` holds every demo account by e-mail (load.ts).
 */
export async function loadDemoClients(
  trx: Transaction<Database>,
  actor: AuditActor,
  regions: Map<string, { regionId: string }>,
  userIds: Map<string, string>,
  now: Date,
): Promise<void> {
  for (const [slug, region] of regions) {
    const spec = demoClientRegions[slug];
    if (!spec) continue;
    const context = await regionContext(trx, actor, slug, region.regionId, spec, userIds, now);
    const counts: RegionCounts = { clients: 0, outreachPersons: 0, referrals: 0, consents: 0, signals: 0 };
    const trajectories = new Map<string, string>();
    for (const client of spec.clients) {
      trajectories.set(client.givenName, await loadClient(trx, context, client, counts));
    }
    for (const person of spec.anonymous) {
      await insertOutreachPerson(trx, context, person, person.gender, null);
      counts.outreachPersons += 1;
    }
    for (const signal of spec.signals) {
      const raisedBy =
        signal.raisedBy === "companion"
          ? context.companions[1]
          : signal.raisedBy === "case_director"
            ? context.caseDirector
            : context.partnerWorker;
      const raisedAt = daysAgo(now, signal.daysAgo, 14);
      const row = await trx
        .insertInto("signals")
        .values({
          region_id: context.regionId,
          title: signal.title,
          description: signal.description,
          life_domains: signal.lifeDomains,
          barriers: signal.barriers,
          municipality_id: signal.municipality ? municipalityId(context, signal.municipality) : null,
          status: signal.status,
          response: signal.response ?? "",
          raised_by: raisedBy,
          raised_at: raisedAt,
          updated_at: signal.status === "new" ? raisedAt : daysAgo(now, Math.max(1, signal.daysAgo - 5), 15),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      for (const name of signal.clients) {
        const trajectoryId = trajectories.get(name);
        if (!trajectoryId) throw new Error(`demo signal "${signal.title}" in ${slug}: no client ${name}`);
        await trx
          .insertInto("signal_trajectories")
          .values({ signal_id: row.id, trajectory_id: trajectoryId })
          .execute();
      }
      counts.signals += 1;
    }
    await recordAudit(
      trx,
      actor,
      {
        action: "demo.clients_loaded",
        entityType: "region",
        entityId: context.regionId,
        payload: {
          regionSlug: slug,
          ...counts,
          companionOrganisationId: context.companionOrganisationId,
          partnerWorkerOrganisationId: context.partnerWorkerOrganisationId,
        },
      },
      { at: now },
    );
  }
}

async function regionContext(
  trx: Transaction<Database>,
  actor: AuditActor,
  slug: string,
  regionId: string,
  spec: DemoRegionClients,
  userIds: Map<string, string>,
  now: Date,
): Promise<RegionContext> {
  const municipalities = await trx
    .selectFrom("municipalities")
    .select(["id", "name"])
    .where("region_id", "=", regionId)
    .execute();
  const offers = await trx
    .selectFrom("partnership_offers as o")
    .innerJoin("partnerships as p", "p.id", "o.partnership_id")
    .innerJoin("organisations as g", "g.id", "o.organisation_id")
    .select(["o.id", "o.organisation_id as organisationId", "g.name as organisationName", "o.service_type_code"])
    .where("p.region_id", "=", regionId)
    .orderBy("g.name")
    .orderBy("o.service_type_code")
    .execute();
  const organisationOf = (name: string, what: string): string => {
    const offer = offers.find((o) => o.organisationName === name);
    if (!offer) throw new Error(`demo clients of ${slug}: ${what} "${name}" is not a partner with offers`);
    return offer.organisationId;
  };
  const companionOrganisationId = organisationOf(spec.companionOrganisation, "companion organisation");
  const partnerWorkerOrganisationId = organisationOf(spec.partnerWorkerOrganisation, "partner worker organisation");
  if (companionOrganisationId === partnerWorkerOrganisationId)
    throw new Error(`demo clients of ${slug}: the partner worker must work at another partner than the companions`);
  if (!offers.some((o) => o.organisationId === companionOrganisationId && o.service_type_code === "bridge_figure"))
    throw new Error(`demo clients of ${slug}: the companions' organisation offers no brugfiguur`);

  const user = (email: string): string => {
    const id = userIds.get(email);
    if (!id) throw new Error(`demo clients of ${slug}: no account ${email}`);
    return id;
  };
  const companion1 = user(demoCompanionEmail(slug));
  const companion2 = secondCompanionRegions.includes(slug) ? user(demoCompanionEmail(slug, 2)) : companion1;
  const partnerWorker = user(demoPartnerWorkerEmail(slug));
  for (const [userId, organisationId, role] of [
    [companion1, companionOrganisationId, "companion"],
    ...(companion2 !== companion1 ? [[companion2, companionOrganisationId, "companion"] as const] : []),
    [partnerWorker, partnerWorkerOrganisationId, "partner_worker"],
  ] as const) {
    await grantMembership(trx, actor, { userId, organisationId, regionId, role }, { now });
  }
  return {
    slug,
    regionId,
    municipalities: new Map(municipalities.map((m) => [m.name, m.id])),
    offers: offers.map((o) => ({
      id: o.id,
      organisationId: o.organisationId,
      organisationName: o.organisationName,
      serviceType: o.service_type_code,
    })),
    companionOrganisationId,
    partnerWorkerOrganisationId,
    companions: { 1: companion1, 2: companion2 },
    caseDirector: user(demoCaseDirectorEmail(slug)),
    partnerWorker,
    now,
  };
}

function municipalityId(context: RegionContext, name: string): string {
  const id = context.municipalities.get(name);
  if (!id) throw new Error(`demo clients of ${context.slug}: no municipality ${name}`);
  return id;
}

/** The partner's offer of a service type: another partner's before the companions' own organisation's. */
function offerFor(context: RegionContext, serviceType: string) {
  const offers = context.offers.filter((o) => o.serviceType === serviceType);
  const offer = offers.find((o) => o.organisationId !== context.companionOrganisationId) ?? offers[0];
  if (!offer) throw new Error(`demo clients of ${context.slug}: no partner offers ${serviceType}`);
  return offer;
}

async function insertOutreachPerson(
  trx: Transaction<Database>,
  context: RegionContext,
  person: Pick<DemoAnonymousPerson, "nickname" | "ageBand" | "contacts">,
  gender: string,
  clientId: string | null,
): Promise<string> {
  const contacts = [...person.contacts].sort((a, b) => b.daysAgo - a.daysAgo);
  const first = contacts[0];
  if (!first) throw new Error(`demo outreach ${person.nickname} in ${context.slug}: no contact`);
  const row = await trx
    .insertInto("outreach_persons")
    .values({
      region_id: context.regionId,
      nickname: person.nickname,
      age_band: person.ageBand,
      gender,
      client_id: clientId,
      created_by: context.companions[1],
      created_at: daysAgo(context.now, first.daysAgo, 15),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("outreach_contacts")
    .values(
      contacts.map((contact) => ({
        person_id: row.id,
        region_id: context.regionId,
        occurred_at: daysAgo(context.now, contact.daysAgo, 14, 30),
        finding_place: contact.place,
        municipality_id: contact.municipality ? municipalityId(context, contact.municipality) : null,
        life_domains: contact.lifeDomains,
        note: contact.note,
        recorded_by: context.companions[1],
        organisation_id: context.companionOrganisationId,
        created_at: daysAgo(context.now, contact.daysAgo, 14, 35),
      })),
    )
    .execute();
  return row.id;
}

const outreachGender = (gender: DemoClient["gender"]): string =>
  gender === "woman" || gender === "man" ? gender : gender === "non_binary" ? "other" : "unknown";

/** The states a referral passed through to reach `state` (the steps of domain/referral-state.ts). */
function referralPath(referral: DemoReferral): ReferralState[] {
  switch (referral.state) {
    case "draft":
      return ["draft"];
    case "sent":
      return ["draft", "sent"];
    case "accepted":
    case "waitlisted":
      return ["draft", "sent", referral.state];
    case "declined":
      return ["draft", "sent", "declined"];
    case "started":
      return ["draft", "sent", "accepted", "started"];
    case "completed":
      return ["draft", "sent", "accepted", "started", "completed"];
    case "ended":
      return referral.unanswered ? ["draft", "sent", "ended"] : ["draft", "sent", "accepted", "ended"];
  }
}

/** Days after sending for the steps that follow it, when the spec does not close the referral at a set day. */
const stepGap: Partial<Record<ReferralState, number>> = { accepted: 3, declined: 4, waitlisted: 2, started: 9 };

/** Loads one client with everything around them; returns the trajectory's id. */
async function loadClient(
  trx: Transaction<Database>,
  context: RegionContext,
  client: DemoClient,
  counts: RegionCounts,
): Promise<string> {
  const { now } = context;
  const where = `demo client ${client.givenName} ${client.familyName} (${context.slug})`;
  if (!client.familyName.endsWith("(fictief)")) throw new Error(`${where}: the family name must say (fictief)`);
  const companion = context.companions[client.companion ?? 1];
  const startedAt = daysAgo(now, client.startedDaysAgo, 10);
  const createdAt = startedAt;

  let outreachPersonId: string | null = null;
  if (client.outreach) {
    if (client.outreach.contacts.some((c) => c.daysAgo < client.startedDaysAgo))
      throw new Error(`${where}: outreach contacts come before the trajectory`);
    outreachPersonId = await insertOutreachPerson(trx, context, client.outreach, outreachGender(client.gender), null);
    counts.outreachPersons += 1;
  }
  const birth = daysAgo(now, client.age * 365.25 + 40 + ((client.givenName.length * 37) % 300), 0);
  const row = await trx
    .insertInto("clients")
    .values({
      region_id: context.regionId,
      given_name: client.givenName,
      family_name: client.familyName,
      birth_date: dateOnly(birth),
      phone: client.phone === undefined ? "" : `0470 00 00 ${String(client.phone).padStart(2, "0")}`,
      email: client.email ? demoEmail(client) : "",
      contact_languages: client.languages,
      interpreter_needed: client.interpreter ?? false,
      household: client.household,
      children_count: client.children ?? null,
      care_duties: client.careDuties ?? [],
      residence: client.municipality === null ? "no_reference_address" : "municipality",
      municipality_id: client.municipality === null ? null : municipalityId(context, client.municipality),
      gender: client.gender,
      esf_labour_status: client.esf.labour,
      esf_age_band: esfAgeBand(client.age),
      esf_education_level: client.esf.education,
      esf_disability: client.esf.disability,
      esf_migration_background: client.esf.migration,
      esf_homelessness: client.esf.homeless,
      esf_rural: client.esf.rural,
      outreach_person_id: outreachPersonId,
      created_by: companion,
      created_at: createdAt,
      updated_at: createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const clientId = row.id;
  counts.clients += 1;
  if (outreachPersonId !== null)
    await trx.updateTable("outreach_persons").set({ client_id: clientId }).where("id", "=", outreachPersonId).execute();

  // The trajectory and its status history.
  const steps = client.path.map((step) => ({ ...step, at: daysAgo(now, step.daysAgo, 11) }));
  let previous = client.startedDaysAgo;
  for (const step of client.path) {
    if (step.daysAgo > previous || step.daysAgo < 1) throw new Error(`${where}: status path out of order`);
    previous = step.daysAgo;
  }
  const last = steps.at(-1);
  const status: TrajectoryStatus = last?.status ?? "registered";
  const ended = endedTrajectoryStatuses.includes(status);
  if (ended !== (client.exit !== undefined)) throw new Error(`${where}: an ended trajectory has an exit outcome`);
  const endedAt = ended && last ? last.at : null;
  const trajectory = await trx
    .insertInto("trajectories")
    .values({
      client_id: clientId,
      region_id: context.regionId,
      companion_user_id: companion,
      companion_organisation_id: context.companionOrganisationId,
      status,
      status_reason: last?.reason ?? "",
      status_changed_at: last?.at ?? startedAt,
      started_at: startedAt,
      ended_at: endedAt,
      exit_outcome: client.exit ?? null,
      // ESF+: the situation six months after leaving.
      follow_up_due_on: endedAt ? dateOnly(new Date(endedAt.getTime() + 182 * dayMs)) : null,
      created_by: companion,
      created_at: createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const trajectoryId = trajectory.id;
  await trx
    .insertInto("trajectory_events")
    .values([
      {
        trajectory_id: trajectoryId,
        kind: "status",
        from_value: null,
        to_value: "registered",
        reason: client.outreach ? "Aangemeld na contacten op straat en in de buurt" : "Aangemeld",
        at: startedAt,
        by_user_id: companion,
      },
      ...steps.map((step, i) => ({
        trajectory_id: trajectoryId,
        kind: "status" as const,
        from_value: i === 0 ? "registered" : (steps[i - 1]?.status ?? null),
        to_value: step.status,
        reason: step.reason,
        at: step.at,
        by_user_id: companion,
      })),
      ...(client.exit && endedAt
        ? [
            {
              trajectory_id: trajectoryId,
              kind: "closure" as const,
              from_value: null,
              to_value: client.exit,
              reason: last?.reason ?? "",
              at: endedAt,
              by_user_id: companion,
            },
          ]
        : []),
    ])
    .execute();
  const endDaysAgo = last && ended ? last.daysAgo : 0;

  // The situation scans: the first a week in, the others spread until the end (or a few days ago).
  const goalDomains = new Set((client.goals ?? []).map((g) => g.lifeDomain));
  if (client.scan) {
    const count = client.scan.ladder.length;
    const firstDay = client.startedDaysAgo - 7;
    const lastDay = Math.max(endDaysAgo, 3);
    for (let i = 0; i < count; i++) {
      const day = count === 1 ? firstDay : Math.round(firstDay - ((firstDay - lastDay) * i) / (count - 1));
      const takenAt = daysAgo(now, day, 10);
      const moment = i === 0 ? "start" : ended && i === count - 1 ? "end" : "during";
      const scan = await trx
        .insertInto("scans")
        .values({
          trajectory_id: trajectoryId,
          taken_on: dateOnly(takenAt),
          ladder_rung: client.scan.ladder[i] ?? null,
          moment,
          talents: client.scan.talents,
          client_wish: client.scan.wish,
          taken_by: companion,
          created_at: takenAt,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("scan_domains")
        .values(
          Object.entries(client.scan.domains).map(([code, domain]) => ({
            scan_id: scan.id,
            life_domain_code: code,
            score: Math.min(5, domain.score + i * (domain.gain ?? (goalDomains.has(code) ? 1 : 0))),
            barriers: domain.barriers,
            strengths: domain.strengths ?? "",
            wish: domain.wish ?? "",
          })),
        )
        .execute();
    }
  }

  // The plan.
  const goalIds: string[] = [];
  for (const goal of client.goals ?? []) {
    const goalAt = daysAgo(now, client.startedDaysAgo - 10, 11);
    const row = await trx
      .insertInto("goals")
      .values({
        trajectory_id: trajectoryId,
        life_domain_code: goal.lifeDomain,
        text: goal.text,
        status: goal.status ?? "open",
        progress: goal.progress,
        created_by: companion,
        created_at: goalAt,
        updated_at: daysAgo(now, Math.max(endDaysAgo, 4), 11),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    goalIds.push(row.id);
    for (const action of goal.actions) {
      const due = daysAgo(now, -action.dueInDays, 12);
      if (action.done && action.dueInDays > -1) throw new Error(`${where}: a done action was due in the past`);
      await trx
        .insertInto("plan_actions")
        .values({
          goal_id: row.id,
          trajectory_id: trajectoryId,
          text: action.text,
          who: action.who,
          who_organisation_id:
            action.who !== "partner"
              ? null
              : action.service
                ? offerFor(context, action.service).organisationId
                : context.partnerWorkerOrganisationId,
          who_text: action.whoText ?? "",
          due_on: dateOnly(due),
          done_at: action.done ? daysAgo(now, -action.dueInDays + 2, 15) : null,
          created_by: companion,
          created_at: goalAt,
        })
        .execute();
    }
  }

  // Consents: those of the spec, then one per partner the referrals go to (just before the first is sent).
  const consentRows: {
    id: string;
    organisationId: string | null;
    categories: DataCategory[];
    given: Date;
    expires: Date;
    revoked: Date | null;
  }[] = [];
  const insertConsent = async (consent: DemoConsent): Promise<number> => {
    const organisationId = consent.service ? offerFor(context, consent.service).organisationId : null;
    const categories: DataCategory[] = ["general", ...consent.categories.filter((c) => c !== "general")];
    const given = daysAgo(now, consent.givenDaysAgo, 10, 30);
    const expires = daysAgo(now, -consent.expiresInDays, 23, 0);
    const revoked = consent.revokedDaysAgo === undefined ? null : daysAgo(now, consent.revokedDaysAgo, 16);
    const row = await trx
      .insertInto("consents")
      .values({
        client_id: clientId,
        scope: organisationId ? "partner" : "partnership",
        partner_organisation_id: organisationId,
        purpose: consent.purpose,
        purpose_text: consent.purposeText,
        categories,
        given_how: consent.how,
        given_at: given,
        expires_at: expires,
        recorded_by: companion,
        revoked_at: revoked,
        revoked_by: revoked ? companion : null,
        revoked_how: revoked ? "spoken" : null,
        revoke_reason: consent.revokeReason ?? "",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    consentRows.push({ id: row.id, organisationId, categories, given, expires, revoked });
    counts.consents += 1;
    return consentRows.length - 1;
  };
  for (const consent of client.consents ?? []) await insertConsent(consent);
  const referrals = client.referrals ?? [];
  const autoConsent = new Map<string, number>();
  for (const referral of referrals) {
    if (referral.state === "draft" || referral.consent !== undefined) continue;
    const offer = offerFor(context, referral.service);
    const sameOrganisation = referrals.filter(
      (r) =>
        r.state !== "draft" &&
        r.consent === undefined &&
        offerFor(context, r.service).organisationId === offer.organisationId,
    );
    if (autoConsent.has(offer.organisationId)) continue;
    const earliest = Math.max(...sameOrganisation.map((r) => r.sentDaysAgo));
    autoConsent.set(
      offer.organisationId,
      await insertConsent({
        service: referral.service,
        purpose: "referral",
        purposeText: `Doorverwijzing naar ${offer.organisationName}`,
        categories: [...new Set(sameOrganisation.flatMap((r) => r.categories ?? []))],
        how: "signed",
        givenDaysAgo: earliest + 1,
        expiresInDays: 365 - earliest - 1,
      }),
    );
  }

  // Referrals with their events, feedback and the warm hand-over.
  for (const referral of referrals) {
    const offer = offerFor(context, referral.service);
    const categories: DataCategory[] = ["general", ...(referral.categories ?? []).filter((c) => c !== "general")];
    const path = referralPath(referral);
    const sentAt = daysAgo(now, referral.sentDaysAgo, 13);
    const draftAt = daysAgo(now, referral.sentDaysAgo + (referral.state === "draft" ? 0 : 1), 12);
    // When each state was reached: the closing one at closedDaysAgo, the others a few days after sending.
    const times: Date[] = path.map((state, i) => {
      if (i === 0) return draftAt;
      if (state === "sent") return sentAt;
      // The system ends a referral nobody answered for 30 days (modules/referrals/expiry.ts).
      if (state === "ended" && referral.reason === "expired_without_answer") return expiresAt(sentAt);
      if (i === path.length - 1 && referral.closedDaysAgo !== undefined)
        return daysAgo(now, referral.closedDaysAgo, 15);
      const gap = path.slice(2, i + 1).reduce((sum, s) => sum + (stepGap[s] ?? 5), 0);
      return daysAgo(now, referral.sentDaysAgo - gap, 14);
    });
    for (let i = 1; i < times.length; i++) {
      if (times[i]! <= times[i - 1]! || times[i]! > now)
        throw new Error(`${where}: ${referral.service} steps out of order`);
    }
    if (referral.state === "sent" && referral.sentDaysAgo >= expiryDays)
      throw new Error(`${where}: ${referral.service} would have expired unanswered`);
    let consentId: string | null = null;
    if (referral.state !== "draft") {
      const index = referral.consent ?? autoConsent.get(offer.organisationId);
      const consent = index === undefined ? undefined : consentRows[index];
      const covers =
        consent !== undefined &&
        (consent.organisationId === null || consent.organisationId === offer.organisationId) &&
        categories.every((c) => consent.categories.includes(c)) &&
        consent.given <= sentAt &&
        sentAt < consent.expires &&
        (consent.revoked === null || sentAt < consent.revoked);
      if (!covers || !consent) throw new Error(`${where}: ${referral.service} sent without a covering consent`);
      consentId = consent.id;
    }
    const state = path.at(-1)!;
    const stateAt = times.at(-1)!;
    const receiver = offer.organisationId === context.partnerWorkerOrganisationId ? context.partnerWorker : companion;
    const feedback = referral.feedback ?? [];
    const lastFeedback = feedback.length > 0 ? daysAgo(now, Math.min(...feedback.map((f) => f.daysAgo)), 16) : null;
    const row = await trx
      .insertInto("referrals")
      .values({
        trajectory_id: trajectoryId,
        client_id: clientId,
        offer_id: offer.id,
        organisation_id: offer.organisationId,
        consent_id: consentId,
        categories,
        goal_id: referral.goal !== undefined ? (goalIds[referral.goal] ?? null) : null,
        message: referral.message,
        state,
        state_reason: referral.reason ?? null,
        state_changed_at: stateAt,
        answer_due_at: state === "draft" ? null : answerDueAt(sentAt),
        feedback_every_days: referral.feedbackEveryDays ?? null,
        last_feedback_at: lastFeedback,
        sent_at: state === "draft" ? null : sentAt,
        created_by: companion,
        created_at: draftAt,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    counts.referrals += 1;
    await trx
      .insertInto("referral_events")
      .values(
        path.map((to, i) => {
          const closing = i === path.length - 1 && (to === "declined" || to === "completed" || to === "ended");
          // The partner's steps (domain/referral-state.ts) are the partner worker's when it is their organisation;
          // another partner answered by phone and the companion noted it. An unanswered referral expires by itself.
          const byPartner =
            to === "accepted" ||
            to === "declined" ||
            to === "waitlisted" ||
            to === "started" ||
            to === "completed" ||
            (to === "ended" && referral.reason === "could_not_contact");
          const by =
            to === "ended" && referral.reason === "expired_without_answer" ? null : byPartner ? receiver : companion;
          return {
            referral_id: row.id,
            from_state: i === 0 ? null : (path[i - 1] ?? null),
            to_state: to,
            reason: closing ? (referral.reason ?? null) : null,
            note: byPartner && receiver === companion ? "Antwoord van de partner telefonisch genoteerd." : "",
            at: times[i]!,
            by_user_id: by,
          };
        }),
      )
      .execute();
    for (const item of feedback) {
      await trx
        .insertInto("referral_feedback")
        .values({
          referral_id: row.id,
          given_at: daysAgo(now, item.daysAgo, 16),
          given_by: receiver,
          attendance: item.attendance,
          progress: item.progress,
          summary: item.summary,
          next_step: item.nextStep ?? "",
        })
        .execute();
    }
    const acceptedAt = path.includes("accepted") ? times[path.indexOf("accepted")] : undefined;
    if (acceptedAt && (state === "started" || state === "completed")) {
      const startsAt = new Date(acceptedAt.getTime() + 2 * dayMs);
      await insertAppointment(trx, context, trajectoryId, companion, {
        referralId: row.id,
        title: `Warme overdracht bij ${offer.organisationName}`,
        startsAt,
        place: offer.organisationName,
        attendance: "present",
      });
    }
  }

  // Meetings with the companion every three weeks, with who came; one ahead while the trajectory runs.
  if (status !== "registered") {
    const until = Math.max(endDaysAgo, 2);
    let n = 0;
    for (let day = client.startedDaysAgo - 2; day >= until; day -= 21, n++) {
      const dropping = status === "dropped_out" && day - 21 < until;
      const attendance = dropping || n % 5 === 3 ? "absent" : n % 7 === 5 ? "cancelled" : "present";
      await insertAppointment(trx, context, trajectoryId, companion, {
        referralId: null,
        title: n === 0 ? "Intakegesprek" : "Gesprek met de trajectbegeleider",
        startsAt: daysAgo(now, day, 9, 30),
        place: n % 2 === 0 ? "Sociaal huis" : "Op stap in de buurt",
        attendance,
        note:
          attendance === "absent"
            ? "Niet gekomen, later teruggebeld."
            : attendance === "cancelled"
              ? "Op vraag van de cliënt verplaatst."
              : "",
      });
    }
  }
  if (!ended) {
    await insertAppointment(trx, context, trajectoryId, companion, {
      referralId: null,
      title: status === "registered" ? "Intakegesprek" : "Gesprek met de trajectbegeleider",
      startsAt: daysAgo(now, -(3 + (client.givenName.length % 6)), 9, 30),
      place: "Sociaal huis",
      attendance: "planned",
    });
  }

  // Notes: a first one for the team, the companion's own, then the spec's.
  if (status !== "registered") {
    const notes = [
      {
        daysAgo: client.startedDaysAgo - 1,
        confidentiality: "team" as const,
        category: "general" as const,
        text: "Kennismaking: we spraken af hoe en wanneer we contact houden, en wat voor de deelnemer nu het belangrijkste is.",
      },
      {
        daysAgo: Math.max(endDaysAgo + 1, Math.round(client.startedDaysAgo / 2)),
        confidentiality: "companion" as const,
        category: "general" as const,
        text: "Voor mezelf: rustig tempo houden en telkens eerst vragen hoe het thuis gaat.",
      },
      ...(client.notes ?? []),
    ];
    await trx
      .insertInto("notes")
      .values(
        notes.map((note) => ({
          trajectory_id: trajectoryId,
          written_at: daysAgo(now, note.daysAgo, 17),
          written_by: companion,
          life_domain_code: "lifeDomain" in note ? (note.lifeDomain ?? null) : null,
          confidentiality: note.confidentiality,
          category: note.category,
          text: note.text,
        })),
      )
      .execute();
  }

  if (client.caseConference) {
    const conference = client.caseConference;
    const consent = consentRows[conference.consent];
    const heldAt = daysAgo(now, conference.daysAgo, 13);
    if (!consent || consent.given > heldAt) throw new Error(`${where}: case conference without a consent`);
    await trx
      .insertInto("case_conferences")
      .values({
        trajectory_id: trajectoryId,
        held_at: heldAt,
        purpose: conference.purpose,
        legal_frame: "consent",
        consent_id: consent.id,
        participants: JSON.stringify(conference.participants),
        client_present: conference.clientPresent,
        outcome: conference.outcome,
        recorded_by: context.caseDirector,
        created_at: new Date(heldAt.getTime() + 3 * 3_600_000),
      })
      .execute();
  }
  return trajectoryId;
}

async function insertAppointment(
  trx: Transaction<Database>,
  context: RegionContext,
  trajectoryId: string,
  companion: string,
  appointment: {
    referralId: string | null;
    title: string;
    startsAt: Date;
    place: string;
    attendance: "planned" | "present" | "absent" | "cancelled";
    note?: string;
  },
): Promise<void> {
  const createdAt = new Date(Math.min(appointment.startsAt.getTime(), context.now.getTime()) - 7 * dayMs);
  await trx
    .insertInto("appointments")
    .values({
      trajectory_id: trajectoryId,
      referral_id: appointment.referralId,
      title: appointment.title,
      starts_at: appointment.startsAt,
      ends_at: new Date(appointment.startsAt.getTime() + 3_600_000),
      place: appointment.place,
      attendance: appointment.attendance,
      attendance_note: appointment.note ?? "",
      ical_uid: `${randomUUID()}@brug`,
      created_by: companion,
      created_at: createdAt,
      updated_at: appointment.attendance === "planned" ? createdAt : appointment.startsAt,
    })
    .execute();
}
