// The formed partnership, with the keyboard only, on a 360 px phone. Maasland's coordinator opens the 2023 call,
// reads that its decisions formed the partnership (the demo call's page says why it still waits) and follows the
// link to it: VDAB, the five municipalities and the
// selected organisations with the candidacy version they came from, and their offers per service type and per
// municipality. Then a partner's own staff member opens the candidacy that made the organisation a partner, goes
// to its offers and changes the waiting time, which the offer then shows (and the audit log holds). Every screen passes
// WCAG 2.1 AA (axe).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createUser, grantMembership } from "../../server/src/modules/accounts/service.ts";
import { demoCallTitle, regionalCallTitle } from "../../server/src/demo/calls.ts";
import { demoPassword } from "../../server/src/demo/load.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, horizontalOverflow, newPageWith, signInWithKeyboard, tabTo, typeInto } from "../support.ts";

const harness = await startHarness();
const db = harness.db;
const coordinator = harness.demoAccounts.find((a) => a.email === "coordinator.maasland@brug.demo");
if (!coordinator) throw new Error("The demo has no coordinator for Maasland");

const call = await db
  .selectFrom("calls")
  .innerJoin("regions", "regions.id", "calls.region_id")
  .select("calls.id")
  .where("regions.slug", "=", "maasland")
  .where("calls.title", "=", regionalCallTitle)
  .executeTakeFirstOrThrow();

// The partner of Maasland with the fewest offers (one per service type it named), and a staff member of it who can sign in (seeded through the server's
// own account functions, as registration would).
const partner = await db
  .selectFrom("partnership_offers as o")
  .innerJoin("organisations as org", "org.id", "o.organisation_id")
  .innerJoin("partnerships as p", "p.id", "o.partnership_id")
  .innerJoin("regions as r", "r.id", "p.region_id")
  .select(({ fn }) => ["org.id", "org.name", "o.candidacy_id as candidacyId", fn.countAll<string>().as("offers")])
  .where("r.slug", "=", "maasland")
  .groupBy(["org.id", "org.name", "o.candidacy_id"])
  .orderBy("offers")
  .orderBy("org.name")
  .executeTakeFirstOrThrow();
const staffEmail = "partner.maasland@example.be";
const staff = await createUser(
  db,
  { kind: "seed" },
  { email: staffEmail, displayName: "Partner Maasland", password: demoPassword, locale: "nl" },
);
await grantMembership(
  db,
  { kind: "seed" },
  { userId: staff.id, organisationId: partner.id, regionId: null, role: "applicant" },
);

async function phonePage(): Promise<{ page: Page; fits: () => Promise<void> }> {
  const page = await newPageWith(harness, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const fits = async () => {
    const overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
  };
  return { page, fits };
}

describe("the formed partnership, with the keyboard only", () => {
  it("Maasland's coordinator finds the partnership from the call and reads its members and offers", async () => {
    const { page, fits } = await phonePage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, coordinator.email, coordinator.password);
    await page.goto(`/beheer/oproepen/${call.id}`);
    const section = page.getByRole("region", { name: "Lokaal partnerschap" });
    await section.getByText(/^Het partnerschap is gevormd met de beslissingen van deze oproep op /).waitFor();
    // Formed when the last weerwoord window closed: 14 days after the letters of Friday 14 July 2023, 10.00.
    expect(await section.innerText()).toContain("vrijdag 28 juli 2023 om 10.00 uur");
    await checkA11y(page);
    await fits();

    await activate(page, section.getByRole("link", { name: "Naar het partnerschap Maasland" }));
    await page.waitForURL((url) => url.pathname === "/beheer/partnerschappen/maasland");
    await page.getByRole("heading", { level: 1, name: "Lokaal partnerschap Maasland" }).waitFor();
    const members = page.getByRole("table", { name: /^VDAB, de gemeenten van de regio/ });
    const membersText = await members.innerText();
    expect(membersText).toContain("VDAB (demo)");
    for (const municipality of ["Maasmechelen", "Kinrooi", "Maaseik", "Dilsen-Stokkem", "Lanaken"]) {
      expect(membersText).toContain(municipality);
    }
    expect(membersText).toContain(partner.name);
    expect(membersText).toContain("Versie 1 van de kandidatuur voor “Oproep Lokale Partnerschappen 2023”");
    expect(membersText).not.toContain("Gezinshuis De Maaskant (fictief)"); // the reserve
    expect(membersText).not.toContain("Woonpunt Maasland (fictief)"); // not selected

    const offers = page.getByRole("region", { name: /^Aanbod per type dienstverlening/ });
    const cards = offers.getByRole("article", { name: partner.name, exact: true });
    expect(await cards.count()).toBe(Number(partner.offers));
    expect(await cards.first().innerText()).toMatch(/\d+ dagen/); // the waiting time the partner entered
    const perMunicipality = page.getByRole("table", { name: /^Welke dienstverlening elke gemeente/ });
    expect(await perMunicipality.innerText()).toContain("Lanaken");
    await checkA11y(page);
    await fits();

    // The open demo call has no decisions yet: its page says why the partnership waits.
    const demoCall = await db
      .selectFrom("calls")
      .innerJoin("regions", "regions.id", "calls.region_id")
      .select("calls.id")
      .where("regions.slug", "=", "maasland")
      .where("calls.is_demo", "=", true)
      .where("calls.title", "=", demoCallTitle)
      .executeTakeFirstOrThrow();
    await page.goto(`/beheer/oproepen/${demoCall.id}`);
    const waiting = page.getByRole("region", { name: "Lokaal partnerschap" });
    await waiting.getByText("Waarom het nog wacht:").waitFor();
    expect(await waiting.innerText()).toContain("De beslissingen zijn nog niet bekendgemaakt.");
    expect(await waiting.getByRole("button").count()).toBe(0);
    await checkA11y(page);
    await fits();

    // The decisions page, now final, leads to it too.
    await page.goto(`/beheer/oproepen/${call.id}/beslissingen`);
    await page
      .getByRole("region", { name: "Lokaal partnerschap" })
      .getByRole("link", { name: "Naar het partnerschap Maasland" })
      .waitFor();
    await checkA11y(page);
  });

  it("a partner's staff member sets the waiting time of the organisation's offer", async () => {
    const { page, fits } = await phonePage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, staffEmail, demoPassword);
    await page.waitForURL((url) => url.pathname === "/kandidaturen");
    // Its candidacy on the 2023 call; the organisation also applied to the demo's phase calls.
    const candidacyRow = page.getByRole("row").filter({ hasText: regionalCallTitle });
    await activate(page, candidacyRow.getByRole("link", { name: /^Kandidatuur Maasland/ }));
    await page.waitForURL((url) => url.pathname === `/kandidaturen/${partner.candidacyId}`);
    const link = page.getByRole("region", { name: "Uw aanbod in het partnerschap" });
    await link.waitFor();
    await checkA11y(page);
    await fits();

    await activate(page, link.getByRole("link", { name: "Naar ons aanbod" }));
    await page.waitForURL((url) => url.pathname === "/aanbod");
    await page.getByRole("heading", { level: 1, name: "Ons aanbod in het partnerschap" }).waitFor();
    const card = page.getByRole("article").first();
    expect(await card.innerText()).toMatch(/\d+ dagen/);
    await checkA11y(page);
    await fits();

    await activate(page, card.getByRole("button", { name: /^Aanbod aanpassen/ }));
    const waiting = card.getByRole("textbox", { name: /^Wachttijd in dagen/ });
    await waiting.waitFor();
    await checkA11y(page);
    await fits();
    // Not a number: refused next to the field, nothing sent. (The field holds the waiting time the partner gave.)
    await tabTo(page, waiting);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await typeInto(page, waiting, "drie weken");
    await activate(page, card.getByRole("button", { name: "Aanbod opslaan" }));
    await card.getByRole("heading", { name: "Controleer 1 veld" }).waitFor();
    expect(await waiting.getAttribute("aria-invalid")).toBe("true");
    await checkA11y(page);
    await activate(page, card.getByRole("button", { name: /^Wachttijd in dagen: / }), { backwards: true });
    await expect.poll(() => waiting.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("21");
    await activate(page, card.getByRole("button", { name: "Aanbod opslaan" }));
    await card.getByRole("status").filter({ hasText: "Het aanbod is opgeslagen." }).waitFor();
    expect(await card.innerText()).toContain("21 dagen");
    await checkA11y(page);
    await fits();

    const stored = await db
      .selectFrom("partnership_offers")
      .select(["waiting_days", "updated_by"])
      .where("candidacy_id", "=", partner.candidacyId)
      .where("updated_by", "is not", null)
      .execute();
    expect(stored).toEqual([{ waiting_days: 21, updated_by: staff.id }]);
    const audited = await db
      .selectFrom("audit_log")
      .select("payload")
      .where("action", "=", "partnership.offer_changed")
      .execute();
    expect(audited).toHaveLength(1);
  });
});
