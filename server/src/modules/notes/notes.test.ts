// Notes and their confidentiality levels: "companion" for the author and the trajectory's current companion only,
// "team" also for the region's case director, "partners" also for partner workers whose access covers the note's
// category. Every reader gets exactly the notes they may see; outsiders get 404 and nothing changes.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser } from "../accounts/testing.ts";
import { buildClientWorld, buildPartner, clientAudit, recordState, referToPartner, sendAs } from "../plans/testing.ts";
import type { NoteList, NoteView } from "./schemas.ts";

const clock = fixedClock("2026-11-24T09:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;
const world = await buildClientWorld(t.db, clock.now());
const base = `/api/trajectories/${world.trajectoryId}/notes`;
const read = async (user: Parameters<typeof sendAs>[1]) =>
  ((await sendAs(app, user, "GET", base)).json() as NoteList).notes.map((n) => n.text).sort();
const write = async (user: Parameters<typeof sendAs>[1], body: object) => {
  clock.advance(60_000);
  return sendAs(app, user, "POST", base, body);
};

// A general partner (general only), a health partner (general + health, both asked and consented), a partner whose
// consent was revoked.
const general = await buildPartner(t.db, world.regionId, clock.now());
await referToPartner(t.db, world, general, { categories: ["general"], consent: "standing", at: clock.now() });
const health = await buildPartner(t.db, world.regionId, clock.now());
await referToPartner(t.db, world, health, { categories: ["general", "health"], consent: "standing", at: clock.now() });
const revoked = await buildPartner(t.db, world.regionId, clock.now());
await referToPartner(t.db, world, revoked, { categories: ["general", "health"], consent: "revoked", at: clock.now() });

// A second case director in the region writes a companion-level note: only they and the companion read it.
const secondDirector = await buildUser(t.db, { role: "case_director", regionId: world.regionId });
const notes = {
  alleenBegeleider: { confidentiality: "companion", lifeDomain: null, category: null, text: "alleen begeleider" },
  team: { confidentiality: "team", lifeDomain: "housing", category: null, text: "team: woning" },
  partnersGeneral: { confidentiality: "partners", lifeDomain: "work", category: null, text: "partners: werk" },
  partnersHealth: {
    confidentiality: "partners",
    lifeDomain: "physical_health",
    category: null,
    text: "partners: gezondheid",
  },
  partnersGeneralRaised: {
    confidentiality: "partners",
    lifeDomain: "work",
    category: "health",
    text: "partners: werk, over gezondheid",
  },
};
const written: Record<string, NoteView> = {};
for (const [key, body] of Object.entries(notes)) {
  written[key] = (await write(world.companion, body)).json() as NoteView;
}
const directorsOwn = (await write(secondDirector, {
  confidentiality: "companion",
  lifeDomain: null,
  category: null,
  text: "eigen notitie directeur",
})) as { json: () => NoteView };

describe("writing a note", () => {
  it("dates it, takes the category from the life domain by default, and audits it without its text", async () => {
    expect(written.partnersHealth).toMatchObject({
      writtenAt: expect.any(String),
      lifeDomain: "physical_health",
      category: "health",
      mine: true,
    });
    expect(written.alleenBegeleider).toMatchObject({ category: "general", confidentiality: "companion" });
    expect(written.partnersGeneralRaised).toMatchObject({ lifeDomain: "work", category: "health" });
    const audit = (await clientAudit(t.db)).filter((r) => r.entityType === "note");
    expect(audit).toHaveLength(6);
    expect(JSON.stringify(audit)).not.toContain("gezondheid");
    expect(directorsOwn.json().author.userId).toBe(secondDirector.id);
  });
});

describe("who reads which note", () => {
  it("gives the companion every note of their client", async () => {
    expect(await read(world.companion)).toEqual(
      [...Object.values(notes).map((n) => n.text), "eigen notitie directeur"].sort(),
    );
  });

  it("gives a case director the team and partner notes and their own, not another's companion-level note", async () => {
    expect(await read(world.caseDirector)).toEqual(
      ["team: woning", "partners: werk", "partners: gezondheid", "partners: werk, over gezondheid"].sort(),
    );
    expect(await read(secondDirector)).toEqual(
      [
        "team: woning",
        "partners: werk",
        "partners: gezondheid",
        "partners: werk, over gezondheid",
        "eigen notitie directeur",
      ].sort(),
    );
  });

  it("gives a partner worker the partner notes of the categories their referral and consent cover", async () => {
    expect(await read(general.worker)).toEqual(["partners: werk"]);
    expect(await read(health.worker)).toEqual(
      ["partners: werk", "partners: gezondheid", "partners: werk, over gezondheid"].sort(),
    );
    const list = (await sendAs(app, health.worker, "GET", base)).json() as NoteList;
    expect(list.canWrite).toBe(false);
  });

  it("gives a partner whose consent was revoked, and another companion, 404", async () => {
    expect((await sendAs(app, revoked.worker, "GET", base)).statusCode).toBe(404);
    expect((await sendAs(app, world.otherCompanion, "GET", base)).statusCode).toBe(404);
  });

  it("follows the companion: a new companion reads the companion-level notes, the former one loses the file", async () => {
    await t.db
      .updateTable("trajectories")
      .set({
        companion_user_id: world.otherCompanion.id,
        companion_organisation_id: world.otherCompanion.organisationId,
      })
      .where("id", "=", world.trajectoryId)
      .execute();
    expect(await read(world.otherCompanion)).toContain("alleen begeleider");
    expect((await sendAs(app, world.companion, "GET", base)).statusCode).toBe(404);
    await t.db
      .updateTable("trajectories")
      .set({ companion_user_id: world.companion.id, companion_organisation_id: world.companion.organisationId })
      .where("id", "=", world.trajectoryId)
      .execute();
  });
});

describe("refusals", () => {
  it("refuses writing to outsiders and partners, and bad input, changing nothing", async () => {
    const body = { confidentiality: "team", lifeDomain: null, category: null, text: "x" };
    await sendAs(app, world.otherCompanion, "GET", base);
    const before = await recordState(t.db);
    expect((await sendAs(app, world.otherCompanion, "POST", base, body)).statusCode).toBe(404);
    expect((await sendAs(app, health.worker, "POST", base, body)).statusCode).toBe(403);
    const lowered = await sendAs(app, world.companion, "POST", base, {
      ...body,
      lifeDomain: "addiction",
      category: "general",
    });
    expect(lowered.statusCode).toBe(400);
    expect(lowered.json().error.fields[0]).toMatchObject({ path: "category", code: "note.category_below_domain" });
    const unknown = await sendAs(app, world.companion, "POST", base, { ...body, lifeDomain: "astrology" });
    expect(unknown.json().error.fields[0]).toMatchObject({ path: "lifeDomain", code: "note.unknown_life_domain" });
    const level = await sendAs(app, world.companion, "POST", base, { ...body, confidentiality: "everyone" });
    expect(level.statusCode).toBe(400);
    const blank = await sendAs(app, world.companion, "POST", base, { ...body, text: "   " });
    expect(blank.json().error.fields[0]).toMatchObject({ code: "note.text_required" });
    expect(await recordState(t.db)).toEqual(before);
    expect((await app.inject({ method: "GET", url: base })).statusCode).toBe(401);
  });
});
