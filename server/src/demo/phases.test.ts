// The demo's phase calls: right after loading, a visitor can try every step of the procedure the same day with the
// demo accounts (README "Demo accounts"), and each call stays in its phase for at least a week.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../test/app.ts";
import { formationWait } from "../modules/partnerships/formation.ts";
import { signIn } from "../modules/accounts/testing.ts";
import { findCall } from "../modules/calls/queries.ts";
import { stateOf } from "../modules/calls/phase.ts";
import type { CallSummaryList } from "../modules/calls/schemas.ts";
import type { CallDecisions } from "../modules/decisions/schemas.ts";
import type { JuryCallList, JuryCandidacyList, JuryCandidacyView, ReviewProgress } from "../modules/jury/schemas.ts";
import type { PitchPlan } from "../modules/pitches/schemas.ts";
import { demoCallTitle, keepDemoCallsCurrent } from "./calls.ts";
import { demoJuryEmail } from "./jury.ts";
import { demoPassword, loadDemo } from "./load.ts";
import { demoApplicantOrganisation, demoPhaseCallTitles, type DemoPhase } from "./phases.ts";

// A Monday morning in Brussels (11:00 winter time).
const loadedAt = "2026-11-23T10:00:00Z";
const clock = fixedClock(loadedAt);
const { app, db } = await createReferenceTestApp({ clock });
await loadDemo(db, undefined, { now: clock.now() });

const { calls } = (await app.inject({ method: "GET", url: "/api/public/calls" })).json() as CallSummaryList;
function callOf(phase: DemoPhase) {
  const call = calls.find((c) => c.title === demoPhaseCallTitles[phase]);
  if (!call) throw new Error(`no demo call for ${phase}`);
  return call;
}
const session = (email: string) => signIn(app, { email, password: demoPassword });
const coordinatorEmail = "coordinator.maasland@brug.demo";
const days = (n: number) => new Date(Date.parse(loadedAt) + n * 86_400_000);

describe("the demo's phase calls", () => {
  it("are Maasland's, labelled fictional, each in the phase its title names, and still there six days later", async () => {
    for (const phase of ["assessment", "pitches", "decision", "weerwoord"] as const) {
      const summary = callOf(phase);
      expect(summary).toMatchObject({ isDemo: true, region: { slug: "maasland" } });
      expect(summary.title).toMatch(/^Demo-oproep \(fictief\) — /);
      expect(summary.state.phase, phase).toBe(phase);
      const call = await findCall(db, summary.id);
      expect(stateOf(call!, days(6)).phase, `${phase} six days later`).toBe(phase);
    }
    // The pitch days run from yesterday to a week ahead; the weerwoord window ends 13 days from now.
    expect(callOf("pitches").state.until).toBe("2026-12-01T11:00:00.000Z");
    expect(callOf("weerwoord").state.weerwoordUntil).toBe("2026-12-06T09:00:00.000Z");
  });

  it("hold the region's fictional applicants' candidacies, all submitted before the deadline", async () => {
    for (const phase of ["assessment", "pitches", "decision", "weerwoord"] as const) {
      const call = callOf(phase);
      const revisions = await db
        .selectFrom("candidacy_revisions as r")
        .innerJoin("candidacies as c", "c.id", "r.candidacy_id")
        .innerJoin("organisations as o", "o.id", "c.organisation_id")
        .select(["r.received_at", "r.received_via", "o.name", "o.enterprise_number"])
        .where("c.call_id", "=", call.id)
        .execute();
      expect(revisions.length, phase).toBeGreaterThanOrEqual(4);
      for (const r of revisions) {
        expect(r.received_at.getTime()).toBeLessThanOrEqual(Date.parse(call.state.deadline!));
        expect(r.enterprise_number).toMatch(/^0999/);
        expect(r.name).toMatch(/\((fictief|demo)\)$/);
      }
    }
    const seedOnly = await db.selectFrom("audit_log").select("actor_kind").distinct().execute();
    expect(seedOnly).toEqual([{ actor_kind: "seed" }]);
  });

  it("let jury.maasland@ declare and score on the assessment call, where nothing is declared yet", async () => {
    const jury = await session(demoJuryEmail);
    const callId = callOf("assessment").id;
    const mine = (
      await app.inject({ method: "GET", url: "/api/jury/calls", headers: jury.headers })
    ).json() as JuryCallList;
    expect(mine.calls.map((c) => c.id)).toContain(callId);
    const list = (
      await app.inject({ method: "GET", url: `/api/jury/calls/${callId}/candidacies`, headers: jury.headers })
    ).json() as JuryCandidacyList;
    expect(list.candidacies).toHaveLength(4);
    expect(list.candidacies.every((c) => c.declaration === null)).toBe(true);

    const candidacyId = list.candidacies[0]!.id;
    const declared = await app.inject({
      method: "PUT",
      url: `/api/jury/candidacies/${candidacyId}/declaration`,
      headers: jury.headers,
      payload: { status: "none" },
    });
    expect(declared.statusCode).toBe(200);
    const view = (
      await app.inject({ method: "GET", url: `/api/jury/candidacies/${candidacyId}`, headers: jury.headers })
    ).json() as JuryCandidacyView;
    const scores = Object.fromEntries(view.criteria.map((c) => [c.key, { score: 3, comment: "Voldoende." }]));
    const saved = await app.inject({
      method: "PUT",
      url: `/api/jury/candidacies/${candidacyId}/review`,
      headers: jury.headers,
      payload: { scores },
    });
    expect(saved.statusCode).toBe(200);
    const submitted = await app.inject({
      method: "POST",
      url: `/api/jury/candidacies/${candidacyId}/review/submit`,
      headers: jury.headers,
    });
    expect(submitted.statusCode).toBe(200);
  });

  it("let the coordinator plan a pitch on the pitches call, where the jury member's reviews are in", async () => {
    const coordinator = await session(coordinatorEmail);
    const callId = callOf("pitches").id;
    const progress = (
      await app.inject({ method: "GET", url: `/api/calls/${callId}/review-progress`, headers: coordinator.headers })
    ).json() as ReviewProgress;
    expect(progress.members).toEqual([expect.objectContaining({ done: 4, expected: 4, undeclared: 0 })]);

    const plan = (
      await app.inject({ method: "GET", url: `/api/calls/${callId}/pitches`, headers: coordinator.headers })
    ).json() as PitchPlan;
    expect(plan.canPlan).toBe(true);
    expect(plan.matchingDays).toEqual(["2026-11-22", "2026-11-26", "2026-12-01"]);
    const jury = await db.selectFrom("users").select("id").where("email", "=", demoJuryEmail).executeTakeFirstOrThrow();
    const created = await app.inject({
      method: "POST",
      url: `/api/calls/${callId}/pitches`,
      headers: coordinator.headers,
      payload: {
        date: "2026-11-26",
        from: "09:00",
        to: "10:00",
        location: "Gemeentehuis Maasmechelen",
        onlineUrl: null,
        room: "Raadzaal",
        challengeNumber: null,
        note: "",
        candidacyIds: plan.candidacies.slice(0, 2).map((c) => c.id),
        juryUserIds: [jury.id],
      },
    });
    expect(created.statusCode).toBe(201);
  });

  it("let the coordinator check the coverage of the prepared decisions and publish them on the decision call", async () => {
    const coordinator = await session(coordinatorEmail);
    const callId = callOf("decision").id;
    const before = (
      await app.inject({ method: "GET", url: `/api/calls/${callId}/decisions`, headers: coordinator.headers })
    ).json() as CallDecisions;
    expect(before.decisionsPublishedAt).toBeNull();
    expect(before.candidacies).toHaveLength(5);
    expect(before.candidacies.every((c) => c.decision !== null && c.decision.published === null)).toBe(true);
    const selected = before.candidacies.filter((c) => c.decision?.outcome === "selected").map((c) => c.candidacyId);
    expect(selected).toHaveLength(3);

    const coverage = await app.inject({
      method: "POST",
      url: `/api/calls/${callId}/coverage`,
      headers: coordinator.headers,
      payload: { selected },
    });
    expect(coverage.statusCode, coverage.body).toBe(200);

    const published = await app.inject({
      method: "POST",
      url: `/api/calls/${callId}/decisions/publish`,
      headers: coordinator.headers,
    });
    expect(published.statusCode).toBe(200);
    expect((published.json() as CallDecisions).state.phase).toBe("weerwoord");
  });

  it("let applicant@ read the refusal of its organisation and file a weerwoord on the weerwoord call", async () => {
    const applicant = await session("applicant@brug.demo");
    const callId = callOf("weerwoord").id;
    const candidacies = await db
      .selectFrom("candidacies as c")
      .innerJoin("organisations as o", "o.id", "c.organisation_id")
      .select(["c.id", "o.name"])
      .where("c.call_id", "=", callId)
      .execute();
    const own = candidacies.find((c) => c.name === demoApplicantOrganisation)!;
    const other = candidacies.find((c) => c.name !== demoApplicantOrganisation)!;

    // Its letter is in the outbox, dated the publication (yesterday at 10.00 in Brussels).
    const letters = await db
      .selectFrom("outbox_messages")
      .select(["created_at", "subject"])
      .where("kind", "=", "decision.letter")
      .where("to_address", "=", "applicant@brug.demo")
      .execute();
    expect(letters).toEqual([
      {
        created_at: new Date("2026-11-22T09:00:00.000Z"),
        subject: `Beslissing over uw kandidatuur voor "${demoPhaseCallTitles.weerwoord}" (Maasland): niet geselecteerd`,
      },
    ]);

    const decision = await app.inject({
      method: "GET",
      url: `/api/candidacies/${own.id}/decision`,
      headers: applicant.headers,
    });
    expect(decision.statusCode).toBe(200);
    expect(decision.json()).toMatchObject({ outcome: "not_selected" });

    // Another organisation's candidacy is out of reach: 404, and nothing is filed.
    const refused = await app.inject({
      method: "POST",
      url: `/api/candidacies/${other.id}/objection`,
      headers: applicant.headers,
      payload: { text: "Wij betwisten deze beslissing." },
    });
    expect(refused.statusCode).toBe(404);
    expect(await db.selectFrom("objections").select("id").where("candidacy_id", "=", other.id).execute()).toEqual([]);

    const filed = await app.inject({
      method: "POST",
      url: `/api/candidacies/${own.id}/objection`,
      headers: applicant.headers,
      payload: { text: "Wij werken wel op alle levensdomeinen; zie onze kandidatuur." },
    });
    expect(filed.statusCode).toBe(201);
  });

  it("are not formed into partnerships while loading: the weerwoord call is still provisional", async () => {
    const formed = await db
      .selectFrom("partnership_formations as f")
      .innerJoin("calls", "calls.id", "f.call_id")
      .select("calls.title")
      .where("calls.is_demo", "=", true)
      .execute();
    expect(formed).toEqual([]);
    expect((await formationWait(db, callOf("weerwoord").id, clock.now())).final).toBe(false);
  });

  it("are never moved by a restart, even after their phases are long over; only the empty open call is", async () => {
    const before = await db.selectFrom("calls").select(["title", "milestones"]).where("is_demo", "=", true).execute();
    expect(await keepDemoCallsCurrent(db, days(60))).toBe(1);
    const after = await db.selectFrom("calls").select(["title", "milestones"]).where("is_demo", "=", true).execute();
    for (const call of after) {
      const earlier = before.find((b) => b.title === call.title)!;
      if (call.title === demoCallTitle) expect(call.milestones).not.toEqual(earlier.milestones);
      else expect(call.milestones, call.title).toEqual(earlier.milestones);
    }
  });
});
