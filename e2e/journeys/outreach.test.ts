// Outreach to a client file, with the keyboard only, on a 360 px phone. A companion in Maasland records an anonymous
// contact on the street (a nickname and an estimated age), meets the same young man again at the food bank and links
// that contact to him from the recent list, then makes a client file when he agrees: the duplicate check finds a
// file of the companion's with a close name and the same birth date, the companion confirms it is someone else, and
// the file opens with its trajectory in "aanmelding"; the companion moves it to intake. The outreach contacts stay as
// the file's history. Every screen passes WCAG 2.1 AA (axe) and nothing scrolls sideways.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createUser, grantMembership } from "../../server/src/modules/accounts/service.ts";
import { demoPassword } from "../../server/src/demo/load.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, horizontalOverflow, newPageWith, signInWithKeyboard, tabTo, typeInto } from "../support.ts";

const harness = await startHarness();
const db = harness.db;

const region = await db.selectFrom("regions").select(["id"]).where("slug", "=", "maasland").executeTakeFirstOrThrow();
const vdab = await db
  .selectFrom("partnership_members as m")
  .innerJoin("partnerships as p", "p.id", "m.partnership_id")
  .select("m.organisation_id")
  .where("p.region_id", "=", region.id)
  .where("m.kind", "=", "vdab")
  .executeTakeFirstOrThrow();

// A companion of our own, seeded through the server's account functions, with one client file already: Saled
// Ahmadi, born 12 April 1998 (fictional).
const companionEmail = "companion.outreach@example.be";
const companion = await createUser(
  db,
  { kind: "seed" },
  { email: companionEmail, displayName: "Jonas Outreach", password: demoPassword, locale: "nl" },
);
await grantMembership(
  db,
  { kind: "seed" },
  { userId: companion.id, organisationId: vdab.organisation_id!, regionId: region.id, role: "companion" },
);
const earlier = new Date(Date.now() - 200 * 24 * 60 * 60 * 1000);
const existing = await db
  .insertInto("clients")
  .values({
    region_id: region.id,
    given_name: "Saled",
    family_name: "Ahmadi",
    birth_date: "1998-04-12",
    contact_languages: ["ps"],
    residence: "unknown",
    created_by: companion.id,
    created_at: earlier,
    updated_at: earlier,
  })
  .returning("id")
  .executeTakeFirstOrThrow();
await db
  .insertInto("trajectories")
  .values({
    client_id: existing.id,
    region_id: region.id,
    companion_user_id: companion.id,
    companion_organisation_id: vdab.organisation_id!,
    status: "active",
    status_changed_at: earlier,
    started_at: earlier,
    created_by: companion.id,
    created_at: earlier,
  })
  .execute();

async function phonePage(): Promise<{ page: Page; fits: () => Promise<void> }> {
  const page = await newPageWith(harness, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const fits = async () => {
    const overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
  };
  return { page, fits };
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  const select = page.getByRole("combobox", { name: label });
  await tabTo(page, select);
  for (
    let i = 0;
    i < 20 && (await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)) !== option;
    i++
  ) {
    await page.keyboard.press("ArrowDown");
  }
  expect(await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe(option);
}

describe("from the street to a client file, with the keyboard only", () => {
  it("records an anonymous contact, links a second one, converts him after the duplicate check and starts the intake", async () => {
    const { page, fits } = await phonePage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, companionEmail, demoPassword);

    await activate(page, page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Outreach" }));
    await page.waitForURL((url) => url.pathname === "/outreach");
    await page.getByRole("heading", { level: 1, name: "Outreach" }).waitFor();
    await checkA11y(page);
    await fits();

    // First contact: someone new, only a nickname and an estimated age, on the street, about housing.
    await typeInto(page, page.getByLabel("Bijnaam"), "Rode pet");
    await choose(page, "Geschatte leeftijd", "18 tot 24");
    await tabTo(page, page.getByRole("checkbox", { name: "Wonen" }));
    await page.keyboard.press("Space");
    await activate(page, page.getByRole("button", { name: "Contact bewaren" }));
    await page.getByRole("status").getByText("Het contact met Rode pet is bewaard.").waitFor();
    const recent = page.getByRole("region", { name: "Recente personen" });
    // The demo has its own anonymous young people in the list: find this one by the nickname.
    await recent
      .getByRole("listitem")
      .filter({ hasText: "Rode pet" })
      .getByText(/18 tot 24 · 1 contact/)
      .waitFor();
    await checkA11y(page);
    await fits();

    // Three days later at the food bank: the same young man, picked from the recent list.
    await activate(page, recent.getByRole("button", { name: "Nieuw contact met Rode pet" }));
    expect(await page.getByRole("radio", { name: "Iemand die we al kennen" }).isChecked()).toBe(true);
    expect(await page.getByRole("radio", { name: /^Rode pet/ }).isChecked()).toBe(true);
    await choose(page, "Vindplaats", "voedselbank");
    await activate(page, page.getByRole("button", { name: "Contact bewaren" }));
    await page.getByRole("status").getByText("Het contact met Rode pet is bewaard.").waitFor();
    await recent.getByText(/2 contacten/).waitFor();
    await checkA11y(page);
    await fits();

    // He agrees to a file.
    await activate(page, recent.getByRole("link", { name: "Dossier maken voor Rode pet" }));
    await page.waitForURL((url) => url.pathname === "/clienten/nieuw");
    await page.getByRole("heading", { level: 1, name: "Nieuw dossier" }).waitFor();
    await page.getByText("Dit dossier komt van het outreach-contact met Rode pet.", { exact: false }).waitFor();
    await checkA11y(page);
    await fits();
    await typeInto(page, page.getByLabel("Voornaam"), "Saled");
    await typeInto(page, page.getByLabel("Familienaam"), "Ahmady");
    await typeInto(page, page.getByLabel("Geboortedatum"), "12/04/1998");
    await tabTo(page, page.getByRole("checkbox", { name: "Engels" }));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("checkbox", { name: "Een tolk is nodig" }));
    await page.keyboard.press("Space");

    // Creating checks for duplicates first: the companion's own Saled Ahmadi, same birth date.
    await activate(page, page.getByRole("button", { name: "Dossier aanmaken" }));
    const duplicates = page.getByRole("region", { name: "Mogelijke dubbele dossiers" });
    await duplicates.getByRole("link", { name: "Dossier van Saled Ahmadi openen" }).waitFor();
    expect(await duplicates.innerText()).toContain("Gelijk: naam, geboortedatum — waarschijnlijk dezelfde persoon");
    expect(new URL(page.url()).pathname).toBe("/clienten/nieuw");
    await checkA11y(page);
    await fits();
    await tabTo(page, page.getByRole("checkbox", { name: "Ik heb het nagekeken: dit is iemand anders" }));
    await page.keyboard.press("Space");
    await activate(page, page.getByRole("button", { name: "Dossier aanmaken" }));

    await page.waitForURL((url) => /^\/clienten\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByRole("heading", { level: 1, name: "Overzicht van Saled Ahmady" }).waitFor();
    const clientId = new URL(page.url()).pathname.split("/")[2]!;
    const tabs = page.getByRole("navigation", { name: "Delen van het dossier" });
    expect(await tabs.getByRole("link").allInnerTexts()).toEqual([
      "Overzicht",
      "Toestemming",
      "Situatie",
      "Plan",
      "Afspraken",
      "Notities",
      "Doorverwijzingen",
      "Tijdlijn",
    ]);
    const trajectory = page.getByRole("region", { name: "Traject" });
    expect(await trajectory.innerText()).toContain("aanmelding");
    expect(await trajectory.innerText()).toContain("Jonas Outreach");
    await page.getByText("Dit dossier begon bij een outreach-contact.").waitFor();
    await checkA11y(page);
    await fits();

    // The first conversation: intake.
    await activate(page, trajectory.getByRole("button", { name: "Status veranderen" }));
    expect(await page.getByRole("combobox", { name: "Nieuwe status" }).inputValue()).toBe("intake");
    await activate(page, trajectory.getByRole("button", { name: "Bewaren" }));
    await trajectory.getByRole("status").getByText("De status is veranderd.").waitFor();
    await trajectory.getByText("Status: aanmelding → intake").waitFor();
    await checkA11y(page);
    await fits();

    const person = await db
      .selectFrom("outreach_persons")
      .select(["id", "client_id"])
      .where("nickname", "=", "Rode pet")
      .executeTakeFirstOrThrow();
    expect(person.client_id).toBe(clientId);
    const contacts = await db
      .selectFrom("outreach_contacts")
      .select("finding_place")
      .where("person_id", "=", person.id)
      .execute();
    expect(contacts.map((c) => c.finding_place).sort()).toEqual(["food_bank", "street"]);
    const row = await db
      .selectFrom("trajectories")
      .innerJoin("clients", "clients.id", "trajectories.client_id")
      .select(["trajectories.status", "clients.interpreter_needed", "clients.contact_languages"])
      .where("clients.id", "=", clientId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "intake", interpreter_needed: true, contact_languages: ["en"] });
  });
});
