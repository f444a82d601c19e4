// The situation scan, with the keyboard only, on a 360 px phone. A companion in Maasland opens a client's file,
// goes to "Situatie", records a first scan (a month ago: language, care tasks and digital skills with their
// barriers, the ladder), and reads the suggestions: Maasland's challenge 1 and its persona Chadia, explained by the
// shared barriers, and an offer of the partnership with what fits. A second scan today shows the progress in the
// table (the chart's text alternative). Every screen passes WCAG 2.1 AA (axe) and nothing scrolls sideways.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createUser, grantMembership } from "../../server/src/modules/accounts/service.ts";
import { demoPassword } from "../../server/src/demo/load.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, horizontalOverflow, newPageWith, signInWithKeyboard, tabTo, typeInto } from "../support.ts";

const harness = await startHarness();
const db = harness.db;

// The client and trajectory are rows of the fixed schema (the client module's own journey creates files through
// the screens); the companion is seeded through the account functions, as an administrator would.
const region = await db.selectFrom("regions").select("id").where("slug", "=", "maasland").executeTakeFirstOrThrow();
const maasmechelen = await db
  .selectFrom("municipalities")
  .select("id")
  .where("region_id", "=", region.id)
  .where("name", "=", "Maasmechelen")
  .executeTakeFirstOrThrow();
const organisation = await db
  .selectFrom("organisations")
  .select("id")
  .where("name", "=", "Vzw Maasbrug (fictief)")
  .executeTakeFirstOrThrow();
const email = "companion.scan@example.be";
const companion = await createUser(
  db,
  { kind: "seed" },
  { email, displayName: "Sanne Scan (fictief)", password: demoPassword, locale: "nl" },
);
await grantMembership(
  db,
  { kind: "seed" },
  { userId: companion.id, organisationId: organisation.id, regionId: region.id, role: "companion" },
);
const now = new Date();
const client = await db
  .insertInto("clients")
  .values({
    region_id: region.id,
    given_name: "Amal",
    family_name: "Scan (fictief)",
    contact_languages: ["ar", "fr"],
    residence: "municipality",
    municipality_id: maasmechelen.id,
    created_by: companion.id,
    created_at: now,
    updated_at: now,
  })
  .returning("id")
  .executeTakeFirstOrThrow();
await db
  .insertInto("trajectories")
  .values({
    client_id: client.id,
    region_id: region.id,
    companion_user_id: companion.id,
    companion_organisation_id: organisation.id,
    status: "active",
    status_changed_at: now,
    started_at: new Date(now.getTime() - 60 * 24 * 3600 * 1000),
    created_by: companion.id,
    created_at: now,
  })
  .execute();

/** A Brussels calendar day `daysAgo` before today, as Belgians type it. */
function typedDay(daysAgo: number): string {
  const day = new Date(now.getTime() - daysAgo * 24 * 3600 * 1000);
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(day).split("-");
  return `${d}/${m}/${y}`;
}

async function fits(page: Page) {
  const overflow = await horizontalOverflow(page);
  expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
}

/** Moves the checked radio of a group with the arrow keys, as a keyboard user does: from the checked one. */
async function chooseRadio(page: Page, checked: Locator, steps: number) {
  await tabTo(page, checked);
  for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowDown");
}

/** Opens a life domain's block, scores it and ticks barriers, all with the keyboard. */
async function scoreDomain(page: Page, code: string, name: string, score: number, barriers: string[]) {
  const block = page.locator(`#f-domain-${code}`);
  await tabTo(page, block.locator("summary"));
  await page.keyboard.press("Enter");
  await block.getByRole("radio", { name: "niet gescoord" }).waitFor();
  const current = (await block.getByRole("radio", { checked: true }).getAttribute("value")) ?? "";
  await chooseRadio(page, block.getByRole("radio", { checked: true }), score - Number(current || 0));
  expect(await block.getByRole("radio", { checked: true }).getAttribute("value")).toBe(String(score));
  for (const barrier of barriers) {
    const box = block.getByRole("checkbox", { name: barrier });
    await tabTo(page, box);
    await page.keyboard.press("Space");
    expect(await box.isChecked()).toBe(true);
  }
  expect(await block.locator("summary").innerText()).toContain(name);
}

async function setDate(page: Page, text: string) {
  const field = page.getByRole("textbox", { name: "Datum" });
  await tabTo(page, field);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await typeInto(page, field, text);
}

describe("the situation scan, with the keyboard only on a phone", () => {
  it("records a scan, explains the suggestions, and shows the progress after a second scan", async () => {
    const page = await newPageWith(harness, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, email, demoPassword);
    await page.goto(`/clienten/${client.id}`);
    await activate(
      page,
      page.getByRole("navigation", { name: "Delen van het dossier" }).getByRole("link", { name: "Situatie" }),
    );
    await page.waitForURL((url) => url.pathname === `/clienten/${client.id}/situatie`);
    await page.getByRole("heading", { level: 1, name: "Situatie en voortgang" }).waitFor();
    await page.getByText("Er is nog geen situatieschets.").waitFor();
    await checkA11y(page);
    await fits(page);

    // The first scan, a month ago, at the start of the trajectory.
    await activate(page, page.getByRole("button", { name: "Nieuwe situatieschets" }));
    await page.getByRole("heading", { level: 2, name: "Nieuwe situatieschets" }).waitFor();
    await setDate(page, typedDay(30));
    expect(await page.getByRole("radio", { name: "start" }).isChecked()).toBe(true);
    await chooseRadio(
      page,
      page.getByRole("radiogroup", { name: /^Participatieladder/ }).getByRole("radio", { checked: true }),
      2,
    );
    await typeInto(
      page,
      page.getByRole("textbox", { name: /^Wat wil de cliënt zelf/ }),
      "Ik wil koken in een restaurant.",
    );
    await scoreDomain(page, "language", "Taal", 2, ["Beperkte kennis van het Nederlands"]);
    await scoreDomain(page, "childcare_care", "Kinderopvang en zorgtaken", 2, [
      "Zorgtaken voor gezin of zorgbehoevende ouders",
    ]);
    await scoreDomain(page, "digital", "Digitale vaardigheden", 3, ["Beperkte digitale vaardigheden (digibeten)"]);
    await checkA11y(page);
    await fits(page);
    await activate(page, page.getByRole("button", { name: "Situatieschets opslaan" }));
    await page
      .getByRole("status")
      .filter({ hasText: /^De situatieschets van .* is opgeslagen\.$/ })
      .waitFor();

    // The suggestions: the challenge and the persona it resembles, with the shared barriers as the reason.
    const challenges = page.getByRole("region", { name: /^Regio-uitdagingen van Maasland/ });
    const challenge = challenges.getByRole("article", { name: "Regio-uitdaging 1" });
    await challenge.waitFor();
    expect(await challenge.innerText()).toContain("3 van de 5 drempels komen overeen");
    expect(await challenge.innerText()).toContain("Beperkte kennis van het Nederlands (Taal, score 2)");
    const persona = page.getByRole("region", { name: "Persona's die erop lijken" }).getByRole("article", {
      name: "Persona Chadia",
    });
    expect(await persona.innerText()).toContain("Zorgtaken voor gezin of zorgbehoevende ouders");
    expect(await persona.innerText()).toContain("Niet bij deze cliënt:");
    // An offer of Maasland's partnership for the kinds of help the challenge asks, with what fits and what not.
    const offers = page.getByRole("region", { name: "Aanbod dat past" });
    expect(await offers.innerText()).toContain("De cliënt woont in Maasmechelen en spreekt Arabisch, Frans.");
    const offer = offers.getByRole("article").first();
    expect(await offer.innerText()).toContain("Wat past:");
    expect(await offer.innerText()).toMatch(/nodig voor regio-uitdaging 1/);
    const refer = offer.getByRole("link", { name: /^Doorverwijzen naar / });
    expect(await refer.getAttribute("href")).toMatch(new RegExp(`^/clienten/${client.id}/doorverwijzingen\\?offer=`));
    await checkA11y(page);
    await fits(page);

    // A second scan today: Dutch is going better, the ladder one rung up.
    await activate(page, page.getByRole("button", { name: "Nieuwe situatieschets" }));
    await page.getByRole("heading", { level: 2, name: "Nieuwe situatieschets" }).waitFor();
    expect(await page.getByRole("radio", { name: "tijdens" }).isChecked()).toBe(true);
    await chooseRadio(
      page,
      page.getByRole("radiogroup", { name: /^Participatieladder/ }).getByRole("radio", { checked: true }),
      3,
    );
    await scoreDomain(page, "language", "Taal", 3, ["Beperkte kennis van het Nederlands"]);
    await activate(page, page.getByRole("button", { name: "Situatieschets opslaan" }));
    await page
      .getByRole("status")
      .filter({ hasText: /is opgeslagen\.$/ })
      .waitFor();

    const table = page.getByRole("table", { name: "Scores per situatieschets" });
    await table.waitFor();
    const language = table.getByRole("row", { name: /^Taal/ });
    expect((await language.getByRole("cell").allInnerTexts()).map((s) => s.trim())).toEqual(["2/5", "3/5"]);
    const care = table.getByRole("row", { name: /^Kinderopvang en zorgtaken/ });
    expect((await care.getByRole("cell").allInnerTexts()).map((s) => s.trim())).toEqual(["2/5", "–"]);
    const ladder = table.getByRole("row", { name: /^Participatieladder/ });
    expect((await ladder.getByRole("cell").allInnerTexts()).map((s) => s.trim())).toEqual(["2/6", "3/6"]);
    await page.getByRole("img", { name: /^Grafiek van de scores per levensdomein/ }).waitFor();
    expect(await page.getByRole("heading", { level: 2, name: "2 situatieschetsen" }).count()).toBe(1);
    await checkA11y(page);
    await fits(page);
  });
});
