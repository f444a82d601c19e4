// The client's plan: the companion and the case director write goals in the client's words and actions with who and
// by when; an action whose Brussels day has passed shows as overdue (and in overdueActions, for the "action needed"
// list); a partner worker sees only the goals of life domains their consent and referral cover; anyone else gets
// 404 and nothing changes; bad input is refused in the reader's language and changes nothing.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import type { ActionView, GoalView, PlanView } from "./schemas.ts";
import { overdueActions } from "./overdue.ts";
import {
  buildClientInTrajectory,
  buildClientWorld,
  buildPartner,
  clientAudit,
  recordState,
  referToPartner,
  sendAs,
} from "./testing.ts";

// 23:30 UTC on 24 November is already 25 November in Brussels: the 24th has passed there.
const clock = fixedClock("2026-11-24T23:30:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;
const world = await buildClientWorld(t.db, clock.now());
const partner = await buildPartner(t.db, world.regionId, clock.now());
const url = (path: string) => `/api${path}`;

const addGoal = async (lifeDomain: string, text: string, user = world.companion) =>
  sendAs(app, user, "POST", url(`/trajectories/${world.trajectoryId}/goals`), { lifeDomain, text });
const action = (overrides: Partial<ActionView & { whoOrganisationId: string | null }> = {}) => ({
  text: "Afspraak maken bij het OCMW",
  who: "client",
  whoOrganisationId: null,
  whoText: "",
  dueOn: null,
  ...overrides,
});
const readPlan = async (user = world.companion) =>
  (await sendAs(app, user, "GET", url(`/trajectories/${world.trajectoryId}/plan`))).json() as PlanView;

const work = (await addGoal("work", "Ik wil terug aan het werk, halftijds.")).json() as GoalView;
const mental = (await addGoal("mental_health", "Ik wil beter slapen.")).json() as GoalView;

describe("writing the plan", () => {
  it("needs sign-in", async () => {
    expect((await app.inject({ method: "GET", url: url(`/trajectories/${world.trajectoryId}/plan`) })).statusCode).toBe(
      401,
    );
  });

  it("keeps a goal in the client's words under its life domain, audited as a write of the goal", async () => {
    expect(work).toMatchObject({ lifeDomain: "work", text: "Ik wil terug aan het werk, halftijds.", status: "open" });
    expect(work.progress).toBe(0);
    const written = (await clientAudit(t.db)).filter((r) => r.action === "client_record.written");
    expect(written.map((r) => [r.entityType, r.entityId])).toEqual([
      ["goal", work.id],
      ["goal", mental.id],
    ]);
    expect(written[0]?.payload).toMatchObject({ clientId: world.clientId, via: "companion", what: "goal_created" });
  });

  it("adds actions with who and by when, given to a partner of the partnership by name", async () => {
    const response = await sendAs(
      app,
      world.companion,
      "POST",
      url(`/goals/${work.id}/actions`),
      action({ who: "partner", whoOrganisationId: partner.organisationId, dueOn: "2026-12-01" }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      who: "partner",
      whoOrganisation: { id: partner.organisationId, name: partner.name },
      dueOn: "2026-12-01",
      doneAt: null,
      overdue: false,
    });
    const plan = await readPlan();
    expect(plan.canWrite).toBe(true);
    expect(plan.partners).toEqual([{ id: partner.organisationId, name: partner.name }]);
    // In the taxonomy's order of life domains: mental health before work.
    expect(plan.goals.map((g) => g.id)).toEqual([mental.id, work.id]);
    expect(plan.goals[1]?.actions).toHaveLength(1);
  });

  it("lets the case director change a goal's status and progress", async () => {
    const response = await sendAs(app, world.caseDirector, "PUT", url(`/goals/${mental.id}`), {
      lifeDomain: "mental_health",
      text: "Ik wil beter slapen.",
      status: "open",
      progress: 40,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ progress: 40, status: "open" });
  });
});

describe("overdue actions", () => {
  const goal = { id: "" };
  it("counts the Brussels day: due on a day that has passed there is overdue, due today is not", async () => {
    goal.id = ((await addGoal("housing", "Een eigen plek vinden.")).json() as GoalView).id;
    const post = (dueOn: string, text: string) =>
      sendAs(app, world.companion, "POST", url(`/goals/${goal.id}/actions`), action({ dueOn, text }));
    const yesterday = (await post("2026-11-24", "Huurpremie aanvragen")).json() as ActionView;
    const today = (await post("2026-11-25", "Bellen met het sociaal verhuurkantoor")).json() as ActionView;
    expect(yesterday.overdue).toBe(true);
    expect(today.overdue).toBe(false);
    const plan = await readPlan();
    expect(plan.today).toBe("2026-11-25");
    expect(plan.counts.overdueActions).toBe(1);
    expect(await overdueActions(t.db, { companionUserId: world.companion.id }, clock.now())).toEqual([
      expect.objectContaining({ actionId: yesterday.id, trajectoryId: world.trajectoryId, lifeDomain: "housing" }),
    ]);
  });

  it("is no longer overdue once done, and again when undone", async () => {
    const [overdue] = await overdueActions(t.db, { trajectoryIds: [world.trajectoryId] }, clock.now());
    const body = action({ text: "Huurpremie aanvragen", dueOn: "2026-11-24" });
    const done = await sendAs(app, world.companion, "PUT", url(`/plan-actions/${overdue?.actionId}`), {
      ...body,
      done: true,
    });
    expect(done.json()).toMatchObject({ doneAt: clock.now().toISOString(), overdue: false });
    expect(await overdueActions(t.db, { trajectoryIds: [world.trajectoryId] }, clock.now())).toEqual([]);
    const undone = await sendAs(app, world.companion, "PUT", url(`/plan-actions/${overdue?.actionId}`), {
      ...body,
      done: false,
    });
    expect(undone.json()).toMatchObject({ doneAt: null, overdue: true });
  });

  it("asks nothing for a dropped goal or an ended trajectory, and filters by region and partner", async () => {
    const now = clock.now();
    expect(await overdueActions(t.db, { regionIds: [world.regionId] }, now)).toHaveLength(1);
    const other = await buildClientInTrajectory(t.db, {
      regionId: world.regionId,
      companion: world.companion,
      at: now,
    });
    const goalRow = await t.db
      .insertInto("goals")
      .values({
        trajectory_id: other.trajectoryId,
        life_domain_code: "work",
        text: "Werk",
        created_by: world.companion.id,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("plan_actions")
      .values({
        goal_id: goalRow.id,
        trajectory_id: other.trajectoryId,
        text: "CV opmaken",
        who: "partner",
        who_organisation_id: partner.organisationId,
        due_on: "2026-11-01",
        created_by: world.companion.id,
        created_at: now,
      })
      .execute();
    expect(await overdueActions(t.db, { whoOrganisationIds: [partner.organisationId] }, now)).toHaveLength(1);
    await t.db
      .updateTable("trajectories")
      .set({ status: "stopped", ended_at: now })
      .where("id", "=", other.trajectoryId)
      .execute();
    expect(await overdueActions(t.db, { whoOrganisationIds: [partner.organisationId] }, now)).toEqual([]);
    await sendAs(app, world.companion, "PUT", url(`/goals/${goal.id}`), {
      lifeDomain: "housing",
      text: "Een eigen plek vinden.",
      status: "dropped",
      progress: 10,
    });
    expect(await overdueActions(t.db, { regionIds: [world.regionId] }, now)).toEqual([]);
    expect((await readPlan()).counts.overdueActions).toBe(0);
  });
});

describe("who sees the plan", () => {
  it("gives another companion of the region 404 on every route and changes nothing", async () => {
    const outsider = world.otherCompanion;
    const [firstAction] = (await readPlan()).goals.find((g) => g.id === work.id)?.actions ?? [];
    await sendAs(app, outsider, "GET", url(`/trajectories/${world.trajectoryId}/plan`));
    const before = await recordState(t.db);
    const responses = await Promise.all([
      sendAs(app, outsider, "GET", url(`/trajectories/${world.trajectoryId}/plan`)),
      sendAs(app, outsider, "POST", url(`/trajectories/${world.trajectoryId}/goals`), {
        lifeDomain: "work",
        text: "x",
      }),
      sendAs(app, outsider, "PUT", url(`/goals/${work.id}`), {
        lifeDomain: "work",
        text: "x",
        status: "achieved",
        progress: 100,
      }),
      sendAs(app, outsider, "POST", url(`/goals/${work.id}/actions`), action()),
      sendAs(app, outsider, "PUT", url(`/plan-actions/${firstAction?.id}`), { ...action(), done: true }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404]);
    expect(await recordState(t.db)).toEqual(before);
  });

  it("gives a coordinator 403 at the door", async () => {
    const { buildUser } = await import("../accounts/testing.ts");
    const coordinator = await buildUser(t.db, { role: "coordinator", regionId: world.regionId });
    expect((await sendAs(app, coordinator, "GET", url(`/trajectories/${world.trajectoryId}/plan`))).statusCode).toBe(
      403,
    );
  });

  it("shows a partner worker only the goals of life domains their referral and consent cover, read-only", async () => {
    const ref = await referToPartner(t.db, world, partner, {
      categories: ["general"],
      consent: "standing",
      at: clock.now(),
    });
    const plan = await readPlan(partner.worker);
    expect(plan.canWrite).toBe(false);
    expect(plan.partners).toEqual([]);
    expect(plan.goals.map((g) => g.lifeDomain)).toEqual(["housing", "work"]);
    const read = (await clientAudit(t.db)).at(-1);
    expect(read).toMatchObject({ action: "client_record.read", actorUserId: partner.worker.id });
    expect(read?.payload).toMatchObject({ via: "partner", consentIds: [ref.consentId], what: "plan" });
    // Writing is not a partner's function at all.
    expect((await addGoal("work", "x", partner.worker)).statusCode).toBe(403);
  });

  it("adds the mental-health goal only when both the referral and a standing consent cover mental health", async () => {
    const second = await buildPartner(t.db, world.regionId, clock.now());
    await referToPartner(t.db, world, second, {
      categories: ["general", "mental_health"],
      consent: "standing",
      at: clock.now(),
    });
    expect((await readPlan(second.worker)).goals.map((g) => g.lifeDomain)).toContain("mental_health");
    const third = await buildPartner(t.db, world.regionId, clock.now());
    await referToPartner(t.db, world, third, {
      categories: ["general", "mental_health"],
      consent: "revoked",
      at: clock.now(),
    });
    const response = await sendAs(app, third.worker, "GET", url(`/trajectories/${world.trajectoryId}/plan`));
    expect(response.statusCode).toBe(404);
  });
});

describe("bad input", () => {
  it("is refused with a translated message per field and changes nothing", async () => {
    const before = await recordState(t.db);
    const unknownDomain = await addGoal("astrology", "Iets");
    expect(unknownDomain.statusCode).toBe(400);
    expect(unknownDomain.json().error.fields).toEqual([
      expect.objectContaining({ path: "lifeDomain", code: "plan.unknown_life_domain" }),
    ]);
    const blank = await addGoal("work", "   ");
    expect(blank.json().error.fields[0]).toMatchObject({ path: "text", code: "plan.text_required" });
    const post = (body: object) => sendAs(app, world.companion, "POST", url(`/goals/${work.id}/actions`), body);
    const noPartner = await post(action({ who: "partner" }));
    expect(noPartner.json().error.fields[0]).toMatchObject({
      path: "whoOrganisationId",
      code: "plan.partner_required",
    });
    const stranger = await post(action({ who: "partner", whoOrganisationId: world.companion.organisationId }));
    expect(stranger.json().error.fields[0]).toMatchObject({ code: "plan.unknown_partner" });
    expect(stranger.json().error.fields[0].message).toMatch(/geen partner/);
    const noWho = await post(action({ who: "other", whoText: " " }));
    expect(noWho.json().error.fields[0]).toMatchObject({ path: "whoText", code: "plan.who_text_required" });
    const badDay = await post(action({ dueOn: "2026-02-30" }));
    expect(badDay.json().error.fields[0]).toMatchObject({ path: "dueOn", code: "plan.invalid_date" });
    const badProgress = await sendAs(app, world.companion, "PUT", url(`/goals/${work.id}`), {
      lifeDomain: "work",
      text: "x",
      status: "open",
      progress: 101,
    });
    expect(badProgress.statusCode).toBe(400);
    expect(await recordState(t.db)).toEqual(before);
  });
});
