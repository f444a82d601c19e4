// Case conferences on a trajectory: when, who took part (the client or not), why, on which legal frame, and what came
// out. A conference on the client's consent needs a consent of this client that stood when it was held. Only those
// who work on the client record and read them (404 for other staff, nothing changed).
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { signIn, type BuiltUser } from "../accounts/testing.ts";
import { auditOf } from "../calls/testing.ts";
import type { CaseConferenceList, CaseConferenceView, ConsentView } from "./schemas.ts";
import { buildClient, buildConsentWorld } from "./testing.ts";

// Thursday 12 November 2026, 10:00 in Brussels.
const clock = fixedClock("2026-11-12T09:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;
const world = await buildConsentWorld(t.db, clock.now());

const send = async (user: BuiltUser, method: "GET" | "POST", url: string, payload?: object) => {
  const session = await signIn(app, user);
  return app.inject({ method, url, headers: method === "GET" ? { cookie: session.cookie } : session.headers, payload });
};
const url = (trajectoryId = world.trajectoryId) => `/api/trajectories/${trajectoryId}/case-conferences`;
const consentOf = async (clientId: string, companion: BuiltUser) =>
  (
    await send(companion, "POST", `/api/clients/${clientId}/consents`, {
      scope: "partnership",
      purpose: "case_conference",
      categories: ["general", "health"],
      givenHow: "signed",
    })
  ).json() as ConsentView;

const consent = await consentOf(world.clientId, world.companion);
const conference = (extra: object = {}) => ({
  // The moment the consent was given: it stood then.
  heldAt: "2026-11-12T09:00:00Z",
  participants: [
    { name: "An Peeters", organisation: "OCMW Maasmechelen", role: "maatschappelijk werker" },
    { name: "Chadia", organisation: "", role: "cliënt" },
  ],
  clientPresent: true,
  purpose: "Samen een plan maken voor huisvesting en schulden",
  legalFrame: "consent",
  consentId: consent.id,
  outcome: "Budgetbegeleiding aanvragen",
  ...extra,
});
const rows = () => t.db.selectFrom("case_conferences").selectAll().orderBy("id").execute();

describe("recording a case conference", () => {
  it("records it on the client's consent and lists it with who recorded it, audited without values", async () => {
    const response = await send(world.companion, "POST", url(), conference());
    expect(response.statusCode).toBe(201);
    const view = response.json() as CaseConferenceView;
    expect(view).toMatchObject({
      trajectoryId: world.trajectoryId,
      heldAt: "2026-11-12T09:00:00.000Z",
      clientPresent: true,
      legalFrame: "consent",
      consentId: consent.id,
      participants: conference().participants,
      recordedBy: { userId: world.companion.id },
    });
    const later = await send(world.caseDirector, "POST", url(), {
      ...conference({
        heldAt: "2026-11-12T08:45:00Z",
        legalFrame: "shared_professional_secrecy",
        clientPresent: false,
      }),
      consentId: undefined,
    });
    expect(later.statusCode).toBe(201);
    const list = (await send(world.caseDirector, "GET", url())).json() as CaseConferenceList;
    expect(list.caseConferences.map((c) => [c.legalFrame, c.consentId])).toEqual([
      ["consent", consent.id],
      ["shared_professional_secrecy", null],
    ]);
    const audited = (await auditOf(t.db, "client_record.written")).filter((a) => a.entity_id === view.id);
    expect(audited.map((a) => a.payload)).toEqual([
      { clientId: world.clientId, via: "companion", consentIds: [], what: "case_conference.recorded" },
    ]);
    expect(JSON.stringify(await auditOf(t.db, "client_record.written"))).not.toContain("Budgetbegeleiding");
  });

  it("refuses a frame that does not hold, a meeting in the future and missing words, and changes nothing", async () => {
    const before = await rows();
    const other = await buildClient(t.db, world.regionId, world.companion, clock.now());
    const othersConsent = await consentOf(other.clientId, world.companion);
    const cases: [object, string, string][] = [
      [conference({ consentId: othersConsent.id }), "consentId", "gold niet"],
      // Before the consent was given (it was given at 10:00 Brussels).
      [conference({ heldAt: "2026-11-12T08:59:00Z", consentId: consent.id }), "consentId", "gold niet"],
      [{ ...conference(), consentId: undefined }, "consentId", "Kies de toestemming"],
      [conference({ legalFrame: "legal_duty" }), "consentId", "alleen"],
      [{ ...conference({ legalFrame: "other" }), consentId: undefined }, "legalFrameText", "Beschrijf"],
      [conference({ heldAt: "2026-11-12T09:01:00Z" }), "heldAt", "voorbij"],
      [conference({ participants: [] }), "participants", ""],
      [conference({ participants: [{ name: " ", organisation: "", role: "" }] }), "participants.0.name", ""],
      [conference({ purpose: "" }), "purpose", ""],
    ];
    for (const [body, path, words] of cases) {
      const response = await send(world.companion, "POST", url(), body);
      expect(response.statusCode, path).toBe(400);
      const fields = (response.json() as { error: { fields: { path: string; message: string }[] } }).error.fields;
      expect(fields.find((f) => f.path === path)?.message, path).toContain(words);
    }
    expect(await rows()).toEqual(before);
  });

  it("refuses a consent revoked before the meeting", async () => {
    const revokedConsent = await consentOf(world.clientId, world.companion);
    clock.advance(60_000);
    await send(world.companion, "POST", `/api/consents/${revokedConsent.id}/revoke`, { how: "spoken" });
    clock.advance(60_000);
    const response = await send(
      world.companion,
      "POST",
      url(),
      conference({ heldAt: clock.now().toISOString(), consentId: revokedConsent.id }),
    );
    expect(response.statusCode).toBe(400);
  });

  it("is only for those who work on the client: 401, 403 for a partner, 404 for other staff, nothing changed", async () => {
    const before = await rows();
    expect((await app.inject({ method: "GET", url: url() })).statusCode).toBe(401);
    expect((await send(world.partner.worker, "GET", url())).statusCode).toBe(403);
    for (const outsider of [world.otherCompanion, world.otherCaseDirector]) {
      expect((await send(outsider, "GET", url())).statusCode).toBe(404);
      expect((await send(outsider, "POST", url(), conference())).statusCode).toBe(404);
    }
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await send(world.companion, "POST", url(unknown), conference())).statusCode).toBe(404);
    expect(await rows()).toEqual(before);
  });
});
