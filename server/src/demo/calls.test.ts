// The demo's calls and its applicant: a visitor signs in as applicant@brug.demo and can apply to the demo call now.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../test/app.ts";
import { callPhase } from "../domain/call-phase.ts";
import { resolveMilestones } from "../domain/milestones.ts";
import { signIn } from "../modules/accounts/testing.ts";
import type { CallSummaryList } from "../modules/calls/schemas.ts";
import { demoCallMilestones, demoCallTitle, keepDemoCallsCurrent, regionalCallTitle } from "./calls.ts";
import { demoPassword, listDemoAccounts, loadDemo } from "./load.ts";
import { demoPhaseCallTitles } from "./phases.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const { app, db } = await createReferenceTestApp({ clock });
await loadDemo(db, undefined, { now: clock.now() });

// A second, fresh demo, where nobody applied to the open demo call yet.
const freshClock = fixedClock("2026-11-23T10:00:00Z");
const fresh = await createReferenceTestApp({ clock: freshClock });
await loadDemo(fresh.db, undefined, { now: freshClock.now() });

describe("the demo calls", () => {
  it("opens each region's 2023 call on its addendum and one fictional call for Maasland that is open today", async () => {
    const { calls } = (await app.inject({ method: "GET", url: "/api/public/calls" })).json() as CallSummaryList;
    expect(calls.filter((c) => c.title === regionalCallTitle)).toHaveLength(5);
    const maasland = calls.filter((c) => c.region.slug === "maasland");
    // Newest first within the region: the demo call before the 2023 call.
    expect(maasland.map((c) => [c.title, c.isDemo, c.state.phase])).toEqual([
      [demoCallTitle, true, "open"],
      [demoPhaseCallTitles.assessment, true, "assessment"],
      [demoPhaseCallTitles.pitches, true, "pitches"],
      [demoPhaseCallTitles.decision, true, "decision"],
      [demoPhaseCallTitles.weerwoord, true, "weerwoord"],
      [regionalCallTitle, false, "closed"],
    ]);
    const real = maasland.at(-1);
    // Copied from the addendum: "1 juni 2023 om 23u59".
    expect(real?.state.deadline).toBe("2023-06-01T21:59:00.000Z");
    // 14 days ahead at 23.59 in Brussels (winter time, +01:00).
    expect(maasland[0]?.state.deadline).toBe("2026-12-07T22:59:00.000Z");
  });

  it("lets the demo applicant sign in and start a candidacy on the demo call", async () => {
    const account = listDemoAccounts().find((a) => a.email === "applicant@brug.demo");
    expect(account).toMatchObject({ role: "applicant", regions: [], region: null, password: demoPassword });
    const session = await signIn(app, { email: "applicant@brug.demo", password: demoPassword });
    const { calls } = (await app.inject({ method: "GET", url: "/api/public/calls" })).json() as CallSummaryList;
    const demo = calls.find((c) => c.isDemo);
    const response = await app.inject({
      method: "POST",
      url: `/api/calls/${demo?.id}/candidacies`,
      headers: session.headers,
      payload: {},
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().organisation.name).toBe("Vzw De Brugfiguur (demo)");
  });
});

describe("keepDemoCallsCurrent", () => {
  const deadlinesOf = async (target: typeof fresh.app) => {
    const { calls } = (await target.inject({ method: "GET", url: "/api/public/calls" })).json() as CallSummaryList;
    return calls.filter((c) => c.region.slug === "maasland").map((c) => [c.title, c.state.deadline]);
  };
  // A month later the open demo call's deadline (7 December) has passed.
  const later = new Date("2027-01-04T09:00:00Z");

  it("leaves an open demo call alone, and gives an empty one whose deadline passed a new timeline from today, audited", async () => {
    const before = await deadlinesOf(fresh.app);
    expect(await keepDemoCallsCurrent(fresh.db, freshClock.now())).toBe(0);
    expect(await deadlinesOf(fresh.app)).toEqual(before);

    expect(await keepDemoCallsCurrent(fresh.db, later)).toBe(1);
    // 14 days after 4 January 2027, at 23.59 in Brussels; the phase calls and the 2023 call stay as they were.
    expect(await deadlinesOf(fresh.app)).toEqual([[demoCallTitle, "2027-01-18T22:59:00.000Z"], ...before.slice(1)]);
    const audit = await fresh.db
      .selectFrom("audit_log")
      .select(["action", "payload"])
      .where("action", "=", "call.demo_timeline_moved")
      .execute();
    expect(audit).toEqual([
      {
        action: "call.demo_timeline_moved",
        payload: { previousDeadline: "2026-12-07T22:59:00.000Z", deadline: "2027-01-18T22:59:00.000Z" },
      },
    ]);
  });

  it("never moves a demo call that has a candidacy: applicant@'s draft keeps the open call on its timeline", async () => {
    // The first describe block started a candidacy on this database's open demo call.
    const before = await deadlinesOf(app);
    expect(await keepDemoCallsCurrent(db, later)).toBe(0);
    expect(await deadlinesOf(app)).toEqual(before);
    expect(
      await db.selectFrom("audit_log").select("id").where("action", "=", "call.demo_timeline_moved").execute(),
    ).toEqual([]);
  });
});

describe("demoCallMilestones", () => {
  it("keeps the order of a call across a daylight-saving change: open now, then assessment, pitches, decision", () => {
    const now = new Date("2026-10-20T10:00:00Z");
    const milestones = demoCallMilestones(now);
    const resolved = new Map(resolveMilestones(milestones).map((m) => [m.key, m.resolved]));
    expect(resolved.get("launch")?.start).toBe("2026-10-12T22:00:00.000Z");
    // 3 November, after the clocks went back: 23.59 winter time.
    expect(resolved.get("candidacy_deadline")?.instant).toBe("2026-11-03T22:59:00.000Z");
    expect(resolved.get("written_assessment")?.start).toBe("2026-11-08T23:00:00.000Z");
    expect(resolved.get("pitches_jury")?.parts).toHaveLength(2);
    const at = (iso: string) => callPhase({ milestones, decisionsPublishedAt: null }, new Date(iso)).phase;
    expect(at("2026-10-20T10:00:00Z")).toBe("open");
    expect(at("2026-11-10T10:00:00Z")).toBe("assessment");
    expect(at("2026-11-17T09:00:00Z")).toBe("pitches");
    expect(at("2026-11-23T09:00:00Z")).toBe("decision");
  });
});
