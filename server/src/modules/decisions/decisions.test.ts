// The coordinator prepares decisions privately, publishes them in one batch that sends every applicant a letter,
// the applicant files a weerwoord within 14 days, and the coordinator handles it.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser, signIn, type BuiltUser } from "../accounts/testing.ts";
import { auditOf, buildCallRegion, countRows } from "../calls/testing.ts";
import type { ApplicantDecision, CallDecisions, CoordinatorDecision, ObjectionList, ObjectionView } from "./schemas.ts";
import { afterDeadline, buildDecisionWorld, pdfText, publishAt, weerwoordEnd } from "./testing.ts";

const clock = fixedClock(afterDeadline);
const t = await createReferenceTestApp({ clock });
const app = t.app;

const world = await buildDecisionWorld(app, t.db, clock, 3);
const [first, second, third] = world.candidacies as [
  (typeof world.candidacies)[0],
  (typeof world.candidacies)[0],
  (typeof world.candidacies)[0],
];
const otherRegion = await buildCallRegion(t.db);
const otherCoordinator = await buildUser(t.db, { role: "coordinator", regionId: otherRegion.regionId });

const as = (user: BuiltUser) => signIn(app, user);
const decide = async (user: BuiltUser, id: string, payload: object) =>
  app.inject({ method: "PUT", url: `/api/candidacies/${id}/decision`, headers: (await as(user)).headers, payload });
const publish = async (user: BuiltUser) =>
  app.inject({
    method: "POST",
    url: `/api/calls/${world.callId}/decisions/publish`,
    headers: (await as(user)).headers,
  });
const list = async (user: BuiltUser) =>
  app.inject({
    method: "GET",
    url: `/api/calls/${world.callId}/decisions`,
    headers: { cookie: (await as(user)).cookie },
  });
const ownDecision = async (user: BuiltUser, id: string) =>
  app.inject({ method: "GET", url: `/api/candidacies/${id}/decision`, headers: { cookie: (await as(user)).cookie } });
const object = async (user: BuiltUser, id: string, text = "De motivering klopt niet: wij werken in alle gemeenten.") =>
  app.inject({
    method: "POST",
    url: `/api/candidacies/${id}/objection`,
    headers: (await as(user)).headers,
    payload: { text },
  });
const handle = async (user: BuiltUser, id: string, payload: object) =>
  app.inject({ method: "PUT", url: `/api/objections/${id}`, headers: (await as(user)).headers, payload });
const phase = async () => ((await list(world.coordinator)).json() as CallDecisions).state.phase;

const motivation = "Het voorstel overlapt met een geselecteerd voorstel in dezelfde gemeenten.";

describe("preparing decisions", () => {
  it("requires sign-in", async () => {
    const response = await app.inject({ method: "GET", url: `/api/calls/${world.callId}/decisions` });
    expect(response.statusCode).toBe(401);
  });

  it("requires a motivation when not selected (400 on the field), and changes nothing", async () => {
    const response = await decide(world.coordinator, third.id, { outcome: "not_selected", motivation: "  " });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      expect.objectContaining({ path: "motivation", code: "decisions.motivation_required" }),
    ]);
    expect(await t.db.selectFrom("decisions").selectAll().execute()).toHaveLength(0);
  });

  it("is the region's coordinator's: another region's coordinator gets 404 and nothing changes", async () => {
    expect((await decide(otherCoordinator, first.id, { outcome: "selected", motivation: "" })).statusCode).toBe(404);
    expect((await list(otherCoordinator)).statusCode).toBe(404);
    expect((await publish(otherCoordinator)).statusCode).toBe(404);
    expect(await t.db.selectFrom("decisions").selectAll().execute()).toHaveLength(0);
  });

  it("keeps a draft private: the applicant gets 404 before publication", async () => {
    const response = await decide(world.coordinator, first.id, { outcome: "selected", motivation: "Sterk voorstel." });
    expect(response.statusCode).toBe(200);
    expect((response.json() as CoordinatorDecision).decision).toMatchObject({ outcome: "selected", published: null });
    expect((await ownDecision(first.applicant, first.id)).statusCode).toBe(404);
    // …and an applicant of another organisation cannot prepare anything (no call:manage): 403.
    expect((await decide(second.applicant, first.id, { outcome: "reserve", motivation: "" })).statusCode).toBe(403);
  });

  it("refuses to publish while a candidacy has no decision, naming the organisations", async () => {
    await decide(world.coordinator, second.id, { outcome: "reserve", motivation: "" });
    const response = await publish(world.coordinator);
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error: { code: string; message: string; fields: { path: string }[] } };
    expect(body.error.code).toBe("decisions.missing");
    const organisation = await t.db
      .selectFrom("organisations")
      .select("name")
      .where("id", "=", third.applicant.organisationId!)
      .executeTakeFirstOrThrow();
    expect(body.error.message).toContain(organisation.name);
    expect(body.error.fields.map((f) => f.path)).toEqual([`candidacies.${third.id}`]);
    expect(await countRows(t.db, "outbox_messages")).toBe(6); // the receipts only
    expect(await phase()).toBe("decision");
  });

  it("audits every prepared decision", async () => {
    await decide(world.coordinator, third.id, { outcome: "not_selected", motivation });
    const audited = await auditOf(t.db, "decision.prepared");
    expect(audited.map((a) => a.entity_id)).toEqual([first.id, second.id, third.id]);
    expect(audited[2]?.payload).toMatchObject({ outcome: "not_selected", motivation, reopened: false });
  });
});

describe("publishing", () => {
  it("publishes the batch, sends a letter with the PDF to every applicant and stamps the call", async () => {
    clock.set(publishAt);
    const response = await publish(world.coordinator);
    expect(response.statusCode).toBe(200);
    const view = response.json() as CallDecisions;
    expect(view.decisionsPublishedAt).toBe(new Date(publishAt).toISOString());
    expect(view.state).toMatchObject({ phase: "weerwoord", weerwoordUntil: new Date(weerwoordEnd).toISOString() });
    expect(view.candidacies.every((c) => c.decision?.published?.at === view.decisionsPublishedAt)).toBe(true);

    const letters = await t.db
      .selectFrom("outbox_messages")
      .selectAll()
      .where("kind", "=", "decision.letter")
      .orderBy("to_address")
      .execute();
    // Each candidacy: the contact e-mail of the candidacy and the organisation's applicant.
    expect(letters).toHaveLength(6);
    const toThird = letters.find((l) => l.to_address === third.applicant.email)!;
    expect(toThird.organisation_id).toBe(third.applicant.organisationId);
    expect(toThird.locale).toBe("nl");
    const attachment = toThird.attachments[0]!;
    expect(attachment).toMatchObject({ filename: "beslissing-kandidatuur.pdf", contentType: "application/pdf" });
    const pdf = Buffer.from(attachment.base64, "base64");
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
    const text = pdfText(pdf);
    expect(text).toContain("Uw kandidatuur is niet geselecteerd.");
    expect(text).toContain(motivation);
    expect(text).toContain("U kan een weerwoord indienen tot dinsdag 3 november 2026 om 12.00 uur");
    expect(text).toContain(`/kandidaturen/${third.id}`);

    const audited = await auditOf(t.db, "call.decisions_published");
    expect(audited).toHaveLength(1);
    expect(audited[0]?.payload).toMatchObject({ letters: 6, weerwoordUntil: new Date(weerwoordEnd).toISOString() });
  });

  it("refuses a second publication (409) and further changes to published decisions", async () => {
    const again = await publish(world.coordinator);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain("dinsdag 20 oktober 2026 om 12.00 uur");
    expect((await decide(world.coordinator, first.id, { outcome: "reserve", motivation: "" })).statusCode).toBe(409);
    expect(
      await t.db.selectFrom("outbox_messages").where("kind", "=", "decision.letter").selectAll().execute(),
    ).toHaveLength(6);
  });

  it("shows the applicant their decision, the window and that it is provisional", async () => {
    const response = await ownDecision(third.applicant, third.id);
    expect(response.statusCode).toBe(200);
    expect(response.json() as ApplicantDecision).toMatchObject({
      outcome: "not_selected",
      motivation,
      weerwoordUntil: new Date(weerwoordEnd).toISOString(),
      canObject: true,
      provisional: true,
      reopened: false,
    });
    // Another organisation's applicant: 404.
    expect((await ownDecision(first.applicant, third.id)).statusCode).toBe(404);
  });
});

describe("the weerwoord", () => {
  let objection: ObjectionView;

  it("is accepted within the window and audited; the coordinator sees it", async () => {
    clock.set("2026-11-03T10:59:59Z");
    const response = await object(third.applicant, third.id);
    expect(response.statusCode).toBe(201);
    objection = response.json() as ObjectionView;
    expect(objection).toMatchObject({ status: "filed", candidacyId: third.id, answer: null });
    expect(await auditOf(t.db, "objection.filed")).toHaveLength(1);
    const listed = await app.inject({
      method: "GET",
      url: `/api/calls/${world.callId}/objections`,
      headers: { cookie: (await as(world.coordinator)).cookie },
    });
    expect((listed.json() as ObjectionList).objections.map((o) => o.id)).toEqual([objection.id]);
    const outsider = await app.inject({
      method: "GET",
      url: `/api/calls/${world.callId}/objections`,
      headers: { cookie: (await as(otherCoordinator)).cookie },
    });
    expect(outsider.statusCode).toBe(404);
  });

  it("is one per decision", async () => {
    const again = await object(third.applicant, third.id, "Nog iets.");
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("decisions.objection_exists");
  });

  it("is refused one second after the window (337 hours across the DST change), naming the end in Belgian time", async () => {
    clock.set("2026-11-03T11:00:01Z");
    const response = await object(second.applicant, second.id);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: "decisions.weerwoord_closed",
      message:
        "De termijn voor een weerwoord is voorbij. U kon een weerwoord indienen tot dinsdag 3 november 2026 om 12.00 uur.",
    });
    // Receipts and letters, and the one weerwoord's receipt and notice to the coordinator: nothing new.
    expect(await countRows(t.db, "outbox_messages")).toBe(14);
    expect(await t.db.selectFrom("objections").selectAll().execute()).toHaveLength(1);
  });

  it("moves the call from weerwoord to closed, the decisions provisional while a weerwoord is unhandled", async () => {
    expect(await phase()).toBe("closed");
    expect(((await list(world.coordinator)).json() as CallDecisions).provisional).toBe(true);
  });

  it("is handled by the region's coordinator only, with an answer", async () => {
    expect((await handle(otherCoordinator, objection.id, { status: "rejected", answer: "Nee." })).statusCode).toBe(404);
    const blank = await handle(world.coordinator, objection.id, { status: "upheld", answer: " " });
    expect(blank.statusCode).toBe(400);
    const response = await handle(world.coordinator, objection.id, {
      status: "upheld",
      answer: "U hebt gelijk: uw voorstel dekt Kinrooi, dat niemand anders dekt.",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: "upheld",
      handledAt: new Date("2026-11-03T11:00:01Z").toISOString(),
    });
    expect(await auditOf(t.db, "objection.handled")).toHaveLength(1);
    const again = await handle(world.coordinator, objection.id, { status: "rejected", answer: "Toch niet." });
    expect(again.statusCode).toBe(409);
  });

  it("reopens the decision when upheld: changed and published again with a new letter and window", async () => {
    const seen = (await ownDecision(third.applicant, third.id)).json() as ApplicantDecision;
    expect(seen).toMatchObject({ outcome: "not_selected", reopened: true, provisional: true, canObject: false });
    expect(seen.objections[0]).toMatchObject({ status: "upheld" });

    // Not reopened: the first candidacy's decision stays as published.
    expect((await decide(world.coordinator, first.id, { outcome: "reserve", motivation: "" })).statusCode).toBe(409);
    const changed = await decide(world.coordinator, third.id, { outcome: "selected", motivation: "Na weerwoord." });
    expect(changed.statusCode).toBe(200);
    // The applicant still sees what the last letter said.
    expect(((await ownDecision(third.applicant, third.id)).json() as ApplicantDecision).outcome).toBe("not_selected");

    const republished = await app.inject({
      method: "POST",
      url: `/api/candidacies/${third.id}/decision/publish`,
      headers: (await as(world.coordinator)).headers,
    });
    expect(republished.statusCode).toBe(200);
    expect((republished.json() as CoordinatorDecision).decision).toMatchObject({
      reopenedAt: null,
      published: { outcome: "selected", until: "2026-11-17T11:00:01.000Z" },
    });
    const mine = (await ownDecision(third.applicant, third.id)).json() as ApplicantDecision;
    expect(mine).toMatchObject({ outcome: "selected", reopened: false, canObject: true, provisional: true });
    // The new window reopens the call's weerwoord phase until it closes.
    expect(await phase()).toBe("weerwoord");
    expect(
      await t.db.selectFrom("outbox_messages").where("kind", "=", "decision.letter").selectAll().execute(),
    ).toHaveLength(8);
    expect(await auditOf(t.db, "decision.republished")).toHaveLength(1);
    const notAgain = await app.inject({
      method: "POST",
      url: `/api/candidacies/${first.id}/decision/publish`,
      headers: (await as(world.coordinator)).headers,
    });
    expect(notAgain.statusCode).toBe(409);
  });

  it("leaves the decisions final once every window has closed and every weerwoord is handled", async () => {
    clock.set("2026-11-17T11:00:01Z");
    const view = (await list(world.coordinator)).json() as CallDecisions;
    expect(view).toMatchObject({ provisional: false, canPrepare: false });
    expect(view.state.phase).toBe("closed");
  });
});
