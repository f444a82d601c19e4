// The Maasland coordinator weighs the 2023 call's candidacies during the pitches (20 June 2023) with the coverage
// matrix, with the keyboard only: nothing selected means every needed cell is a gap; ticking candidacies and adding
// the proposed reserves closes every service and municipality gap, and the cells that remain name the municipalities
// where their service is still not offered ("niet in Dilsen-Stokkem en Lanaken"); taking one partner away brings
// back its gap, by name; the selection is in the address, so a reload keeps it. Every state visited passes
// WCAG 2.1 AA (axe), also on a 360 px wide phone.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { CallSummaryList } from "../../server/src/modules/calls/schemas.ts";
import { fixedClock } from "../../server/src/platform/clock.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, horizontalOverflow, signInWithKeyboard, tabTo } from "../support.ts";

const deadline = "2023-06-01T21:59:00.000Z";
const clock = fixedClock("2023-06-20T08:00:00.000Z");
const harness = await startHarness({ clock });
const coordinator = harness.demoAccounts.find((a) => a.email === "coordinator.maasland@brug.demo");
if (!coordinator) throw new Error("The demo has no coordinator for Maasland");

const calls = (await (await fetch(`${harness.baseUrl}/api/public/calls`)).json()) as CallSummaryList;
const maasland = calls.calls.find((c) => c.region.slug === "maasland" && !c.isDemo && c.state.deadline === deadline);
if (!maasland) throw new Error("The demo has no Maasland 2023 call with the addendum's deadline");
const callId = maasland.id;
const matrixPath = `/beheer/oproepen/${callId}/dekking`;

const woonpunt = "Woonpunt Maasland (fictief)";
const housing = "Woonbegeleiding / woonbuddy";

/** The summary's live region: what a screen reader hears after every change. */
function summary(page: Page): Locator {
  return page.getByRole("region", { name: "Samenvatting" }).locator('[aria-live="polite"]');
}

function selectBox(page: Page, organisation: string): Locator {
  return page.getByRole("checkbox", { name: `Selecteren: ${organisation}`, exact: true });
}

/** Waits until the summary has changed and the matrix is no longer loading; returns the new summary. */
async function nextSummary(page: Page, before: string): Promise<string> {
  await expect.poll(() => summary(page).innerText()).not.toBe(before);
  await page.locator('section[aria-busy="false"]').waitFor();
  return summary(page).innerText();
}

async function selectionInUrl(page: Page): Promise<string[]> {
  return (new URL(page.url()).searchParams.get("selectie") ?? "").split(",").filter(Boolean);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/** The status in words of every row of the matrix: the second cell of each row. */
async function statuses(page: Page): Promise<string[]> {
  return page
    .locator(".coverage-table tbody tr[data-status]")
    .evaluateAll((rows) => rows.map((row) => row.querySelector("td .coverage-status")?.textContent?.trim() ?? ""));
}

/** The row of one service type (or municipality) in the table of one challenge. */
function row(page: Page, challenge: number, header: string): Locator {
  return page
    .getByRole("table", { name: new RegExp(`^Regio-uitdaging ${challenge} — `) })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: header, exact: true }) });
}

async function checkBothWidths(page: Page): Promise<void> {
  await checkA11y(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await checkA11y(page);
  const { scrollWidth, innerWidth } = await horizontalOverflow(page);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  await page.setViewportSize({ width: 1280, height: 720 });
}

describe("the coverage matrix of Maasland's 2023 call, with the keyboard only", () => {
  it("closes every gap with selections and reserves, shows a gap come back, and keeps the selection on reload", async () => {
    const page = await harness.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, coordinator.email, coordinator.password);
    await page.getByRole("heading", { level: 1, name: "Beheer" }).waitFor();
    await activate(page, page.locator(`a[href="/beheer/oproepen/${callId}"]`));
    await page.getByRole("heading", { level: 1, name: "Kandidaturen Maasland" }).waitFor();
    await checkA11y(page);

    // From the call page, the matrix is one link away.
    await activate(page, page.getByRole("link", { name: "Dekkingsmatrix openen" }));
    await page.waitForURL((url) => url.pathname === matrixPath);
    await page.getByRole("heading", { level: 1, name: "Dekkingsmatrix Maasland" }).waitFor();
    expect(await selectionInUrl(page)).toEqual([]);

    // Nothing selected: no challenge covered, every needed cell a gap.
    let said = await summary(page).innerText();
    expect(said).toMatch(/^0 van 4 uitdagingen volledig gedekt · \d+ hiaten · 0 dubbel gedekt/);
    expect(said).toContain("Capaciteit: 0 trajecten per jaar.");
    expect(said).toContain("0 van 5 kandidaturen geselecteerd.");
    const empty = await statuses(page);
    expect(empty).toContain("Hiaat");
    expect(empty.every((s) => s === "Hiaat" || s === "Aangeboden, niet gevraagd")).toBe(true);
    expect(await row(page, 2, housing).innerText()).toContain(woonpunt);
    await checkBothWidths(page);

    // Two candidacies ticked with the space bar; the focus stays on the box while the matrix is recomputed. The
    // server's first answer is held back: until it comes, the previous matrix stays on screen, marked as updating.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/calls/*/coverage", async (route) => {
      await held;
      await route.continue();
    });
    const tables = await page.getByRole("table").count();
    for (const organisation of ["Vzw Maasbrug (fictief)", "Taalkracht Maasland (fictief)"]) {
      const box = selectBox(page, organisation);
      await tabTo(page, box);
      await page.keyboard.press("Space");
      await expect.poll(() => box.isChecked()).toBe(true);
      if (organisation === "Vzw Maasbrug (fictief)") {
        await page.getByText("De matrix wordt bijgewerkt…").waitFor({ state: "visible" });
        expect(await page.getByRole("table").count()).toBe(tables);
        expect(await summary(page).innerText()).toBe(said);
        release();
      }
      said = await nextSummary(page, said);
      expect(await isFocused(box)).toBe(true);
    }
    await page.unrouteAll({ behavior: "wait" });
    expect(said).toContain("2 van 5 kandidaturen geselecteerd.");
    expect(said).toContain("Capaciteit: 120 trajecten per jaar.");
    expect(await selectionInUrl(page)).toHaveLength(2);
    await checkA11y(page);

    // The skip link jumps over the selection to the matrix; from there, Tab reaches the proposed reserves.
    await activate(page, page.getByRole("link", { name: "Naar de dekkingsmatrix" }), { backwards: true });
    const matrixHeading = page.getByRole("heading", { level: 2, name: "Dekkingsmatrix" });
    await expect.poll(() => isFocused(matrixHeading)).toBe(true);

    // The reserves close what they can, in the order proposed; each shows the gaps it closes in words.
    const reserves = page.getByRole("region", { name: "Voorgestelde reserves" });
    const proposed = reserves.getByRole("button", { name: /^Toevoegen aan selectie: / });
    const added: string[] = [];
    while ((await proposed.count()) > 0) {
      expect(added.length).toBeLessThan(5);
      const first = reserves.getByRole("listitem").first();
      const proposal = await first.innerText();
      expect(proposal).toMatch(/Sluit \d+ (hiaat|hiaten):/);
      expect(proposal).toMatch(/(Regio-uitdaging \d+|Regiobreed): /);
      const button = first.getByRole("button", { name: /^Toevoegen aan selectie: / });
      const name = ((await button.getAttribute("aria-label")) ?? "").replace("Toevoegen aan selectie: ", "");
      await tabTo(page, button, { max: 40 });
      await page.keyboard.press("Enter");
      said = await nextSummary(page, said);
      // The button left with its proposal: the focus is on the list's heading, not lost on the page body.
      expect(await isFocused(page.getByRole("heading", { level: 2, name: "Voorgestelde reserves" }))).toBe(true);
      expect(await reserves.getByRole("status").innerText()).toBe(`${name} is toegevoegd aan de selectie.`);
      expect(await selectBox(page, name).isChecked()).toBe(true);
      added.push(name);
      await checkA11y(page);
    }
    expect(added.length).toBeGreaterThanOrEqual(1);
    // Every service and municipality is covered, but not every service everywhere: only De Maaskant brings
    // childcare for challenge 2, and it does not work in Dilsen-Stokkem and Lanaken. The cell says so in words.
    expect(said).toMatch(
      /^\d van 4 uitdagingen volledig gedekt · 0 hiaten · \d+ dubbel gedekt · \d+ diensten niet in elke gemeente/,
    );
    expect(said).toContain("5 van 5 kandidaturen geselecteerd.");
    const full = await statuses(page);
    expect(full).not.toContain("Hiaat");
    expect(await row(page, 2, housing).innerText()).toContain("Gedekt");
    const childcare = await row(page, 2, "Kinderopvang").innerText();
    expect(childcare).toContain("Gedekt");
    expect(childcare).toContain("niet in Dilsen-Stokkem en Lanaken");
    // No candidacy of the call brings it there: the reserves say so, by service and municipality.
    expect(await reserves.innerText()).toContain("Kinderopvang (niet in Dilsen-Stokkem en Lanaken)");
    await checkBothWidths(page);

    // Taking Woonpunt away brings back its gap, by name: in the matrix and in the reserves that would close it.
    const box = selectBox(page, woonpunt);
    await tabTo(page, box, { backwards: true });
    await page.keyboard.press("Space");
    await expect.poll(() => box.isChecked()).toBe(false);
    said = await nextSummary(page, said);
    expect(await isFocused(box)).toBe(true);
    expect(said).toMatch(/^1 van 4 uitdagingen volledig gedekt · 3 hiaten/);
    const housingRow = await row(page, 2, housing).innerText();
    expect(housingRow).toContain("Hiaat");
    expect(housingRow).toContain(woonpunt);
    const proposal = await reserves.getByRole("listitem").filter({ hasText: woonpunt }).first().innerText();
    expect(proposal).toContain(`Regio-uitdaging 2: ${housing}`);
    const kept = await selectionInUrl(page);
    expect(kept).toHaveLength(4);
    await checkBothWidths(page);

    // The address keeps the selection: a reload shows the same matrix.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Dekkingsmatrix Maasland" }).waitFor();
    await expect.poll(() => summary(page).innerText()).toBe(said);
    expect(await selectionInUrl(page)).toEqual(kept);
    expect(await selectBox(page, woonpunt).isChecked()).toBe(false);
    expect(await selectBox(page, "Vzw Maasbrug (fictief)").isChecked()).toBe(true);
    expect(await row(page, 2, housing).innerText()).toContain("Hiaat");
    await checkA11y(page);

    // "Niets selecteren" empties the selection and the address.
    await activate(page, page.getByRole("button", { name: "Niets selecteren" }));
    said = await nextSummary(page, said);
    expect(said).toMatch(/^0 van 4 uitdagingen volledig gedekt/);
    expect(await selectionInUrl(page)).toEqual([]);
    expect(await isFocused(page.getByRole("button", { name: "Niets selecteren" }))).toBe(true);
  });
});
