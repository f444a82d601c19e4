// The assignment notice: a jury member assigned to a call gets one mail, in their language, with a full link to the
// call's jury page; a refused or repeated assignment sends nothing.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser, signIn } from "../accounts/testing.ts";
import { buildCallRegion } from "../calls/testing.ts";
import { buildJuryMember, buildJuryWorld } from "./testing.ts";

const publicUrl = "https://brug.example.be/lp";
const clock = fixedClock("2026-11-20T10:00:00Z");
const t = await createReferenceTestApp({ clock, config: { publicUrl } });
const app = t.app;
const world = await buildJuryWorld(app, t.db, clock, 1);

const assign = async (headers: { cookie: string; "x-csrf-token": string }, userId: string) =>
  app.inject({ method: "POST", url: `/api/calls/${world.callId}/jury`, headers, payload: { userId } });
const notices = () =>
  t.db.selectFrom("outbox_messages").selectAll().where("kind", "=", "jury.assignment").orderBy("created_at").execute();

describe("the assignment notice", () => {
  it("is queued with the assignment, in the member's language, linking to the call's jury page", async () => {
    const member = await buildJuryMember(t.db, world.region.regionId);
    await t.db.updateTable("users").set({ locale: "fr" }).where("id", "=", member.id).execute();
    const response = await assign(world.coordinator.headers, member.id);
    expect(response.statusCode).toBe(201);

    const [notice, ...more] = await notices();
    expect(more).toEqual([]);
    expect(notice).toMatchObject({
      to_address: member.email,
      locale: "fr",
      region_id: world.region.regionId,
      organisation_id: null,
      created_at: clock.now(),
    });
    expect(notice!.subject).toContain("Vous faites partie du jury");
    expect(notice!.body_text).toContain(`${publicUrl}/jury/oproepen/${world.callId}`);
    // Assigned after the deadline: the candidacies can be assessed now.
    expect(notice!.body_text).toContain("vous pouvez les évaluer dès maintenant");
    const audited = await t.db
      .selectFrom("audit_log")
      .select("payload")
      .where("action", "=", "outbox.queued")
      .where("entity_id", "=", notice!.id)
      .execute();
    expect(audited).toHaveLength(1);

    // Assigning the same member again changes nothing and sends nothing.
    expect((await assign(world.coordinator.headers, member.id)).statusCode).toBe(201);
    expect(await notices()).toHaveLength(1);
  });

  it("is not sent when the assignment is refused: not a juror (400), another region's coordinator (404)", async () => {
    const stranger = await buildUser(t.db, { role: "applicant" });
    expect((await assign(world.coordinator.headers, stranger.id)).statusCode).toBe(400);

    const other = await buildCallRegion(t.db);
    const outsider = await signIn(app, await buildUser(t.db, { role: "coordinator", regionId: other.regionId }));
    const member = await buildJuryMember(t.db, world.region.regionId);
    expect((await assign(outsider.headers, member.id)).statusCode).toBe(404);

    expect(await notices()).toHaveLength(1);
  });

  it("is readable in the app by the region's coordinator", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/api/outbox",
      headers: { cookie: world.coordinator.cookie },
    });
    expect(response.statusCode).toBe(200);
    const kinds = (response.json() as { messages: { kind: string }[] }).messages.map((m) => m.kind);
    expect(kinds).toContain("jury.assignment");
  });
});
