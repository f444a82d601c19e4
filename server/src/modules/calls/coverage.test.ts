// The coverage matrix during a jury: the coordinator asks "what if we select these" and sees what is covered,
// over-covered and a gap, with the reserves that would close the gaps; nothing is written.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { signIn, validEnterpriseNumber, type Session } from "../accounts/testing.ts";
import { minimalDocument } from "../addenda/testing.ts";
import type { CoverageResponse } from "./coverage-schemas.ts";
import type { CandidacyContent } from "./document.ts";
import type { RevisionView } from "./schemas.ts";
import {
  buildApplicant,
  buildCall,
  buildCallRegion,
  buildCoordinator,
  completeContent,
  countRows,
  startCandidacy,
  timeline,
} from "./testing.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;

// The addendum asks: challenge 1 (saled, war trauma) language practice; challenge 2 (chadia, no childcare)
// childcare; both a bridge figure (a finding names them); the region debt mediation (a row that reaches no
// challenge's obstacles).
const region = await buildCallRegion(t.db);
const base = minimalDocument();
const document = {
  ...base,
  challenges: base.challenges.map((c) =>
    c.number === 2 ? { ...c, obstacles: [{ text: "Geen kinderopvang", barriers: ["no_childcare"] }] } : c,
  ),
  arena: {
    intro: [],
    notes: [],
    rows: [
      { need: "Taal", service: "Taaloefenkansen", serviceTypes: ["language_practice"], barriers: ["war_trauma"] },
      { need: "Opvang", service: "Kinderopvang", serviceTypes: ["childcare"], barriers: ["no_childcare"] },
      { need: "Schulden", service: "Schuldbemiddeling", serviceTypes: ["debt_mediation"], barriers: ["debts"] },
    ],
  },
  findings: {
    intro: [],
    recognition: [],
    groups: [
      {
        heading: "Aanvullingen",
        items: [{ text: "Brugfiguren", challenges: [1, 2], barriers: [], serviceTypes: ["bridge_figure"] }],
      },
    ],
  },
};
const addendum = await t.db
  .selectFrom("addenda")
  .select("id")
  .where("region_id", "=", region.regionId)
  .executeTakeFirstOrThrow();
const version = await t.db
  .insertInto("addendum_versions")
  .values({
    addendum_id: addendum.id,
    number: 2,
    content: JSON.stringify(document),
    created_by: null,
    summary: "dekking",
    published_at: new Date(),
    published_by: null,
  })
  .returning("id")
  .executeTakeFirstOrThrow();
const call = await buildCall(t.db, timeline("2026-11-01", { date: "2026-12-18", time: "23:59" }), {
  ...region,
  versionId: version.id,
});
const otherCall = await buildCall(t.db, timeline("2026-11-01", { date: "2026-12-18", time: "23:59" }), region);

const coordinator = await signIn(app, await buildCoordinator(t.db, region.regionId));
const otherRegion = await buildCallRegion(t.db);
const otherCoordinator = await signIn(app, await buildCoordinator(t.db, otherRegion.regionId));
const applicant = await signIn(app, await buildApplicant(t.db));

async function byEmail(callId: string, name: string, content: CandidacyContent): Promise<string> {
  const response = await app.inject({
    method: "POST",
    url: `/api/calls/${callId}/candidacies/by-email`,
    headers: coordinator.headers,
    payload: {
      organisation: { name, enterpriseNumber: validEnterpriseNumber() },
      receivedAt: "2026-11-20T09:00:00.000Z",
      content,
      replyTo: "info@example.be",
    },
  });
  if (response.statusCode !== 201) throw new Error(`by-email failed: ${response.body}`);
  return (response.json() as RevisionView).candidacyId;
}

const anker = await byEmail(
  call.id,
  "Vzw Het Anker",
  completeContent({
    challenges: [1],
    personas: ["saled"],
    serviceTypes: ["language_practice", "bridge_figure"],
    municipalities: ["Maasmechelen", "Kinrooi", "Maaseik"],
    capacity: { trajectoriesPerYear: 40, staffFte: 2 },
  }),
);
const brug = await byEmail(
  call.id,
  "Brugfiguren Maasland",
  completeContent({
    challenges: [1, 2],
    personas: ["saled", "chadia"],
    serviceTypes: ["bridge_figure"],
    municipalities: ["Maasmechelen", "Kinrooi"],
    capacity: { trajectoriesPerYear: 25, staffFte: 1 },
  }),
);
const creche = await byEmail(
  call.id,
  "Crèche De Kangoeroe",
  completeContent({
    challenges: [2],
    personas: ["chadia"],
    serviceTypes: ["childcare", "debt_mediation"],
    municipalities: ["Maaseik"],
    capacity: { trajectoriesPerYear: 15, staffFte: 1 },
  }),
);
const elsewhere = await byEmail(otherCall.id, "Vzw Elders", completeContent());
const draftOnly = (await startCandidacy(app, applicant.headers, call.id)).id;

function coverage(session: Session, selected: string[], callId = call.id) {
  return app.inject({
    method: "POST",
    url: `/api/calls/${callId}/coverage`,
    headers: session.headers,
    payload: { selected },
  });
}

const statusOf = (body: CoverageResponse, challenge: number, serviceType: string) =>
  body.challenges.find((c) => c.number === challenge)?.serviceTypes.find((c) => c.serviceType === serviceType)?.status;

describe("the coverage matrix", () => {
  it("shows every needed cell and every municipality as a gap when nothing is selected", async () => {
    const response = await coverage(coordinator, []);
    expect(response.statusCode).toBe(200);
    const body = response.json() as CoverageResponse;
    expect(body.candidacies.map((c) => c.organisation.name)).toEqual([
      "Brugfiguren Maasland",
      "Crèche De Kangoeroe",
      "Vzw Het Anker",
    ]);
    expect(
      body.challenges.map((c) => c.serviceTypes.filter((s) => s.needed).map((s) => [s.serviceType, s.status])),
    ).toEqual([
      [
        ["language_practice", "gap"],
        ["bridge_figure", "gap"],
      ],
      [
        ["childcare", "gap"],
        ["bridge_figure", "gap"],
      ],
    ]);
    expect(body.region.serviceTypes.map((s) => [s.serviceType, s.status])).toEqual([["debt_mediation", "gap"]]);
    expect(body.totals).toMatchObject({ needed: 5, gaps: 5, municipalityGaps: 6, trajectoriesPerYear: 0 });
  });

  it("answers 'what if we select these': covered, over-covered and a gap, with a reserve that closes it", async () => {
    const body = (await coverage(coordinator, [anker, brug])).json() as CoverageResponse;
    expect(statusOf(body, 1, "language_practice")).toBe("covered");
    expect(statusOf(body, 1, "bridge_figure")).toBe("over_covered");
    expect(statusOf(body, 2, "bridge_figure")).toBe("covered");
    // Brugfiguren is the only selected partner with a bridge figure for challenge 2, and it does not work in Maaseik.
    expect(
      body.challenges[1]?.serviceTypes.find((c) => c.serviceType === "bridge_figure")?.uncoveredMunicipalities,
    ).toEqual(["Maaseik"]);
    expect(body.totals.partial).toBe(1);
    expect(statusOf(body, 2, "childcare")).toBe("gap");
    expect(body.challenges[1]?.municipalities.map((m) => [m.municipality, m.status])).toEqual([
      ["Maasmechelen", "covered"],
      ["Kinrooi", "covered"],
      ["Maaseik", "gap"],
    ]);
    expect(body.challenges.map((c) => c.trajectoriesPerYear)).toEqual([65, 25]);
    expect(
      body.candidacies
        .filter((c) => c.selected)
        .map((c) => c.id)
        .sort(),
    ).toEqual([anker, brug].sort());

    expect(body.reserves.proposals).toEqual([
      {
        candidacyId: creche,
        name: "Crèche De Kangoeroe",
        closes: [
          { kind: "service", challenge: 2, serviceType: "childcare" },
          { kind: "municipality", challenge: 2, municipality: "Maaseik" },
          { kind: "region_service", serviceType: "debt_mediation" },
        ],
      },
    ]);
    // The crèche works in Maaseik only: its childcare and debt mediation stay missing elsewhere, and nobody brings a
    // bridge figure to Maaseik for challenge 2.
    expect(body.reserves.unclosable).toEqual([
      { kind: "service_municipality", challenge: 2, serviceType: "childcare", municipality: "Maasmechelen" },
      { kind: "service_municipality", challenge: 2, serviceType: "childcare", municipality: "Kinrooi" },
      { kind: "service_municipality", challenge: 2, serviceType: "bridge_figure", municipality: "Maaseik" },
      { kind: "region_service_municipality", serviceType: "debt_mediation", municipality: "Maasmechelen" },
      { kind: "region_service_municipality", serviceType: "debt_mediation", municipality: "Kinrooi" },
    ]);
  });

  it("names every code it shows, so the screen needs no other request", async () => {
    const body = (await coverage(coordinator, [anker])).json() as CoverageResponse;
    expect(body.serviceTypes).toEqual(["language_practice", "bridge_figure", "childcare", "debt_mediation"]);
    expect(body.names.serviceTypes.map((s) => s.code).sort()).toEqual([...body.serviceTypes].sort());
    for (const name of body.names.serviceTypes)
      for (const text of [name.nl, name.en, name.fr]) expect(text).not.toBe("");
    expect(body.names.personas.map((p) => p.slug).sort()).toEqual(["chadia", "saled"]);
  });

  it("refuses an id that is not a submitted candidacy of this call, naming its place in the list", async () => {
    const response = await coverage(coordinator, [anker, elsewhere, draftOnly, "00000000-0000-4000-8000-000000000000"]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { path: string; code: string }) => [f.path, f.code])).toEqual([
      ["selected.1", "call.unknown_candidacy"],
      ["selected.2", "call.unknown_candidacy"],
      ["selected.3", "call.unknown_candidacy"],
    ]);
  });

  it("writes nothing: it is a what-if", async () => {
    const tables = ["candidacies", "candidacy_revisions", "outbox_messages", "organisations"] as const;
    const before = await Promise.all(tables.map((table) => countRows(t.db, table)));
    const audit = async () =>
      Number(
        (
          await t.db
            .selectFrom("audit_log")
            .select(({ fn }) => fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const auditBefore = await audit();
    expect((await coverage(coordinator, [anker, brug, creche])).statusCode).toBe(200);
    expect(await Promise.all(tables.map((table) => countRows(t.db, table)))).toEqual(before);
    expect(await audit()).toBe(auditBefore);
  });
});

describe("who may ask", () => {
  it("answers 404 to a coordinator of another region, 403 to an applicant and 401 without a session", async () => {
    expect((await coverage(otherCoordinator, [])).statusCode).toBe(404);
    expect((await coverage(applicant, [])).statusCode).toBe(403);
    const anonymous = await app.inject({
      method: "POST",
      url: `/api/calls/${call.id}/coverage`,
      payload: { selected: [] },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await coverage(coordinator, [], "00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
  });

  it("is described in /api/openapi.json", async () => {
    const spec = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(spec.paths["/api/calls/{callId}/coverage"] ?? {})).toEqual(["post"]);
  });
});
