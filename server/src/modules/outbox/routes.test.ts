// The outbox: who reads which message. Receipts are queued by submissions (modules/calls); here they are read.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildAdmin, buildUser, signIn, type Session } from "../accounts/testing.ts";
import {
  buildApplicant,
  buildCall,
  buildCoordinator,
  completeContent,
  saveDraftVia,
  startCandidacy,
  submitVia,
  timeline,
} from "../calls/testing.ts";
import type { OutboxList, OutboxMessageView } from "../calls/schemas.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;

const call = await buildCall(t.db, timeline("2026-11-01", { date: "2026-12-18", time: "23:59" }));
const otherCall = await buildCall(t.db, timeline("2026-11-01", { date: "2026-12-18", time: "23:59" }));

async function submitted(callId: string) {
  const applicant = await buildApplicant(t.db);
  const session = await signIn(app, applicant);
  const { id } = await startCandidacy(app, session.headers, callId);
  await saveDraftVia(
    app,
    session.headers,
    id,
    1,
    completeContent({ contact: { ...completeContent().contact, email: applicant.email } }),
  );
  const response = await submitVia(app, session.headers, id, 2);
  expect(response.statusCode).toBe(201);
  return { session, email: applicant.email };
}

const mine = await submitted(call.id);
const theirs = await submitted(otherCall.id);

async function outbox(session: Session): Promise<OutboxList> {
  const response = await app.inject({ method: "GET", url: "/api/outbox", headers: { cookie: session.cookie } });
  expect(response.statusCode).toBe(200);
  return response.json();
}

const idOf = async (email: string) => {
  const row = await t.db
    .selectFrom("outbox_messages")
    .select("id")
    .where("to_address", "=", email)
    .executeTakeFirstOrThrow();
  return row.id;
};

describe("the outbox", () => {
  it("shows an applicant the receipts of their own organisation only, as plain text, not yet sent", async () => {
    const list = await outbox(mine.session);
    expect(list.messages.map((m) => m.toAddress)).toEqual([mine.email]);
    expect(list.messages[0]).toMatchObject({ kind: "candidacy.receipt", sentAt: null, attachmentNames: [] });

    const response = await app.inject({
      method: "GET",
      url: `/api/outbox/${await idOf(mine.email)}`,
      headers: { cookie: mine.session.cookie },
    });
    expect(response.statusCode).toBe(200);
    const message = response.json() as OutboxMessageView;
    expect(message.locale).toBe("nl");
    expect(message.bodyText).toContain("Referentie:");
    // A full link from BRUG_PUBLIC_URL (the test configuration's default, http://localhost:3000).
    expect(message.bodyText).toMatch(/http:\/\/localhost:3000\/kandidaturen\/[0-9a-f-]{36}/);

    const foreign = await app.inject({
      method: "GET",
      url: `/api/outbox/${await idOf(theirs.email)}`,
      headers: { cookie: mine.session.cookie },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it("shows a coordinator the messages of their region, and answers 404 for another region's", async () => {
    const coordinator = await signIn(app, await buildCoordinator(t.db, call.regionId));
    expect((await outbox(coordinator)).messages.map((m) => m.toAddress)).toEqual([mine.email]);
    const foreign = await app.inject({
      method: "GET",
      url: `/api/outbox/${await idOf(theirs.email)}`,
      headers: { cookie: coordinator.cookie },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it("shows an administrator every message", async () => {
    const admin = await signIn(app, await buildAdmin(t.db));
    expect((await outbox(admin)).messages.map((m) => m.toAddress).sort()).toEqual([mine.email, theirs.email].sort());
  });

  it("answers 401 without a session and 403 to a role that reads no mail", async () => {
    expect((await app.inject({ method: "GET", url: "/api/outbox" })).statusCode).toBe(401);
    const companion = await signIn(app, await buildUser(t.db, { role: "companion" }));
    const response = await app.inject({ method: "GET", url: "/api/outbox", headers: { cookie: companion.cookie } });
    expect(response.statusCode).toBe(403);
  });
});
