// Signals, the timeline and "Actie nodig", with the keyboard only, on a 360 px phone. A companion in Maasland signs
// in and lands on "Actie nodig", which lists an overdue action of their client; they raise a signal about the bus
// linked to that client's trajectory; Maasland's coordinator finds it with "1 traject gekoppeld" (never which one)
// and who raised it, and acknowledges it; the companion's timeline of the client filters by a life domain. Every
// screen passes WCAG 2.1 AA (axe).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createUser, grantMembership } from "../../server/src/modules/accounts/service.ts";
import { demoPassword } from "../../server/src/demo/load.ts";
import { addDaysToLocalDate, utcToLocal } from "../../server/src/domain/milestones.ts";
import {
  buildClient,
  insertAction,
  insertGoal,
  insertNote,
  insertScan,
} from "../../server/src/modules/timeline/testing.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, horizontalOverflow, newPageWith, signInWithKeyboard, tabTo, typeInto } from "../support.ts";

const harness = await startHarness();
const db = harness.db;
const coordinator = harness.demoAccounts.find((a) => a.email === "coordinator.maasland@brug.demo");
if (!coordinator) throw new Error("The demo has no coordinator for Maasland");

const region = await db.selectFrom("regions").select("id").where("slug", "=", "maasland").executeTakeFirstOrThrow();
const organisation = await db
  .selectFrom("partnership_offers as o")
  .innerJoin("partnerships as p", "p.id", "o.partnership_id")
  .innerJoin("organisations as org", "org.id", "o.organisation_id")
  .select(["org.id", "org.name"])
  .where("p.region_id", "=", region.id)
  .orderBy("org.name")
  .executeTakeFirstOrThrow();
const companionEmail = "begeleider.signalen@example.be";
const companionUser = await createUser(
  db,
  { kind: "seed" },
  { email: companionEmail, displayName: "Ilse Begeleider", password: demoPassword, locale: "nl" },
);
await grantMembership(
  db,
  { kind: "seed" },
  { userId: companionUser.id, organisationId: organisation.id, regionId: region.id, role: "companion" },
);
const companion = { id: companionUser.id, organisationId: organisation.id };

// A client with a few weeks of history: a scan, a mental-health goal with a note, a work goal with an action that
// was due two days ago (Brussels) and is not done.
const now = new Date();
const weeksAgo = (weeks: number) => new Date(now.getTime() - weeks * 7 * 86_400_000);
const client = await buildClient(db, { regionId: region.id }, companion, weeksAgo(6), { givenName: "Yasmina" });
await insertScan(db, client.trajectoryId, companion.id, weeksAgo(5), [
  { code: "mental_health", score: 2 },
  { code: "work", score: 1 },
  { code: "mobility", score: 2 },
]);
const mindGoal = await insertGoal(
  db,
  client.trajectoryId,
  companion.id,
  "mental_health",
  "Rustiger slapen",
  weeksAgo(4),
);
await insertAction(db, mindGoal, client.trajectoryId, companion.id, {
  text: "Afspraak bij de huisarts maken",
  dueOn: null,
  at: weeksAgo(4),
});
await insertNote(db, client.trajectoryId, companion.id, {
  text: "Slaapt beter sinds de wandelgroep.",
  at: weeksAgo(1),
  confidentiality: "team",
  category: "mental_health",
  lifeDomain: "mental_health",
});
const workGoal = await insertGoal(db, client.trajectoryId, companion.id, "work", "Een vaste job", weeksAgo(3));
const dueOn = addDaysToLocalDate(utcToLocal(now.toISOString()).date, -2);
await insertAction(db, workGoal, client.trajectoryId, companion.id, {
  text: "Cv naar de VDAB-consulent sturen",
  dueOn,
  at: weeksAgo(3),
});

const signalTitle = "Geen bus naar het opleidingscentrum na 18 uur";

async function phonePage(): Promise<{ page: Page; fits: () => Promise<void> }> {
  const page = await newPageWith(harness, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const fits = async () => {
    const overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
  };
  return { page, fits };
}

describe("signals, the timeline and action needed, with the keyboard only", () => {
  it("the companion lands on Actie nodig, sees the overdue action and raises a signal linked to the trajectory", async () => {
    const { page, fits } = await phonePage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, companionEmail, demoPassword);
    await page.waitForURL((url) => url.pathname === "/werk");
    await page.getByRole("heading", { level: 1, name: "Actie nodig" }).waitFor();
    const overdue = page.getByRole("region", { name: /^Acties die te laat zijn/ });
    await overdue.getByText("Cv naar de VDAB-consulent sturen").waitFor();
    expect(await overdue.innerText()).toContain("Yasmina Cliënt");
    expect(await overdue.innerText()).toMatch(/Moest klaar zijn op \d+ \S+ \d{4}\./);
    expect(await overdue.getByRole("link", { name: "Naar het plan van Yasmina Cliënt" }).getAttribute("href")).toBe(
      `/clienten/${client.clientId}/plan`,
    );
    await checkA11y(page);
    await fits();

    await activate(page, page.getByRole("navigation").getByRole("link", { name: "Signalen" }));
    await page.waitForURL((url) => url.pathname === "/signalen");
    await page.getByRole("heading", { level: 1, name: "Signalen" }).waitFor();
    const form = page.getByRole("region", { name: "Een signaal melden" });
    await form.getByRole("checkbox", { name: "Yasmina Cliënt" }).waitFor();
    await checkA11y(page);
    await fits();

    // Sending it empty is refused next to the fields, nothing is raised.
    await activate(page, form.getByRole("button", { name: "Signaal melden" }));
    await form.getByText("Kies minstens één levensdomein.").waitFor();

    await typeInto(page, form.getByLabel(/^Titel/), signalTitle);
    await typeInto(page, form.getByLabel(/^Wat ziet u\?/), "Wie 's avonds les volgt, raakt niet meer thuis.");
    await tabTo(page, form.getByRole("checkbox", { name: "Mobiliteit" }));
    await page.keyboard.press("Space");
    await tabTo(page, form.getByRole("checkbox", { name: "Yasmina Cliënt" }));
    await page.keyboard.press("Space");
    expect(await form.getByRole("checkbox", { name: "Yasmina Cliënt" }).isChecked()).toBe(true);
    await activate(page, form.getByRole("button", { name: "Signaal melden" }));
    await page.getByText(`Het signaal "${signalTitle}" is gemeld.`).waitFor();

    const list = page.getByRole("region", { name: "Signalen in Maasland" });
    const card = list.getByRole("listitem").filter({ hasText: signalTitle });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain("1 traject gekoppeld");
    expect(text).toContain("door u gemeld");
    expect(text).toContain("Status: nieuw");
    await checkA11y(page);
    await fits();
  });

  it("the coordinator sees the signal with one trajectory and who raised it, and acknowledges it", async () => {
    const { page, fits } = await phonePage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, coordinator.email, coordinator.password);
    await activate(page, page.getByRole("navigation").getByRole("link", { name: "Signalen" }));
    await page.waitForURL((url) => url.pathname === "/signalen");
    const card = page
      .getByRole("region", { name: "Signalen in Maasland" })
      .getByRole("listitem")
      .filter({ hasText: signalTitle });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain("1 traject gekoppeld");
    expect(text).toContain(`Gemeld door Ilse Begeleider (${organisation.name})`);
    expect(text).not.toContain("Yasmina");
    await checkA11y(page);
    await fits();

    await tabTo(page, card.getByLabel("Status", { exact: true }));
    await page.keyboard.type("erkend");
    await typeInto(page, card.getByLabel("Antwoord aan wie het meldde"), "Besproken met De Lijn.");
    await activate(page, card.getByRole("button", { name: "Opvolging bewaren" }));
    await page.getByText(`"${signalTitle}" is nu erkend.`).waitFor();
    // The list is read again after the save: wait for the card to say so rather than reading it at once.
    await card.getByText("Status: erkend").waitFor();
    expect(await card.innerText()).toContain("Antwoord: Besproken met De Lijn.");
    await checkA11y(page);
  });

  it("the companion's timeline of the client filters by a life domain", async () => {
    const { page, fits } = await phonePage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, companionEmail, demoPassword);
    await page.waitForURL((url) => url.pathname === "/werk");
    await page.goto(`/clienten/${client.clientId}/tijdlijn`);
    await page.getByRole("heading", { level: 1, name: "Tijdlijn van Yasmina Cliënt" }).waitFor();
    const entries = page.getByRole("list", { name: "Tijdlijn van Yasmina Cliënt" }).getByRole("listitem");
    await entries.first().waitFor();
    expect(await entries.first().innerText()).toContain("Slaapt beter sinds de wandelgroep.");
    const all = await entries.count();
    expect(all).toBeGreaterThanOrEqual(7);
    await checkA11y(page);
    await fits();

    await tabTo(page, page.getByLabel("Toon voor levensdomein"));
    await page.keyboard.type("Psychisch");
    await page.getByText("4 gebeurtenissen voor Psychisch welzijn getoond.").waitFor();
    const shown = await entries.allInnerTexts();
    expect(shown).toHaveLength(4);
    expect(shown.join("\n")).not.toContain("Cv naar de VDAB-consulent sturen");
    for (const entry of shown) expect(entry).toContain("Psychisch welzijn");
    await checkA11y(page);
    await fits();
  });
});
