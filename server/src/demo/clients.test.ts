// The demo's partnership at work (issue 4, item 13): each region's fictional clients with trajectories in every
// status and referrals in every state, every sent referral under a consent that covered it when it was sent, and the
// demo accounts seeing what need-to-know allows: the partner worker reads the clients referred to their
// organisation, a second companion does not see the first one's clients.
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../test/app.ts";
import type { Actor } from "../platform/permissions.ts";
import { signIn } from "../modules/accounts/testing.ts";
import { clientAccess, maySee } from "../modules/clients/access.ts";
import { referralStates } from "../domain/referral-state.ts";
import { categoryOfLifeDomain, trajectoryStatuses } from "../domain/trajectory-codes.ts";
import { demoCaseDirectorEmail, demoCompanionEmail, demoPartnerWorkerEmail } from "./clients.ts";
import { demoClientRegions } from "./clients/index.ts";
import { demoPassword, listDemoAccounts, loadDemo } from "./load.ts";
import { regionSeeds } from "./regions/index.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const now = clock.now();
const { db, app } = await createReferenceTestApp({ clock });
await loadDemo(db, undefined, { now });

const regions = await db.selectFrom("regions").select(["id", "slug"]).execute();
const regionId = (slug: string): string => regions.find((r) => r.slug === slug)!.id;

async function actorOf(email: string): Promise<Actor> {
  const user = await db
    .selectFrom("users")
    .select(["id", "email", "display_name"])
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  const memberships = await db
    .selectFrom("memberships")
    .select(["organisation_id as organisationId", "region_id as regionId", "role"])
    .where("user_id", "=", user.id)
    .execute();
  return {
    userId: user.id,
    email: user.email,
    displayName: user.display_name,
    locale: "nl",
    memberships,
    sessionIdHash: "test",
    csrfToken: "test",
  };
}

async function canRead(actor: Actor, clientId: string): Promise<boolean> {
  try {
    await clientAccess(db, actor, clientId, now);
    return true;
  } catch {
    return false;
  }
}

describe("the demo's clients", () => {
  it("gives every region 8 to 12 clearly fictional clients, no two with the same name", async () => {
    const clients = await db
      .selectFrom("clients")
      .select(["region_id", "given_name", "family_name", "phone", "email"])
      .execute();
    for (const seed of regionSeeds) {
      const own = clients.filter((c) => c.region_id === regionId(seed.slug));
      expect(own.length, seed.slug).toBeGreaterThanOrEqual(8);
      expect(own.length, seed.slug).toBeLessThanOrEqual(12);
    }
    const names = clients.map((c) => `${c.given_name} ${c.family_name}`);
    expect(new Set(names).size).toBe(names.length);
    for (const client of clients) {
      expect(client.family_name).toMatch(/\(fictief\)$/);
      expect(client.phone).toMatch(/^(0470 00 00 \d\d)?$/);
      expect(client.email).toMatch(/^([a-z]+\.[a-z]+@example\.be)?$/);
    }
  });

  it("has trajectories in every status in every region, an ended one with its exit outcome and follow-up", async () => {
    const trajectories = await db
      .selectFrom("trajectories")
      .select(["region_id", "status", "ended_at", "exit_outcome", "follow_up_due_on", "started_at"])
      .execute();
    for (const seed of regionSeeds) {
      const statuses = new Set(trajectories.filter((t) => t.region_id === regionId(seed.slug)).map((t) => t.status));
      expect([...statuses].sort(), seed.slug).toEqual([...trajectoryStatuses].sort());
    }
    const completed = trajectories.filter((t) => t.status === "completed");
    expect(completed.length).toBeGreaterThanOrEqual(5);
    for (const trajectory of completed) {
      expect(trajectory.exit_outcome).not.toBeNull();
      // ESF+: six months after leaving, still ahead for a trajectory closed in the demo's months.
      expect(trajectory.follow_up_due_on! > now.toISOString().slice(0, 10)).toBe(true);
    }
    // A few months of history: the oldest trajectories started three to six months before loading.
    const oldest = Math.max(...trajectories.map((t) => now.getTime() - t.started_at.getTime())) / 86_400_000;
    expect(oldest).toBeGreaterThanOrEqual(90);
    expect(oldest).toBeLessThanOrEqual(186);
    const events = await db.selectFrom("trajectory_events").select(["kind"]).execute();
    expect(new Set(events.map((e) => e.kind))).toEqual(new Set(["status", "closure"]));
  });

  it("has referrals in every state in every region, with events that end in the referral's state", async () => {
    const referrals = await db
      .selectFrom("referrals as r")
      .innerJoin("clients as c", "c.id", "r.client_id")
      .select(["r.id", "r.state", "r.state_reason", "c.region_id"])
      .execute();
    for (const seed of regionSeeds) {
      const states = new Set(referrals.filter((r) => r.region_id === regionId(seed.slug)).map((r) => r.state));
      expect([...states].sort(), seed.slug).toEqual([...referralStates].sort());
    }
    const events = await db.selectFrom("referral_events").select(["referral_id", "to_state", "at"]).execute();
    for (const referral of referrals) {
      const own = events.filter((e) => e.referral_id === referral.id).sort((a, b) => a.at.getTime() - b.at.getTime());
      expect(own[0]?.to_state).toBe("draft");
      expect(own.at(-1)?.to_state).toBe(referral.state);
      if (["declined", "completed", "ended"].includes(referral.state)) expect(referral.state_reason).not.toBeNull();
    }
    expect(await db.selectFrom("referral_feedback").select("id").execute()).not.toHaveLength(0);
  });

  it("sent every referral under a consent that covered the partner and its categories at that moment", async () => {
    const sent = await db
      .selectFrom("referrals as r")
      .leftJoin("consents as k", "k.id", "r.consent_id")
      .select([
        "r.id",
        "r.state",
        "r.client_id",
        "r.organisation_id",
        "r.categories",
        "r.sent_at",
        "k.client_id as consentClientId",
        "k.scope",
        "k.partner_organisation_id",
        "k.categories as consentCategories",
        "k.given_at",
        "k.expires_at",
        "k.revoked_at",
      ])
      .where("r.state", "!=", "draft")
      .execute();
    expect(sent.length).toBeGreaterThan(30);
    for (const r of sent) {
      expect(r.sent_at, r.id).not.toBeNull();
      expect(r.consentClientId, r.id).toBe(r.client_id);
      expect(r.scope === "partnership" || r.partner_organisation_id === r.organisation_id, r.id).toBe(true);
      for (const category of r.categories) expect(r.consentCategories, r.id).toContain(category);
      expect(r.given_at!.getTime()).toBeLessThanOrEqual(r.sent_at!.getTime());
      expect(r.sent_at!.getTime()).toBeLessThan(r.expires_at!.getTime());
      if (r.revoked_at) expect(r.sent_at!.getTime()).toBeLessThan(r.revoked_at.getTime());
    }
    const drafts = await db
      .selectFrom("referrals")
      .select(["consent_id", "sent_at"])
      .where("state", "=", "draft")
      .execute();
    expect(drafts.every((d) => d.consent_id === null && d.sent_at === null)).toBe(true);
  });

  it("has standing, expired and revoked consents and a case conference held under consent in every region", async () => {
    const consents = await db
      .selectFrom("consents as k")
      .innerJoin("clients as c", "c.id", "k.client_id")
      .select(["c.region_id", "k.expires_at", "k.revoked_at"])
      .execute();
    const conferences = await db
      .selectFrom("case_conferences as cc")
      .innerJoin("trajectories as t", "t.id", "cc.trajectory_id")
      .select(["t.region_id", "cc.legal_frame", "cc.consent_id"])
      .execute();
    for (const seed of regionSeeds) {
      const own = consents.filter((k) => k.region_id === regionId(seed.slug));
      expect(
        own.some((k) => k.revoked_at === null && k.expires_at > now),
        seed.slug,
      ).toBe(true);
      expect(
        own.some((k) => k.revoked_at === null && k.expires_at <= now),
        seed.slug,
      ).toBe(true);
      expect(
        own.some((k) => k.revoked_at !== null),
        seed.slug,
      ).toBe(true);
      const conference = conferences.find((c) => c.region_id === regionId(seed.slug));
      expect(conference, seed.slug).toMatchObject({ legal_frame: "consent" });
      expect(conference?.consent_id).not.toBeNull();
    }
  });

  it("shows progress between scans, a plan with an overdue action, attendance and notes at every level", async () => {
    const active = await db
      .selectFrom("trajectories as t")
      .select(["t.id"])
      .select((eb) =>
        eb
          .selectFrom("scans")
          .select(eb.fn.countAll<string>().as("n"))
          .whereRef("trajectory_id", "=", "t.id")
          .as("scans"),
      )
      .where("t.status", "=", "active")
      .execute();
    expect(active.every((t) => Number(t.scans) >= 2 && Number(t.scans) <= 3)).toBe(true);
    const ladders = await db
      .selectFrom("scans")
      .select(["trajectory_id", "ladder_rung", "taken_on"])
      .orderBy("taken_on")
      .execute();
    const climbed = active.filter((t) => {
      const rungs = ladders.filter((s) => s.trajectory_id === t.id).map((s) => s.ladder_rung ?? 0);
      return rungs.length > 1 && rungs.at(-1)! > rungs[0]!;
    });
    expect(climbed.length).toBeGreaterThanOrEqual(3);

    const today = now.toISOString().slice(0, 10);
    const overdue = await db
      .selectFrom("plan_actions")
      .select("id")
      .where("done_at", "is", null)
      .where("due_on", "<", today)
      .execute();
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    const attendance = await db.selectFrom("appointments").select("attendance").execute();
    expect(new Set(attendance.map((a) => a.attendance))).toEqual(
      new Set(["planned", "present", "absent", "cancelled"]),
    );
    expect(
      await db.selectFrom("appointments").select("id").where("referral_id", "is not", null).execute(),
    ).not.toHaveLength(0);
    const notes = await db.selectFrom("notes").select(["confidentiality", "category"]).execute();
    expect(new Set(notes.map((n) => n.confidentiality))).toEqual(new Set(["companion", "team", "partners"]));
  });

  it("builds each client from a persona of the addenda and names barriers within their own life domain", async () => {
    const personas = new Set((await db.selectFrom("personas").select("slug").execute()).map((p) => p.slug));
    for (const spec of Object.values(demoClientRegions)) {
      for (const client of spec!.clients) expect(personas, client.givenName).toContain(client.persona);
    }
    const mismatched = await db
      .selectFrom("scan_domains as d")
      .innerJoin("barriers as b", (join) => join.on(sql<boolean>`b.code = any(d.barriers)`))
      .select(["d.life_domain_code", "b.code", "b.life_domain_code as barrierDomain"])
      .whereRef("b.life_domain_code", "!=", "d.life_domain_code")
      .execute();
    expect(mismatched).toEqual([]);
    const named = await db.selectFrom("scan_domains").select("barriers").execute();
    const known = new Set((await db.selectFrom("barriers").select("code").execute()).map((b) => b.code));
    for (const row of named) for (const code of row.barriers) expect(known).toContain(code);
  });

  it("counts reach before any file: anonymous outreach persons besides the ones who became clients", async () => {
    const persons = await db.selectFrom("outreach_persons").select(["region_id", "client_id"]).execute();
    const contacts = await db.selectFrom("outreach_contacts").select(["person_id"]).execute();
    for (const seed of regionSeeds) {
      const own = persons.filter((p) => p.region_id === regionId(seed.slug));
      expect(
        own.some((p) => p.client_id === null),
        seed.slug,
      ).toBe(true);
      expect(
        own.some((p) => p.client_id !== null),
        seed.slug,
      ).toBe(true);
    }
    expect(contacts.length).toBeGreaterThan(persons.length);
    const signals = await db.selectFrom("signals").select(["region_id"]).execute();
    for (const seed of regionSeeds) {
      const count = signals.filter((s) => s.region_id === regionId(seed.slug)).length;
      expect(count, seed.slug).toBeGreaterThanOrEqual(2);
      expect(count, seed.slug).toBeLessThanOrEqual(3);
    }
  });

  it("lets each region's partner worker read a client referred to their organisation, and only what the consent covers", async () => {
    for (const seed of regionSeeds) {
      const actor = await actorOf(demoPartnerWorkerEmail(seed.slug));
      const membership = actor.memberships.find((m) => m.role === "partner_worker");
      expect(membership?.regionId).toBe(regionId(seed.slug));
      const referred = await db
        .selectFrom("referrals")
        .select(["client_id", "state"])
        .where("organisation_id", "=", membership!.organisationId)
        .execute();
      const open = ["sent", "accepted", "waitlisted", "started"];
      let readable = 0;
      for (const clientId of new Set(referred.map((r) => r.client_id))) {
        const states = referred.filter((r) => r.client_id === clientId).map((r) => r.state);
        // Only while a referral is open; a closed one (or a revoked consent) leaves the client out of reach.
        if (await canRead(actor, clientId)) {
          readable += 1;
          expect(states.some((s) => open.includes(s))).toBe(true);
        }
      }
      expect(readable, seed.slug).toBeGreaterThanOrEqual(2);
      // A client with no referral to the organisation stays out of reach.
      const others = await db
        .selectFrom("clients")
        .select("id")
        .where("region_id", "=", regionId(seed.slug))
        .where(
          "id",
          "not in",
          referred.map((r) => r.client_id),
        )
        .execute();
      for (const other of others) expect(await canRead(actor, other.id)).toBe(false);
    }
    // Marcel's referral to Maasland's partner asks addiction care: the worker sees that, not his justice data.
    const marcel = await db
      .selectFrom("clients")
      .select("id")
      .where("given_name", "=", "Marcel")
      .where("family_name", "=", "Vranken (fictief)")
      .executeTakeFirstOrThrow();
    const access = await clientAccess(db, await actorOf(demoPartnerWorkerEmail("maasland")), marcel.id, now);
    expect(access.via).toBe("partner");
    expect(maySee(access, categoryOfLifeDomain("addiction"))).toBe(true);
    expect(maySee(access, categoryOfLifeDomain("justice"))).toBe(false);
  });

  it("keeps each companion to their own clients, and gives the case director every client of the region", async () => {
    const first = await actorOf(demoCompanionEmail("maasland"));
    const second = await actorOf(demoCompanionEmail("maasland", 2));
    const director = await actorOf(demoCaseDirectorEmail("maasland"));
    const trajectories = await db
      .selectFrom("trajectories")
      .select(["client_id", "companion_user_id"])
      .where("region_id", "=", regionId("maasland"))
      .execute();
    const ofSecond = trajectories.filter((t) => t.companion_user_id === second.userId);
    const ofFirst = trajectories.filter((t) => t.companion_user_id === first.userId);
    expect(ofSecond.length).toBeGreaterThanOrEqual(2);
    expect(ofFirst.length + ofSecond.length).toBe(trajectories.length);
    for (const t of ofFirst) {
      expect(await canRead(first, t.client_id)).toBe(true);
      expect(await canRead(second, t.client_id)).toBe(false);
    }
    for (const t of ofSecond) expect(await canRead(first, t.client_id)).toBe(false);
    for (const t of trajectories) expect(await canRead(director, t.client_id)).toBe(true);
    // Another region's companion sees none of Maasland's clients.
    const elsewhere = await actorOf(demoCompanionEmail("baldemore"));
    for (const t of trajectories) expect(await canRead(elsewhere, t.client_id)).toBe(false);
  });

  it("lists the accounts, with the companions at the partner offering the brugfiguur", async () => {
    const accounts = listDemoAccounts();
    for (const seed of regionSeeds) {
      expect(accounts.find((a) => a.email === demoCompanionEmail(seed.slug))).toMatchObject({ role: "companion" });
      expect(accounts.find((a) => a.email === demoCaseDirectorEmail(seed.slug))).toMatchObject({
        role: "case_director",
        regions: [seed.slug],
      });
      expect(accounts.find((a) => a.email === demoPartnerWorkerEmail(seed.slug))).toMatchObject({
        role: "partner_worker",
      });
      const companion = await actorOf(demoCompanionEmail(seed.slug));
      const organisation = await db
        .selectFrom("organisations")
        .select("name")
        .where("id", "=", companion.memberships[0]!.organisationId)
        .executeTakeFirstOrThrow();
      expect(organisation.name).toBe(demoClientRegions[seed.slug]!.companionOrganisation);
    }
    expect(accounts.find((a) => a.email === demoCompanionEmail("maasland", 2))).toMatchObject({ role: "companion" });
  });

  it("lets the demo accounts sign in and find their work through the API", async () => {
    const partner = await signIn(app, { email: demoPartnerWorkerEmail("maasland"), password: demoPassword });
    const inbox = await app.inject({ method: "GET", url: "/api/partner/referrals", headers: partner.headers });
    expect(inbox.statusCode).toBe(200);
    expect((inbox.json() as { referrals: unknown[] }).referrals.length).toBeGreaterThanOrEqual(2);

    const chadia = await db
      .selectFrom("clients")
      .select("id")
      .where("family_name", "=", "El Amrani (fictief)")
      .executeTakeFirstOrThrow();
    const own = await signIn(app, { email: demoCompanionEmail("maasland"), password: demoPassword });
    const other = await signIn(app, { email: demoCompanionEmail("maasland", 2), password: demoPassword });
    const url = `/api/clients/${chadia.id}`;
    expect((await app.inject({ method: "GET", url, headers: own.headers })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url, headers: other.headers })).statusCode).toBe(404);
  });

  it("audits one summary per region as the seed, with no value from a client record", async () => {
    const rows = await db.selectFrom("audit_log").select(["action", "actor_kind", "payload"]).execute();
    const summaries = rows.filter((r) => r.action === "demo.clients_loaded");
    expect(summaries).toHaveLength(5);
    expect(summaries.every((r) => r.actor_kind === "seed")).toBe(true);
    const families = (await db.selectFrom("clients").select("family_name").execute()).map((c) => c.family_name);
    const logged = JSON.stringify(rows.map((r) => r.payload));
    for (const family of families) expect(logged).not.toContain(family);
  });
});
