// An organisation applies to Maasland's 2023 call with the keyboard only, a few days before its deadline (1 June 2023
// at 23u59, Brussels): it registers, starts a candidacy, fills it in while it saves itself, submits it and gets a
// receipt (on screen and in the outbox), amends and submits a second version, and is refused one second after the
// deadline — with the deadline in Belgian words, the change still on screen and nothing new stored. The Maasland
// coordinator then sees the submitted candidacy (never the draft) and registers one that came in by e-mail.
// Every screen on the way must pass WCAG 2.1 AA (axe).
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { enterpriseNumberCheck } from "../../server/src/domain/enterprise-number.ts";
import { pdf } from "../../server/src/modules/attachments/testing.ts";
import type { CallSummaryList, CandidacyView } from "../../server/src/modules/calls/schemas.ts";
import { fixedClock } from "../../server/src/platform/clock.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, horizontalOverflow, newPageWith, signInWithKeyboard, tabTo, typeInto } from "../support.ts";

// Maasland: "Deadline kandidaturen: 1 juni 2023 om 23u59" — 21:59 UTC in summer time.
const deadline = "2023-06-01T21:59:00.000Z";
const clock = fixedClock("2023-05-29T08:00:00.000Z");
const harness = await startHarness({ clock });
const coordinator = harness.demoAccounts.find((a) => a.email === "coordinator.maasland@brug.demo");
if (!coordinator) throw new Error("The demo has no coordinator for Maasland");

const calls = (await (await fetch(`${harness.baseUrl}/api/public/calls`)).json()) as CallSummaryList;
const maasland = calls.calls.find((c) => c.region.slug === "maasland" && !c.isDemo && c.state.deadline === deadline);
if (!maasland) throw new Error("The demo has no Maasland 2023 call with the addendum's deadline");
const callId = maasland.id;

// A valid enterprise number: eight digits and their mod-97 check (server/src/domain/enterprise-number.ts).
const firstEight = `0${String(Date.now()).slice(-7)}`;
const enterpriseNumber = `${firstEight.slice(0, 4)}.${firstEight.slice(4, 7)}.${firstEight.slice(7)}${enterpriseNumberCheck(firstEight)}`;
const organisationName = `Buurtwerk De Brug vzw ${Date.now()}`;
const applicantEmail = `aanvrager.${Date.now()}@example.be`;
const password = "een-lang-wachtwoord-voor-e2e";

/** A form field by its label, exactly (a required field's label ends in an asterisk that is not part of it). */
function field(page: Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page.getByLabel(new RegExp(`^${escaped}\\s*\\*?$`));
}

/** Tabs to a checkbox and ticks it with the space bar. */
async function tick(page: Page, name: string | RegExp): Promise<void> {
  const box = page.getByRole("checkbox", { name, exact: typeof name === "string" });
  await tabTo(page, box, { max: 200 });
  await page.keyboard.press("Space");
  await expect.poll(() => box.isChecked()).toBe(true);
}

function saveStatus(page: Page): Locator {
  return page.getByRole("status").filter({ hasText: /^(Opgeslagen|Opslaan|Wijzigingen|Niet opgeslagen)/ });
}

async function candidacyFromServer(page: Page, id: string): Promise<CandidacyView> {
  const response = await page.request.get(`/api/candidacies/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as CandidacyView;
}

async function revisionRows(candidacyId: string): Promise<number> {
  const row = await harness.db
    .selectFrom("candidacy_revisions")
    .where("candidacy_id", "=", candidacyId)
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

let candidacyId = "";

describe("an organisation applying to Maasland's 2023 call, with the keyboard only", () => {
  it("registers, drafts with autosave, submits twice, gets receipts, and is refused one second after the deadline", async () => {
    const page = await harness.newPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();

    // Oproepen: every call with its phase in words.
    await activate(page, page.getByRole("navigation").getByRole("link", { name: "Oproepen", exact: true }));
    await page.getByRole("heading", { level: 1, name: "Oproepen" }).waitFor();
    const card = page.getByRole("listitem").filter({ has: page.locator(`a[href="/oproepen/${callId}"]`) });
    expect(await card.innerText()).toContain("Open voor kandidaturen tot donderdag 1 juni 2023 om 23.59 uur");
    expect(await page.getByRole("listitem").filter({ hasText: "Demo: geen echte oproep" }).count()).toBeGreaterThan(0);
    await checkA11y(page);

    // The call's page: the timeline, and for a visitor the way in.
    await activate(page, page.locator(`a[href="/oproepen/${callId}"]`));
    await page.waitForURL((url) => url.pathname === `/oproepen/${callId}`);
    await page.getByRole("heading", { level: 1, name: "Oproep Lokale Partnerschappen 2023" }).waitFor();
    expect(await page.getByRole("main").innerText()).toContain("donderdag 1 juni 2023 om 23.59 uur");
    await checkA11y(page);
    const apply = page.getByRole("region", { name: "Kandidatuur", exact: true });
    await activate(page, apply.getByRole("link", { name: "Organisatie registreren" }));

    // Registration: a mistyped enterprise number is refused next to the field; everything typed stays.
    await page.getByRole("heading", { level: 1, name: "Organisatie registreren" }).waitFor();
    await checkA11y(page);
    await typeInto(page, field(page, "Naam van de organisatie"), organisationName);
    const number = field(page, "Ondernemingsnummer");
    const mistyped = enterpriseNumber.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    await typeInto(page, number, `BE ${mistyped.replace(/\./g, " ")}`);
    await typeInto(page, field(page, "Uw naam"), "An Peeters");
    await typeInto(page, field(page, "Uw e-mailadres"), applicantEmail);
    const passwordField = field(page, "Wachtwoord");
    await typeInto(page, passwordField, password);
    await page.keyboard.press("Enter");
    const summary = page.getByRole("heading", { name: "Controleer 1 veld" });
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await number.getAttribute("aria-invalid")).toBe("true");
    expect(await field(page, "Naam van de organisatie").inputValue()).toBe(organisationName);
    await checkA11y(page);
    await activate(page, page.getByRole("button", { name: /^Ondernemingsnummer: / }), { max: 10 });
    await expect.poll(() => number.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type(enterpriseNumber);
    // The password is still there: the refusal kept it.
    expect(await passwordField.inputValue()).toBe(password);
    await page.keyboard.press("Enter");

    // Signed in, on Mijn kandidaturen, with the open calls to apply to.
    await page.waitForURL((url) => url.pathname === "/kandidaturen");
    await page.getByRole("heading", { level: 1, name: "Mijn kandidaturen" }).waitFor();
    await page.getByRole("link", { name: "Kandidatuur indienen in Maasland" }).waitFor();
    await checkA11y(page);
    await activate(page, page.getByRole("link", { name: "Kandidatuur indienen in Maasland" }));
    await page.waitForURL((url) => url.pathname === `/oproepen/${callId}`);
    await activate(page, page.getByRole("button", { name: "Kandidatuur starten" }));
    await page.waitForURL((url) => /^\/kandidaturen\/[0-9a-f-]{36}$/.test(url.pathname));
    candidacyId = new URL(page.url()).pathname.split("/").at(-1)!;
    await page.getByRole("heading", { level: 1, name: "Kandidatuur Maasland" }).waitFor();
    await checkA11y(page);

    // Filling it in; it saves itself as the user goes.
    await typeInto(page, field(page, "Naam van het project"), "Brugfiguren Maasland");
    await typeInto(page, field(page, "Samenvatting"), "Brugfiguren zoeken mensen op waar ze zijn.");
    await saveStatus(page)
      .filter({ hasText: /^Opgeslagen/ })
      .waitFor();
    expect(await saveStatus(page).getAttribute("aria-live")).toBe("polite");
    await tick(page, /^Regio-uitdaging 1\b/);
    await tick(page, "Chadia");
    await tick(page, "Brugfiguur / vertrouwenspersoon / buddy / gezel");
    await tick(page, "Maasmechelen");
    await tick(page, "Lanaken");
    await typeInto(page, field(page, "Aantal trajecten per jaar"), "40");
    await typeInto(page, field(page, "Personeel (voltijdse equivalenten)"), "1,5");
    await tick(page, /^Outreachend en vindplaatsgericht werken/);
    await tick(page, /^Aanklampend werken/);
    await typeInto(page, field(page, "Beschrijf uw aanpak"), "Op straat, in de wijk en bij het OCMW.");
    await tick(page, "Arabisch");
    await typeInto(page, field(page, "Gevraagd bedrag per jaar (euro)"), "85000");
    await saveStatus(page)
      .filter({ hasText: /^Opgeslagen/ })
      .waitFor();
    await checkA11y(page);

    // The phone number is still missing: Indienen says so, next to the field, and the summary takes the focus.
    const submit = page.getByRole("button", { name: "Indienen", exact: true });
    await activate(page, submit, { max: 40 });
    const incomplete = page.getByRole("heading", { name: "Controleer 1 veld" });
    await incomplete.waitFor();
    await expect.poll(() => incomplete.evaluate((el) => el === document.activeElement)).toBe(true);
    await checkA11y(page);
    await activate(page, page.getByRole("button", { name: "Telefoonnummer: Vul dit veld in." }), { max: 5 });
    const phone = field(page, "Telefoonnummer");
    await expect.poll(() => phone.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("089 12 34 56");

    await activate(page, submit, { max: 20 });
    const receipt = page.getByRole("alert").filter({ hasText: "Ingediend als versie 1" });
    await receipt.waitFor();
    expect(await receipt.innerText()).toContain(
      "U kan wijzigen en opnieuw indienen tot donderdag 1 juni 2023 om 23.59 uur.",
    );
    let view = await candidacyFromServer(page, candidacyId);
    expect(view.revisions).toHaveLength(1);
    const firstCode = view.revisions[0]!.receiptCode;
    expect(await page.getByRole("main").innerText()).toContain(firstCode);
    await checkA11y(page);

    // The receipt is in the outbox, waiting for a mail server.
    await activate(page, page.getByRole("navigation").getByRole("link", { name: "Berichten" }), { backwards: true });
    await page.getByRole("heading", { level: 1, name: "Berichten" }).waitFor();
    const row = page.getByRole("row").filter({ hasText: applicantEmail });
    await row.first().waitFor();
    expect(await row.first().innerText()).toContain("In de wachtrij (geen mailserver ingesteld)");
    await checkA11y(page);
    await activate(page, row.first().getByRole("link"));
    await page.waitForURL((url) => /^\/berichten\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByRole("heading", { name: "Tekst" }).waitFor();
    expect(await page.getByRole("main").innerText()).toContain(firstCode);
    await checkA11y(page);

    // Back to the candidacy: amend the title and submit again → version 2.
    await activate(page, page.getByRole("navigation").getByRole("link", { name: "Mijn kandidaturen" }), {
      backwards: true,
    });
    await page.getByRole("heading", { level: 1, name: "Mijn kandidaturen" }).waitFor();
    const mine = page.getByRole("row").filter({ hasText: "Brugfiguren Maasland" });
    expect(await mine.innerText()).toContain("Ingediend: versie 1 op maandag 29 mei 2023 om 10.00 uur.");
    await activate(page, mine.getByRole("link", { name: "Kandidatuur Maasland" }));
    await page.getByRole("heading", { level: 1, name: "Kandidatuur Maasland" }).waitFor();
    const title = field(page, "Naam van het project");
    await tabTo(page, title, { max: 60 });
    await page.keyboard.press("End");
    await page.keyboard.type(" (versie 2)");
    await saveStatus(page)
      .filter({ hasText: /^Opgeslagen/ })
      .waitFor();
    await activate(page, submit, { max: 200 });
    await page.getByRole("alert").filter({ hasText: "Ingediend als versie 2" }).waitFor();
    await page.getByRole("link", { name: "Versie 2 bekijken" }).waitFor();
    expect(await revisionRows(candidacyId)).toBe(2);

    // A submitted version reads as it was sent.
    await activate(page, page.getByRole("link", { name: "Versie 1 bekijken" }), { max: 250 });
    await page.getByRole("heading", { level: 1, name: "Ingediende versie 1" }).waitFor();
    expect(await page.getByRole("main").innerText()).toContain("Brugfiguren Maasland");
    expect(await page.getByRole("main").innerText()).not.toContain("(versie 2)");
    await checkA11y(page);
    await activate(page, page.getByRole("link", { name: "Terug naar de kandidatuur" }), { backwards: true });
    await page.getByRole("heading", { level: 1, name: "Kandidatuur Maasland" }).waitFor();

    // The evening of the deadline, a quarter of an hour before it: the session of three days ago has ended, so
    // the applicant signs in again and lands back on the page she asked for.
    clock.set(new Date(Date.parse(deadline) - 15 * 60 * 1000));
    await page.goto(`/kandidaturen/${candidacyId}`);
    await page.waitForURL((url) => url.pathname === "/aanmelden");
    await page.getByRole("heading", { level: 1, name: "Aanmelden" }).waitFor();
    await typeInto(page, page.getByLabel(/e-?mail/i), applicantEmail);
    await typeInto(page, page.getByLabel(/wachtwoord/i), password);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === `/kandidaturen/${candidacyId}`);
    await page.getByRole("heading", { level: 1, name: "Kandidatuur Maasland" }).waitFor();

    // A last change, saved as a draft; then the deadline passes and Indienen is refused.
    const approach = field(page, "Beschrijf uw aanpak");
    await tabTo(page, approach, { max: 200 });
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Ook in Kinrooi.");
    await saveStatus(page)
      .filter({ hasText: /^Opgeslagen/ })
      .waitFor();
    clock.set(new Date(Date.parse(deadline) + 1000));
    await activate(page, submit, { max: 200 });
    const closed = page.getByRole("alert").filter({ hasText: "De deadline is voorbij" });
    await closed.waitFor();
    expect(await closed.innerText()).toContain("donderdag 1 juni 2023 om 23.59 uur");
    expect(await approach.inputValue()).toBe("Op straat, in de wijk en bij het OCMW. Ook in Kinrooi.");
    expect(await approach.getAttribute("readonly")).not.toBeNull();
    expect(await submit.isDisabled()).toBe(true);
    await checkA11y(page);
    expect(await revisionRows(candidacyId)).toBe(2);
    view = await candidacyFromServer(page, candidacyId);
    expect(view.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(view.editable).toBe(false);

    // After a reload the page still says so, and still shows what was typed.
    await page.reload();
    await page.getByRole("alert").filter({ hasText: "De deadline is voorbij" }).waitFor();
    expect(await field(page, "Beschrijf uw aanpak").inputValue()).toContain("Ook in Kinrooi.");
    clock.set("2023-05-29T08:00:00.000Z");
  }, 300_000);

  it("on a 360 px wide phone, the candidacy and the calls fit the screen", async () => {
    const page = await newPageWith(harness, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto("/oproepen");
    await page.getByRole("heading", { level: 1, name: "Oproepen" }).waitFor();
    await page.locator(`a[href="/oproepen/${callId}"]`).waitFor();
    let overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth, "the calls page scrolls sideways").toBeLessThanOrEqual(overflow.innerWidth);
    await checkA11y(page);
    await page.goto(`/oproepen/${callId}`);
    await page.getByRole("heading", { level: 1, name: "Oproep Lokale Partnerschappen 2023" }).waitFor();
    overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth, "the call page scrolls sideways").toBeLessThanOrEqual(overflow.innerWidth);
    await page.goto("/registreren");
    await page.getByRole("heading", { level: 1, name: "Organisatie registreren" }).waitFor();
    overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth, "the registration page scrolls sideways").toBeLessThanOrEqual(overflow.innerWidth);
    await checkA11y(page);
  }, 120_000);

  it("the Maasland coordinator sees the submitted candidacy, not the draft, and registers one received by e-mail", async () => {
    expect(candidacyId, "the first test made a candidacy").not.toBe("");
    // The day after the deadline: the e-mail below arrived before it, so it is in time.
    clock.set("2023-06-02T08:00:00.000Z");
    const page = await harness.newPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, coordinator.email, coordinator.password);
    await page.getByRole("heading", { level: 1, name: "Beheer" }).waitFor();
    const link = page.locator(`a[href="/beheer/oproepen/${callId}"]`);
    await link.waitFor();
    await checkA11y(page);
    await activate(page, link);
    await page.getByRole("heading", { level: 1, name: "Kandidaturen Maasland" }).waitFor();
    const row = page.getByRole("row").filter({ hasText: organisationName });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain(enterpriseNumber);
    expect(text).toContain("Versie 2");
    expect(text).toContain("het portaal");
    await checkA11y(page);

    // The detail shows the latest submitted version, never the later draft.
    await activate(page, row.getByRole("link", { name: organisationName }));
    await page.getByRole("heading", { level: 1, name: `Kandidatuur van ${organisationName}` }).waitFor();
    const detail = await page.getByRole("main").innerText();
    expect(detail).toContain("Brugfiguren Maasland (versie 2)");
    expect(detail).not.toContain("Ook in Kinrooi.");
    await checkA11y(page);
    await activate(page, page.getByRole("link", { name: "Terug naar de kandidaturen" }), { backwards: true });
    await page.getByRole("heading", { level: 1, name: "Kandidaturen Maasland" }).waitFor();

    // A candidacy that arrived by e-mail.
    await activate(page, page.getByRole("link", { name: "Kandidatuur ontvangen per e-mail registreren" }));
    await page.getByRole("heading", { level: 1, name: "Kandidatuur ontvangen per e-mail registreren" }).waitFor();
    await checkA11y(page);
    const newOrg = page.getByRole("radio", { name: "Een nieuwe organisatie" });
    await tabTo(page, page.getByRole("radio", { name: "Een organisatie die al kandideerde" }));
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => newOrg.isChecked()).toBe(true);
    const mailed = `Wijkpartners Lanaken ${Date.now()}`;
    await typeInto(page, field(page, "Naam van de organisatie"), mailed);
    const second = "09876543";
    await typeInto(page, field(page, "Ondernemingsnummer"), `BE ${second}${enterpriseNumberCheck(second)}`);
    const date = field(page, "Datum");
    const time = field(page, "Uur");
    await typeInto(page, date, "2/6/2023");
    await typeInto(page, time, "0.01");
    await typeInto(page, field(page, "E-mailadres van de afzender"), "info@wijkpartners.example.be");
    await typeInto(page, field(page, "Naam van het project"), "Wijkpartners");
    await typeInto(page, field(page, "Samenvatting"), "Per e-mail ontvangen.");
    await tick(page, /^Regio-uitdaging 2\b/);
    await tick(page, "Brugfiguur / vertrouwenspersoon / buddy / gezel");
    await tick(page, "Lanaken");
    await typeInto(page, field(page, "Aantal trajecten per jaar"), "12");
    await typeInto(page, field(page, "Beschrijf uw aanpak"), "Huisbezoeken.");
    await typeInto(page, field(page, "Gevraagd bedrag per jaar (euro)"), "30000");
    await typeInto(page, field(page, "Naam"), "Els Janssens");
    await typeInto(page, field(page, "E-mailadres"), "els@wijkpartners.example.be");
    await typeInto(page, field(page, "Telefoonnummer"), "089 98 76 54");
    // The mail's PDF: the browser's own dialog, on the file field reached with the keyboard.
    const mailedPlan = pdf("Wijkpartners: plan van aanpak");
    const files = page.getByLabel("Bestanden uit de e-mail", { exact: true });
    await tabTo(page, files, { max: 40 });
    await files.setInputFiles({ name: "Plan Wijkpartners.pdf", mimeType: "application/pdf", buffer: mailedPlan });
    const chosen = page.getByRole("table", { name: "Gekozen bestanden, in de volgorde van de e-mail" });
    await chosen.getByRole("row").filter({ hasText: "Plan Wijkpartners.pdf" }).waitFor();
    const register = page.getByRole("button", { name: "Kandidatuur registreren" });
    await activate(page, register);

    // One minute after midnight is too late: the server says why, and everything typed stays.
    const late = page.getByRole("alert").filter({ hasText: "Niet geregistreerd" });
    await late.waitFor();
    expect(await late.innerText()).toContain("donderdag 1 juni 2023 om 23.59 uur");
    expect(await field(page, "Naam van het project").inputValue()).toBe("Wijkpartners");
    expect(await chosen.innerText()).toContain("Plan Wijkpartners.pdf");
    await checkA11y(page);

    // Received on 1 June at 22.15, Brussels time: in time.
    await tabTo(page, date, { max: 20 });
    await page.keyboard.press("Control+A");
    await page.keyboard.type("1/6/2023");
    await tabTo(page, time, { max: 5 });
    await page.keyboard.press("Control+A");
    await page.keyboard.type("22.15");
    await activate(page, register, { max: 250 });
    const registered = page.getByRole("alert").filter({ hasText: "Geregistreerd als versie 1" });
    await registered.waitFor();
    expect(await registered.innerText()).toContain("Met 1 bijlage.");
    await checkA11y(page);

    await activate(page, page.getByRole("link", { name: "Terug naar de kandidaturen" }), { backwards: true });
    const mailedRow = page.getByRole("row").filter({ hasText: mailed });
    await mailedRow.waitFor();
    expect(await mailedRow.innerText()).toContain("e-mail");
    expect(await mailedRow.innerText()).toContain("donderdag 1 juni 2023 om 22.15 uur");

    // The registered revision lists the mail's PDF, with its size, to download.
    await activate(page, mailedRow.getByRole("link", { name: mailed }));
    await page.getByRole("heading", { level: 1, name: `Kandidatuur van ${mailed}` }).waitFor();
    const attachment = page.getByRole("row").filter({ hasText: "Plan Wijkpartners.pdf" });
    await attachment.waitFor();
    expect(await attachment.innerText()).toContain(`${mailedPlan.length} bytes`);
    expect(await attachment.getByRole("link", { name: "Plan Wijkpartners.pdf" }).getAttribute("href")).toMatch(
      /^\/api\/calls\/[0-9a-f-]+\/candidacies\/[0-9a-f-]+\/attachments\/[0-9a-f-]+$/,
    );
    await checkA11y(page);
  }, 300_000);
});
