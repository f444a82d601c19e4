// A visitor who is not signed in and uses only the keyboard reads the addenda: a region's addendum, the barrier
// grid and a persona, then switches the interface to English. Every screen on the way must pass WCAG 2.1 AA (axe).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, animationsFinished, horizontalOverflow, newPageWith, phoneViewport, tabTo } from "../support.ts";

const harness = await startHarness();

const maaslandMunicipalities = ["Maasmechelen", "Kinrooi", "Maaseik", "Dilsen-Stokkem", "Lanaken"];

/** From the region list, Tab to the Maasland card's link and follow it; returns once the addendum has loaded. */
async function openMaaslandFromHome(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
  await page.getByRole("link", { name: "Maasland", exact: true }).waitFor();
  await checkA11y(page);
  await activate(page, page.getByRole("link", { name: "Maasland", exact: true }));
  await page.waitForURL((url) => url.pathname === "/addenda/maasland");
  await page.getByRole("heading", { level: 1, name: "Lokaal Addendum" }).waitFor();
  await page.getByRole("region", { name: "Regio-uitdagingen", exact: true }).waitFor();
}

const devices = [
  { device: "a desktop (1280×720)", options: { viewport: { width: 1280, height: 720 } } },
  { device: "a phone (390×844)", options: { viewport: phoneViewport, isMobile: true, hasTouch: true } },
];

describe.each(devices)("a visitor on $device, with the keyboard only", ({ options }) => {
  it("reads the Maasland addendum: its 4 challenges, 5 municipalities and the exact candidacy deadline", async () => {
    const page = await newPageWith(harness, options);
    await openMaaslandFromHome(page);
    // The in-app navigation puts the focus on the new page's title, so a keyboard user starts reading there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await checkA11y(page);

    const challenges = page
      .getByRole("region", { name: "Regio-uitdagingen", exact: true })
      .getByRole("heading", { level: 3 });
    expect(await challenges.allInnerTexts()).toEqual([1, 2, 3, 4].map((n) => `Regio-uitdaging ${n}`));

    const area = page.getByRole("region", { name: "Werkingsgebied", exact: true });
    expect(await area.getByRole("listitem").allInnerTexts()).toEqual(maaslandMunicipalities);
    const { scrollWidth, innerWidth } = await horizontalOverflow(page);
    expect(scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(innerWidth);

    // The table of contents takes a keyboard user straight to the timing.
    await activate(page, page.getByRole("navigation", { name: "Inhoud" }).getByRole("link", { name: "Lokale timing" }));
    await page.waitForURL((url) => url.hash === "#timing");
    const deadline = page
      .getByRole("region", { name: "Lokale timing", exact: true })
      .getByRole("listitem")
      .filter({ hasText: "Deadline kandidaturen" });
    expect(await deadline.innerText()).toContain("donderdag 1 juni 2023 om 23.59 uur");
    // The addendum's own wording stays next to Brug's reading of it.
    expect(await deadline.innerText()).toContain("1 juni 2023 om 23u59");
  }, 120_000);

  it("finds in the barrier grid that Baldemore names war trauma, and reads the passage", async () => {
    const page = await newPageWith(harness, options);
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await activate(page, page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Drempels" }));
    await page.waitForURL((url) => url.pathname === "/drempels");
    await page.getByRole("heading", { level: 1, name: "Drempels per regio" }).waitFor();
    const table = page.getByRole("table", { name: /Drempels per regio/ });
    await table.waitFor();
    await checkA11y(page);

    // A screen reader announces a cell with its row and column headers: check that the cell under "Baldemore" in
    // the war-trauma row is the one that names it, and that its button says so in words.
    const cell = await table.evaluate((el) => {
      const t = el as HTMLTableElement;
      const headers = [...t.tHead!.rows[0]!.cells].map((c) => c.textContent?.trim());
      const column = headers.indexOf("Baldemore");
      const row = [...t.rows].find((r) => r.cells[0]?.tagName === "TH" && /oorlog/.test(r.cells[0].textContent ?? ""));
      return { column, rowHeader: row?.cells[0]?.textContent?.trim(), text: row?.cells[column]?.textContent?.trim() };
    });
    expect(cell.column).toBeGreaterThan(0);
    expect(cell.rowHeader).toBe("Opgelopen trauma’s door oorlog(svlucht)");
    expect(cell.text).toMatch(/^\d+×\d+ vermeldinge?n? in Baldemore van „Opgelopen trauma’s door oorlog\(svlucht\)”/);

    const baldemoreWarTrauma = table.getByRole("button", { name: /in Baldemore van „Opgelopen trauma’s door oorlog/ });
    await activate(page, baldemoreWarTrauma, { max: 300 });
    const dialog = page.getByRole("dialog", { name: "Opgelopen trauma’s door oorlog(svlucht) in Baldemore" });
    await dialog.waitFor();
    await animationsFinished(page);
    expect(await dialog.innerText()).toContain("Obstakel bij regio-uitdaging");
    await checkA11y(page);

    // Escape closes the dialog and gives the focus back to the cell the visitor came from.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => baldemoreWarTrauma.evaluate((el) => el === document.activeElement)).toBe(true);
  }, 120_000);

  it("opens persona Saled, sees the four regions it appears in, and switches the interface to English", async () => {
    const page = await newPageWith(harness, options);
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await activate(page, page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Persona's" }));
    await page.waitForURL((url) => url.pathname === "/personas");
    // Scoped to the persona table: the region list the visitor came from links to Saled too.
    const saled = page
      .getByRole("table", { name: /persona's, met de regio's/ })
      .getByRole("link", { name: "Saled", exact: true });
    await saled.waitFor();
    await checkA11y(page);

    await activate(page, saled);
    await page.waitForURL((url) => url.pathname === "/personas/saled");
    await page.getByRole("heading", { level: 1, name: "Persona Saled" }).waitFor();
    const appearances = page.getByRole("region", { name: "Waar deze persona voorkomt" });
    await appearances.getByRole("heading", { level: 3 }).first().waitFor();
    expect((await appearances.getByRole("heading", { level: 3 }).allInnerTexts()).sort()).toEqual(
      ["Baldemore", "Klein-Brabant Vaartland", "Vlaamse-Ardennen", "Zuid-Oost Hageland"].sort(),
    );
    await checkA11y(page);

    // The language switch sits in the header, before the page: Shift+Tab back to it and choose English.
    const language = page.getByRole("combobox", { name: "Taal" });
    await tabTo(page, language, { backwards: true });
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    const menu = page.getByRole("navigation", { name: "Main menu" });
    expect(await menu.getByRole("link").allInnerTexts()).toEqual([
      "Regions",
      "Calls",
      "Personas",
      "Barriers",
      "Register organisation",
      "Sign in",
    ]);
    await page.getByRole("region", { name: "Where this persona appears" }).waitFor();
    expect(await page.getByRole("combobox", { name: "Language" }).inputValue()).toBe("en");
    await checkA11y(page);
  }, 120_000);
});

describe("a visitor on a phone (390×844)", () => {
  it("sees the barrier grid scroll inside its own region, not the whole page", async () => {
    const page = await newPageWith(harness, { viewport: phoneViewport, isMobile: true, hasTouch: true });
    await page.goto("/drempels");
    await page.getByRole("table", { name: /Drempels per regio/ }).waitFor();
    await checkA11y(page);
    // The grid is wider than the phone: it scrolls inside its own region, which a keyboard user can focus and
    // scroll with the arrow keys.
    const scroller = page.getByRole("region", { name: /drempels per regio/i });
    await tabTo(page, scroller);
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const { scrollWidth, innerWidth } = await horizontalOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  }, 120_000);
});
