// Benchmark data for the partnership at work (issue 4): one client with a realistic amount of history for the
// client-file page — two years of a trajectory: outreach contacts, consents (one revoked, one expired), case
// conferences, scans over every life domain, goals and actions, referrals with their events and feedback,
// appointments and notes — and, around it, many background clients in the same region so that every index has to
// earn its keep. Bench data only: names say "(synthetisch)", rows go in with direct inserts (no audit rows), and the
// bench companion who owns the heavy client signs in with the demo password.
//
// Deterministic for a given count. Idempotent: it does nothing when the bench companion already exists.
import { sql, type Kysely } from "kysely";
import { hash } from "@node-rs/argon2";
import type { Database } from "../server/src/db/types.ts";
import { demoPassword } from "../server/src/demo/load.ts";

export const benchCompanionEmail = "bench.companion@brug.bench";

export interface ClientHistory {
  outreachContacts: number;
  consents: number;
  caseConferences: number;
  scans: number;
  goals: number;
  actionsPerGoal: number;
  referrals: number;
  eventsPerReferral: number;
  feedbackPerReferral: number;
  appointments: number;
  notes: number;
}

/** Two years with a client who needs a lot: what a busy companion's file looks like at its fullest. */
export const realisticHistory: ClientHistory = {
  outreachContacts: 6,
  consents: 5,
  caseConferences: 4,
  scans: 8,
  goals: 12,
  actionsPerGoal: 4,
  referrals: 8,
  eventsPerReferral: 4,
  feedbackPerReferral: 6,
  appointments: 60,
  notes: 150,
};

export interface GeneratedClients {
  heavyClientId: string;
  heavyTrajectoryId: string;
  backgroundClients: number;
  rows: number;
  milliseconds: number;
}

const day = 24 * 60 * 60 * 1000;
const domains = [
  "housing",
  "mental_health",
  "addiction",
  "physical_health",
  "language",
  "work",
  "mobility",
  "finances_admin",
  "social_network",
  "justice",
] as const;

/**
 * Adds the bench companion, the heavy client and `background` other clients (with a trajectory, a scan and a few
 * notes each) to the region `slug`, which must exist with a formed partnership (the demo's Maasland does).
 */
export async function generateClients(
  db: Kysely<Database>,
  options: { slug?: string; background?: number; history?: ClientHistory; now?: Date } = {},
): Promise<GeneratedClients | null> {
  const started = performance.now();
  const slug = options.slug ?? "maasland";
  const background = options.background ?? 5000;
  const h = options.history ?? realisticHistory;
  const now = options.now ?? new Date();
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day);

  const existing = await db
    .selectFrom("users")
    .select("id")
    .where("email", "=", benchCompanionEmail)
    .executeTakeFirst();
  if (existing) return null;
  const region = await db
    .selectFrom("regions")
    .select("id")
    .where("slug", "=", slug)
    .executeTakeFirstOrThrow(() => new Error(`region ${slug} is missing`));
  const offers = await db
    .selectFrom("partnership_offers as o")
    .innerJoin("partnerships as p", "p.id", "o.partnership_id")
    .select(["o.id", "o.organisation_id as organisationId"])
    .where("p.region_id", "=", region.id)
    .orderBy("o.id")
    .execute();
  if (offers.length === 0) throw new Error(`region ${slug} has no partnership offers`);
  const organisationId = offers[0]!.organisationId;
  let rows = 0;

  return db.transaction().execute(async (trx) => {
    const user = await trx
      .insertInto("users")
      .values({
        email: benchCompanionEmail,
        display_name: "Bench Begeleider (synthetisch)",
        password_hash: await hash(demoPassword),
        locale: "nl",
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("memberships")
      .values({ user_id: user.id, organisation_id: organisationId, region_id: region.id, role: "companion" })
      .execute();
    const by = user.id;

    // The heavy client.
    const person = await trx
      .insertInto("outreach_persons")
      .values({ region_id: region.id, nickname: "Bench", age_band: "25_34", created_by: by, created_at: at(760) })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("outreach_contacts")
      .values(
        Array.from({ length: h.outreachContacts }, (_, i) => ({
          person_id: person.id,
          region_id: region.id,
          occurred_at: at(760 - i * 7),
          finding_place: i % 2 === 0 ? "street" : "food_bank",
          life_domains: ["housing"],
          recorded_by: by,
          organisation_id: organisationId,
          created_at: at(760 - i * 7),
        })),
      )
      .execute();
    const client = await trx
      .insertInto("clients")
      .values({
        region_id: region.id,
        given_name: "Bench",
        family_name: "Cliënt (synthetisch)",
        birth_date: "1994-03-12",
        contact_languages: ["ar", "fr"],
        interpreter_needed: true,
        household: "single_parent",
        children_count: 2,
        care_duties: ["children"],
        residence: "no_reference_address",
        outreach_person_id: person.id,
        created_by: by,
        created_at: at(720),
        updated_at: at(30),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx.updateTable("outreach_persons").set({ client_id: client.id }).where("id", "=", person.id).execute();
    const trajectory = await trx
      .insertInto("trajectories")
      .values({
        client_id: client.id,
        region_id: region.id,
        companion_user_id: by,
        companion_organisation_id: organisationId,
        status: "active",
        status_changed_at: at(700),
        started_at: at(720),
        created_by: by,
        created_at: at(720),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const t = trajectory.id;
    await trx
      .insertInto("trajectory_events")
      .values([
        { trajectory_id: t, kind: "status", from_value: null, to_value: "registered", at: at(720), by_user_id: by },
        { trajectory_id: t, kind: "status", from_value: "registered", to_value: "intake", at: at(715), by_user_id: by },
        { trajectory_id: t, kind: "status", from_value: "intake", to_value: "active", at: at(700), by_user_id: by },
        {
          trajectory_id: t,
          kind: "status",
          from_value: "active",
          to_value: "paused",
          reason: "Opname",
          at: at(400),
          by_user_id: by,
        },
        { trajectory_id: t, kind: "status", from_value: "paused", to_value: "active", at: at(370), by_user_id: by },
      ])
      .execute();
    const consents = [];
    for (let i = 0; i < h.consents; i++) {
      const offer = offers[i % offers.length]!;
      consents.push(
        await trx
          .insertInto("consents")
          .values({
            client_id: client.id,
            scope: i === 0 ? "partnership" : "partner",
            partner_organisation_id: i === 0 ? null : offer.organisationId,
            purpose: "referral",
            categories: ["general", "mental_health", "finances"],
            given_how: i % 2 === 0 ? "signed" : "spoken",
            given_at: at(700 - i * 60),
            expires_at: i === 1 ? at(20) : new Date(now.getTime() + 300 * day),
            recorded_by: by,
            revoked_at: i === 2 ? at(100) : null,
            revoked_by: i === 2 ? by : null,
            revoked_how: i === 2 ? "spoken" : null,
          })
          .returning("id")
          .executeTakeFirstOrThrow(),
      );
    }
    await trx
      .insertInto("case_conferences")
      .values(
        Array.from({ length: h.caseConferences }, (_, i) => ({
          trajectory_id: t,
          held_at: at(650 - i * 150),
          purpose: "Afstemming van de hulp",
          legal_frame: "shared_professional_secrecy",
          participants: JSON.stringify([
            { name: "Begeleider", organisation: "Partner", role: "brugfiguur" },
            { name: "Maatschappelijk werker", organisation: "OCMW", role: "maatschappelijk werker" },
          ]),
          recorded_by: by,
          created_at: at(650 - i * 150),
        })),
      )
      .execute();
    for (let i = 0; i < h.scans; i++) {
      const scan = await trx
        .insertInto("scans")
        .values({
          trajectory_id: t,
          taken_on: at(710 - i * 90)
            .toISOString()
            .slice(0, 10),
          ladder_rung: Math.min(6, 1 + Math.floor(i / 2)),
          moment: i === 0 ? "start" : "during",
          talents: "Kookt graag, helpt buren",
          client_wish: "Een eigen plek en werk in de keuken",
          taken_by: by,
          created_at: at(710 - i * 90),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("scan_domains")
        .values(
          domains.map((d, j) => ({
            scan_id: scan.id,
            life_domain_code: d,
            score: Math.min(5, 1 + Math.floor((i + j) / 3)),
            barriers: d === "housing" ? ["no_reference_address"] : d === "mental_health" ? ["war_trauma"] : [],
            strengths: "",
            wish: "",
          })),
        )
        .execute();
    }
    const goalIds: string[] = [];
    for (let i = 0; i < h.goals; i++) {
      const goal = await trx
        .insertInto("goals")
        .values({
          trajectory_id: t,
          life_domain_code: domains[i % domains.length]!,
          text: `Doel ${i + 1} in de woorden van de cliënt`,
          status: i < 4 ? "achieved" : "open",
          progress: i < 4 ? 100 : (i * 10) % 90,
          created_by: by,
          created_at: at(700 - i * 40),
          updated_at: at(600 - i * 40),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      goalIds.push(goal.id);
      await trx
        .insertInto("plan_actions")
        .values(
          Array.from({ length: h.actionsPerGoal }, (_, j) => ({
            goal_id: goal.id,
            trajectory_id: t,
            text: `Actie ${j + 1}`,
            who: j % 2 === 0 ? "client" : "companion",
            due_on: at(650 - i * 40 - j * 7)
              .toISOString()
              .slice(0, 10),
            done_at: i < 10 ? at(640 - i * 40 - j * 7) : null,
            created_by: by,
            created_at: at(700 - i * 40),
          })),
        )
        .execute();
    }
    const states = ["completed", "ended", "started", "accepted", "waitlisted", "declined", "sent", "completed"];
    for (let i = 0; i < h.referrals; i++) {
      const offer = offers[i % offers.length]!;
      const state = states[i % states.length]!;
      const referral = await trx
        .insertInto("referrals")
        .values({
          trajectory_id: t,
          client_id: client.id,
          offer_id: offer.id,
          organisation_id: offer.organisationId,
          consent_id: consents[0]!.id,
          categories: ["general", "mental_health"],
          goal_id: goalIds[i % goalIds.length] ?? null,
          message: "Graag een eerste gesprek.",
          state,
          state_reason: state === "completed" ? "goal_reached" : state === "ended" ? "client_withdrew" : null,
          state_changed_at: at(600 - i * 60),
          answer_due_at: at(640 - i * 60),
          feedback_every_days: 30,
          last_feedback_at: at(560 - i * 60),
          sent_at: at(650 - i * 60),
          created_by: by,
          created_at: at(651 - i * 60),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("referral_events")
        .values(
          Array.from({ length: h.eventsPerReferral }, (_, j) => ({
            referral_id: referral.id,
            from_state: j === 0 ? "draft" : "sent",
            to_state: j === 0 ? "sent" : state,
            at: at(650 - i * 60 - j * 3),
            by_user_id: by,
          })),
        )
        .execute();
      await trx
        .insertInto("referral_feedback")
        .values(
          Array.from({ length: h.feedbackPerReferral }, (_, j) => ({
            referral_id: referral.id,
            given_at: at(620 - i * 60 - j * 10),
            given_by: by,
            attendance: "good",
            progress: "better",
            summary: "Komt goed mee, neemt zelf initiatief.",
          })),
        )
        .execute();
    }
    await trx
      .insertInto("appointments")
      .values(
        Array.from({ length: h.appointments }, (_, i) => ({
          trajectory_id: t,
          title: "Gesprek",
          starts_at: at(700 - i * 11),
          ends_at: new Date(at(700 - i * 11).getTime() + 3600_000),
          place: "Ontmoetingshuis",
          attendance: i % 7 === 0 ? "absent" : i % 11 === 0 ? "cancelled" : "present",
          ical_uid: `bench-${client.id}-${i}@brug.bench`,
          created_by: by,
          created_at: at(705 - i * 11),
          updated_at: at(700 - i * 11),
        })),
      )
      .execute();
    await trx
      .insertInto("notes")
      .values(
        Array.from({ length: h.notes }, (_, i) => ({
          trajectory_id: t,
          written_at: at(715 - i * 4.5),
          written_by: by,
          life_domain_code: domains[i % domains.length]!,
          confidentiality: (["companion", "team", "partners"] as const)[i % 3]!,
          category: "general",
          text: `Contactmoment ${i + 1}: `.padEnd(400, "tekst "),
        })),
      )
      .execute();
    rows +=
      2 +
      h.outreachContacts +
      3 +
      5 +
      h.consents +
      h.caseConferences +
      h.scans * (1 + domains.length) +
      h.goals * (1 + h.actionsPerGoal) +
      h.referrals * (1 + h.eventsPerReferral + h.feedbackPerReferral) +
      h.appointments +
      h.notes;

    // The background: other companions' clients in the same region, each with a trajectory, a scan and notes.
    const others = await sql<{ n: string }>`
      with c as (
        insert into clients (region_id, given_name, family_name, contact_languages, residence, created_by,
          created_at, updated_at)
        select ${region.id}, 'Achtergrond ' || g, '(synthetisch)', array['nl'], 'unknown', ${by},
          ${at(700)}::timestamptz + (g % 600) * interval '1 day', ${at(10)}
        from generate_series(1, ${background}) g
        returning id, created_at
      ), t as (
        insert into trajectories (client_id, region_id, companion_user_id, companion_organisation_id, status,
          status_changed_at, started_at, created_by, created_at)
        select c.id, ${region.id}, ${by}, ${organisationId}, 'active', c.created_at, c.created_at, ${by}, c.created_at
        from c
        returning id, created_at
      ), n as (
        insert into notes (trajectory_id, written_at, written_by, confidentiality, category, text)
        select t.id, t.created_at + k * interval '7 days', ${by}, 'team', 'general', 'Contactmoment'
        from t, generate_series(1, 10) k
        returning 1
      )
      select (select count(*) from c) + (select count(*) from t) + (select count(*) from n) as n
    `.execute(trx);
    rows += Number(others.rows[0]?.n ?? 0);
    // The bench companion keeps a normal caseload (the heavy client and 29 others); the rest go to a second,
    // silent companion of the same organisation.
    const silent = await trx
      .insertInto("users")
      .values({
        email: "bench.background@brug.bench",
        display_name: "Achtergrond (synthetisch)",
        password_hash: "!",
        locale: "nl",
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .updateTable("trajectories")
      .set({ companion_user_id: silent.id })
      .where("region_id", "=", region.id)
      .where("companion_user_id", "=", by)
      .where("id", "!=", t)
      .where(
        "id",
        "not in",
        trx
          .selectFrom("trajectories")
          .select("id")
          .where("region_id", "=", region.id)
          .where("companion_user_id", "=", by)
          .where("id", "!=", t)
          .orderBy("created_at")
          .limit(29),
      )
      .execute();
    await sql`analyze`.execute(trx);
    return {
      heavyClientId: client.id,
      heavyTrajectoryId: t,
      backgroundClients: background,
      rows,
      milliseconds: Math.round(performance.now() - started),
    };
  });
}
