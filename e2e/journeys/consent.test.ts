// Consent, with the keyboard only, on a 360 px phone. A companion in Maasland opens a client's consent tab, records
// the client's spoken consent to share general and financial information with one partner of the partnership,
// reads the client's summary in French (and its PDF), then revokes the consent in writing after the confirmation
// dialog: the list says "Ingetrokken", the summary says nobody may see anything, and the database holds who revoked
// it and how. Every screen passes WCAG 2.1 AA (axe) and nothing scrolls sideways.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createUser, grantMembership } from "../../server/src/modules/accounts/service.ts";
import { buildClient } from "../../server/src/modules/consents/testing.ts";
import { demoPassword } from "../../server/src/demo/load.ts";
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

const harness = await startHarness();
const db = harness.db;

const region = await db
  .selectFrom("regions")
  .innerJoin("partnerships as p", "p.region_id", "regions.id")
  .select(["regions.id", "regions.name"])
  .where("regions.slug", "=", "maasland")
  .executeTakeFirstOrThrow();
const vdab = await db
  .selectFrom("partnership_members as m")
  .innerJoin("partnerships as p", "p.id", "m.partnership_id")
  .select("m.organisation_id")
  .where("p.region_id", "=", region.id)
  .where("m.kind", "=", "vdab")
  .executeTakeFirstOrThrow();
// The first partner of Maasland by name: the one the companion picks in the list.
const partner = await db
  .selectFrom("partnership_members as m")
  .innerJoin("partnerships as p", "p.id", "m.partnership_id")
  .innerJoin("organisations as o", "o.id", "m.organisation_id")
  .select(["o.id", "o.name"])
  .where("p.region_id", "=", region.id)
  .where("m.kind", "=", "partner")
  .orderBy("o.name")
  .executeTakeFirstOrThrow();

// A companion of our own with a client of their own, seeded through the server's account functions and rows.
const companionEmail = "companion.consent@example.be";
const companionUser = await createUser(
  db,
  { kind: "seed" },
  { email: companionEmail, displayName: "Lies Vandenbroeck", password: demoPassword, locale: "nl" },
);
await grantMembership(
  db,
  { kind: "seed" },
  { userId: companionUser.id, organisationId: vdab.organisation_id!, regionId: region.id, role: "companion" },
);
const { clientId } = await buildClient(
  db,
  region.id,
  {
    id: companionUser.id,
    email: companionEmail,
    password: demoPassword,
    organisationId: vdab.organisation_id!,
    regionId: region.id,
  },
  new Date(),
);

async function phonePage(): Promise<{ page: Page; fits: () => Promise<void> }> {
  const page = await newPageWith(harness, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const fits = async () => {
    const overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
  };
  return { page, fits };
}

describe("consent, with the keyboard only", () => {
  it("a companion records a consent for a partner, shows the client the summary in French and revokes it", async () => {
    const { page, fits } = await phonePage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, companionEmail, demoPassword);
    await page.goto(`/clienten/${clientId}/toestemming`);
    await page.getByRole("heading", { level: 1, name: "Toestemming van Chadia Testcliënt" }).waitFor();
    await page.getByText("Nog geen toestemming vastgelegd.").waitFor();
    await checkA11y(page);
    await fits();

    // With one partner (the default), chosen in the list with the arrow keys.
    const select = page.getByRole("combobox", { name: "Partner" });
    await tabTo(page, select);
    for (
      let i = 0;
      i < 20 && (await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)) !== partner.name;
      i++
    ) {
      await page.keyboard.press("ArrowDown");
    }
    expect(await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe(partner.name);
    // General information is always included; the partner also needs the client's finances.
    expect(await page.getByRole("checkbox", { name: /^Algemeen/ }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole("checkbox", { name: /^Financiën en administratie/ }));
    await page.keyboard.press("Space");
    expect(await page.getByLabel("Geldt tot en met").inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await activate(page, page.getByRole("button", { name: "Toestemming vastleggen" }));
    await page.getByRole("status").getByText(`Toestemming voor ${partner.name} vastgelegd.`).waitFor();
    const card = page.getByRole("listitem").filter({ hasText: partner.name });
    await card.getByText("Geldig").waitFor();
    expect(await card.innerText()).toContain("Algemeen, Financiën en administratie");
    expect(await card.innerText()).toContain("Vastgelegd door Lies Vandenbroeck");
    await checkA11y(page);
    await fits();

    // The client reads French: the summary in French, marked as French for screen readers, with its PDF.
    await tabTo(page, page.getByRole("radio", { name: "Nederlands" }));
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: "Français" }).isChecked()).toBe(true);
    const summary = page.locator(".consent-summary[lang=fr]");
    await summary.getByText("Qui peut voir vos informations ?").waitFor();
    const text = await summary.innerText();
    expect(text).toContain(partner.name);
    expect(text).toContain("Argent et papiers");
    expect(text).toContain("Demandez à votre accompagnateur : Lies Vandenbroeck");
    const pdfLink = page.getByRole("link", { name: /^PDF downloaden \(Français\)/ });
    await tabTo(page, pdfLink);
    const pdf = await page.request.get((await pdfLink.getAttribute("href")) ?? "");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    await checkA11y(page);
    await fits();

    // Revoking, after the confirmation dialog: in writing, with a reason.
    await activate(page, page.getByRole("button", { name: `Toestemming voor ${partner.name} intrekken` }), {
      backwards: true,
    });
    const dialog = page.getByRole("dialog", { name: "Toestemming intrekken" });
    await dialog.waitFor();
    await animationsFinished(page);
    await checkA11y(page);
    await tabTo(page, dialog.getByRole("radio", { name: "Mondeling" }));
    await page.keyboard.press("ArrowDown");
    expect(await dialog.getByRole("radio", { name: "Schriftelijk" }).isChecked()).toBe(true);
    await typeInto(page, dialog.getByLabel("Reden (niet verplicht)"), "Wil het zelf regelen");
    await activate(page, dialog.getByRole("button", { name: "Toestemming intrekken", exact: true }));
    await page.getByRole("status").getByText(`Toestemming voor ${partner.name} ingetrokken.`).waitFor();
    await card.getByText("Ingetrokken", { exact: true }).waitFor();
    expect(await card.innerText()).toContain("Ingetrokken door Lies Vandenbroeck");
    await summary.getByText("Pour le moment, vous n'avez donné votre accord à personne.", { exact: false }).waitFor();
    await checkA11y(page);
    await fits();

    const row = await db
      .selectFrom("consents")
      .select(["revoked_by", "revoked_how", "categories"])
      .where("client_id", "=", clientId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ revoked_by: companionUser.id, revoked_how: "written", categories: ["general", "finances"] });
  });
});
