// An applicant's candidacy from the portal, against real PostgreSQL: starting it, saving the draft, submitting and
// amending it, the receipt it gets, and what nobody else can see or change.
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { signIn, type Session } from "../accounts/testing.ts";
import type { CandidacyView, MyCandidacyList, RevisionView } from "./schemas.ts";
import {
  auditOf,
  buildApplicant,
  buildCall,
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

const open = await buildCall(t.db, timeline("2026-11-01", { date: "2026-12-18", time: "23:59" }));
const notYetOpen = await buildCall(t.db, timeline("2027-01-11", { date: "2027-02-26", time: "23:59" }));
const closed = await buildCall(t.db, timeline("2026-09-01", { date: "2026-10-30", time: "12:00" }));

async function applicantSession(): Promise<Session & { userId: string; organisationId: string; email: string }> {
  const user = await buildApplicant(t.db);
  return { ...(await signIn(app, user)), userId: user.id, organisationId: user.organisationId, email: user.email };
}

async function view(session: Session, id: string): Promise<CandidacyView> {
  const response = await app.inject({
    method: "GET",
    url: `/api/candidacies/${id}`,
    headers: { cookie: session.cookie },
  });
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe("starting a candidacy", () => {
  it("starts an empty draft for the applicant's organisation, with the applicant as contact, while the call is open", async () => {
    const applicant = await applicantSession();
    const response = await app.inject({
      method: "POST",
      url: `/api/calls/${open.id}/candidacies`,
      headers: applicant.headers,
      payload: {},
    });
    expect(response.statusCode).toBe(201);
    const candidacy = response.json() as CandidacyView;
    expect(candidacy).toMatchObject({
      organisation: { id: applicant.organisationId },
      draftRevision: 1,
      revisions: [],
      editable: true,
      hasUnsubmittedChanges: true,
      call: { id: open.id, state: { phase: "open", deadline: "2026-12-18T22:59:00.000Z" } },
    });
    expect(candidacy.draft.contact.email).toBe(applicant.email);
    expect((await auditOf(t.db, "candidacy.created")).map((a) => a.entity_id)).toContain(candidacy.id);

    const again = await app.inject({
      method: "POST",
      url: `/api/calls/${open.id}/candidacies`,
      headers: applicant.headers,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("candidacy.exists");

    const mine = (
      await app.inject({ method: "GET", url: "/api/candidacies", headers: { cookie: applicant.cookie } })
    ).json() as MyCandidacyList;
    expect(mine.candidacies.map((c) => c.id)).toEqual([candidacy.id]);
    expect(mine.organisations.map((o) => o.id)).toEqual([applicant.organisationId]);
  });

  it("refuses to start before the launch, saying from when, and after the deadline, saying when it was", async () => {
    const applicant = await applicantSession();
    const early = await app.inject({
      method: "POST",
      url: `/api/calls/${notYetOpen.id}/candidacies`,
      headers: applicant.headers,
      payload: {},
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: "call.not_open",
      message: "De oproep is nog niet open. U kunt een kandidatuur starten vanaf maandag 11 januari 2027.",
    });
    const late = await app.inject({
      method: "POST",
      url: `/api/calls/${closed.id}/candidacies`,
      headers: applicant.headers,
      payload: {},
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("call.deadline_passed");
    expect(late.json().error.message).toContain("vrijdag 30 oktober 2026 om 12.00 uur");
    expect(await countRows(t.db, "candidacies")).toBe(1);
  });

  it("answers 404 for a call that does not exist and for another organisation's id", async () => {
    const applicant = await applicantSession();
    const other = await buildApplicant(t.db);
    const unknown = await app.inject({
      method: "POST",
      url: "/api/calls/00000000-0000-4000-8000-000000000000/candidacies",
      headers: applicant.headers,
      payload: {},
    });
    expect(unknown.statusCode).toBe(404);
    const foreign = await app.inject({
      method: "POST",
      url: `/api/calls/${open.id}/candidacies`,
      headers: applicant.headers,
      payload: { organisationId: other.organisationId },
    });
    expect(foreign.statusCode).toBe(404);
  });
});

describe("the draft", () => {
  it("saves the draft, counts the saves, and refuses a save based on an older draft without losing the newer one", async () => {
    const applicant = await applicantSession();
    const { id } = await startCandidacy(app, applicant.headers, open.id);
    const first = await saveDraftVia(app, applicant.headers, id, 1, completeContent({ title: "Eerste titel" }));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ draftRevision: 2, draftSavedAt: "2026-11-23T10:00:00.000Z" });

    // A second tab still on draft 1.
    const stale = await saveDraftVia(app, applicant.headers, id, 1, completeContent({ title: "Oude tab" }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "candidacy.draft_conflict" });
    expect(stale.json().error.message).toContain("versie 2");
    expect((await view(applicant, id)).draft.title).toBe("Eerste titel");
    expect((await auditOf(t.db, "candidacy.draft_saved")).filter((a) => a.entity_id === id)).toHaveLength(1);
  });

  it("refuses a draft with a field the form does not have, and changes nothing", async () => {
    const applicant = await applicantSession();
    const { id } = await startCandidacy(app, applicant.headers, open.id);
    const response = await saveDraftVia(app, applicant.headers, id, 1, {
      ...completeContent(),
      secret: "x",
    } as never);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      expect.objectContaining({ path: "draft.secret", code: "field.unknown" }),
    ]);
    expect((await view(applicant, id)).draftRevision).toBe(1);
  });
});

describe("submitting", () => {
  it("records revision 1 with a receipt code, queues a receipt for the applicant and the contact, and audits it", async () => {
    const applicant = await applicantSession();
    const { id } = await startCandidacy(app, applicant.headers, open.id);
    await saveDraftVia(app, applicant.headers, id, 1, completeContent());
    const response = await submitVia(app, applicant.headers, id, 2);
    expect(response.statusCode).toBe(201);
    const revision = response.json() as RevisionView;
    expect(revision).toMatchObject({
      candidacyId: id,
      number: 1,
      receivedAt: "2026-11-23T10:00:00.000Z",
      receivedVia: "portal",
      content: completeContent(),
    });
    // The region's letters, the year received in Brussels, the sequence number, the revision.
    expect(revision.receiptCode).toMatch(/^MAA-2026-\d{4}-1$/);

    const receipts = await t.db
      .selectFrom("outbox_messages")
      .select(["to_address", "locale", "subject", "body_text", "sent_at", "organisation_id", "region_id"])
      .where("body_text", "like", `%${revision.receiptCode}%`)
      .orderBy("to_address")
      .execute();
    expect(receipts.map((r) => r.to_address)).toEqual([applicant.email, "sara.peeters@example.be"].sort());
    for (const receipt of receipts) {
      expect(receipt).toMatchObject({
        locale: "nl",
        sent_at: null,
        organisation_id: applicant.organisationId,
        region_id: open.regionId,
      });
      expect(receipt.subject).toBe(`Ontvangstbevestiging kandidatuur ${revision.receiptCode}`);
      expect(receipt.body_text).toContain("Brugfiguren Maasland");
      expect(receipt.body_text).toContain("maandag 23 november 2026 om 11.00 uur");
      expect(receipt.body_text).toContain("tot vrijdag 18 december 2026 om 23.59 uur");
    }
    const submitted = await auditOf(t.db, "candidacy.submitted");
    expect(submitted.find((a) => a.entity_id === id)?.payload).toMatchObject({
      number: 1,
      receiptCode: revision.receiptCode,
    });
    expect((await auditOf(t.db, "outbox.queued")).length).toBeGreaterThanOrEqual(2);

    const after = await view(applicant, id);
    expect(after.hasUnsubmittedChanges).toBe(false);
    expect(after.revisions).toEqual([expect.objectContaining({ number: 1, receiptCode: revision.receiptCode })]);
    const read = await app.inject({
      method: "GET",
      url: `/api/candidacies/${id}/revisions/1`,
      headers: { cookie: applicant.cookie },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(revision);
  });

  it("amends: saving again and submitting again makes revision 2 with a second receipt; revision 1 stays as it was", async () => {
    const applicant = await applicantSession();
    const { id } = await startCandidacy(app, applicant.headers, open.id);
    await saveDraftVia(app, applicant.headers, id, 1, completeContent());
    const first = (await submitVia(app, applicant.headers, id, 2)).json() as RevisionView;
    clock.advance(20 * 60 * 1000);
    await saveDraftVia(app, applicant.headers, id, 2, completeContent({ title: "Brugfiguren Maasland, herzien" }));
    expect((await view(applicant, id)).hasUnsubmittedChanges).toBe(true);
    const second = await submitVia(app, applicant.headers, id, 3);
    expect(second.statusCode).toBe(201);
    const amended = second.json() as RevisionView;
    expect(amended.number).toBe(2);
    expect(amended.receiptCode).toBe(first.receiptCode.replace(/-1$/, "-2"));
    expect(amended.content.title).toBe("Brugfiguren Maasland, herzien");
    const again = await app.inject({
      method: "GET",
      url: `/api/candidacies/${id}/revisions/1`,
      headers: { cookie: applicant.cookie },
    });
    expect(again.json()).toEqual(first);
    const receipts = await t.db
      .selectFrom("outbox_messages")
      .select("id")
      .where("body_text", "like", `%${amended.receiptCode}%`)
      .execute();
    expect(receipts).toHaveLength(2);
    clock.set("2026-11-23T10:00:00Z");
  });

  it("refuses to submit a draft other than the one the user saw", async () => {
    const applicant = await applicantSession();
    const { id } = await startCandidacy(app, applicant.headers, open.id);
    await saveDraftVia(app, applicant.headers, id, 1, completeContent());
    const response = await submitVia(app, applicant.headers, id, 1);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("candidacy.draft_conflict");
    expect((await view(applicant, id)).revisions).toEqual([]);
  });

  it("refuses an incomplete candidacy with every problem at once, keeps the draft and audits the refusal", async () => {
    const applicant = await applicantSession();
    const { id } = await startCandidacy(app, applicant.headers, open.id);
    const draft = completeContent({
      title: " ",
      challenges: [1, 7],
      personas: ["chadia"],
      serviceTypes: ["no_such_service"],
      municipalities: ["Hasselt"],
      languages: ["xx"],
      contact: { name: "Sara", email: "geen adres", phone: "" },
      budget: { amountEuro: null, explanation: "" },
    });
    await saveDraftVia(app, applicant.headers, id, 1, draft);
    const before = await countRows(t.db, "outbox_messages");
    const response = await submitVia(app, applicant.headers, id, 2);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { path: string; code: string }) => [f.path, f.code])).toEqual([
      ["draft.title", "field.required"],
      ["draft.budget.amountEuro", "field.required"],
      ["draft.contact.email", "field.format"],
      ["draft.contact.phone", "field.required"],
      ["draft.challenges.1", "candidacy.unknown_challenge"],
      ["draft.personas.0", "candidacy.persona_not_in_challenges"],
      ["draft.municipalities.0", "candidacy.unknown_municipality"],
      ["draft.serviceTypes.0", "candidacy.unknown_service_type"],
      ["draft.languages.0", "candidacy.unknown_language"],
    ]);
    const after = await view(applicant, id);
    expect(after.draft).toEqual(draft);
    expect(after.revisions).toEqual([]);
    expect(await countRows(t.db, "outbox_messages")).toBe(before);
    const refused = await auditOf(t.db, "candidacy.submit_refused");
    expect(refused.find((a) => a.entity_id === id)?.payload).toMatchObject({ reason: "incomplete" });
  });

  it("keeps submitted revisions immutable: the database refuses to change or delete one", async () => {
    const applicant = await applicantSession();
    const { id } = await startCandidacy(app, applicant.headers, open.id);
    await saveDraftVia(app, applicant.headers, id, 1, completeContent());
    await submitVia(app, applicant.headers, id, 2);
    await expect(
      sql`update candidacy_revisions set received_at = received_at - interval '1 day' where candidacy_id = ${id}`.execute(
        t.db,
      ),
    ).rejects.toThrow(/immutable/);
    await expect(sql`delete from candidacy_revisions where candidacy_id = ${id}`.execute(t.db)).rejects.toThrow(
      /immutable/,
    );
    expect((await view(applicant, id)).revisions).toHaveLength(1);
  });
});

describe("who may see and change a candidacy", () => {
  it("answers 401 to anonymous callers on every applicant route", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    const requests = [
      { method: "GET", url: "/api/candidacies" },
      { method: "POST", url: `/api/calls/${open.id}/candidacies`, payload: {} },
      { method: "GET", url: `/api/candidacies/${id}` },
      {
        method: "PUT",
        url: `/api/candidacies/${id}/draft`,
        payload: { baseDraftRevision: 1, draft: completeContent() },
      },
      { method: "POST", url: `/api/candidacies/${id}/submit`, payload: { draftRevision: 1 } },
      { method: "GET", url: `/api/candidacies/${id}/revisions/1` },
    ] as const;
    for (const request of requests) {
      const response = await app.inject(request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(401);
    }
  });

  it("answers 404 to an applicant of another organisation on every route of someone else's candidacy, and nothing changes", async () => {
    const owner = await applicantSession();
    const { id } = await startCandidacy(app, owner.headers, open.id);
    await saveDraftVia(app, owner.headers, id, 1, completeContent());
    await submitVia(app, owner.headers, id, 2);
    const outsider = await applicantSession();
    const before = await view(owner, id);
    const revisionsBefore = await countRows(t.db, "candidacy_revisions");

    const responses = [
      await app.inject({ method: "GET", url: `/api/candidacies/${id}`, headers: { cookie: outsider.cookie } }),
      await app.inject({
        method: "GET",
        url: `/api/candidacies/${id}/revisions/1`,
        headers: { cookie: outsider.cookie },
      }),
      await saveDraftVia(app, outsider.headers, id, 2, completeContent({ title: "Overgenomen" })),
      await submitVia(app, outsider.headers, id, 2),
    ];
    for (const response of responses) {
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
    const mine = (
      await app.inject({ method: "GET", url: "/api/candidacies", headers: { cookie: outsider.cookie } })
    ).json();
    expect(mine.candidacies).toEqual([]);
    expect(await view(owner, id)).toEqual(before);
    expect(await countRows(t.db, "candidacy_revisions")).toBe(revisionsBefore);
  });

  it("does not let a coordinator use the applicant routes (403), nor see a draft through them", async () => {
    const coordinator = await buildCoordinator(t.db, open.regionId);
    const session = await signIn(app, coordinator);
    const response = await app.inject({ method: "GET", url: "/api/candidacies", headers: { cookie: session.cookie } });
    expect(response.statusCode).toBe(403);
  });
});

describe("public calls", () => {
  it("lists every call with its phase from the clock, and shows one with what a candidacy may name", async () => {
    const list = await app.inject({ method: "GET", url: "/api/public/calls" });
    expect(list.statusCode).toBe(200);
    const phases = Object.fromEntries(
      (list.json().calls as { id: string; state: { phase: string } }[]).map((c) => [c.id, c.state.phase]),
    );
    expect(phases).toEqual({ [open.id]: "open", [notYetOpen.id]: "not_open", [closed.id]: "decision" });

    const one = await app.inject({ method: "GET", url: `/api/public/calls/${open.id}` });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      id: open.id,
      municipalities: ["Maasmechelen", "Kinrooi", "Maaseik"],
      challenges: [
        { number: 1, personas: ["saled"] },
        { number: 2, personas: ["chadia"] },
      ],
    });
    expect(one.json().milestones[1].resolved.instant).toBe("2026-12-18T22:59:00.000Z");
    expect(
      (await app.inject({ method: "GET", url: "/api/public/calls/00000000-0000-4000-8000-000000000000" })).statusCode,
    ).toBe(404);
  });
});

describe("the API description", () => {
  it("documents every route of the call and the outbox in /api/openapi.json", async () => {
    const spec = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        "POST /api/organisations/register",
        "GET /api/public/calls",
        "GET /api/public/calls/{callId}",
        "GET /api/candidacies",
        "POST /api/calls/{callId}/candidacies",
        "GET /api/candidacies/{id}",
        "PUT /api/candidacies/{id}/draft",
        "POST /api/candidacies/{id}/submit",
        "GET /api/candidacies/{id}/revisions/{number}",
        "GET /api/calls/{callId}/candidacies",
        "POST /api/calls/{callId}/candidacies/by-email",
        "GET /api/outbox",
        "GET /api/outbox/{id}",
      ]),
    );
  });
});
