// The partnership at work, end to end (issue 4, item 14), with the keyboard only, with Maasland's demo accounts. The
// companion records an anonymous outreach contact (a nickname) and makes a client file of it past the duplicate
// check; records the client's consent for Herstelcentrum Maasvallei (general information and mental health) on the
// consent screen; records a situation scan; and refers the client to the partner's psychological help under that
// consent (once from the scan's suggestion, once from the file's referrals tab). The partner worker (another
// browser) finds the referral in the inbox, accepts it and gives feedback, which the companion reads. The client
// revokes the consent on the consent screen: the partner worker's very next request for the referral page says "not
// found" and the inbox no longer lists the client. The journey runs twice: the companion on a 360 px phone and the
// partner worker at a 1280 px desk, then the other way round, so every screen is proven at both sizes. Every screen
// visited passes WCAG 2.1 AA (axe) and nothing scrolls sideways.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoCompanionEmail, demoPartnerWorkerEmail } from "../../server/src/demo/clients.ts";
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

// Maasland: Vzw Maasbrug's companions refer; Herstelcentrum Maasvallei's partner worker answers (demo/clients).
const companionEmail = demoCompanionEmail("maasland");
const workerEmail = demoPartnerWorkerEmail("maasland");
const region = await db
  .selectFrom("regions")
  .innerJoin("partnerships as p", "p.region_id", "regions.id")
  .select(["regions.id", "p.id as partnershipId"])
  .where("regions.slug", "=", "maasland")
  .executeTakeFirstOrThrow();
const worker = await db
  .selectFrom("users as u")
  .innerJoin("memberships as m", "m.user_id", "u.id")
  .innerJoin("organisations as o", "o.id", "m.organisation_id")
  .select(["u.id", "o.id as organisationId", "o.name as organisationName"])
  .where("u.email", "=", workerEmail)
  .where("m.region_id", "=", region.id)
  .where("m.role", "=", "partner_worker")
  .executeTakeFirstOrThrow();
// The partner's psychological help in Maasland's partnership: what the mental-health consent is for.
const offer = await db
  .selectFrom("partnership_offers as o")
  .innerJoin("service_types as s", "s.code", "o.service_type_code")
  .select(["o.id", "o.name", "s.name_nl as serviceName"])
  .where("o.partnership_id", "=", region.partnershipId)
  .where("o.organisation_id", "=", worker.organisationId)
  .where("o.service_type_code", "=", "low_threshold_psychological_help")
  .where("o.accepting_referrals", "=", true)
  .executeTakeFirstOrThrow();

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const desk = { viewport: { width: 1280, height: 800 } };

/** Every screen of the journey: WCAG 2.1 AA, and nothing wider than the window. */
async function screenOk(page: Page): Promise<void> {
  await checkA11y(page);
  const overflow = await horizontalOverflow(page);
  expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
}

/** Moves a select's choice with the arrow keys until the option with this text is chosen. */
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await tabTo(page, select);
  const chosen = () => select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text);
  for (let i = 0; i < 30 && (await chosen()) !== option; i++) await page.keyboard.press("ArrowDown");
  expect(await chosen()).toBe(option);
}

async function tick(page: Page, box: Locator): Promise<void> {
  await tabTo(page, box);
  await page.keyboard.press("Space");
  expect(await box.isChecked()).toBe(true);
}

/** Opens a tab of the client's file through the file's tab navigation. */
async function openTab(page: Page, name: string, heading: string | RegExp): Promise<void> {
  await activate(page, page.getByRole("navigation", { name: "Delen van het dossier" }).getByRole("link", { name }), {
    backwards: true,
  });
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

interface Person {
  nickname: string;
  givenName: string;
  familyName: string;
  /** The demo client of the same companion whose name is close: the duplicate check must show it. */
  lookalike: string;
  message: string;
  feedback: string;
  referVia: "suggestion" | "tab";
}

async function journey(companionSize: typeof phone | typeof desk, workerSize: typeof phone | typeof desk, who: Person) {
  const name = `${who.givenName} ${who.familyName}`;
  const companion = await newPageWith(harness, companionSize);
  await companion.goto("/");
  await companion.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
  await screenOk(companion);
  await signInWithKeyboard(companion, companionEmail, demoPassword);
  // A companion starts from what needs their action.
  await companion.waitForURL((url) => url.pathname === "/werk");
  await companion.getByRole("heading", { level: 1, name: "Actie nodig" }).waitFor();
  await screenOk(companion);

  // Outreach: someone met at the neighbourhood house, only a nickname.
  await activate(
    companion,
    companion.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Outreach" }),
  );
  await companion.getByRole("heading", { level: 1, name: "Outreach" }).waitFor();
  await screenOk(companion);
  await typeInto(companion, companion.getByLabel("Bijnaam"), who.nickname);
  await choose(companion, companion.getByRole("combobox", { name: "Vindplaats" }), "buurthuis");
  await tick(companion, companion.getByRole("checkbox", { name: "Psychisch welzijn" }));
  await activate(companion, companion.getByRole("button", { name: "Contact bewaren" }));
  await companion.getByRole("status").getByText(`Het contact met ${who.nickname} is bewaard.`).waitFor();
  await screenOk(companion);

  // The person agrees to a file: past the duplicate check, which finds a file with a close name.
  const recent = companion.getByRole("region", { name: "Recente personen" });
  await activate(companion, recent.getByRole("link", { name: `Dossier maken voor ${who.nickname}` }));
  await companion.getByRole("heading", { level: 1, name: "Nieuw dossier" }).waitFor();
  await companion
    .getByText(`Dit dossier komt van het outreach-contact met ${who.nickname}.`, { exact: false })
    .waitFor();
  await screenOk(companion);
  await typeInto(companion, companion.getByLabel("Voornaam"), who.givenName);
  await typeInto(companion, companion.getByLabel("Familienaam"), who.familyName);
  await tick(companion, companion.getByRole("checkbox", { name: "Arabisch" }));
  await activate(companion, companion.getByRole("button", { name: "Dossier aanmaken" }));
  const duplicates = companion.getByRole("region", { name: "Mogelijke dubbele dossiers" });
  await duplicates.getByRole("link", { name: `Dossier van ${who.lookalike} openen` }).waitFor();
  expect(await duplicates.innerText()).toContain("waarschijnlijk dezelfde persoon");
  expect(new URL(companion.url()).pathname).toBe("/clienten/nieuw");
  await screenOk(companion);
  await tick(companion, companion.getByRole("checkbox", { name: "Ik heb het nagekeken: dit is iemand anders" }));
  await activate(companion, companion.getByRole("button", { name: "Dossier aanmaken" }));
  await companion.waitForURL((url) => /^\/clienten\/[0-9a-f-]{36}$/.test(url.pathname));
  await companion.getByRole("heading", { level: 1, name: `Overzicht van ${name}` }).waitFor();
  const clientId = new URL(companion.url()).pathname.split("/")[2]!;
  await companion.getByText("Dit dossier begon bij een outreach-contact.").waitFor();
  await screenOk(companion);

  // Consent for the partner: general information and mental health, spoken.
  await openTab(companion, "Toestemming", `Toestemming van ${name}`);
  await companion.getByText("Nog geen toestemming vastgelegd.").waitFor();
  await screenOk(companion);
  await choose(companion, companion.getByRole("combobox", { name: "Partner" }), worker.organisationName);
  expect(await companion.getByRole("checkbox", { name: /^Algemeen/ }).isChecked()).toBe(true);
  await tick(companion, companion.getByRole("checkbox", { name: /^Psychisch welzijn/ }));
  await activate(companion, companion.getByRole("button", { name: "Toestemming vastleggen" }));
  await companion.getByRole("status").getByText(`Toestemming voor ${worker.organisationName} vastgelegd.`).waitFor();
  const consentCard = companion.getByRole("listitem").filter({ hasText: worker.organisationName });
  await consentCard.getByText("Geldig").waitFor();
  expect(await consentCard.innerText()).toContain("Algemeen, Psychisch welzijn");
  await screenOk(companion);

  // The situation scan: mental health, acute, with trauma.
  await openTab(companion, "Situatie", "Situatie en voortgang");
  await companion.getByText("Er is nog geen situatieschets.").waitFor();
  await screenOk(companion);
  await activate(companion, companion.getByRole("button", { name: "Nieuwe situatieschets" }));
  await companion.getByRole("heading", { level: 2, name: "Nieuwe situatieschets" }).waitFor();
  const block = companion.locator("#f-domain-mental_health");
  await tabTo(companion, block.locator("summary"));
  await companion.keyboard.press("Enter");
  await tabTo(companion, block.getByRole("radio", { checked: true }));
  await companion.keyboard.press("ArrowDown");
  await companion.keyboard.press("ArrowDown");
  expect(await block.getByRole("radio", { checked: true }).getAttribute("value")).toBe("2");
  await tick(companion, block.getByRole("checkbox", { name: "Trauma", exact: true }));
  await screenOk(companion);
  await activate(companion, companion.getByRole("button", { name: "Situatieschets opslaan" }));
  await companion
    .getByRole("status")
    .filter({ hasText: /^De situatieschets van .* is opgeslagen\.$/ })
    .waitFor();
  await companion.getByRole("table", { name: "Scores per situatieschets" }).waitFor();
  await screenOk(companion);

  // The referral to the partner's psychological help, under the consent: from the scan's suggestion (the offer
  // chosen for the companion), or from the file's tab (the companion picks the offer with the arrow keys).
  const offerRadio = companion.getByRole("radio", {
    name: `${offer.serviceName} — ${worker.organisationName}`,
    exact: true,
  });
  if (who.referVia === "suggestion") {
    const fitting = companion.getByRole("region", { name: "Aanbod dat past" });
    const suggested = fitting.getByRole("link", {
      name: `Doorverwijzen naar ${worker.organisationName}: ${offer.serviceName}`,
    });
    // Psychological help has a long wait (six weeks in the demo): it may rank after the first five shown.
    if ((await suggested.count()) === 0) {
      await activate(companion, fitting.getByRole("button", { name: /^Toon alle \d+ aanbiedingen$/ }));
    }
    await activate(companion, suggested);
    await companion.getByRole("heading", { level: 1, name: "Doorverwijzingen" }).waitFor();
    expect(await offerRadio.isChecked()).toBe(true);
  } else {
    await openTab(companion, "Doorverwijzingen", "Doorverwijzingen");
    // Tab enters the offers at the first one that can be chosen (an offer that takes no referrals cannot).
    await tabTo(companion, companion.getByRole("radio", { disabled: false }).first());
    for (let i = 0; i < 60 && !(await offerRadio.isChecked()); i++) await companion.keyboard.press("ArrowDown");
    expect(await offerRadio.isChecked()).toBe(true);
  }
  await companion.getByText("Er zijn nog geen doorverwijzingen.").waitFor();
  await screenOk(companion);
  await tick(companion, companion.getByRole("checkbox", { name: "Psychisch welzijn" }));
  await typeInto(companion, companion.getByLabel("Bericht aan de partner"), who.message);
  await activate(companion, companion.getByRole("button", { name: "Versturen" }));
  await companion
    .getByRole("status")
    .getByText(/De doorverwijzing is verstuurd/)
    .waitFor();
  const sent = companion.getByRole("article").filter({ hasText: offer.name });
  await sent.getByText("Verstuurd", { exact: true }).waitFor();
  await screenOk(companion);

  // The partner worker, in a browser of their own: the inbox, the referral, accepting it, feedback.
  const partner = await newPageWith(harness, workerSize);
  await partner.goto("/");
  await partner.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
  await signInWithKeyboard(partner, workerEmail, demoPassword);
  await partner.waitForURL((url) => url.pathname === "/werk");
  await partner.getByRole("heading", { level: 1, name: "Actie nodig" }).waitFor();
  await screenOk(partner);
  await activate(
    partner,
    partner.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Doorverwijzingen" }),
  );
  await partner.getByRole("heading", { level: 1, name: "Doorverwijzingen" }).waitFor();
  await screenOk(partner);
  await activate(partner, partner.getByRole("link", { name, exact: true }));
  await partner.getByRole("heading", { level: 1, name: `Doorverwijzing van ${name}` }).waitFor();
  const referralPath = new URL(partner.url()).pathname;
  await partner.getByText(who.message).waitFor();
  await partner.getByText("Gedeeld met toestemming: Algemene gegevens, Psychisch welzijn.").waitFor();
  await screenOk(partner);
  await tabTo(partner, partner.getByRole("radio", { name: "Aanvaarden" }));
  await partner.keyboard.press("Space");
  await activate(partner, partner.getByRole("button", { name: "Bevestigen" }));
  await partner.getByRole("heading", { level: 2, name: "Terugkoppeling geven" }).waitFor();
  await partner.getByText("Aanvaard", { exact: true }).waitFor();
  await screenOk(partner);
  const attendance = partner.getByRole("combobox", { name: "Aanwezigheid" });
  await tabTo(partner, attendance);
  await partner.keyboard.press("ArrowDown");
  expect(await attendance.inputValue()).toBe("good");
  await tabTo(partner, partner.getByRole("combobox", { name: "Vooruitgang" }));
  await partner.keyboard.press("ArrowDown");
  await typeInto(partner, partner.getByLabel("Hoe gaat het?"), who.feedback);
  await activate(partner, partner.getByRole("button", { name: "Terugkoppeling versturen" }));
  await partner.getByRole("status").getByText("De terugkoppeling is verstuurd.").waitFor();
  await partner.getByText(who.feedback).waitFor();
  await screenOk(partner);

  // The companion reads the answer and the feedback.
  await companion.reload();
  await companion.getByRole("heading", { level: 1, name: "Doorverwijzingen" }).waitFor();
  const answered = companion.getByRole("article").filter({ hasText: offer.name });
  await answered.getByText("Aanvaard", { exact: true }).waitFor();
  await activate(companion, answered.getByRole("button", { name: "Details tonen" }));
  await answered.getByText(who.feedback).waitFor();
  await screenOk(companion);

  // The client revokes the consent; the companion records it on the consent screen, after the confirmation.
  await openTab(companion, "Toestemming", `Toestemming van ${name}`);
  await activate(
    companion,
    companion.getByRole("button", { name: `Toestemming voor ${worker.organisationName} intrekken` }),
    { backwards: true },
  );
  const dialog = companion.getByRole("dialog", { name: "Toestemming intrekken" });
  await dialog.waitFor();
  await animationsFinished(companion);
  await screenOk(companion);
  await activate(companion, dialog.getByRole("button", { name: "Toestemming intrekken", exact: true }));
  await companion.getByRole("status").getByText(`Toestemming voor ${worker.organisationName} ingetrokken.`).waitFor();
  await consentCard.getByText("Ingetrokken", { exact: true }).waitFor();
  await screenOk(companion);

  // At once: the partner worker's very next request for the referral page finds nothing, and the inbox forgets
  // the client.
  expect(new URL(partner.url()).pathname).toBe(referralPath);
  await partner.reload();
  await partner.getByRole("heading", { level: 1, name: "Doorverwijzing niet gevonden" }).waitFor();
  const main = await partner.locator("main").innerText();
  expect(main).not.toContain(who.givenName);
  expect(main).not.toContain(who.feedback);
  await screenOk(partner);
  await activate(partner, partner.getByRole("link", { name: "Terug naar de doorverwijzingen" }));
  await partner.getByRole("heading", { level: 1, name: "Doorverwijzingen" }).waitFor();
  // The demo's other referrals to this partner stay listed (one of them of the look-alike); this client is gone.
  await partner.getByRole("article").first().or(partner.getByText("Er zijn geen doorverwijzingen voor u.")).waitFor();
  expect(await partner.locator("main").innerText()).not.toContain(name);
  await screenOk(partner);

  // The nickname's outreach person is now the file's history; the consent stays, revoked, as a record.
  const person = await db
    .selectFrom("outreach_persons")
    .select("client_id")
    .where("nickname", "=", who.nickname)
    .executeTakeFirstOrThrow();
  expect(person.client_id).toBe(clientId);
  const consent = await db
    .selectFrom("consents")
    .select(["categories", "revoked_at"])
    .where("client_id", "=", clientId)
    .executeTakeFirstOrThrow();
  expect(consent.categories).toEqual(["general", "mental_health"]);
  expect(consent.revoked_at).not.toBeNull();
  // The referral the consent alone covered ended with the revocation: nothing stays open in limbo.
  const referral = await db
    .selectFrom("referrals")
    .select(["organisation_id", "state", "state_reason"])
    .where("client_id", "=", clientId)
    .executeTakeFirstOrThrow();
  expect(referral).toEqual({ organisation_id: worker.organisationId, state: "ended", state_reason: "client_withdrew" });
}

// Each direction takes some 10 seconds on a quiet machine; the margin is for a machine shared with other test runs.
const journeyTimeout = 120_000;

describe("the partnership at work, with the keyboard only", () => {
  it(
    "companion on a phone, partner worker at a desk: outreach to file, consent, scan, referral, feedback, revoked",
    async () => {
      await journey(phone, desk, {
        nickname: "Stille Samira",
        givenName: "Samira",
        familyName: "Bouzidi (fictief)",
        lookalike: "Samira Bouzid (fictief)",
        message: "Samira slaapt slecht sinds de vlucht en wil met iemand praten.",
        feedback: "Samira kwam naar het eerste gesprek; we zien elkaar wekelijks.",
        referVia: "suggestion",
      });
    },
    journeyTimeout,
  );

  it(
    "companion at a desk, partner worker on a phone: the same journey the other way round",
    async () => {
      await journey(desk, phone, {
        nickname: "Man met de fiets",
        givenName: "Yusuf",
        familyName: "Demirel (fictief)",
        lookalike: "Yusuf Demir (fictief)",
        message: "Yusuf piekert veel en vraagt om een gesprek.",
        feedback: "Yusuf is gestart met gesprekken om de twee weken.",
        referVia: "tab",
      });
    },
    journeyTimeout,
  );
});
