// The files of a candidacy that arrived by e-mail: the coordinator registers them with it (multipart form), they are
// judged like uploads, recorded on the revision and listed on the receipt mailed to the sender; the coordinator and
// the jury see them. A refused file is named, and nothing is stored.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { signIn, validEnterpriseNumber, type Session } from "../accounts/testing.ts";
import type { CoordinatorCandidacyList, RevisionView } from "../calls/schemas.ts";
import {
  auditOf,
  buildApplicant,
  buildCall,
  buildCallRegion,
  buildCoordinator,
  completeContent,
  saveDraftVia,
  startCandidacy,
  submitVia,
} from "../calls/testing.ts";
import { afterDeadline, beforeDeadline, buildJuryMember, declareVia, juryTimeline } from "../jury/testing.ts";
import { maxAttachmentBytes } from "./limits.ts";
import { docx, docm, exe, multipartForm, pdf, uploadVia, type FormPart } from "./testing.ts";

const clock = fixedClock(beforeDeadline);
const t = await createReferenceTestApp({ clock });
const app = t.app;

const region = await buildCallRegion(t.db);
const call = await buildCall(t.db, juryTimeline(), region);
const coordinator = await signIn(app, await buildCoordinator(t.db, region.regionId));
const otherRegion = await buildCallRegion(t.db);
const otherCoordinator = await signIn(app, await buildCoordinator(t.db, otherRegion.regionId));

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const receivedAt = "2026-11-20T09:30:00.000Z";

function registration(overrides: Record<string, unknown> = {}) {
  return {
    organisation: {
      name: `Vzw Post ${Math.random().toString(36).slice(2, 8)}`,
      enterpriseNumber: validEnterpriseNumber(),
    },
    receivedAt,
    content: completeContent({ title: "Per post en per mail" }),
    replyTo: "info@post.example.be",
    ...overrides,
  };
}

type MailedFile = { filename: string; bytes: Buffer };

function registerWithFiles(session: Session, body: object, files: MailedFile[], callId = call.id) {
  const form = multipartForm([
    { name: "registration", value: JSON.stringify(body) },
    ...files.map((f): FormPart => ({ name: "files", ...f })),
  ]);
  return app.inject({
    method: "POST",
    url: `/api/calls/${callId}/candidacies/by-email`,
    headers: { ...session.headers, "content-type": form.contentType },
    payload: form.payload,
  });
}

/** Everything an e-mailed registration could create or change. */
async function footprint() {
  const tables = [
    "organisations",
    "candidacies",
    "candidacy_revisions",
    "candidacy_attachments",
    "candidacy_revision_attachments",
    "outbox_messages",
  ] as const;
  const counts = await Promise.all(
    tables.map(async (name) => {
      const row = await t.db
        .selectFrom(name)
        .select(({ fn }) => fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow();
      return [name, Number(row.n)] as const;
    }),
  );
  return Object.fromEntries(counts);
}

describe("registering an e-mailed candidacy with the mail's files", () => {
  const plan = pdf("Plan van aanpak per mail");
  const budget = docx();

  it("records the files on the revision, in order, lists them on the sender's receipt, and audits each like an upload", async () => {
    const response = await registerWithFiles(coordinator, registration(), [
      { filename: "Plan van aanpak.pdf", bytes: plan },
      { filename: "C:\\Users\\els\\Begroting 2027.docx", bytes: budget },
    ]);
    expect(response.statusCode).toBe(201);
    const revision = response.json() as RevisionView;
    expect(revision).toMatchObject({ number: 1, receivedVia: "email", receivedAt });
    expect(revision.attachments).toEqual([
      expect.objectContaining({
        filename: "Plan van aanpak.pdf",
        mediaType: "application/pdf",
        size: plan.length,
        sha256: sha256(plan),
      }),
      expect.objectContaining({ filename: "Begroting 2027.docx", size: budget.length, sha256: sha256(budget) }),
    ]);

    // Immutably on the revision, in the order the mail had them.
    const recorded = await t.db
      .selectFrom("candidacy_revision_attachments as ra")
      .innerJoin("candidacy_revisions as r", "r.id", "ra.revision_id")
      .select(["ra.attachment_id", "ra.position"])
      .where("r.candidacy_id", "=", revision.candidacyId)
      .where("r.number", "=", 1)
      .orderBy("ra.position")
      .execute();
    expect(recorded.map((r) => r.attachment_id)).toEqual(revision.attachments.map((a) => a.id));

    const receipt = await t.db
      .selectFrom("outbox_messages")
      .select(["to_address", "body_text"])
      .where("body_text", "like", `%${revision.receiptCode}%`)
      .executeTakeFirstOrThrow();
    expect(receipt.to_address).toBe("info@post.example.be");
    expect(receipt.body_text).toContain("Bijlagen (2):");
    expect(receipt.body_text).toContain(`- Plan van aanpak.pdf (${plan.length} bytes)`);
    expect(receipt.body_text).toContain(`SHA-256: ${sha256(plan)}`);
    expect(receipt.body_text).toContain("- Begroting 2027.docx");
    expect(receipt.body_text).toContain(`SHA-256: ${sha256(budget)}`);

    const uploaded = (await auditOf(t.db, "attachment.uploaded")).filter(
      (row) => row.entity_id === revision.candidacyId,
    );
    expect(uploaded.map((row) => row.payload)).toEqual([
      expect.objectContaining({ filename: "Plan van aanpak.pdf", sha256: sha256(plan) }),
      expect.objectContaining({ filename: "Begroting 2027.docx", sha256: sha256(budget) }),
    ]);
    expect((await auditOf(t.db, "candidacy.submitted")).at(-1)?.payload).toMatchObject({
      receivedVia: "email",
      attachments: [{ filename: "Plan van aanpak.pdf" }, { filename: "Begroting 2027.docx" }],
    });

    // The coordinator's list shows them and the coordinator downloads exactly what the mail carried.
    const list = (
      await app.inject({
        method: "GET",
        url: `/api/calls/${call.id}/candidacies`,
        headers: { cookie: coordinator.cookie },
      })
    ).json() as CoordinatorCandidacyList;
    const listed = list.candidacies.find((c) => c.id === revision.candidacyId);
    expect(listed?.latestRevision.attachments.map((a) => a.filename)).toEqual([
      "Plan van aanpak.pdf",
      "Begroting 2027.docx",
    ]);
    const download = await app.inject({
      method: "GET",
      url: `/api/calls/${call.id}/candidacies/${revision.candidacyId}/attachments/${revision.attachments[0]!.id}`,
      headers: { cookie: coordinator.cookie },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(plan)).toBe(true);
  });

  it("shows the files to a jury member who may read the candidacy, on the page and as downloads", async () => {
    const response = await registerWithFiles(coordinator, registration(), [{ filename: "voorstel.pdf", bytes: plan }]);
    expect(response.statusCode).toBe(201);
    const revision = response.json() as RevisionView;
    const member = await buildJuryMember(t.db, region.regionId);
    const session = await signIn(app, member);
    const assigned = await app.inject({
      method: "POST",
      url: `/api/calls/${call.id}/jury`,
      headers: coordinator.headers,
      payload: { userId: member.id },
    });
    expect(assigned.statusCode).toBe(201);
    clock.set(afterDeadline);
    try {
      expect((await declareVia(app, session.headers, revision.candidacyId, "none")).statusCode).toBe(200);
      const page = await app.inject({
        method: "GET",
        url: `/api/jury/candidacies/${revision.candidacyId}`,
        headers: { cookie: session.cookie },
      });
      expect(page.statusCode).toBe(200);
      const view = page.json() as { revision: RevisionView };
      expect(view.revision.attachments.map((a) => a.filename)).toEqual(["voorstel.pdf"]);
      const download = await app.inject({
        method: "GET",
        url: `/api/jury/candidacies/${revision.candidacyId}/attachments/${view.revision.attachments[0]!.id}`,
        headers: { cookie: session.cookie },
      });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(plan)).toBe(true);
    } finally {
      clock.set(beforeDeadline);
    }
  });

  it("refuses an executable renamed .pdf, naming it, and creates nothing: no organisation, candidacy, file or receipt", async () => {
    const before = await footprint();
    const response = await registerWithFiles(coordinator, registration(), [
      { filename: "Plan van aanpak.pdf", bytes: plan },
      { filename: "begroting.pdf", bytes: exe() },
      { filename: "planning.docm", bytes: docm() },
    ]);
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields as { path: string; code: string; message: string }[];
    expect(fields).toEqual([
      {
        path: "files.1",
        code: "attachment.mail.type_not_accepted",
        message: expect.stringContaining("begroting.pdf: dit soort bestand aanvaarden we niet"),
      },
      { path: "files.2", code: "attachment.mail.macros", message: expect.stringContaining("planning.docm") },
    ]);
    expect(await footprint()).toEqual(before);
  });

  it("reports a refused file together with the form's other field errors", async () => {
    const before = await footprint();
    const response = await registerWithFiles(coordinator, registration({ replyTo: "geen-adres" }), [
      { filename: "leeg.pdf", bytes: Buffer.alloc(0) },
    ]);
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields as { path: string; code: string; message: string }[];
    expect(fields.map((f) => f.path)).toEqual(["replyTo", "files.0"]);
    expect(fields[1]?.message).toBe("leeg.pdf is leeg. Kies een bestand met inhoud.");
    expect(await footprint()).toEqual(before);
  });

  it("refuses more than ten files, and a file over 10 MB by name, storing nothing", async () => {
    const before = await footprint();
    const eleven = Array.from({ length: 11 }, (_, i) => ({ filename: `deel-${i + 1}.pdf`, bytes: pdf(`Deel ${i}`) }));
    const tooMany = await registerWithFiles(coordinator, registration(), eleven);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields).toEqual([
      {
        path: "files",
        code: "attachment.mail.too_many",
        message: "Een kandidatuur kan hoogstens 10 bijlagen hebben. Kies er hoogstens 10.",
      },
    ]);
    // Far more than the limit: the parser stops counting, the answer is the same.
    const fifteen = Array.from({ length: 15 }, (_, i) => ({ filename: `d-${i}.pdf`, bytes: pdf(`D ${i}`) }));
    const wayTooMany = await registerWithFiles(coordinator, registration(), fifteen);
    expect(wayTooMany.statusCode).toBe(400);
    expect(wayTooMany.json().error.fields.map((f: { code: string }) => f.code)).toEqual(["attachment.mail.too_many"]);

    const large = Buffer.concat([pdf("Groot"), Buffer.alloc(maxAttachmentBytes + 1 - pdf("Groot").length, 0x20)]);
    const tooLarge = await registerWithFiles(coordinator, registration(), [
      { filename: "Foto's.pdf", bytes: large },
      { filename: "Plan.pdf", bytes: plan },
    ]);
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json().error.fields).toEqual([
      {
        path: "files.0",
        code: "attachment.mail.too_large",
        message: "Foto's.pdf is te groot. Een bijlage mag hoogstens 10 MB zijn.",
      },
    ]);
    expect(await footprint()).toEqual(before);

    // Ten files, one of exactly 10 MB: accepted.
    const exactly = Buffer.concat([pdf("Precies"), Buffer.alloc(maxAttachmentBytes - pdf("Precies").length, 0x20)]);
    const ten = [{ filename: "precies.pdf", bytes: exactly }, ...eleven.slice(0, 9)];
    const accepted = await registerWithFiles(coordinator, registration(), ten);
    expect(accepted.statusCode).toBe(201);
    expect((accepted.json() as RevisionView).attachments).toHaveLength(10);
  });

  it("answers 404 to a coordinator of another region and stores nothing", async () => {
    const before = await footprint();
    const response = await registerWithFiles(otherCoordinator, registration(), [{ filename: "Plan.pdf", bytes: plan }]);
    expect(response.statusCode).toBe(404);
    expect(await footprint()).toEqual(before);
  });

  it("validates the registration part with the JSON request's schema, with the same field errors", async () => {
    const body = registration({ receivedAt: "gisteren", extra: true });
    const asJson = await app.inject({
      method: "POST",
      url: `/api/calls/${call.id}/candidacies/by-email`,
      headers: coordinator.headers,
      payload: body,
    });
    const asForm = await registerWithFiles(coordinator, body, [{ filename: "Plan.pdf", bytes: plan }]);
    expect(asJson.statusCode).toBe(400);
    expect(asForm.statusCode).toBe(400);
    expect(asForm.json().error.fields).toEqual(asJson.json().error.fields);
    expect(
      asForm
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["extra", "receivedAt"]);

    const noRegistration = await app.inject({
      method: "POST",
      url: `/api/calls/${call.id}/candidacies/by-email`,
      headers: {
        ...coordinator.headers,
        "content-type": multipartForm([{ name: "files", filename: "Plan.pdf", bytes: plan }]).contentType,
      },
      payload: multipartForm([{ name: "files", filename: "Plan.pdf", bytes: plan }]).payload,
    });
    expect(noRegistration.statusCode).toBe(400);
    expect(noRegistration.json().error.fields).toEqual([expect.objectContaining({ path: "registration" })]);
  });

  it("makes the mail's files the draft's, as the draft's text follows the mail; a revision keeps what it had", async () => {
    const applicant = await buildApplicant(t.db);
    const session = await signIn(app, applicant);
    const { id } = await startCandidacy(app, session.headers, call.id);
    await saveDraftVia(app, session.headers, id, 1, completeContent());
    expect((await uploadVia(app, session.headers, id, "portaal.pdf", pdf("Portaal"))).statusCode).toBe(201);
    const first = (await submitVia(app, session.headers, id, 2)).json() as RevisionView;
    expect(first.attachments.map((a) => a.filename)).toEqual(["portaal.pdf"]);
    // Uploaded later, never submitted.
    expect((await uploadVia(app, session.headers, id, "concept.pdf", pdf("Concept"))).statusCode).toBe(201);

    const response = await registerWithFiles(
      coordinator,
      // Received after the portal's version (revisions follow the order of arrival).
      registration({ organisation: { id: applicant.organisationId }, receivedAt: clock.now().toISOString() }),
      [{ filename: "per mail.pdf", bytes: plan }],
    );
    expect(response.statusCode).toBe(201);
    expect((response.json() as RevisionView).attachments.map((a) => a.filename)).toEqual(["per mail.pdf"]);

    const revisionFiles = async (number: number) =>
      (
        (
          await app.inject({
            method: "GET",
            url: `/api/candidacies/${id}/revisions/${number}`,
            headers: { cookie: session.cookie },
          })
        ).json() as RevisionView
      ).attachments.map((a) => a.filename);
    expect(await revisionFiles(1)).toEqual(["portaal.pdf"]);
    expect(await revisionFiles(2)).toEqual(["per mail.pdf"]);
    const draft = await app.inject({
      method: "GET",
      url: `/api/candidacies/${id}/attachments`,
      headers: { cookie: session.cookie },
    });
    expect(draft.json().attachments.map((a: { filename: string }) => a.filename)).toEqual(["per mail.pdf"]);
    // The submitted file stays for its revision; the never-submitted one is gone, as a removal would have it.
    const removed = (await auditOf(t.db, "attachment.removed")).filter((row) => row.entity_id === id);
    expect(removed.map((row) => row.payload)).toEqual([
      expect.objectContaining({ filename: "portaal.pdf", keptForRevisions: true }),
      expect.objectContaining({ filename: "concept.pdf", keptForRevisions: false }),
    ]);
  });

  it("keeps the JSON request without files working: no attachments", async () => {
    const response = await app.inject({
      method: "POST",
      url: `/api/calls/${call.id}/candidacies/by-email`,
      headers: coordinator.headers,
      payload: registration(),
    });
    expect(response.statusCode).toBe(201);
    expect((response.json() as RevisionView).attachments).toEqual([]);
  });

  it("describes the multipart form in /api/openapi.json", async () => {
    const spec = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, { post?: { requestBody?: { content?: Record<string, unknown> } } }>;
    };
    const content = spec.paths["/api/calls/{callId}/candidacies/by-email"]?.post?.requestBody?.content ?? {};
    expect(Object.keys(content).sort()).toEqual(["application/json", "multipart/form-data"]);
  });
});
