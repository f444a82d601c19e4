// The decisions on a call and a weerwoord, with the keyboard only. A call whose deadline passed on 9 October 2026
// with three submitted candidacies: its coordinator prepares a decision for each (refused without a motivation for
// "Niet geselecteerd", then saved with one), publishes them after a confirmation and finds the letters under
// "Berichten". The applicant who was not selected reads the decision on their candidacy page, with until when a
// weerwoord can be filed, and files one; the coordinator rejects it with an answer, which the applicant then reads.
// A second applicant who starts a weerwoord a minute before the window ends and sends it one second after is
// refused, with the end in Belgian time. Every screen passes WCAG 2.1 AA (axe), at 360 px.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { CallDecisions } from "../../server/src/modules/decisions/schemas.ts";
import { afterDeadline, buildDecisionWorld } from "../../server/src/modules/decisions/testing.ts";
import { fixedClock } from "../../server/src/platform/clock.ts";
import { checkA11y, startHarness } from "../harness.ts";
import {
  activate,
  animationsFinished,
  horizontalOverflow,
  newPageWith,
  signInWithKeyboard,
  tabTo,
  typeInto,
} from "../support.ts";

const clock = fixedClock(afterDeadline);
const harness = await startHarness({ clock });
const world = await buildDecisionWorld(harness.app, harness.db, clock, 3);
const [chosen, reserve, refused] = world.candidacies as [
  (typeof world.candidacies)[number],
  (typeof world.candidacies)[number],
  (typeof world.candidacies)[number],
];
const callId = world.callId;
// Published at the moment the clock stands still (Friday 9 October 2026, 12.05 Brussels summer time): the window
// ends fourteen calendar days later at the same wall-clock time.
const windowEnd = "2026-10-23T10:05:00.000Z";
const windowEndWords = "vrijdag 23 oktober 2026 om 12.05 uur";
const motivation = "Het voorstel overlapt met een geselecteerd voorstel in dezelfde gemeenten.";
const weerwoord = "Wij werken als enige in Kinrooi; de overlap is er niet.";
const answer = "Het geselecteerde voorstel dekt Kinrooi ook; de beslissing blijft.";

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Tabs into a radio group and chooses option `index` (0-based) with the arrow keys, as a keyboard user does. */
async function choose(page: Page, group: Locator, index: number): Promise<void> {
  const radios = group.getByRole("radio");
  await tabTo(page, radios.first(), { max: 80 });
  await page.keyboard.press("Space");
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
  await expect.poll(() => radios.nth(index).isChecked()).toBe(true);
}

async function phonePage(): Promise<{ page: Page; fits: () => Promise<void> }> {
  const page = await newPageWith(harness, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const fits = async () => {
    const overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
  };
  return { page, fits };
}

/** Signs an applicant in with the keyboard and opens their candidacy from "Mijn kandidaturen". */
async function openOwnCandidacy(page: Page, applicant: { email: string; password: string }, id: string) {
  await page.goto("/");
  await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
  await signInWithKeyboard(page, applicant.email, applicant.password);
  await page.waitForURL((url) => url.pathname === "/kandidaturen");
  await activate(page, page.getByRole("link", { name: /^Kandidatuur Maasland/ }));
  await page.waitForURL((url) => url.pathname === `/kandidaturen/${id}`);
  await page.getByRole("heading", { level: 2, name: "Beslissing" }).waitFor();
}

describe("decisions and a weerwoord, with the keyboard only", () => {
  // The coordinator works at 360 px too: one page (one session) for the whole journey.
  const coordinator = phonePage();
  let names: Record<string, string> = {};

  it("the coordinator prepares the decisions, is asked for a motivation, publishes them and finds the letters", async () => {
    const { page, fits } = await coordinator;
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, world.coordinator.email, world.coordinator.password);
    await page.goto(`/beheer/oproepen/${callId}`);
    await activate(page, page.getByRole("link", { name: "Beslissingen en weerwoorden" }));
    await page.waitForURL((url) => url.pathname === `/beheer/oproepen/${callId}/beslissingen`);
    await page.getByRole("heading", { level: 1, name: /^Beslissingen Maasland/ }).waitFor();
    const view = (await (await page.request.get(`/api/calls/${callId}/decisions`)).json()) as CallDecisions;
    names = Object.fromEntries(view.candidacies.map((c) => [c.candidacyId, c.organisation]));
    expect(view.candidacies).toHaveLength(3);
    // Said before anyone chooses: "Niet geselecteerd" needs a motivation.
    expect(await page.getByRole("main").innerText()).toContain("Een motivering is dan verplicht");
    await checkA11y(page);
    await fits();

    const article = (id: string) => page.getByRole("article", { name: names[id] });
    const decide = async (id: string, index: number, text?: string) => {
      const card = article(id);
      await choose(page, card.getByRole("group", { name: `Beslissing over ${names[id]}` }), index);
      if (text) await typeInto(page, card.getByRole("textbox", { name: /^Motivering/ }), text);
      await activate(page, card.getByRole("button", { name: "Beslissing opslaan" }), { max: 10 });
    };

    await decide(chosen.id, 0, "Sterk verankerd in de gemeenten.");
    await article(chosen.id).getByRole("status").filter({ hasText: "is opgeslagen" }).waitFor();
    await decide(reserve.id, 1);
    await article(reserve.id).getByRole("status").filter({ hasText: "is opgeslagen" }).waitFor();

    // "Niet geselecteerd" without a motivation: refused next to the field, the summary takes the focus.
    await decide(refused.id, 2);
    const card = article(refused.id);
    const summary = card.getByRole("heading", { name: "Controleer 1 veld" });
    await summary.waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    const field = card.getByRole("textbox", { name: /^Motivering/ });
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    const described = await Promise.all(describedBy.split(/\s+/).map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(described.join(" ")).toContain("Schrijf een motivering");
    await checkA11y(page);
    await activate(page, card.getByRole("button", { name: /^Motivering: / }), { max: 5 });
    await expect.poll(() => isFocused(field)).toBe(true);
    await page.keyboard.type(motivation);
    await activate(page, card.getByRole("button", { name: "Beslissing opslaan" }), { max: 10 });
    await card.getByRole("status").filter({ hasText: "is opgeslagen" }).waitFor();
    expect(await card.getByRole("heading", { name: "Controleer 1 veld" }).count()).toBe(0);

    // The coverage matrix, pre-filled with the selected candidacy.
    const coverage = page.getByRole("link", { name: "Dekking van de geselecteerde kandidaturen bekijken" });
    expect(await coverage.getAttribute("href")).toBe(`/beheer/oproepen/${callId}/dekking?selectie=${chosen.id}`);

    // Publishing: a confirmation that says what happens, then the letters.
    await activate(page, page.getByRole("button", { name: "Beslissingen publiceren" }), { max: 20 });
    const dialog = page.getByRole("dialog", { name: "Beslissingen publiceren?" });
    await dialog.waitFor();
    await animationsFinished(page);
    expect(await dialog.innerText()).toContain("Elke kandidaat krijgt nu een brief");
    expect(await dialog.innerText()).toContain("Dit kan niet ongedaan gemaakt worden.");
    await checkA11y(page);
    await activate(page, dialog.getByRole("button", { name: "Ja, nu publiceren" }), { max: 5 });
    await page.getByText("De beslissingen zijn bekendgemaakt.").waitFor();
    await page.getByText("Bekendgemaakt op vrijdag 9 oktober 2026 om 12.05 uur.").waitFor();
    expect(await article(refused.id).innerText()).toContain("Bekendgemaakt: Niet geselecteerd");
    expect(await article(refused.id).innerText()).toContain("Voorlopig");
    expect(await page.getByRole("button", { name: "Beslissingen publiceren" }).count()).toBe(0);
    await page.getByRole("heading", { level: 2, name: "Weerwoorden" }).waitFor();
    await checkA11y(page);
    await fits();

    await activate(page, page.getByRole("link", { name: "Naar de berichten" }), { backwards: true });
    await page.waitForURL((url) => url.pathname === "/berichten");
    const letters = page.getByRole("link", { name: /^Beslissing over uw kandidatuur/ });
    await letters.first().waitFor();
    // Per candidacy: its contact e-mail and its organisation's applicant.
    expect(await letters.count()).toBe(6);
    await checkA11y(page);
  });

  it("the applicant who was not selected reads the decision and files a weerwoord", async () => {
    const { page, fits } = await phonePage();
    await openOwnCandidacy(page, refused.applicant, refused.id);
    const section = page.getByRole("region", { name: /^Beslissing/ });
    const text = await section.innerText();
    expect(text).toContain("De beslissing: Niet geselecteerd.");
    expect(text).toContain(motivation);
    expect(text).toContain("Voorlopig");
    expect(text).toContain(`U kan een weerwoord indienen tot ${windowEndWords}.`);
    await checkA11y(page);
    await fits();

    // Empty: asked for, next to the field.
    await activate(page, section.getByRole("button", { name: "Weerwoord indienen" }), { max: 80 });
    const summary = section.getByRole("heading", { name: "Controleer 1 veld" });
    await summary.waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    await checkA11y(page);
    await typeInto(page, section.getByRole("textbox", { name: /^Uw weerwoord/ }), weerwoord);
    await activate(page, section.getByRole("button", { name: "Weerwoord indienen" }), { max: 10 });
    await section.getByText("Status: Ingediend, nog niet behandeld").waitFor();
    expect(await section.getByRole("button", { name: "Weerwoord indienen" }).count()).toBe(0);
    expect(await section.innerText()).toContain(weerwoord);
    await checkA11y(page);
    await fits();
  });

  it("the coordinator rejects the weerwoord with an answer, and the applicant reads it", async () => {
    const { page, fits } = await coordinator;
    await page.goto(`/beheer/oproepen/${callId}/beslissingen`);
    const item = page.getByRole("article", { name: `Weerwoord van ${names[refused.id]}` });
    await item.waitFor();
    expect(await item.innerText()).toContain(weerwoord);
    await checkA11y(page);
    await choose(page, item.getByRole("group", { name: /^Is het weerwoord van .* gegrond\?$/ }), 0);
    expect(await item.getByRole("radio", { name: /^Ongegrond/ }).isChecked()).toBe(true);
    await typeInto(page, item.getByRole("textbox", { name: /^Antwoord aan de kandidaat/ }), answer);
    await activate(page, item.getByRole("button", { name: "Weerwoord behandelen" }), { max: 10 });
    await item.getByText("Status: Ongegrond").waitFor();
    expect(await item.innerText()).toContain(answer);
    await checkA11y(page);
    await fits();

    const { page: applicant, fits: applicantFits } = await phonePage();
    await openOwnCandidacy(applicant, refused.applicant, refused.id);
    const section = applicant.getByRole("region", { name: /^Beslissing/ });
    await section.getByText("Status: Ongegrond").waitFor();
    expect(await section.innerText()).toContain(answer);
    await checkA11y(applicant);
    await applicantFits();
  });

  it("a weerwoord sent one second after the window is refused, naming the end in Belgian time", async () => {
    clock.set(new Date(Date.parse(windowEnd) - 60_000));
    const { page, fits } = await phonePage();
    await openOwnCandidacy(page, reserve.applicant, reserve.id);
    const section = page.getByRole("region", { name: /^Beslissing/ });
    expect(await section.innerText()).toContain("De beslissing: Reserve.");
    await typeInto(
      page,
      section.getByRole("textbox", { name: /^Uw weerwoord/ }),
      "Wij willen toch geselecteerd worden.",
      {
        max: 80,
      },
    );
    clock.set(new Date(Date.parse(windowEnd) + 1000));
    await activate(page, section.getByRole("button", { name: "Weerwoord indienen" }), { max: 10 });
    const refusal = section.getByRole("alert");
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(
      `De termijn voor een weerwoord is voorbij. U kon een weerwoord indienen tot ${windowEndWords}.`,
    );
    await expect.poll(() => isFocused(refusal)).toBe(true);
    await checkA11y(page);
    await fits();
  });
});
