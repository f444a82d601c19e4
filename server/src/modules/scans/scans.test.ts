// The situation scan through the API: the client's companion and case director record scans and read them all; a
// partner worker under consent reads only the life domains the consent and referral cover; everyone else gets
// 401, 403 or 404 and nothing changes. Bad input is refused in the reader's language and changes nothing; every
// read and write is audited without a value from the scan.
import { describe, expect, it } from "vitest";
import { buildCast, buildClientWorld, type CastMember } from "../../../test/client-world.ts";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import type { ScanList, ScanView } from "./schemas.ts";

const clock = fixedClock("2026-11-20T10:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;
const cast = await buildCast(t.db, app);
const world = await buildClientWorld(t.db, cast, { consent: "given", now: clock.now() });
const revoked = await buildClientWorld(t.db, cast, { consent: "revoked", now: clock.now() });
const { companion, caseDirector, partnerWorker, otherCompanion, otherCaseDirector, otherPartnerWorker, coordinator } =
  cast.people;

const url = (trajectoryId = world.trajectoryId) => `/api/trajectories/${trajectoryId}/scans`;
const get = (who: CastMember | null, target = url()) =>
  app.inject({ method: "GET", url: target, headers: who ? { cookie: who.session.cookie } : {} });
const post = (who: CastMember | null, payload: object, target = url(), language = "nl") =>
  app.inject({
    method: "POST",
    url: target,
    headers: { ...(who ? who.session.headers : {}), "accept-language": language },
    payload,
  });

// Values that must never leave the file: in an audit row, or in what a partner without that category receives.
const marker = "MARKER-schulden-7f3a";
const fullScan = {
  takenOn: "2026-11-19",
  moment: "during",
  ladderRung: 3,
  talents: "Kookt graag voor anderen",
  clientWish: "Ik wil werken in een keuken",
  domains: [
    { lifeDomain: "housing", score: 2, barriers: ["no_reference_address"], strengths: "", wish: "Een eigen plek" },
    { lifeDomain: "mental_health", score: 1, barriers: ["mental_health_problems"], strengths: "", wish: "" },
    { lifeDomain: "addiction", score: 3, barriers: ["drug_addiction"], strengths: marker, wish: "" },
    { lifeDomain: "finances_admin", score: 2, barriers: ["debts"], strengths: "", wish: marker },
  ],
};

const scanRows = () => t.db.selectFrom("scans").selectAll().orderBy("id").execute();
const domainRows = () =>
  t.db.selectFrom("scan_domains").selectAll().orderBy("scan_id").orderBy("life_domain_code").execute();
const auditRows = () => t.db.selectFrom("audit_log").selectAll().orderBy("id").execute();

describe("recording a scan", () => {
  it("lets the companion record scores, barriers, strengths and wishes per domain with the ladder, audited", async () => {
    const response = await post(companion, fullScan);
    expect(response.statusCode).toBe(201);
    const scan = response.json() as ScanView;
    expect(scan).toMatchObject({
      takenOn: "2026-11-19",
      moment: "during",
      ladderRung: 3,
      talents: "Kookt graag voor anderen",
      clientWish: "Ik wil werken in een keuken",
      takenBy: { userId: companion.id },
    });
    // In the taxonomy's order: housing, mental health, addiction, finances.
    expect(scan.domains.map((d) => [d.lifeDomain, d.score, d.barriers])).toEqual([
      ["housing", 2, ["no_reference_address"]],
      ["mental_health", 1, ["mental_health_problems"]],
      ["addiction", 3, ["drug_addiction"]],
      ["finances_admin", 2, ["debts"]],
    ]);
    const audit = (await auditRows()).at(-1)!;
    expect(audit).toMatchObject({
      action: "client_record.written",
      entity_type: "scan",
      entity_id: scan.id,
      payload: { clientId: world.clientId, via: "companion", consentIds: [], what: "scan_recorded" },
    });
    expect(JSON.stringify(audit)).not.toContain(marker);
    expect(JSON.stringify(audit)).not.toContain("debts");
  });

  it("lets the region's case director record one too, and a scan of the ladder alone", async () => {
    const response = await post(caseDirector, { takenOn: "2026-11-20", moment: "during", ladderRung: 4, domains: [] });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ ladderRung: 4, domains: [], talents: "" });
  });

  it("refuses everyone else: 404 for staff out of reach, 403 without the permission, 401 signed out; nothing changes", async () => {
    const before = [await scanRows(), await domainRows()];
    const audits = (await auditRows()).length;
    for (const who of [otherCompanion, otherCaseDirector]) expect((await post(who, fullScan)).statusCode).toBe(404);
    for (const who of [partnerWorker, coordinator]) expect((await post(who, fullScan)).statusCode).toBe(403);
    expect((await post(null, fullScan)).statusCode).toBe(401);
    expect((await post(companion, fullScan, url("00000000-0000-4000-8000-000000000000"))).statusCode).toBe(404);
    expect([await scanRows(), await domainRows()]).toEqual(before);
    expect(await auditRows()).toHaveLength(audits);
  });

  it.each([
    [
      "a barrier of another life domain",
      { ...fullScan, domains: [{ lifeDomain: "housing", score: 2, barriers: ["debts"] }] },
      "domains.0.barriers.0",
      "hoort niet bij dit levensdomein",
    ],
    ["a date in the future", { ...fullScan, takenOn: "2026-11-21" }, "takenOn", "in de toekomst"],
    ["nothing scored", { takenOn: "2026-11-19", moment: "start", domains: [] }, "domains", "minstens één levensdomein"],
    [
      "an unknown life domain",
      { ...fullScan, domains: [{ lifeDomain: "astrology", score: 2 }] },
      "domains.0.lifeDomain",
      "bestaat niet",
    ],
    [
      "a life domain twice",
      {
        ...fullScan,
        domains: [
          { lifeDomain: "housing", score: 2 },
          { lifeDomain: "housing", score: 3 },
        ],
      },
      "domains.1.lifeDomain",
      "twee keer",
    ],
    ["a score of 6", { ...fullScan, domains: [{ lifeDomain: "housing", score: 6 }] }, "domains.0.score", ""],
    ["a rung of 7", { ...fullScan, ladderRung: 7 }, "ladderRung", ""],
    ["an unknown moment", { ...fullScan, moment: "later" }, "moment", ""],
  ])("refuses %s with a 400 in the user's language and changes nothing", async (_label, payload, path, words) => {
    const before = [await scanRows(), await domainRows()];
    const response = await post(companion, payload);
    expect(response.statusCode).toBe(400);
    const error = response.json().error as { code: string; fields: { path: string; message: string }[] };
    expect(error.code).toBe("validation_failed");
    const field = error.fields.find((f) => f.path === path);
    expect(field, JSON.stringify(error.fields)).toBeDefined();
    expect(field!.message).toContain(words);
    expect([await scanRows(), await domainRows()]).toEqual(before);
  });
});

describe("reading the scans", () => {
  it("shows the companion every scan, newest first, with every domain", async () => {
    const response = await get(companion);
    expect(response.statusCode).toBe(200);
    const list = response.json() as ScanList;
    expect(list).toMatchObject({ via: "companion", canRecord: true });
    expect(list.scans.map((s) => s.takenOn)).toEqual(["2026-11-20", "2026-11-19", "2026-09-01"]);
    expect(list.scans[1]!.domains.map((d) => d.lifeDomain)).toEqual([
      "housing",
      "mental_health",
      "addiction",
      "finances_admin",
    ]);
    expect((await auditRows()).at(-1)).toMatchObject({
      action: "client_record.read",
      entity_type: "scan",
      entity_id: world.trajectoryId,
      payload: { via: "companion", what: "scans" },
    });
  });

  it("shows a partner under consent only the life domains the referral and consent cover", async () => {
    // The referral asks general and mental_health: housing (general) and mental health, not addiction or finances.
    const response = await get(partnerWorker);
    expect(response.statusCode).toBe(200);
    const list = response.json() as ScanList;
    expect(list).toMatchObject({ via: "partner", canRecord: false, categories: ["general", "mental_health"] });
    expect(list.scans[1]!.domains.map((d) => d.lifeDomain)).toEqual(["housing", "mental_health"]);
    expect(response.body).not.toContain(marker);
    expect(response.body).not.toContain("drug_addiction");
    expect(response.body).not.toContain("debts");
    expect((await auditRows()).at(-1)).toMatchObject({
      action: "client_record.read",
      payload: { via: "partner", consentIds: [world.consentId], what: "scans" },
    });
  });

  it("refuses a partner whose consent was revoked, other staff and other partners with 404", async () => {
    expect((await get(partnerWorker, url(revoked.trajectoryId))).statusCode).toBe(404);
    for (const who of [otherCompanion, otherCaseDirector, otherPartnerWorker]) {
      expect((await get(who)).statusCode).toBe(404);
    }
    expect((await get(coordinator)).statusCode).toBe(403);
    expect((await get(null)).statusCode).toBe(401);
  });
});

describe("a later trajectory", () => {
  it("takes new scans on the client's latest trajectory only", async () => {
    await t.db
      .updateTable("trajectories")
      .set({ status: "completed", ended_at: clock.now(), exit_outcome: "work" })
      .where("id", "=", world.trajectoryId)
      .execute();
    const next = await t.db
      .insertInto("trajectories")
      .values({
        client_id: world.clientId,
        region_id: cast.partnership.regionId,
        companion_user_id: companion.id,
        companion_organisation_id: companion.organisationId,
        status: "active",
        status_changed_at: clock.now(),
        started_at: clock.now(),
        created_by: companion.id,
        created_at: clock.now(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const before = await scanRows();
    const old = await post(companion, fullScan);
    expect(old.statusCode).toBe(409);
    expect(old.json().error.code).toBe("scans.not_latest_trajectory");
    expect(await scanRows()).toEqual(before);
    expect((await get(companion)).json()).toMatchObject({ canRecord: false });
    expect((await post(companion, fullScan, url(next.id))).statusCode).toBe(201);
  });
});
