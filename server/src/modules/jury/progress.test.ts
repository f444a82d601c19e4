// What the coordinator and the jury see of the scores: progress per candidacy and per member, conflicted members
// left out of denominators and averages, others' scores per the call's visibility, and the consensus.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser, signIn } from "../accounts/testing.ts";
import { auditOf, buildCallRegion } from "../calls/testing.ts";
import type { OthersScores, ReviewProgress } from "./schemas.ts";
import {
  afterDeadline,
  allScores,
  assignedJuryMember,
  beforeDeadline,
  buildJuryWorld,
  declareVia,
  scoreVia,
} from "./testing.ts";

const clock = fixedClock(afterDeadline);
const t = await createReferenceTestApp({ clock });
const app = t.app;

const world = await buildJuryWorld(app, t.db, clock, 2);
const [a, b] = world.candidacies.map((c) => c.id) as [string, string];
const [m1, m2, m3, m4] = [
  await assignedJuryMember(app, t.db, world),
  await assignedJuryMember(app, t.db, world),
  await assignedJuryMember(app, t.db, world),
  await assignedJuryMember(app, t.db, world),
];
const comment = "Vertrouwelijke opmerking van de jury";
await scoreVia(app, m1.headers, a, { ...allScores(4), fit: { score: 5, comment } });
await scoreVia(app, m2.headers, a, allScores(2));
// m4 scored, then found a conflict: the review stays in the record but no longer counts.
await scoreVia(app, m4.headers, a, allScores(0));
await declareVia(app, m4.headers, a, "conflict", "Oud-collega van de indiener");
await declareVia(app, m3.headers, a, "none");

const progressOf = async (session = world.coordinator) =>
  app.inject({ method: "GET", url: `/api/calls/${world.callId}/review-progress`, headers: { cookie: session.cookie } });
const scoresOf = (session: { cookie: string }, id = a) =>
  app.inject({ method: "GET", url: `/api/jury/candidacies/${id}/scores`, headers: { cookie: session.cookie } });
const setVisibility = (scoreVisibility: string) =>
  app.inject({
    method: "PUT",
    url: `/api/calls/${world.callId}/score-visibility`,
    headers: world.coordinator.headers,
    payload: { scoreVisibility },
  });

describe("review progress", () => {
  it("counts the assigned members without a conflict: 2/3 beoordeeld, and lists the conflict", async () => {
    const response = await progressOf();
    expect(response.statusCode).toBe(200);
    const progress = response.json() as ReviewProgress;
    const rowA = progress.candidacies.find((c) => c.id === a);
    expect(rowA).toMatchObject({ done: 2, expected: 3, label: "2/3 beoordeeld", title: "Voorstel 1" });
    expect(rowA?.conflicts).toEqual([
      {
        userId: m4.userId,
        displayName: expect.any(String),
        status: "conflict",
        reason: "Oud-collega van de indiener",
        cleared: false,
      },
    ]);
    expect(progress.candidacies.find((c) => c.id === b)).toMatchObject({
      done: 0,
      expected: 4,
      label: "0/4 beoordeeld",
    });
    expect(progress.members.find((m) => m.userId === m1.userId)).toMatchObject({ done: 1, expected: 2, undeclared: 1 });
    expect(progress.members.find((m) => m.userId === m4.userId)).toMatchObject({ done: 0, expected: 1, undeclared: 1 });
  });

  it("averages without the conflicted member, weighted by the criteria's weights", async () => {
    const rowA = ((await progressOf()).json() as ReviewProgress).candidacies.find((c) => c.id === a);
    // m1: fit 5, the rest 4; m2: everything 2. m4's zeros do not count.
    expect(rowA?.averages.criteria[0]).toEqual({ key: "fit", average: 3.5, count: 2, passes: true });
    expect(rowA?.averages.criteria[1]).toEqual({ key: "outreach_trust", average: 3, count: 2, passes: null });
    // (3 × 3.5 + 9 × 3) / 12 / 5 = 62.5 %
    expect(rowA?.averages.weightedTotal).toBe(62.5);
  });

  it("answers 404 to another region's coordinator and 403 to a jury member", async () => {
    const otherRegion = await buildCallRegion(t.db);
    const other = await signIn(app, await buildUser(t.db, { role: "coordinator", regionId: otherRegion.regionId }));
    expect((await progressOf(other)).statusCode).toBe(404);
    expect((await progressOf(m1)).statusCode).toBe(403);
  });
});

describe("the other members' scores", () => {
  it("after_own: hidden until the member submitted their own, then without the conflicted member", async () => {
    const before = (await scoresOf(m3)).json() as OthersScores;
    expect(before).toEqual({ scoreVisibility: "after_own", visible: false, reviews: [], averages: null });
    const after = (await scoresOf(m1)).json() as OthersScores;
    expect(after.visible).toBe(true);
    expect(after.reviews).toHaveLength(1);
    expect(after.reviews[0]?.scores.fit).toEqual({ score: 2, comment: "" });
    expect(after.averages?.weightedTotal).toBe(62.5);
    expect((await scoresOf(m4)).statusCode).toBe(404);
  });

  it("never: hidden even after scoring", async () => {
    await setVisibility("never");
    expect((await scoresOf(m1)).json()).toMatchObject({ scoreVisibility: "never", visible: false, reviews: [] });
  });

  it("always: shown before scoring", async () => {
    await setVisibility("always");
    const seen = (await scoresOf(m3)).json() as OthersScores;
    expect(seen.visible).toBe(true);
    expect(seen.reviews.map((r) => r.scores.fit?.score).sort()).toEqual([2, 5]);
    await setVisibility("after_own");
  });

  it("never reach the applicant", async () => {
    const applicant = world.candidacies[0]!.applicant;
    const own = await app.inject({
      method: "GET",
      url: `/api/candidacies/${a}`,
      headers: { cookie: applicant.cookie },
    });
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain(comment);
    expect((await scoresOf(applicant)).statusCode).toBe(403);
  });
});

describe("the consensus", () => {
  const consensusUrl = `/api/candidacies/${a}/consensus`;
  const full = Object.fromEntries(
    Object.keys(allScores(0)).map((key) => [key, { score: 3, motivation: "Besproken in de jury" }]),
  );
  const put = (payload: object, session = world.coordinator) =>
    app.inject({ method: "PUT", url: consensusUrl, headers: session.headers, payload });

  it("needs every criterion scored and motivated", async () => {
    const response = await put({ scores: { fit: { score: 3, motivation: "Goed" } } });
    expect(response.statusCode).toBe(400);
    expect((response.json() as { error: { fields: unknown[] } }).error.fields).toHaveLength(5);
  });

  it("is recorded after the deadline, shown in the progress and audited; recording again replaces it", async () => {
    const response = await put({ scores: full });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ revisionNumber: 1, scores: { fit: { score: 3 } } });
    await put({ scores: { ...full, cost: { score: 1, motivation: "Te duur" } } });
    const rowA = ((await progressOf()).json() as ReviewProgress).candidacies.find((c) => c.id === a);
    expect(rowA?.consensus?.scores.cost).toEqual({ score: 1, motivation: "Te duur" });
    expect(
      (await auditOf(t.db, "jury.consensus_recorded")).map((e) => (e.payload as { replaced: boolean }).replaced),
    ).toEqual([false, true]);
  });

  it("is refused before the deadline and out of reach of others", async () => {
    clock.set(beforeDeadline);
    try {
      expect((await put({ scores: full })).json()).toMatchObject({ error: { code: "jury.not_scoring_phase" } });
    } finally {
      clock.set(afterDeadline);
    }
    const otherRegion = await buildCallRegion(t.db);
    const other = await signIn(app, await buildUser(t.db, { role: "coordinator", regionId: otherRegion.regionId }));
    expect((await put({ scores: full }, other)).statusCode).toBe(404);
    expect((await put({ scores: full }, world.candidacies[0]!.applicant)).statusCode).toBe(403);
    expect(await auditOf(t.db, "jury.consensus_recorded")).toHaveLength(2);
  });
});
