// What a partner worker sees of a referred client, across the routes (issue 4, items 8 and 12): only the referral's
// trajectory, the identifying data, the life domains the consent covers — not the household, the scan's free text,
// the trajectory's own history, or anything of the client's other trajectories. The client's staff see it all.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp } from "../../../test/app.ts";
import { buildCast, buildClientWorld, type CastKey } from "../../../test/client-world.ts";

const t = await createReferenceTestApp();
const cast = await buildCast(t.db, t.app);
const now = t.clock.now();
const day = 86_400_000;

async function get(asker: CastKey, path: string) {
  return t.app.inject({ method: "GET", url: `/api${path}`, headers: { cookie: cast.people[asker].session.cookie } });
}

const world = await buildClientWorld(t.db, cast, { consent: "given", now });
await t.db
  .updateTable("clients")
  .set({ household: "single_parent", children_count: 2, care_duties: ["child_with_disability"], gender: "woman" })
  .where("id", "=", world.clientId)
  .execute();
await t.db
  .updateTable("scans")
  .set({ talents: "Kookt graag", client_wish: "Stoppen met drinken" })
  .where("id", "=", world.ids.scanId)
  .execute();
await t.db
  .insertInto("trajectory_events")
  .values({
    trajectory_id: world.trajectoryId,
    kind: "status",
    from_value: "intake",
    to_value: "active",
    at: new Date(now.getTime() - 70 * day),
    by_user_id: cast.people.companion.id,
  })
  .execute();
// An earlier, ended trajectory of the same client, without any referral.
const earlier = await t.db
  .insertInto("trajectories")
  .values({
    client_id: world.clientId,
    region_id: cast.partnership.regionId,
    companion_user_id: cast.people.companion.id,
    companion_organisation_id: cast.people.companion.organisationId,
    status: "stopped",
    status_changed_at: new Date(now.getTime() - 400 * day),
    started_at: new Date(now.getTime() - 500 * day),
    ended_at: new Date(now.getTime() - 400 * day),
    exit_outcome: "stopped",
    created_by: cast.people.companion.id,
    created_at: new Date(now.getTime() - 500 * day),
  })
  .returning("id")
  .executeTakeFirstOrThrow();

describe("a partner worker's view of a referred client", () => {
  it("gets the identifying data of the file, not the household, care duties or gender", async () => {
    const partner = (await get("partnerWorker", `/clients/${world.clientId}`)).json();
    expect(partner).toMatchObject({ givenName: world.givenName, contactLanguages: ["ar", "fr"] });
    expect(partner).toMatchObject({ household: "unknown", childrenCount: null, careDuties: [], gender: "unknown" });
    expect(partner.esf).toBeNull();
    const staff = (await get("companion", `/clients/${world.clientId}`)).json();
    expect(staff).toMatchObject({
      household: "single_parent",
      childrenCount: 2,
      careDuties: ["child_with_disability"],
    });
  });

  it("gets the scan's consented life domains without its free text", async () => {
    const partner = (await get("partnerWorker", `/trajectories/${world.trajectoryId}/scans`)).json();
    const scan = partner.scans.find((s: { id: string }) => s.id === world.ids.scanId);
    expect(scan).toMatchObject({ talents: "", clientWish: "" });
    const staff = (await get("companion", `/trajectories/${world.trajectoryId}/scans`)).json();
    expect(staff.scans.find((s: { id: string }) => s.id === world.ids.scanId)).toMatchObject({
      clientWish: "Stoppen met drinken",
    });
  });

  it("gets no status history in the timeline, where the companion sees it", async () => {
    const kinds = async (asker: CastKey) =>
      ((await get(asker, `/trajectories/${world.trajectoryId}/timeline`)).json().entries as { kind: string }[]).map(
        (e) => e.kind,
      );
    expect(await kinds("companion")).toContain("status_changed");
    const partner = await kinds("partnerWorker");
    expect(partner).not.toContain("status_changed");
    expect(partner).toContain("referral");
  });

  it("reaches only the referral's trajectory, not the client's earlier one", async () => {
    expect((await get("partnerWorker", `/trajectories/${earlier.id}/notes`)).statusCode).toBe(404);
    expect((await get("partnerWorker", `/trajectories/${earlier.id}/scans`)).statusCode).toBe(404);
    expect((await get("companion", `/trajectories/${earlier.id}/notes`)).statusCode).toBe(200);
  });

  it("cannot plant a script as the hand-over's meeting link", async () => {
    const session = cast.people.partnerWorker.session;
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/partner/referrals/${world.referralId}/handover`,
      headers: session.headers,
      payload: {
        title: "Kennismaking",
        startsAt: new Date(now.getTime() + 3 * day).toISOString(),
        endsAt: new Date(now.getTime() + 3 * day + 3_600_000).toISOString(),
        onlineUrl: "javascript:alert(document.cookie)",
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe("onlineUrl");
  });
});
