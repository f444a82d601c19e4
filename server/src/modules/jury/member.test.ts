// A jury member declares a conflict of interest before seeing a candidacy, then reads and scores it while the
// call's phase allows scoring.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { signIn } from "../accounts/testing.ts";
import { auditOf, buildApplicant, startCandidacy } from "../calls/testing.ts";
import type { JuryCallList, JuryCandidacyList, JuryCandidacyView, ReviewView } from "./schemas.ts";
import {
  afterDeadline,
  allScores,
  assignedJuryMember,
  beforeDeadline,
  buildJuryMember,
  buildJuryWorld,
  declareVia,
  saveReviewVia,
  submitReviewVia,
} from "./testing.ts";

const clock = fixedClock(afterDeadline);
const t = await createReferenceTestApp({ clock });
const app = t.app;

const world = await buildJuryWorld(app, t.db, clock, 3);
const [first, second, third] = world.candidacies.map((c) => c.id) as [string, string, string];
const member = await assignedJuryMember(app, t.db, world);
const other = await buildJuryWorld(app, t.db, clock, 1);

const get = (session: { cookie: string }, url: string) =>
  app.inject({ method: "GET", url, headers: { cookie: session.cookie } });

describe("a jury member", () => {
  it("sees the calls they sit on and the candidacies without content, never a draft", async () => {
    const drafter = await signIn(app, await buildApplicant(t.db));
    clock.set(beforeDeadline);
    await startCandidacy(app, drafter.headers, world.callId);
    clock.set(afterDeadline);

    const calls = (await get(member, "/api/jury/calls")).json() as JuryCallList;
    expect(calls.calls.map((c) => c.id)).toEqual([world.callId]);
    const response = await get(member, `/api/jury/calls/${world.callId}/candidacies`);
    expect(response.statusCode).toBe(200);
    const list = response.json() as JuryCandidacyList;
    expect(list.candidacies).toHaveLength(3);
    expect(list.candidacies[0]).toMatchObject({ declaration: null, mayReview: false, reviewStatus: "none" });
    expect(response.body).not.toContain("Voorstel");
  });

  it("cannot read a candidacy before declaring", async () => {
    const response = await get(member, `/api/jury/candidacies/${first}`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: "jury.declare_first" } });
  });

  it("needs a reason for a conflict", async () => {
    const response = await declareVia(app, member.headers, first, "conflict", "  ");
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { fields: [{ path: "reason", code: "field.required" }] } });
  });

  it("declares a conflict and is then kept out of the candidacy as if it did not exist", async () => {
    const declared = await declareVia(app, member.headers, first, "conflict", "Ik zit in de raad van bestuur.");
    expect(declared.statusCode).toBe(200);
    expect((await get(member, `/api/jury/candidacies/${first}`)).statusCode).toBe(404);
    expect((await saveReviewVia(app, member.headers, first, allScores(3))).statusCode).toBe(404);
    expect(await auditOf(t.db, "jury.conflict_declared")).toEqual([
      expect.objectContaining({
        entity_id: first,
        payload: {
          userId: member.userId,
          status: "conflict",
          reason: "Ik zit in de raad van bestuur.",
          previous: null,
        },
      }),
    ]);
  });

  it("declares none, reads the latest submitted revision and scores it", async () => {
    expect((await declareVia(app, member.headers, second, "none")).statusCode).toBe(200);
    const view = (await get(member, `/api/jury/candidacies/${second}`)).json() as JuryCandidacyView;
    expect(view).toMatchObject({
      revision: { number: 1, content: { title: "Voorstel 2" } },
      declaration: { status: "none" },
      review: null,
      scoringOpen: true,
    });
    expect(view.criteria).toHaveLength(6);

    const saved = await saveReviewVia(app, member.headers, second, { fit: { score: 4, comment: " Sterk " } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ scores: { fit: { score: 4, comment: "Sterk" } }, submittedAt: null });

    const incomplete = await submitReviewVia(app, member.headers, second);
    expect(incomplete.statusCode).toBe(400);
    const paths = (incomplete.json() as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path);
    expect(paths).toEqual([
      "scores.outreach_trust.score",
      "scores.life_domains.score",
      "scores.partnership.score",
      "scores.feasibility.score",
      "scores.cost.score",
    ]);

    expect((await saveReviewVia(app, member.headers, second, allScores(3, { fit: 6 }))).json()).toMatchObject({
      error: { fields: [{ path: "scores.fit.score", code: "field.too_large" }] },
    });
    expect((await saveReviewVia(app, member.headers, second, allScores(3))).statusCode).toBe(200);
    const submitted = await submitReviewVia(app, member.headers, second);
    expect(submitted.statusCode).toBe(200);
    expect((submitted.json() as ReviewView).submittedAt).toBe(afterDeadline.replace("Z", ".000Z"));
    const again = await saveReviewVia(app, member.headers, second, allScores(5));
    expect(again.json()).toMatchObject({ error: { code: "jury.review_already_submitted" } });

    expect((await auditOf(t.db, "jury.review_saved")).filter((a) => a.entity_id === second)).toHaveLength(2);
    expect(await auditOf(t.db, "jury.review_submitted")).toEqual([
      expect.objectContaining({ entity_id: second, payload: expect.objectContaining({ scores: allScoresOf(3) }) }),
    ]);
  });

  it("may after submitting only change the declaration to a conflict, each change audited", async () => {
    const back = await declareVia(app, member.headers, second, "possible", "Toch twijfel");
    expect(back.json()).toMatchObject({ error: { code: "jury.declaration_locked" } });
    const late = await declareVia(app, member.headers, second, "conflict", "Pas nu gezien: mijn werkgever");
    expect(late.statusCode).toBe(200);
    expect((await auditOf(t.db, "jury.conflict_declared")).filter((a) => a.entity_id === second)).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ status: "none", previous: null }) }),
      expect.objectContaining({ payload: expect.objectContaining({ status: "conflict", previous: "none" }) }),
    ]);
    expect((await get(member, `/api/jury/candidacies/${second}`)).statusCode).toBe(404);
  });

  it("sees nothing of the candidacies before the deadline, in their own language, and changes nothing", async () => {
    await declareVia(app, member.headers, third, "none");
    const declarationsBefore = await t.db.selectFrom("conflict_declarations").selectAll().execute();
    clock.set(beforeDeadline);
    try {
      const list = await get(member, `/api/jury/calls/${world.callId}/candidacies`);
      expect(list.statusCode).toBe(200);
      expect((list.json() as { candidacies: unknown[] }).candidacies).toEqual([]);
      for (const request of [
        { method: "GET" as const, url: `/api/jury/candidacies/${third}` },
        { method: "PUT" as const, url: `/api/jury/candidacies/${third}/review`, payload: { scores: allScores(2) } },
        { method: "PUT" as const, url: `/api/jury/candidacies/${second}/declaration`, payload: { status: "none" } },
      ]) {
        const response = await app.inject({
          ...request,
          headers: { ...member.headers, "accept-language": "en" },
        });
        expect(response.statusCode, request.url).toBe(409);
        expect(response.json()).toMatchObject({ error: { code: "jury.before_deadline" } });
        // The member chose Dutch: their language wins over the browser's.
        expect((response.json() as { error: { message: string } }).error.message).toMatch(
          /^De jury ziet de kandidaturen pas na de deadline voor kandidaturen \(.+ om .+ uur\)/,
        );
      }
    } finally {
      clock.set(afterDeadline);
    }
    expect(await t.db.selectFrom("reviews").select("id").where("candidacy_id", "=", third).execute()).toEqual([]);
    expect(await t.db.selectFrom("conflict_declarations").selectAll().execute()).toEqual(declarationsBefore);
  });

  it("waits for the coordinator after declaring a possible conflict", async () => {
    await declareVia(app, member.headers, third, "possible", "Mijn zus werkt er.");
    expect((await get(member, `/api/jury/candidacies/${third}`)).json()).toMatchObject({
      error: { code: "jury.conflict_pending" },
    });
    const cleared = await app.inject({
      method: "POST",
      url: `/api/candidacies/${third}/conflicts/${member.userId}/clear`,
      headers: world.coordinator.headers,
    });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ status: "possible", cleared: true });
    expect((await get(member, `/api/jury/candidacies/${third}`)).statusCode).toBe(200);
    expect(await auditOf(t.db, "jury.conflict_cleared")).toEqual([
      expect.objectContaining({ entity_id: third, payload: { userId: member.userId } }),
    ]);
  });

  it("reaches no candidacy of a call they are not assigned to, nor one of another region", async () => {
    const unassigned = await signIn(app, await buildJuryMember(t.db, world.region.regionId));
    expect((await get(unassigned, `/api/jury/calls/${world.callId}/candidacies`)).statusCode).toBe(404);
    expect((await declareVia(app, unassigned.headers, first, "none")).statusCode).toBe(404);
    const elsewhere = other.candidacies[0]!.id;
    expect((await declareVia(app, member.headers, elsewhere, "none")).statusCode).toBe(404);
    expect((await get(member, `/api/jury/calls/${other.callId}/candidacies`)).statusCode).toBe(404);
  });

  it("is a role: applicants get 403 on the jury's routes and 401 without signing in", async () => {
    const session = await get(member, "/api/auth/session");
    expect((session.json() as { abilities: string[] }).abilities).toEqual(["account:self", "jury:review"]);
    const applicant = world.candidacies[0]!.applicant;
    expect((await get(applicant, `/api/jury/candidacies/${first}`)).statusCode).toBe(403);
    expect((await get(applicant, `/api/jury/candidacies/${first}/scores`)).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: "/api/jury/calls" })).statusCode).toBe(401);
  });
});

function allScoresOf(score: number) {
  return Object.fromEntries(Object.keys(allScores(score)).map((key) => [key, score]));
}
