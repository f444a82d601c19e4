// An applicant adds a PDF to the candidacy for the demo call on a phone, with the keyboard only: the accepted types
// and limits are stated before anything is chosen, the file is listed with its size, a web page renamed .pdf is
// refused next to the field with the accepted types, and after submitting, the revision lists the PDF with its
// SHA-256 — the fingerprint the receipt also states — and downloads as the bytes that were sent. axe on each screen.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../../server/src/demo/load.ts";
import { html, pdf } from "../../server/src/modules/attachments/testing.ts";
import type { CallSummaryList, CallView, MyCandidacyList } from "../../server/src/modules/calls/schemas.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, horizontalOverflow, newPageWith, phoneViewport, signInWithKeyboard, tabTo } from "../support.ts";

const harness = await startHarness();
const email = "applicant@brug.demo";

/** The demo applicant's candidacy for the demo call, with a complete draft: seeded through the API. */
async function seedCandidacy(): Promise<string> {
  const base = harness.baseUrl;
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
  const calls = (await (await fetch(`${base}/api/public/calls`)).json()) as CallSummaryList;
  const demo = calls.calls.find((c) => c.isDemo && c.state.phase === "open");
  if (!demo) throw new Error("the demo has no open demo call");
  const call = (await (await fetch(`${base}/api/public/calls/${demo.id}`)).json()) as CallView;
  const challenge = call.challenges.find((c) => c.personas.length > 0);
  if (!challenge) throw new Error("the demo call's addendum has no challenge with personas");

  let started = await fetch(`${base}/api/calls/${demo.id}/candidacies`, { method: "POST", headers, body: "{}" });
  if (started.status === 409) {
    const mine = (await (await fetch(`${base}/api/candidacies`, { headers: { cookie } })).json()) as MyCandidacyList;
    started = await fetch(`${base}/api/candidacies/${mine.candidacies.find((c) => c.call.id === demo.id)!.id}`, {
      headers: { cookie },
    });
  }
  const candidacy = (await started.json()) as { id: string; draftRevision: number };
  const saved = await fetch(`${base}/api/candidacies/${candidacy.id}/draft`, {
    method: "PUT",
    headers,
    body: JSON.stringify({
      baseDraftRevision: candidacy.draftRevision,
      draft: {
        title: "Brugfiguren met bijlagen",
        summary: "Brugfiguren zoeken mensen op waar ze zijn; het plan van aanpak zit in de bijlage.",
        challenges: [challenge.number],
        personas: [challenge.personas[0]],
        serviceTypes: ["bridge_figure"],
        municipalities: [call.municipalities[0]],
        capacity: { trajectoriesPerYear: 30, staffFte: 1 },
        approach: { outreach: true, persistent: true, allLifeDomains: true, description: "Op straat en in de wijk." },
        languages: [],
        budget: { amountEuro: 60000, explanation: "Een voltijdse brugfiguur." },
        contact: { name: "Demo Aanvrager", email: "demo.aanvrager@example.be", phone: "089 12 34 56" },
      },
    }),
  });
  if (saved.status !== 200) throw new Error(`saving the draft failed: ${saved.status} ${await saved.text()}`);
  return candidacy.id;
}

const candidacyId = await seedCandidacy();
const plan = pdf("Plan van aanpak");
const planSha = createHash("sha256").update(plan).digest("hex");

describe("an applicant adding attachments, with the keyboard only on a phone", () => {
  it("uploads a PDF, is refused a renamed web page, submits, and finds the PDF with its fingerprint in the revision", async () => {
    const page = await newPageWith(harness, { viewport: phoneViewport, isMobile: true, hasTouch: true });
    await page.goto("/");
    await signInWithKeyboard(page, email, demoPassword);
    await page.waitForURL((url) => url.pathname === "/kandidaturen");
    await page.goto(`/kandidaturen/${candidacyId}`);
    await page.getByRole("heading", { level: 1, name: /^Kandidatuur / }).waitFor();

    // The rules come first, before anything is chosen.
    const section = page.getByRole("region", { name: "Bijlagen" });
    await section.getByText("Nog geen bijlagen.").waitFor();
    const rules = await section.getByText(/^Voeg je voorstel/).innerText();
    expect(rules).toContain("PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP");
    expect(rules).toContain("Hoogstens 10 MB per bestand en 10 bijlagen per kandidatuur");
    await checkA11y(page);

    // Choosing a file is the browser's own dialog, reached with the keyboard on the field; then "Bijlage toevoegen".
    const input = page.getByLabel("Bestand", { exact: true });
    await tabTo(page, input, { max: 300 });
    await input.setInputFiles({ name: "Plan van aanpak.pdf", mimeType: "application/pdf", buffer: plan });
    await activate(page, page.getByRole("button", { name: "Bijlage toevoegen" }), { max: 3 });
    await page.getByRole("status").filter({ hasText: "Plan van aanpak.pdf is toegevoegd." }).waitFor();
    const row = section.getByRole("row").filter({ hasText: "Plan van aanpak.pdf" });
    await row.waitFor();
    expect(await row.innerText()).toContain(`${plan.length} bytes`);
    await checkA11y(page);

    // A web page renamed .pdf (and sent as a PDF) is refused by its content, next to the field; nothing is added.
    await tabTo(page, input, { backwards: true, max: 20 });
    await input.setInputFiles({ name: "voorstel.pdf", mimeType: "application/pdf", buffer: html() });
    await activate(page, page.getByRole("button", { name: "Bijlage toevoegen" }), { max: 3 });
    const refusal = section.getByRole("alert").filter({ hasText: "Dit soort bestand aanvaarden we niet" });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain("PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP");
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await input.getAttribute("aria-invalid")).toBe("true");
    expect(await section.getByRole("row").filter({ hasText: "voorstel.pdf" }).count()).toBe(0);
    await checkA11y(page);

    // Submitting: the receipt counts the attachment.
    await activate(page, page.getByRole("button", { name: "Indienen", exact: true }), { max: 40 });
    const receipt = page.getByRole("alert").filter({ hasText: "Ingediend als versie" });
    await receipt.waitFor();
    expect(await receipt.innerText()).toContain("Met 1 bijlage.");
    await checkA11y(page);

    // The revision lists the PDF with its size and SHA-256, and the link downloads exactly what was sent.
    // From the receipt at the top, through the form, to the list of versions below it.
    await activate(page, page.getByRole("link", { name: /^Versie \d+ bekijken$/ }).first(), { max: 400 });
    await page.getByRole("heading", { level: 1, name: /^Ingediende versie \d+$/ }).waitFor();
    const listed = page.getByRole("row").filter({ hasText: "Plan van aanpak.pdf" });
    await listed.waitFor();
    expect(await listed.innerText()).toContain(planSha);
    await checkA11y(page);
    const overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
    const href = await listed.getByRole("link", { name: "Plan van aanpak.pdf" }).getAttribute("href");
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["content-disposition"]).toContain("attachment;");
    expect(Buffer.compare(await download.body(), plan)).toBe(0);
  });
});
