// The weerwoord's mails: a receipt to the applicant who filed it and a notice to the region's coordinators, queued
// with the weerwoord; the coordinator's answer to the applicant, queued with the handling. In each recipient's
// language, with full links from BRUG_PUBLIC_URL; each readable in the app only by those it concerns.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser, signIn, type BuiltUser } from "../accounts/testing.ts";
import type { OutboxList } from "../calls/schemas.ts";
import type { ObjectionView } from "./schemas.ts";
import { afterDeadline, buildDecisionWorld, publishAt } from "./testing.ts";

const publicUrl = "https://brug.example.be";
const clock = fixedClock(afterDeadline);
const t = await createReferenceTestApp({ clock, config: { publicUrl } });
const app = t.app;

const world = await buildDecisionWorld(app, t.db, clock, 1);
const candidacy = world.candidacies[0]!;
// A second coordinator of the region, who reads French; and one of another region, who hears nothing.
const frenchCoordinator = await buildUser(t.db, { role: "coordinator", regionId: world.regionId });
await t.db.updateTable("users").set({ locale: "fr" }).where("id", "=", frenchCoordinator.id).execute();
// The applicant reads English.
await t.db.updateTable("users").set({ locale: "en" }).where("id", "=", candidacy.applicant.id).execute();

const as = (user: BuiltUser) => signIn(app, user);
const messages = (kind: string) =>
  t.db.selectFrom("outbox_messages").selectAll().where("kind", "=", kind).orderBy("to_address").execute();

async function publish() {
  const coordinator = await as(world.coordinator);
  const decided = await app.inject({
    method: "PUT",
    url: `/api/candidacies/${candidacy.id}/decision`,
    headers: coordinator.headers,
    payload: { outcome: "not_selected", motivation: "Het voorstel overlapt met een geselecteerd voorstel." },
  });
  expect(decided.statusCode).toBe(200);
  clock.set(publishAt);
  const published = await app.inject({
    method: "POST",
    url: `/api/calls/${world.callId}/decisions/publish`,
    headers: (await as(world.coordinator)).headers,
  });
  expect(published.statusCode).toBe(200);
}

describe("the decision letter", () => {
  it("links to the candidacy's page with the full public address", async () => {
    await publish();
    const letters = await messages("decision.letter");
    expect(letters.length).toBeGreaterThan(0);
    for (const letter of letters) expect(letter.body_text).toContain(`${publicUrl}/kandidaturen/${candidacy.id}`);
  });
});

describe("filing a weerwoord", () => {
  let objection: ObjectionView;

  it("sends the applicant a receipt with the text, and each coordinator of the region a notice", async () => {
    clock.set("2026-10-22T08:30:00Z");
    const text = "Wij werken wel in Kinrooi: zie ons voorstel, deel 3.";
    const response = await app.inject({
      method: "POST",
      url: `/api/candidacies/${candidacy.id}/objection`,
      headers: (await as(candidacy.applicant)).headers,
      payload: { text },
    });
    expect(response.statusCode).toBe(201);
    objection = response.json() as ObjectionView;

    const [receipt, ...more] = await messages("objection.receipt");
    expect(more).toEqual([]);
    expect(receipt).toMatchObject({
      to_address: candidacy.applicant.email,
      locale: "en",
      region_id: world.regionId,
      organisation_id: candidacy.applicant.organisationId,
      created_at: clock.now(),
    });
    expect(receipt!.subject).toContain("Receipt for your objection");
    expect(receipt!.body_text).toContain(text);
    expect(receipt!.body_text).toContain("Thursday 22 October 2026");
    expect(receipt!.body_text).toContain(`${publicUrl}/kandidaturen/${candidacy.id}`);

    const notices = await messages("objection.filed");
    expect(notices.map((n) => [n.to_address, n.locale]).sort()).toEqual(
      [
        [world.coordinator.email, "nl"],
        [frenchCoordinator.email, "fr"],
      ].sort(),
    );
    for (const notice of notices) {
      expect(notice).toMatchObject({ region_id: world.regionId, organisation_id: null });
      expect(notice.body_text).toContain(`${publicUrl}/beheer/oproepen/${world.callId}/beslissingen`);
    }
    expect(notices.find((n) => n.locale === "nl")!.subject).toContain("Nieuw weerwoord van");
    expect(notices.find((n) => n.locale === "fr")!.subject).toContain("Nouvelle contestation de");
  });

  it("lets the applicant read the receipt in the app, but not the coordinators' notice (404)", async () => {
    const session = await as(candidacy.applicant);
    const list = (await app.inject({ method: "GET", url: "/api/outbox", headers: { cookie: session.cookie } })).json();
    const kinds = (list as OutboxList).messages.map((m) => m.kind);
    expect(kinds).toContain("objection.receipt");
    expect(kinds).not.toContain("objection.filed");
    const [notice] = await messages("objection.filed");
    const response = await app.inject({
      method: "GET",
      url: `/api/outbox/${notice!.id}`,
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(404);
  });

  it("sends the coordinator's answer to the applicant when the weerwoord is handled, and only then", async () => {
    expect(await messages("objection.answer")).toEqual([]);
    clock.set("2026-10-26T09:00:00Z");
    const answer = "Uw voorstel dekt Kinrooi inderdaad niet: de beslissing blijft.";
    const response = await app.inject({
      method: "PUT",
      url: `/api/objections/${objection.id}`,
      headers: (await as(world.coordinator)).headers,
      payload: { status: "rejected", answer },
    });
    expect(response.statusCode).toBe(200);
    const [mail, ...more] = await messages("objection.answer");
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ to_address: candidacy.applicant.email, locale: "en", created_at: clock.now() });
    expect(mail!.subject).toContain("rejected");
    expect(mail!.body_text).toContain(answer);
    expect(mail!.body_text).toContain("The decision stays as it was communicated to you.");
    expect(mail!.body_text).toContain(`${publicUrl}/kandidaturen/${candidacy.id}`);
  });
});
