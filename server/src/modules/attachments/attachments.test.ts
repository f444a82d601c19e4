// Attachments of a candidacy: uploaded to the draft by the organisation's staff while the call is open, judged by
// their content, recorded with the revision on submit (and listed on the receipt with size and SHA-256), and
// downloaded only by those who may read them. Every refusal changes nothing.
import { createHash } from "node:crypto";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { buildUser, signIn, type Session } from "../accounts/testing.ts";
import type { CandidacyView, RevisionView } from "../calls/schemas.ts";
import {
  auditOf,
  buildApplicant,
  buildCall,
  buildCallRegion,
  completeContent,
  saveDraftVia,
  startCandidacy,
  submitVia,
} from "../calls/testing.ts";
import { afterDeadline, beforeDeadline, buildJuryMember, declareVia, juryTimeline } from "../jury/testing.ts";
import type { AttachmentView, DraftAttachmentList } from "./schemas.ts";
import { docx, exe, html, odt, oldWordDocument, pdf, uploadVia } from "./testing.ts";

const clock = fixedClock(beforeDeadline);
const t = await createReferenceTestApp({ clock });
const app = t.app;

const region = await buildCallRegion(t.db);
const call = await buildCall(t.db, juryTimeline(), region);
const coordinator = await signIn(app, await buildUser(t.db, { role: "coordinator", regionId: region.regionId }));
const otherCoordinator = await signIn(app, await buildUser(t.db, { role: "coordinator" }));
const applicant = await signIn(app, await buildApplicant(t.db));
const outsider = await signIn(app, await buildApplicant(t.db));
const candidacy = await startCandidacy(app, applicant.headers, call.id);
const outsiderCandidacy = await startCandidacy(app, outsider.headers, call.id);

const get = (session: { cookie: string } | null, url: string) =>
  app.inject({ method: "GET", url, headers: session ? { cookie: session.cookie } : {} });
const remove = (session: Session, candidacyId: string, attachmentId: string) =>
  app.inject({
    method: "DELETE",
    url: `/api/candidacies/${candidacyId}/attachments/${attachmentId}`,
    headers: session.headers,
  });
const draftList = async (session: Session, candidacyId: string) =>
  (await get(session, `/api/candidacies/${candidacyId}/attachments`)).json() as DraftAttachmentList;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function attachmentRows(): Promise<number> {
  const row = await t.db
    .selectFrom("candidacy_attachments")
    .select(({ fn }) => fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Uploads and expects success. */
async function upload(session: Session, candidacyId: string, name: string, bytes: Buffer): Promise<AttachmentView> {
  const response = await uploadVia(app, session.headers, candidacyId, name, bytes);
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.statusCode} ${response.body}`);
  return response.json() as AttachmentView;
}

const plan = pdf("Plan van aanpak");
const budget = docx();
let planView: AttachmentView;
let budgetView: AttachmentView;

describe("uploading to the draft", () => {
  it("requires sign-in", async () => {
    const response = await uploadVia(app, { cookie: "", "x-csrf-token": "" }, candidacy.id, "plan.pdf", plan);
    expect(response.statusCode).toBe(401);
    expect((await get(null, `/api/candidacies/${candidacy.id}/attachments`)).statusCode).toBe(401);
  });

  it("stores a PDF with its sanitized name, detected type, size and SHA-256, and audits it", async () => {
    planView = await upload(applicant, candidacy.id, "C:\\Documenten\\Plan van aanpak.pdf", plan);
    expect(planView).toMatchObject({
      filename: "Plan van aanpak.pdf",
      mediaType: "application/pdf",
      size: plan.length,
      sha256: sha256(plan),
    });
    const stored = await t.db
      .selectFrom("candidacy_attachments")
      .select(["content", "uploaded_by"])
      .where("id", "=", planView.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.compare(stored.content, plan)).toBe(0);
    const audit = (await auditOf(t.db, "attachment.uploaded")).at(-1);
    expect(audit).toMatchObject({
      entity_id: candidacy.id,
      payload: { attachmentId: planView.id, sha256: sha256(plan) },
    });
  });

  it("judges a Word document by its content, not by the browser's word", async () => {
    budgetView = await upload(applicant, candidacy.id, "begroting.docx", budget);
    expect(budgetView.mediaType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const list = await draftList(applicant, candidacy.id);
    expect(list.attachments.map((a) => a.filename)).toEqual(["Plan van aanpak.pdf", "begroting.docx"]);
    expect(list).toMatchObject({ editable: true, limits: { maxBytes: 10_000_000, maxCount: 10 } });
    expect(list.limits.types).toEqual(expect.arrayContaining(["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp"]));
  });

  it("refuses an executable renamed .pdf and a web page renamed .pdf, naming the accepted types", async () => {
    const before = await attachmentRows();
    for (const bytes of [exe(), html()]) {
      const response = await uploadVia(app, applicant.headers, candidacy.id, "voorstel.pdf", bytes, {
        contentType: "application/pdf",
      });
      expect(response.statusCode).toBe(400);
      const field = (response.json() as { error: { fields: { path: string; code: string; message: string }[] } }).error
        .fields[0];
      expect(field).toMatchObject({ path: "file", code: "attachment.type_not_accepted" });
      expect(field?.message).toContain("PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP");
    }
    expect(await attachmentRows()).toBe(before);
  });

  it("refuses a file over 10 MB and an empty file, saying why", async () => {
    const before = await attachmentRows();
    const oversized = Buffer.concat([pdf(), Buffer.alloc(10_000_001)]);
    const big = await uploadVia(app, applicant.headers, candidacy.id, "groot.pdf", oversized);
    expect(big.statusCode).toBe(400);
    expect(big.json()).toMatchObject({ error: { fields: [{ code: "attachment.too_large" }] } });
    expect(big.body).toContain("hoogstens 10 MB");
    const empty = await uploadVia(app, applicant.headers, candidacy.id, "leeg.pdf", Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ error: { fields: [{ code: "attachment.empty" }] } });
    expect(await attachmentRows()).toBe(before);
  });

  it("accepts a file of exactly 10 MB", async () => {
    const other = await signIn(app, await buildApplicant(t.db));
    const started = await startCandidacy(app, other.headers, call.id);
    const limit = Buffer.concat([pdf(), Buffer.alloc(10_000_000 - pdf().length, 0x20)]);
    const view = await upload(other, started.id, "precies tien.pdf", limit);
    expect(view).toMatchObject({ size: 10_000_000, sha256: sha256(limit) });
  });

  it("refuses a request without a file", async () => {
    const response = await app.inject({
      method: "POST",
      url: `/api/candidacies/${candidacy.id}/attachments`,
      headers: applicant.headers,
      payload: { file: "plan.pdf" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { fields: [{ code: "attachment.file_required" }] } });
  });

  it("stops at ten attachments per candidacy, stating the limit", async () => {
    const other = await signIn(app, await buildApplicant(t.db, { locale: "en" }));
    const started = await startCandidacy(app, other.headers, call.id);
    for (let i = 1; i <= 10; i++)
      await upload(other, started.id, `bijlage ${i}.odt`, i % 2 ? odt() : oldWordDocument());
    const before = await attachmentRows();
    const eleventh = await uploadVia(app, other.headers, started.id, "elf.pdf", pdf());
    expect(eleventh.statusCode).toBe(409);
    expect(eleventh.json()).toMatchObject({
      error: {
        code: "attachment.too_many",
        message: "A candidacy can have at most 10 attachments. Remove an attachment first.",
      },
    });
    expect(await attachmentRows()).toBe(before);
  });

  it("is out of reach of another organisation: 404 and nothing changes", async () => {
    const before = await attachmentRows();
    expect((await uploadVia(app, outsider.headers, candidacy.id, "plan.pdf", pdf())).statusCode).toBe(404);
    expect((await get(outsider, `/api/candidacies/${candidacy.id}/attachments`)).statusCode).toBe(404);
    expect((await remove(outsider, candidacy.id, planView.id)).statusCode).toBe(404);
    // Naming its own candidacy with someone else's attachment does not help either.
    expect((await remove(outsider, outsiderCandidacy.id, planView.id)).statusCode).toBe(404);
    expect((await get(outsider, `/api/candidacies/${candidacy.id}/attachments/${planView.id}`)).statusCode).toBe(404);
    expect(
      (await get(outsider, `/api/candidacies/${outsiderCandidacy.id}/attachments/${planView.id}`)).statusCode,
    ).toBe(404);
    expect(await attachmentRows()).toBe(before);
    expect((await draftList(applicant, candidacy.id)).attachments).toHaveLength(2);
  });

  it("is not for coordinators or jury members through the applicant's routes", async () => {
    expect((await uploadVia(app, coordinator.headers, candidacy.id, "plan.pdf", pdf())).statusCode).toBe(403);
  });
});

describe("downloading as the organisation's staff", () => {
  it("sends the bytes as an attachment with the detected type, nosniff and no caching", async () => {
    const response = await get(applicant, `/api/candidacies/${candidacy.id}/attachments/${planView.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe(
      "attachment; filename=\"Plan van aanpak.pdf\"; filename*=UTF-8''Plan%20van%20aanpak.pdf",
    );
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["cache-control"]).toBe("private, no-store");
    expect(Buffer.compare(response.rawPayload, plan)).toBe(0);
  });
});

let revision: RevisionView;

describe("submitting", () => {
  it("records the attachments the draft had with the revision, and the receipt lists them", async () => {
    const saved = await saveDraftVia(app, applicant.headers, candidacy.id, 1, completeContent());
    expect(saved.statusCode).toBe(200);
    const submitted = await submitVia(app, applicant.headers, candidacy.id, 2);
    expect(submitted.statusCode).toBe(201);
    revision = submitted.json() as RevisionView;
    expect(revision.attachments).toEqual([
      {
        id: planView.id,
        filename: "Plan van aanpak.pdf",
        mediaType: "application/pdf",
        size: plan.length,
        sha256: sha256(plan),
      },
      expect.objectContaining({ id: budgetView.id, filename: "begroting.docx", sha256: sha256(budget) }),
    ]);
    const receipt = await t.db
      .selectFrom("outbox_messages")
      .select("body_text")
      .where("kind", "=", "candidacy.receipt")
      .where(
        "organisation_id",
        "=",
        (
          await t.db
            .selectFrom("candidacies")
            .select("organisation_id")
            .where("id", "=", candidacy.id)
            .executeTakeFirstOrThrow()
        ).organisation_id,
      )
      .executeTakeFirstOrThrow();
    expect(receipt.body_text).toContain("Bijlagen (2):");
    expect(receipt.body_text).toContain(`- Plan van aanpak.pdf (${plan.length} bytes)\n  SHA-256: ${sha256(plan)}`);
    expect(receipt.body_text).toContain(`SHA-256: ${sha256(budget)}`);
    const audit = (await auditOf(t.db, "candidacy.submitted")).find((a) => a.entity_id === candidacy.id);
    expect(audit?.payload).toMatchObject({ attachments: [{ id: planView.id }, { id: budgetView.id }] });
    const view = (await get(applicant, `/api/candidacies/${candidacy.id}`)).json() as CandidacyView;
    expect(view.hasUnsubmittedChanges).toBe(false);
  });

  it("keeps a revision's attachments when one is removed from the draft later", async () => {
    const response = await remove(applicant, candidacy.id, planView.id);
    expect(response.statusCode).toBe(204);
    expect((await draftList(applicant, candidacy.id)).attachments.map((a) => a.id)).toEqual([budgetView.id]);
    const again = (await get(applicant, `/api/candidacies/${candidacy.id}/revisions/1`)).json() as RevisionView;
    expect(again.attachments.map((a) => a.id)).toEqual([planView.id, budgetView.id]);
    // Still downloadable by the staff, as part of what they sent.
    const download = await get(applicant, `/api/candidacies/${candidacy.id}/attachments/${planView.id}`);
    expect(download.statusCode).toBe(200);
    expect((await auditOf(t.db, "attachment.removed")).at(-1)?.payload).toMatchObject({
      attachmentId: planView.id,
      keptForRevisions: true,
    });
    const view = (await get(applicant, `/api/candidacies/${candidacy.id}`)).json() as CandidacyView;
    expect(view.hasUnsubmittedChanges).toBe(true);
  });

  it("deletes a file that was never submitted when it is removed", async () => {
    const draftOnly = await upload(applicant, candidacy.id, "concept.pdf", pdf("concept"));
    expect((await remove(applicant, candidacy.id, draftOnly.id)).statusCode).toBe(204);
    const row = await t.db
      .selectFrom("candidacy_attachments")
      .select("id")
      .where("id", "=", draftOnly.id)
      .executeTakeFirst();
    expect(row).toBeUndefined();
    expect((await remove(applicant, candidacy.id, draftOnly.id)).statusCode).toBe(404);
  });

  it("never lets a revision's attachments change, even in SQL", async () => {
    await expect(
      sql`delete from candidacy_revision_attachments where attachment_id = ${planView.id}`.execute(t.db),
    ).rejects.toThrow(/immutable/);
    await expect(sql`delete from candidacy_attachments where id = ${planView.id}`.execute(t.db)).rejects.toThrow();
    await expect(
      sql`update candidacy_attachments set filename = 'ander.pdf' where id = ${planView.id}`.execute(t.db),
    ).rejects.toThrow(/only the removal may change/);
  });
});

let draftOnlyId: string;

describe("downloading as the region's coordinator", () => {
  const url = (attachmentId: string, callId = call.id, candidacyId = candidacy.id) =>
    `/api/calls/${callId}/candidacies/${candidacyId}/attachments/${attachmentId}`;

  it("gets what a submitted revision holds", async () => {
    const response = await get(coordinator, url(planView.id));
    expect(response.statusCode).toBe(200);
    expect(Buffer.compare(response.rawPayload, plan)).toBe(0);
    expect(response.headers["cache-control"]).toBe("private, no-store");
  });

  it("never gets what only the draft holds, nor another region's, nor through the wrong call", async () => {
    draftOnlyId = (await upload(applicant, candidacy.id, "nog niet ingediend.pdf", pdf("nieuw"))).id;
    expect((await get(coordinator, url(draftOnlyId))).statusCode).toBe(404);
    expect((await get(otherCoordinator, url(planView.id))).statusCode).toBe(404);
    expect((await get(coordinator, url(planView.id, call.id, outsiderCandidacy.id))).statusCode).toBe(404);
    const otherCall = await buildCall(t.db, juryTimeline(), region);
    expect((await get(coordinator, url(planView.id, otherCall.id))).statusCode).toBe(404);
    // The applicant's route is not theirs.
    expect((await get(coordinator, `/api/candidacies/${candidacy.id}/attachments/${planView.id}`)).statusCode).toBe(
      403,
    );
  });
});

describe("after the deadline", () => {
  it("refuses a late upload or removal with the deadline, and changes nothing", async () => {
    clock.set(afterDeadline);
    const before = await attachmentRows();
    const late = await uploadVia(app, applicant.headers, candidacy.id, "laat.pdf", pdf());
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: "call.deadline_passed" } });
    expect(late.body).toContain("20 november 2026");
    const lateRemoval = await remove(applicant, candidacy.id, draftOnlyId);
    expect(lateRemoval.statusCode).toBe(409);
    expect(await attachmentRows()).toBe(before);
    expect((await draftList(applicant, candidacy.id)).editable).toBe(false);
  });
});

describe("downloading as a jury member", () => {
  const url = (attachmentId: string, candidacyId = candidacy.id) =>
    `/api/jury/candidacies/${candidacyId}/attachments/${attachmentId}`;

  it("only once assigned and declared free of conflict, and only the latest revision's", async () => {
    const member = await buildJuryMember(t.db, region.regionId);
    const session = await signIn(app, member);
    // Not assigned yet.
    expect((await get(session, url(planView.id))).statusCode).toBe(404);
    const assigned = await app.inject({
      method: "POST",
      url: `/api/calls/${call.id}/jury`,
      headers: coordinator.headers,
      payload: { userId: member.id },
    });
    expect(assigned.statusCode).toBe(201);
    // Assigned, but no declaration yet.
    expect((await get(session, url(planView.id))).statusCode).toBe(404);
    expect((await declareVia(app, session.headers, candidacy.id, "none")).statusCode).toBe(200);
    const response = await get(session, url(planView.id));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect((await get(session, url(draftOnlyId))).statusCode).toBe(404);
  });

  it("never with a conflict of interest", async () => {
    const member = await buildJuryMember(t.db, region.regionId);
    const session = await signIn(app, member);
    await app.inject({
      method: "POST",
      url: `/api/calls/${call.id}/jury`,
      headers: coordinator.headers,
      payload: { userId: member.id },
    });
    expect((await declareVia(app, session.headers, candidacy.id, "conflict", "Ik werk er.")).statusCode).toBe(200);
    expect((await get(session, url(planView.id))).statusCode).toBe(404);
    expect((await declareVia(app, session.headers, candidacy.id, "possible", "Mijn zus werkt er.")).statusCode).toBe(
      200,
    );
    expect((await get(session, url(planView.id))).statusCode).toBe(404);
  });

  it("lists the attachments on the jury member's candidacy page", async () => {
    const member = await buildJuryMember(t.db, region.regionId);
    const session = await signIn(app, member);
    await app.inject({
      method: "POST",
      url: `/api/calls/${call.id}/jury`,
      headers: coordinator.headers,
      payload: { userId: member.id },
    });
    await declareVia(app, session.headers, candidacy.id, "none");
    const view = (await get(session, `/api/jury/candidacies/${candidacy.id}`)).json() as { revision: RevisionView };
    expect(view.revision.attachments.map((a) => a.filename)).toEqual(["Plan van aanpak.pdf", "begroting.docx"]);
  });

  it("is refused to an applicant on the jury's route", async () => {
    expect((await get(applicant, url(planView.id))).statusCode).toBe(403);
  });
});

describe("the API description", () => {
  it("lists every attachment route in /api/openapi.json", async () => {
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const spec = response.json() as { paths: Record<string, Record<string, unknown>> };
    const methods = (path: string) => Object.keys(spec.paths[path] ?? {}).sort();
    expect(methods("/api/candidacies/{id}/attachments")).toEqual(["get", "post"]);
    expect(methods("/api/candidacies/{id}/attachments/{attachmentId}")).toEqual(["delete", "get"]);
    expect(methods("/api/calls/{callId}/candidacies/{id}/attachments/{attachmentId}")).toEqual(["get"]);
    expect(methods("/api/jury/candidacies/{id}/attachments/{attachmentId}")).toEqual(["get"]);
  });
});
