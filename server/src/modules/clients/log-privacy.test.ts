// Nothing about health, mental health, addiction or justice appears in any log line (issue 4, item 12; DESIGN §4).
// The app runs at the most talkative level with its log read line by line, while staff and a partner worker write
// and read special-category data carrying a marker — accepted, and refused as bad input — through every kind of
// client record. No log line, no audit payload and no outbox message may contain the marker.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import { systemClock } from "../../platform/clock.ts";
import { testConfig } from "../../../test/app.ts";
import { buildCast, buildClientWorld, type CastKey } from "../../../test/client-world.ts";
import { createTestDb } from "../../../test/db.ts";

const lines: string[] = [];
const { db } = await createTestDb({ reference: true });
const app = await buildApp({
  db,
  config: testConfig(),
  clock: systemClock,
  databaseMode: "embedded",
  logLevel: "trace",
  logStream: { write: (line) => void lines.push(line) },
});
await app.ready();
afterAll(() => app.close());

const cast = await buildCast(db, app);
const now = new Date();
const world = await buildClientWorld(db, cast, { consent: "given", now });
const marker = `MRK${randomBytes(6).toString("hex")}`;
const said = (what: string) => `${what} ${marker}`;

async function send(asker: CastKey, method: "GET" | "POST" | "PUT" | "PATCH", path: string, body?: object) {
  const session = cast.people[asker].session;
  return app.inject({
    method,
    url: `/api${path}`,
    headers: method === "GET" ? { cookie: session.cookie } : session.headers,
    ...(body ? { payload: body } : {}),
  });
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("special-category data and the logs", () => {
  it("writes and reads marked health, addiction and justice data through every kind of record", async () => {
    const t = world.trajectoryId;
    const accepted = [
      await send("companion", "POST", `/trajectories/${t}/notes`, {
        lifeDomain: "addiction",
        category: "addiction",
        confidentiality: "partners",
        text: said("Terugval na opname"),
      }),
      await send("companion", "POST", `/trajectories/${t}/scans`, {
        takenOn: day(-1),
        moment: "during",
        ladderRung: 2,
        talents: said("Kookt"),
        clientWish: said("Afkicken"),
        domains: [
          {
            lifeDomain: "mental_health",
            score: 1,
            barriers: ["war_trauma"],
            strengths: said("Praat"),
            wish: said("Rust"),
          },
          { lifeDomain: "justice", score: 2, barriers: [], wish: said("Geen nieuwe veroordeling") },
        ],
      }),
      await send("companion", "POST", `/trajectories/${t}/goals`, {
        lifeDomain: "justice",
        text: said("Probatie volgen"),
      }),
      await send("companion", "POST", `/clients/${world.clientId}/consents`, {
        scope: "partner",
        partnerOrganisationId: cast.organisationA,
        purpose: "other",
        purposeText: said("Overleg over verslaving"),
        categories: ["general", "addiction", "health"],
        givenHow: "signed",
      }),
      await send("companion", "POST", `/trajectories/${t}/case-conferences`, {
        heldAt: new Date(Date.now() - 3_600_000).toISOString(),
        participants: [{ name: "Begeleider", organisation: "CAW", role: "brugfiguur" }],
        clientPresent: false,
        purpose: said("Psychose"),
        legalFrame: "shared_professional_secrecy",
        outcome: said("Opname gepland"),
      }),
      await send("companion", "PUT", `/plan-actions/${world.ids.actionId}`, {
        text: said("Naar de psychiater"),
        who: "client",
        whoOrganisationId: null,
        whoText: "",
        dueOn: null,
        done: false,
      }),
      await send("companion", "POST", `/trajectories/${t}/referrals`, {
        offerId: cast.offerA.id,
        categories: ["general", "mental_health"],
        message: said("Zware depressie"),
      }),
      await send("partnerWorker", "POST", `/partner/referrals/${world.referralId}/feedback`, {
        attendance: "irregular",
        progress: "worse",
        summary: said("Hervallen in gebruik"),
      }),
      await send("companion", "POST", `/trajectories/${t}/status`, {
        status: "paused",
        reason: said("Opname psychiatrie"),
      }),
    ];
    expect(
      accepted.filter((r) => r.statusCode >= 300).map((r) => `${r.statusCode} ${r.body.slice(0, 200)}`),
      "every marked write was accepted",
    ).toEqual([]);

    for (const [asker, path] of [
      ["companion", `/clients/${world.clientId}`],
      ["companion", `/trajectories/${t}/notes`],
      ["companion", `/trajectories/${t}/scans`],
      ["companion", `/trajectories/${t}/plan`],
      ["companion", `/trajectories/${t}/timeline`],
      ["companion", `/clients/${world.clientId}/consents`],
      ["companion", `/trajectories/${t}/case-conferences`],
      ["partnerWorker", `/referrals/${world.referralId}`],
      ["partnerWorker", `/trajectories/${t}/notes`],
      ["partnerWorker", `/partner/referrals`],
      ["companion", `/worklist`],
    ] as const) {
      const response = await send(asker, "GET", path);
      expect(response.statusCode, `${asker} ${path}`).toBe(200);
    }
  });

  it("refuses marked bad input without writing the marker anywhere", async () => {
    const t = world.trajectoryId;
    const refused = [
      await send("companion", "POST", `/trajectories/${t}/notes`, {
        lifeDomain: `mental_health${marker}`,
        category: "mental_health",
        confidentiality: "team",
        text: said("Suïcidale gedachten"),
      }),
      await send("companion", "POST", `/trajectories/${t}/notes`, {
        lifeDomain: "addiction",
        category: "addiction",
        confidentiality: "team",
        text: said("x".repeat(8001)),
      }),
      await send("companion", "POST", `/trajectories/${t}/status`, { status: marker, reason: said("Detentie") }),
      await send("partnerWorker", "POST", `/trajectories/${t}/notes`, {
        lifeDomain: "justice",
        category: "justice",
        confidentiality: "partners",
        text: said("Gevangenis"),
      }),
      await send("otherCompanion", "GET", `/outreach/persons?region=${cast.partnership.slug}&q=${marker}`),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([400, 400, 400, 403, 200]);
  });

  it("finds the marker in no log line, no audit payload and no message", async () => {
    expect(lines.length, "the app logged at trace level").toBeGreaterThan(20);
    // The request lines are there, the search with the marker among them (its query string is not).
    expect(lines.some((line) => line.includes("/api/outreach/persons"))).toBe(true);
    const leaking = lines.filter((line) => line.includes(marker));
    expect(leaking, "log lines with the marker").toEqual([]);
    const audit = await db.selectFrom("audit_log").select(["action", "payload"]).execute();
    expect(audit.filter((row) => JSON.stringify(row.payload).includes(marker))).toEqual([]);
    const mail = await db.selectFrom("outbox_messages").selectAll().execute();
    expect(mail.filter((row) => JSON.stringify(row).includes(marker))).toEqual([]);
    // And the marker did reach the database: the test wrote what it claims to have written.
    const notes = await db.selectFrom("notes").select("text").where("trajectory_id", "=", world.trajectoryId).execute();
    expect(notes.some((n) => n.text.includes(marker))).toBe(true);
  });
});
