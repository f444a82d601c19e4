// The coordinator sets the call's criteria and score visibility and assigns the jury.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser, signIn } from "../accounts/testing.ts";
import { auditOf, buildCall, buildCallRegion } from "../calls/testing.ts";
import type { CriteriaView, JuryView } from "./schemas.ts";
import {
  afterDeadline,
  allScores,
  assignedJuryMember,
  buildJuryMember,
  buildJuryWorld,
  criterionKeys,
  juryTimeline,
  scoreVia,
} from "./testing.ts";

const clock = fixedClock(afterDeadline);
const t = await createReferenceTestApp({ clock });
const app = t.app;

const world = await buildJuryWorld(app, t.db, clock, 1);
const coordinator = world.coordinator;
const otherRegion = await buildCallRegion(t.db);
const otherCoordinator = await signIn(
  app,
  await buildUser(t.db, { role: "coordinator", regionId: otherRegion.regionId }),
);
const applicant = world.candidacies[0]!.applicant;

const criteriaUrl = (callId: string) => `/api/calls/${callId}/criteria`;
const getCriteria = (session: { cookie: string }, callId = world.callId) =>
  app.inject({ method: "GET", url: criteriaUrl(callId), headers: { cookie: session.cookie } });
const putCriteria = (payload: object, callId = world.callId) =>
  app.inject({ method: "PUT", url: criteriaUrl(callId), headers: coordinator.headers, payload });

const criterion = (overrides: object = {}) => ({
  key: "fit",
  label: "Aansluiting",
  description: "",
  weight: 2,
  maxScore: 5,
  threshold: null,
  ...overrides,
});

describe("the criteria", () => {
  it("start as the six defaults from the addenda, set with the call and audited", async () => {
    const response = await getCriteria(coordinator);
    expect(response.statusCode).toBe(200);
    const view = response.json() as CriteriaView;
    expect(view.criteria.map((c) => c.key)).toEqual(criterionKeys);
    expect(view.criteria[0]).toMatchObject({ label: "Aansluiting bij de regio-uitdagingen en persona's", weight: 3 });
    expect(view.criteria.every((c) => c.maxScore === 5 && c.weight > 0)).toBe(true);
    expect(view).toMatchObject({ locked: false, scoreVisibility: "after_own" });
    const audited = (await auditOf(t.db, "call.criteria_set")).filter((a) => a.entity_id === world.callId);
    expect(audited).toHaveLength(1);
    expect(audited[0]?.payload).toMatchObject({ defaults: true });
  });

  it("refuses a weight of 0, a threshold above the maximum and a key used twice, per field, and changes nothing", async () => {
    const response = await putCriteria({
      criteria: [criterion({ weight: 0 }), criterion({ key: "cost", threshold: 6 }), criterion({ key: "cost" })],
    });
    expect(response.statusCode).toBe(400);
    const fields = (response.json() as { error: { fields: { path: string; code: string }[] } }).error.fields;
    expect(fields).toEqual([expect.objectContaining({ path: "criteria.0.weight", code: "field.too_small" })]);

    const semantic = await putCriteria({
      criteria: [criterion(), criterion({ key: "cost", threshold: 6 }), criterion({ key: "cost" })],
    });
    expect(semantic.statusCode).toBe(400);
    expect(
      (semantic.json() as { error: { fields: { path: string; code: string }[] } }).error.fields.map((f) => [
        f.path,
        f.code,
      ]),
    ).toEqual([
      ["criteria.1.threshold", "jury.threshold_above_max"],
      ["criteria.2.key", "field.duplicate"],
    ]);
    expect(((await getCriteria(coordinator)).json() as CriteriaView).criteria.map((c) => c.key)).toEqual(criterionKeys);
  });

  it("replaces the set on the coordinator's word, audited", async () => {
    const call = await buildCall(t.db, juryTimeline(), world.region);
    const response = await putCriteria(
      { criteria: [criterion({ threshold: 2.5 }), criterion({ key: "cost", label: " Kostprijs ", weight: 1 })] },
      call.id,
    );
    expect(response.statusCode).toBe(200);
    expect((response.json() as CriteriaView).criteria).toEqual([
      criterion({ threshold: 2.5 }),
      criterion({ key: "cost", label: "Kostprijs", weight: 1 }),
    ]);
    const audited = (await auditOf(t.db, "call.criteria_set")).filter((a) => a.entity_id === call.id);
    expect(audited.map((a) => (a.payload as { defaults: boolean }).defaults)).toEqual([true, false]);
  });

  it("sets the score visibility, audited", async () => {
    const call = await buildCall(t.db, juryTimeline(), world.region);
    const response = await app.inject({
      method: "PUT",
      url: `/api/calls/${call.id}/score-visibility`,
      headers: coordinator.headers,
      payload: { scoreVisibility: "never" },
    });
    expect(response.json()).toMatchObject({ scoreVisibility: "never" });
    const audited = (await auditOf(t.db, "call.score_visibility_set")).filter((a) => a.entity_id === call.id);
    expect(audited.map((a) => a.payload)).toEqual([{ from: "after_own", to: "never" }]);
  });

  it("answers 404 to another region's coordinator, 403 to an applicant and 401 to anonymous callers", async () => {
    expect((await getCriteria(otherCoordinator)).statusCode).toBe(404);
    const put = await app.inject({
      method: "PUT",
      url: criteriaUrl(world.callId),
      headers: otherCoordinator.headers,
      payload: { criteria: [criterion()] },
    });
    expect(put.statusCode).toBe(404);
    expect((await getCriteria(applicant)).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: criteriaUrl(world.callId) })).statusCode).toBe(401);
    expect(((await getCriteria(coordinator)).json() as CriteriaView).criteria).toHaveLength(6);
  });
});

describe("the jury", () => {
  const juryUrl = `/api/calls/${world.callId}/jury`;
  const assign = (userId: string, session = coordinator) =>
    app.inject({ method: "POST", url: juryUrl, headers: session.headers, payload: { userId } });

  it("takes only users with the jury role in the call's region, with a field error otherwise", async () => {
    const notJury = await buildUser(t.db, { role: "coordinator", regionId: world.region.regionId });
    const elsewhere = await buildJuryMember(t.db, otherRegion.regionId);
    for (const user of [notJury, elsewhere]) {
      const response = await assign(user.id);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { fields: [{ path: "userId", code: "jury.not_a_juror" }] } });
    }
    expect((await t.db.selectFrom("jury_assignments").selectAll().execute()).length).toBe(0);
  });

  it("assigns a juror, lists them, and takes them off again, each change audited", async () => {
    const juror = await buildJuryMember(t.db, world.region.regionId);
    const before = (await app.inject({ method: "GET", url: juryUrl, headers: { cookie: coordinator.cookie } })).json();
    expect((before as JuryView).available.map((p) => p.userId)).toContain(juror.id);

    const assigned = await assign(juror.id);
    expect(assigned.statusCode).toBe(201);
    expect((assigned.json() as JuryView).members.map((m) => m.userId)).toEqual([juror.id]);
    expect((await assign(juror.id, otherCoordinator)).statusCode).toBe(404);

    const removed = await app.inject({ method: "DELETE", url: `${juryUrl}/${juror.id}`, headers: coordinator.headers });
    expect(removed.statusCode).toBe(200);
    expect((removed.json() as JuryView).members).toEqual([]);
    expect((await auditOf(t.db, "jury.assigned")).map((a) => a.payload)).toEqual([{ userId: juror.id }]);
    expect((await auditOf(t.db, "jury.unassigned")).map((a) => a.payload)).toEqual([{ userId: juror.id }]);
  });

  it("locks the criteria and the member once a review is submitted", async () => {
    const member = await assignedJuryMember(app, t.db, world);
    await scoreVia(app, member.headers, world.candidacies[0]!.id, allScores(4));
    const locked = await putCriteria({ criteria: [criterion()] });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ error: { code: "jury.criteria_locked" } });
    expect(((await getCriteria(coordinator)).json() as CriteriaView).locked).toBe(true);
    const remove = await app.inject({
      method: "DELETE",
      url: `${juryUrl}/${member.userId}`,
      headers: coordinator.headers,
    });
    expect(remove.json()).toMatchObject({ error: { code: "jury.has_reviews" } });
  });
});

describe("the jury API", () => {
  it("is described in /api/openapi.json", async () => {
    const spec = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const methods = (path: string) => Object.keys(spec.paths[path] ?? {}).sort();
    expect(methods("/api/calls/{callId}/criteria")).toEqual(["get", "put"]);
    expect(methods("/api/calls/{callId}/jury")).toEqual(["get", "post"]);
    expect(methods("/api/calls/{callId}/jury/{userId}")).toEqual(["delete"]);
    expect(methods("/api/calls/{callId}/review-progress")).toEqual(["get"]);
    expect(methods("/api/candidacies/{id}/consensus")).toEqual(["put"]);
    expect(methods("/api/jury/candidacies/{id}/review/submit")).toEqual(["post"]);
    expect(methods("/api/jury/candidacies/{id}/scores")).toEqual(["get"]);
  });
});
