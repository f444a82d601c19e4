// The coordinator's side of the call: the submitted candidacies of their region's call (never a draft), and
// candidacies that arrived by e-mail, judged by when the mail arrived.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { signIn, validEnterpriseNumber } from "../accounts/testing.ts";
import type { CoordinatorCandidacyList, RevisionView } from "./schemas.ts";
import {
  auditOf,
  buildApplicant,
  buildCall,
  buildCallRegion,
  buildCoordinator,
  completeContent,
  countRows,
  saveDraftVia,
  startCandidacy,
  submitVia,
  timeline,
} from "./testing.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;

const region = await buildCallRegion(t.db);
const call = await buildCall(t.db, timeline("2026-11-01", { date: "2026-12-18", time: "23:59" }), region);
const closedCall = await buildCall(t.db, timeline("2026-09-01", { date: "2026-11-20", time: "12:00" }), region);
const coordinator = await signIn(app, await buildCoordinator(t.db, region.regionId));
const otherRegion = await buildCallRegion(t.db);
const otherCoordinator = await signIn(app, await buildCoordinator(t.db, otherRegion.regionId));

const byEmail = (session: { headers: Record<string, string> }, callId: string, payload: object) =>
  app.inject({ method: "POST", url: `/api/calls/${callId}/candidacies/by-email`, headers: session.headers, payload });

async function listOf(session: { cookie: string }, callId: string) {
  return app.inject({ method: "GET", url: `/api/calls/${callId}/candidacies`, headers: { cookie: session.cookie } });
}

describe("the candidacies of a call", () => {
  it("shows the coordinator the latest submitted revision of each candidacy, and never a draft", async () => {
    const submitter = await buildApplicant(t.db);
    const submitterSession = await signIn(app, submitter);
    const submitted = await startCandidacy(app, submitterSession.headers, call.id);
    await saveDraftVia(app, submitterSession.headers, submitted.id, 1, completeContent());
    await submitVia(app, submitterSession.headers, submitted.id, 2);
    // Changed afterwards, not submitted: the region keeps seeing revision 1.
    await saveDraftVia(
      app,
      submitterSession.headers,
      submitted.id,
      2,
      completeContent({ title: "Nog niet ingediend" }),
    );

    const drafter = await signIn(app, await buildApplicant(t.db));
    await startCandidacy(app, drafter.headers, call.id);

    const response = await listOf(coordinator, call.id);
    expect(response.statusCode).toBe(200);
    const list = response.json() as CoordinatorCandidacyList;
    expect(list.call.id).toBe(call.id);
    expect(list.candidacies).toHaveLength(1);
    expect(list.candidacies[0]).toMatchObject({
      id: submitted.id,
      organisation: { id: submitter.organisationId },
      revisionCount: 1,
      latestRevision: { number: 1, content: { title: "Brugfiguren Maasland" } },
    });
    expect(response.body).not.toContain("Nog niet ingediend");
  });

  it("answers 404 to a coordinator of another region, and 401 to anonymous callers", async () => {
    const response = await listOf(otherCoordinator, call.id);
    expect(response.statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: `/api/calls/${call.id}/candidacies` })).statusCode).toBe(401);
    const anonymous = await app.inject({
      method: "POST",
      url: `/api/calls/${call.id}/candidacies/by-email`,
      payload: {},
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe("a candidacy that arrived by e-mail", () => {
  it("registers a new organisation's candidacy received in time, with a receipt to the sender", async () => {
    const enterpriseNumber = validEnterpriseNumber();
    const response = await byEmail(coordinator, call.id, {
      organisation: { name: "Vzw Het Anker", enterpriseNumber },
      receivedAt: "2026-11-22T20:15:00.000Z",
      content: completeContent({ title: "Het Anker in Maasland" }),
      replyTo: "Info@HetAnker.be",
    });
    expect(response.statusCode).toBe(201);
    const revision = response.json() as RevisionView;
    expect(revision).toMatchObject({ number: 1, receivedVia: "email", receivedAt: "2026-11-22T20:15:00.000Z" });
    expect(revision.submittedBy).toMatch(/^Test /);

    const organisation = await t.db
      .selectFrom("organisations")
      .select(["id", "name"])
      .where("enterprise_number", "=", enterpriseNumber)
      .executeTakeFirstOrThrow();
    expect(organisation.name).toBe("Vzw Het Anker");
    const receipt = await t.db
      .selectFrom("outbox_messages")
      .select(["to_address", "body_text", "organisation_id"])
      .where("body_text", "like", `%${revision.receiptCode}%`)
      .executeTakeFirstOrThrow();
    expect(receipt).toMatchObject({ to_address: "info@hetanker.be", organisation_id: organisation.id });
    expect(receipt.body_text).toContain("per e-mail op zondag 22 november 2026 om 21.15 uur");
    expect((await auditOf(t.db, "candidacy.submitted")).at(-1)?.payload).toMatchObject({ receivedVia: "email" });
  });

  it("adds a new revision when the organisation already has a candidacy, and the draft follows the mail", async () => {
    const applicant = await buildApplicant(t.db);
    const session = await signIn(app, applicant);
    const { id } = await startCandidacy(app, session.headers, call.id);
    await saveDraftVia(app, session.headers, id, 1, completeContent());
    await submitVia(app, session.headers, id, 2);

    // A mail that arrived before the portal's version cannot become the newest word; one that arrived at the same
    // moment or later can.
    const before = await countRows(t.db, "candidacy_revisions");
    const older = await byEmail(coordinator, call.id, {
      organisation: { id: applicant.organisationId },
      receivedAt: "2026-11-23T09:59:59.000Z",
      content: completeContent({ title: "Oude mail" }),
      replyTo: "sara.peeters@example.be",
    });
    expect(older.statusCode).toBe(409);
    expect(older.json().error).toMatchObject({ code: "call.older_than_latest" });
    expect(older.json().error.message).toContain("versie 1, ontvangen op maandag 23 november 2026 om 11.00 uur");
    expect(await countRows(t.db, "candidacy_revisions")).toBe(before);

    const response = await byEmail(coordinator, call.id, {
      organisation: { id: applicant.organisationId },
      receivedAt: "2026-11-23T10:00:00.000Z",
      content: completeContent({ title: "Aangepast per mail" }),
      replyTo: "sara.peeters@example.be",
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ candidacyId: id, number: 2 });
    const view = (
      await app.inject({ method: "GET", url: `/api/candidacies/${id}`, headers: { cookie: session.cookie } })
    ).json();
    expect(view.draft.title).toBe("Aangepast per mail");
    expect(view.revisions.map((r: { receivedVia: string }) => r.receivedVia)).toEqual(["portal", "email"]);
  });

  it("refuses any registration once the decisions are published, and records nothing", async () => {
    const decided = await buildCall(t.db, timeline("2026-09-01", { date: "2026-10-30", time: "12:00" }), region);
    await t.db
      .updateTable("calls")
      .set({ decisions_published_at: new Date("2026-11-16T09:00:00Z") })
      .where("id", "=", decided.id)
      .execute();
    const before = await countRows(t.db, "candidacy_revisions");
    const response = await byEmail(coordinator, decided.id, {
      organisation: { name: "Vzw Na De Beslissing", enterpriseNumber: validEnterpriseNumber() },
      receivedAt: "2026-10-29T10:00:00.000Z",
      content: completeContent(),
      replyTo: "info@nadebeslissing.be",
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("call.decided");
    expect(response.json().error.message).toContain("maandag 16 november 2026 om 10.00 uur");
    expect(await countRows(t.db, "candidacy_revisions")).toBe(before);
  });

  it("refuses a mail that arrived after the deadline, naming the deadline, and records nothing", async () => {
    const before = await countRows(t.db, "candidacy_revisions");
    const late = await byEmail(coordinator, closedCall.id, {
      organisation: { name: "Vzw Te Laat", enterpriseNumber: validEnterpriseNumber() },
      receivedAt: "2026-11-20T11:00:01.000Z",
      content: completeContent(),
      replyTo: "info@telaat.be",
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("call.deadline_passed");
    expect(late.json().error.message).toContain("vrijdag 20 november 2026 om 12.00 uur");
    expect(await countRows(t.db, "candidacy_revisions")).toBe(before);

    // The same deadline, to the second: a mail at 12.00 sharp is in time.
    const inTime = await byEmail(coordinator, closedCall.id, {
      organisation: { name: "Vzw Net Op Tijd", enterpriseNumber: validEnterpriseNumber() },
      receivedAt: "2026-11-20T11:00:00.000Z",
      content: completeContent(),
      replyTo: "info@netoptijd.be",
    });
    expect(inTime.statusCode).toBe(201);
  });

  it("refuses a wrong enterprise number, an incomplete candidacy and a mail from the future with field errors", async () => {
    const before = await countRows(t.db, "organisations");
    const response = await byEmail(coordinator, call.id, {
      organisation: { name: "Vzw Fout", enterpriseNumber: "0123.456.789" },
      receivedAt: "2026-11-24T09:00:00.000Z",
      content: completeContent({ summary: "", municipalities: ["Gent"] }),
      replyTo: "geen-adres",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      "replyTo",
      "receivedAt",
      "content.summary",
      "content.municipalities.0",
    ]);
    const badNumber = await byEmail(coordinator, call.id, {
      organisation: { name: "Vzw Fout", enterpriseNumber: "0123.456.789" },
      receivedAt: "2026-11-22T09:00:00.000Z",
      content: completeContent(),
      replyTo: "info@fout.be",
    });
    expect(badNumber.statusCode).toBe(400);
    expect(badNumber.json().error.fields).toEqual([
      expect.objectContaining({ path: "organisation.enterpriseNumber", code: "enterprise_number.checksum" }),
    ]);
    expect(await countRows(t.db, "organisations")).toBe(before);
  });

  it("answers 404 to a coordinator of another region and registers nothing", async () => {
    const before = await countRows(t.db, "candidacy_revisions");
    const response = await byEmail(otherCoordinator, call.id, {
      organisation: { name: "Vzw Elders", enterpriseNumber: validEnterpriseNumber() },
      receivedAt: "2026-11-22T09:00:00.000Z",
      content: completeContent(),
      replyTo: "info@elders.be",
    });
    expect(response.statusCode).toBe(404);
    expect(await countRows(t.db, "candidacy_revisions")).toBe(before);
  });
});
