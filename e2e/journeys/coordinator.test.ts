// The coordinator of Maasland changes the addendum with the keyboard only: a saved draft stays private until it is
// published, publishing shows it to everyone, and the history says who did it. Refused input is shown next to the
// field, keeps what was typed, and saves or publishes nothing. Every screen must pass WCAG 2.1 AA (axe).
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Draft, PublicAddendum } from "../../server/src/modules/addenda/schemas.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, signInWithKeyboard, tabTo } from "../support.ts";

const harness = await startHarness();
const coordinator = harness.demoAccounts.find((a) => a.email === "coordinator.maasland@brug.demo");
if (!coordinator) throw new Error("The demo has no coordinator for Maasland");

/**
 * The editor lists every field of the addendum before its save bar; the skip link near the top of the form gets
 * there in one step. Tabs to the skip link (backwards from inside the form, forwards from the header), follows it,
 * and checks that the save button has the focus.
 */
async function toSaveBar(page: Page, save: string, options: { backwards: boolean }): Promise<void> {
  const skip = page.getByRole("button", { name: /^(Naar opslaan en publiceren|Skip to save and publish)$/ });
  await activate(page, skip, { backwards: options.backwards, max: 40 });
  await expect
    .poll(() => page.getByRole("button", { name: save }).evaluate((el) => el === document.activeElement))
    .toBe(true);
}

async function publicMaasland(): Promise<PublicAddendum> {
  const response = await fetch(`${harness.baseUrl}/api/public/addenda/maasland`);
  expect(response.status).toBe(200);
  return (await response.json()) as PublicAddendum;
}

/** The coordinator's own view of the latest version, through the browser's session. */
async function draftOf(page: Page): Promise<Draft> {
  const response = await page.request.get("/api/addenda/maasland/draft");
  expect(response.status()).toBe(200);
  return (await response.json()) as Draft;
}

async function versionRows(): Promise<number> {
  const rows = await harness.db
    .selectFrom("addendum_versions")
    .innerJoin("addenda", "addenda.id", "addendum_versions.addendum_id")
    .innerJoin("regions", "regions.id", "addenda.region_id")
    .where("regions.slug", "=", "maasland")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(rows.count);
}

/** Signs in from the home page and opens the Maasland editor from the coordinator overview. */
async function openEditor(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
  await signInWithKeyboard(page, coordinator!.email, coordinator!.password);
  await page.getByRole("heading", { level: 1, name: "Beheer" }).waitFor();
  const edit = page.getByRole("link", { name: "Maasland bewerken" });
  await edit.waitFor();
  await checkA11y(page);
  await activate(page, edit);
  await page.waitForURL((url) => url.pathname === "/beheer/addenda/maasland");
  await page.getByRole("heading", { level: 1, name: "Addendum Maasland bewerken" }).waitFor();
  await page.getByLabel("Titel van het addendum").waitFor();
  await checkA11y(page);
}

/** Question `n` of challenge `challenge` in the editor, found by its label in either language. */
function questionField(page: Page, challenge: number, n: number): Locator {
  return page
    .getByRole("region", { name: new RegExp(`^(Regio-uitdaging|Regional challenge) ${challenge}$`) })
    .getByLabel(new RegExp(`^(Vraag|Question) ${n}$`));
}

/** What a screen reader reads as the field's description: the texts its aria-describedby points to. */
async function describedBy(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

/** The text of the public page's challenge `number`, as an anonymous visitor reads it. */
async function publicChallengeText(page: Page, number: number): Promise<string> {
  return page.getByRole("article", { name: `Regio-uitdaging ${number}`, exact: true }).innerText();
}

describe("the coordinator of Maasland, with the keyboard only", () => {
  it("saves a changed question as a draft that the public does not see, publishes it, and finds it in the history", async () => {
    const page = await harness.newPage();
    await openEditor(page);
    const before = await draftOf(page);
    const original = before.document.challenges[0]!.questions[0]!;
    const marker = `(gewijzigd in e2e ${Date.now()})`;

    const question = questionField(page, 1, 1);
    await tabTo(page, question, { max: 300 });
    expect(await question.inputValue()).toBe(original);
    await page.keyboard.press("Control+End");
    await page.keyboard.type(` ${marker}`);
    expect(await question.inputValue()).toBe(`${original} ${marker}`);

    // Ctrl+S saves from inside the field, as in any editor.
    await page.keyboard.press("Control+s");
    const saved = before.version.number + 1;
    await page.getByText(`Opgeslagen als concept: versie ${saved}.`).waitFor();
    await checkA11y(page);

    // A fresh, anonymous visitor still reads the published text: a draft never leaks.
    const visitor = await harness.newPage();
    await visitor.goto("/addenda/maasland");
    await visitor.getByRole("article", { name: "Regio-uitdaging 1", exact: true }).waitFor();
    expect(await publicChallengeText(visitor, 1)).toContain(original);
    expect(await publicChallengeText(visitor, 1)).not.toContain(marker);
    await checkA11y(visitor);
    const stillPublic = await publicMaasland();
    expect(stillPublic.version.number).toBe(before.publishedVersion);
    expect(JSON.stringify(stillPublic.document)).not.toContain(marker);

    // The notice after saving has the focus; the skip link just above it leads to the save bar.
    await toSaveBar(page, "Opslaan als concept", { backwards: true });
    await activate(page, page.getByRole("button", { name: "Publiceren" }), { max: 3 });
    await page.getByText(`Versie ${saved} is gepubliceerd. Het publiek ziet ze nu.`).waitFor();
    await checkA11y(page);

    await visitor.reload();
    await visitor.getByRole("article", { name: "Regio-uitdaging 1", exact: true }).waitFor();
    expect(await publicChallengeText(visitor, 1)).toContain(`${original} ${marker}`);
    await checkA11y(visitor);
    expect((await publicMaasland()).version.number).toBe(saved);

    await activate(page, page.getByRole("link", { name: "Geschiedenis", exact: true }), { backwards: true, max: 40 });
    await page.waitForURL((url) => url.pathname === "/beheer/addenda/maasland/geschiedenis");
    await page.getByRole("heading", { level: 1, name: "Geschiedenis van Maasland" }).waitFor();
    const row = page.getByRole("row", { name: new RegExp(`^Versie ${saved}\\b`) });
    await row.waitFor();
    const cells = await row.getByRole("cell").allInnerTexts();
    // Columns after the version: saved on, by, changes, published.
    expect(cells[1]).toBe(coordinator!.displayName);
    expect(cells[3]).toMatch(/^Ja\s/);
    expect(cells[3]).toContain(`door ${coordinator!.displayName}`);
    await checkA11y(page);
  }, 180_000);

  it("is told next to the field that an emptied title needs filling in, keeps the other edit, and nothing is saved or published", async () => {
    const page = await harness.newPage();
    await openEditor(page);
    const before = await draftOf(page);
    const publicBefore = await publicMaasland();
    const rowsBefore = await versionRows();
    const kept = `(bewaard in e2e ${Date.now()})`;

    const title = page.getByLabel(/^(Titel van het addendum|Title of the addendum)$/);
    await tabTo(page, title, { max: 100 });
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    expect(await title.inputValue()).toBe("");

    const question = questionField(page, 1, 2);
    await tabTo(page, question, { max: 300 });
    await page.keyboard.press("Control+End");
    await page.keyboard.type(` ${kept}`);

    await tabTo(page, title, { backwards: true, max: 300 });
    await toSaveBar(page, "Opslaan als concept", { backwards: true });
    await page.keyboard.press("Enter");
    const summary = page.getByRole("heading", { name: "Controleer 1 veld" });
    await summary.waitFor();
    // The focus moves to the summary, so a screen-reader user hears that something needs fixing.
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);

    // The message sits next to the field, in the user's language, and is tied to the field for screen readers.
    expect(await title.getAttribute("aria-invalid")).toBe("true");
    expect(await describedBy(title)).toContain("Vul dit veld in.");
    expect(await question.inputValue()).toContain(kept);
    await checkA11y(page);

    // The summary's entry takes the keyboard user to the field.
    await activate(page, page.getByRole("button", { name: "Titel van het addendum: Vul dit veld in." }), { max: 20 });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);

    // In English the same refusal reads in English, and the edits survive the switch of language.
    await tabTo(page, page.getByRole("combobox", { name: "Taal" }), { backwards: true, max: 60 });
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    await toSaveBar(page, "Save as draft", { backwards: false });
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Check 1 field" }).waitFor();
    await expect.poll(() => describedBy(title)).toContain("Please fill in this field.");
    expect(await title.inputValue()).toBe("");
    expect(await question.inputValue()).toContain(kept);
    await checkA11y(page);

    // Nothing was saved and nothing was published.
    expect((await draftOf(page)).version.number).toBe(before.version.number);
    expect(await versionRows()).toBe(rowsBefore);
    const publicAfter = await publicMaasland();
    expect(publicAfter).toEqual(publicBefore);
    expect(JSON.stringify(publicAfter.document)).not.toContain(kept);
    expect(await page.getByRole("button", { name: "Publish", exact: true }).isDisabled()).toBe(true);
  }, 180_000);
});
