// The coordinator opens a call on the region's published addendum, and takes a new timeline over from it later.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import type { Milestone } from "../../domain/milestone-types.ts";
import { signIn } from "../accounts/testing.ts";
import {
  auditOf,
  buildApplicant,
  buildCallRegion,
  buildCoordinator,
  startCandidacy,
  timeline,
} from "../calls/testing.ts";
import type { TimelineProposal } from "./schemas.ts";
import { publishTimeline } from "./testing.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;

const openVia = (session: { headers: Record<string, string> }, slug: string, title: string) =>
  app.inject({ method: "POST", url: `/api/addenda/${slug}/calls`, headers: session.headers, payload: { title } });
const timelineVia = (session: { headers: Record<string, string> }, callId: string, addendumVersion: number) =>
  app.inject({
    method: "PUT",
    url: `/api/calls/${callId}/timeline`,
    headers: session.headers,
    payload: { addendumVersion },
  });

const callRows = (regionId: string) =>
  t.db.selectFrom("calls").select(["id", "title", "milestones"]).where("region_id", "=", regionId).execute();

describe("opening a call", () => {
  it("opens a call with the published addendum's timeline and the default jury criteria", async () => {
    const region = await buildCallRegion(t.db);
    await publishTimeline(t.db, region.regionId, timeline("2026-12-01", { date: "2027-01-29", time: "12:00" }));
    const coordinator = await signIn(app, await buildCoordinator(t.db, region.regionId));

    const response = await openVia(coordinator, region.slug, "  Oproep Lokale Partnerschappen 2027 ");
    expect(response.statusCode).toBe(201);
    const { call } = response.json() as { call: { id: string; title: string; state: { phase: string } } };
    expect(call).toMatchObject({ title: "Oproep Lokale Partnerschappen 2027", state: { phase: "not_open" } });
    const [row] = await callRows(region.regionId);
    expect(row?.milestones.map((m) => m.original)).toEqual(["2026-12-01", "2027-01-29 om 12:00"]);
    const criteria = await t.db.selectFrom("call_criteria").select("id").where("call_id", "=", call.id).execute();
    expect(criteria.length).toBeGreaterThan(0);
    expect((await auditOf(t.db, "call.created")).some((a) => a.entity_id === call.id)).toBe(true);

    // While it has not closed for candidacies, a second call of the region is refused and nothing is created.
    const second = await openVia(coordinator, region.slug, "Nog een oproep");
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: "call_opening.call_running" });
    expect(second.json().error.message).toContain("Oproep Lokale Partnerschappen 2027");
    expect(await callRows(region.regionId)).toHaveLength(1);
  });

  it("refuses an addendum whose deadline has passed, naming it in Belgian time", async () => {
    const region = await buildCallRegion(t.db);
    const coordinator = await signIn(app, await buildCoordinator(t.db, region.regionId));
    const response = await openVia(coordinator, region.slug, "Te laat");
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("call_opening.deadline_passed");
    expect(response.json().error.message).toContain("1 juni 2023 om 23.59 uur");
    expect(await callRows(region.regionId)).toHaveLength(0);
  });

  it("refuses an empty title with a message on the field", async () => {
    const region = await buildCallRegion(t.db);
    await publishTimeline(t.db, region.regionId, timeline("2026-12-01", { date: "2027-01-29", time: "12:00" }));
    const coordinator = await signIn(app, await buildCoordinator(t.db, region.regionId));
    const response = await openVia(coordinator, region.slug, "   ");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      expect.objectContaining({ path: "title", message: "Geef de oproep een titel." }),
    ]);
    expect(await callRows(region.regionId)).toHaveLength(0);
  });

  it("answers 404 to another region's coordinator and to an applicant, and 401 anonymously", async () => {
    const region = await buildCallRegion(t.db);
    await publishTimeline(t.db, region.regionId, timeline("2026-12-01", { date: "2027-01-29", time: "12:00" }));
    const other = await buildCallRegion(t.db);
    const otherCoordinator = await signIn(app, await buildCoordinator(t.db, other.regionId));
    const applicant = await signIn(app, await buildApplicant(t.db));
    const url = `/api/addenda/${region.slug}/calls`;
    const payload = { title: "Oproep" };
    expect((await app.inject({ method: "POST", url, headers: otherCoordinator.headers, payload })).statusCode).toBe(
      404,
    );
    expect((await app.inject({ method: "POST", url, headers: applicant.headers, payload })).statusCode).toBe(403);
    expect((await app.inject({ method: "POST", url, payload })).statusCode).toBe(401);
    expect(await callRows(region.regionId)).toHaveLength(0);
  });
});

describe("taking a new timeline over from the addendum", () => {
  async function openRunningCall(milestones: Milestone[]) {
    const region = await buildCallRegion(t.db);
    await publishTimeline(t.db, region.regionId, milestones);
    const coordinator = await signIn(app, await buildCoordinator(t.db, region.regionId));
    const opened = await openVia(coordinator, region.slug, "Oproep 2027");
    return { region, coordinator, callId: (opened.json() as { call: { id: string } }).call.id };
  }
  const waiting: Milestone = {
    key: "pitches_jury",
    label: "Pitches en jury",
    original: "na bekrachtiging door het beheerscomité",
    when: { kind: "pending", event: "bekrachtiging door het beheerscomité" },
  };
  const dated: Milestone = { ...waiting, original: "12 januari 2027", when: { kind: "date", date: "2027-01-12" } };

  it("shows what changes, then takes it over: a waiting step gets its date and the deadline moves later", async () => {
    const { region, coordinator, callId } = await openRunningCall([
      ...timeline("2026-11-01", { date: "2026-12-18", time: "23:59" }),
      waiting,
    ]);
    const applicantUser = await buildApplicant(t.db);
    const applicant = await signIn(app, applicantUser);
    const candidacy = await startCandidacy(app, applicant.headers, callId);
    const version = await publishTimeline(t.db, region.regionId, [
      ...timeline("2026-11-01", { date: "2027-01-08", time: "23:59" }),
      dated,
    ]);

    const proposal = await app.inject({
      method: "GET",
      url: `/api/calls/${callId}/timeline`,
      headers: coordinator.headers,
    });
    expect(proposal.statusCode).toBe(200);
    const body = proposal.json() as TimelineProposal;
    expect(body.addendumVersion).toBe(version);
    expect(body.canTakeOver).toBe(true);
    expect(body.changes.map((c) => [c.key, c.kind, c.refusal])).toEqual([
      ["launch", "unchanged", null],
      ["candidacy_deadline", "changed", null],
      ["pitches_jury", "changed", null],
    ]);

    const taken = await timelineVia(coordinator, callId, version);
    expect(taken.statusCode).toBe(200);
    expect((taken.json() as TimelineProposal).canTakeOver).toBe(false);
    const [row] = await callRows(region.regionId);
    expect(row?.milestones.find((m) => m.key === "candidacy_deadline")?.original).toBe("2027-01-08 om 23:59");
    // The applicant is told the deadline moved, with both moments in Brussels time and a link to the candidacy.
    const notices = await t.db
      .selectFrom("outbox_messages")
      .select(["to_address", "subject", "body_text"])
      .where("kind", "=", "call.deadline_changed")
      .execute();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ to_address: applicantUser.email });
    expect(notices[0]!.body_text).toContain(
      "Ze was vrijdag 18 december 2026 om 23.59 uur; ze is nu vrijdag 8 januari 2027 om 23.59 uur.",
    );
    expect(notices[0]!.body_text).toContain(`/kandidaturen/${candidacy.id}`);
    const [audit] = (await auditOf(t.db, "call.timeline_taken_over")).filter((a) => a.entity_id === callId);
    expect(audit?.payload).toMatchObject({
      addendumVersion: version,
      changes: [
        { key: "candidacy_deadline", kind: "changed", before: "2026-12-18 om 23:59", after: "2027-01-08 om 23:59" },
        { key: "pitches_jury", kind: "changed" },
      ],
    });
  });

  it("refuses the whole take-over when one change is refused, explaining it, and changes nothing", async () => {
    const { region, coordinator, callId } = await openRunningCall(
      timeline("2026-11-01", { date: "2026-12-18", time: "23:59" }),
    );
    const version = await publishTimeline(t.db, region.regionId, [
      ...timeline("2026-11-01", { date: "2026-12-11", time: "23:59" }),
      dated,
    ]);
    const proposal = (
      await app.inject({ method: "GET", url: `/api/calls/${callId}/timeline`, headers: coordinator.headers })
    ).json() as TimelineProposal;
    expect(proposal.canTakeOver).toBe(false);
    expect(proposal.changes.find((c) => c.key === "candidacy_deadline")?.refusal).toEqual({
      code: "deadline_earlier",
      message: "De oproep aanvaardt al kandidaturen: de deadline kan alleen later komen, niet vroeger.",
    });

    const before = await callRows(region.regionId);
    const refused = await timelineVia(coordinator, callId, version);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("call_opening.refused");
    expect(await callRows(region.regionId)).toEqual(before);
  });

  it("refuses a version other than the published one, and answers 404 outside the region", async () => {
    const { region, coordinator, callId } = await openRunningCall(
      timeline("2026-11-01", { date: "2026-12-18", time: "23:59" }),
    );
    const version = await publishTimeline(
      t.db,
      region.regionId,
      timeline("2026-11-01", { date: "2027-01-08", time: "23:59" }),
    );
    const stale = await timelineVia(coordinator, callId, version - 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain(`versie ${version}`);

    const other = await buildCallRegion(t.db);
    const outsider = await signIn(app, await buildCoordinator(t.db, other.regionId));
    const url = `/api/calls/${callId}/timeline`;
    expect((await app.inject({ method: "GET", url, headers: outsider.headers })).statusCode).toBe(404);
    const put = await app.inject({
      method: "PUT",
      url,
      headers: outsider.headers,
      payload: { addendumVersion: version },
    });
    expect(put.statusCode).toBe(404);
    const [row] = await callRows(region.regionId);
    expect(row?.milestones.find((m) => m.key === "candidacy_deadline")?.original).toBe("2026-12-18 om 23:59");
  });
});
