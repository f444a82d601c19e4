// A referral with a closed loop, with the keyboard only. A companion in Maasland, on a 360 px phone, refers a client
// to a partner's offer (preselected from ?offer=, as the situation tab's suggestions link) under the client's consent
// for that partner, asking general and financial data; the partner's workers get a mail without anything about the
// client. The partner worker, at a desk, finds the referral in the inbox, accepts it and gives feedback, which the
// companion then reads. The client revokes the consent: the partner's page answers "not found" on the very next
// request and the inbox no longer lists the client. Every screen passes WCAG 2.1 AA (axe); nothing scrolls sideways
// on the phone.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createUser, grantMembership } from "../../server/src/modules/accounts/service.ts";
import { buildClient, giveConsent, revokeConsent } from "../../server/src/modules/referrals/testing.ts";
import { demoPassword } from "../../server/src/demo/load.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, horizontalOverflow, newPageWith, signInWithKeyboard, tabTo, typeInto } from "../support.ts";

const harness = await startHarness();
const db = harness.db;

const region = await db
  .selectFrom("regions")
  .innerJoin("partnerships as p", "p.region_id", "regions.id")
  .select(["regions.id", "p.id as partnershipId"])
  .where("regions.slug", "=", "maasland")
  .executeTakeFirstOrThrow();
// The first offer (by partner and name) of Maasland's partnership that takes referrals.
const offer = await db
  .selectFrom("partnership_offers as o")
  .innerJoin("organisations as org", "org.id", "o.organisation_id")
  .innerJoin("service_types as s", "s.code", "o.service_type_code")
  .select(["o.id", "o.name", "s.name_nl as serviceName", "org.id as organisationId", "org.name as organisationName"])
  .where("o.partnership_id", "=", region.partnershipId)
  .where("o.accepting_referrals", "=", true)
  .orderBy("org.name")
  .orderBy("s.sort_order")
  .executeTakeFirstOrThrow();
const vdab = await db
  .selectFrom("partnership_members")
  .select("organisation_id")
  .where("partnership_id", "=", region.partnershipId)
  .where("kind", "=", "vdab")
  .executeTakeFirstOrThrow();

async function person(email: string, name: string, organisationId: string, role: "companion" | "partner_worker") {
  const user = await createUser(
    db,
    { kind: "seed" },
    { email, displayName: name, password: demoPassword, locale: "nl" },
  );
  await grantMembership(db, { kind: "seed" }, { userId: user.id, organisationId, regionId: region.id, role });
  return { id: user.id, email, password: demoPassword, organisationId, regionId: region.id };
}
const companion = await person(
  "companion.referral@example.be",
  "Lies Vandenbroeck",
  vdab.organisation_id!,
  "companion",
);
const worker = await person("worker.referral@example.be", "Tom Claes", offer.organisationId, "partner_worker");
const { clientId } = await buildClient(db, {
  regionId: region.id,
  companion,
  givenName: "Amina",
  startedAt: new Date(Date.now() - 30 * 24 * 3600_000),
});
const consentId = await giveConsent(db, {
  clientId,
  organisationId: offer.organisationId,
  categories: ["general", "finances"],
  recordedBy: companion.id,
  givenAt: new Date(Date.now() - 24 * 3600_000),
  expiresAt: new Date(Date.now() + 180 * 24 * 3600_000),
});

async function fitsOn(page: Page) {
  const overflow = await horizontalOverflow(page);
  expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
}

describe("a referral, with the keyboard only", () => {
  it("is sent under consent, accepted with feedback, and closed to the partner the moment consent is revoked", async () => {
    // The companion, on a phone.
    const phone = await newPageWith(harness, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await phone.goto("/");
    await phone.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(phone, companion.email, demoPassword);
    await phone.goto(`/clienten/${clientId}/doorverwijzingen?offer=${offer.id}`);
    await phone.getByRole("heading", { level: 1, name: "Doorverwijzingen" }).waitFor();
    await phone.getByText("Er zijn nog geen doorverwijzingen.").waitFor();
    const chosen = phone.getByRole("radio", { name: `${offer.serviceName} — ${offer.organisationName}`, exact: true });
    expect(await chosen.isChecked()).toBe(true);
    await checkA11y(phone);
    await fitsOn(phone);

    await tabTo(phone, phone.getByRole("checkbox", { name: "Financiën" }));
    await phone.keyboard.press("Space");
    await typeInto(phone, phone.getByLabel("Bericht aan de partner"), "Amina wil haar schulden op een rij zetten.");
    await activate(phone, phone.getByRole("button", { name: "Versturen" }));
    await phone
      .getByRole("status")
      .getByText(/De doorverwijzing is verstuurd/)
      .waitFor();
    const card = phone.getByRole("article").filter({ hasText: offer.name });
    await card.getByText("Verstuurd", { exact: true }).waitFor();
    await checkA11y(phone);
    await fitsOn(phone);
    const referral = await db
      .selectFrom("referrals")
      .select("id")
      .where("client_id", "=", clientId)
      .executeTakeFirstOrThrow();
    const mails = await db
      .selectFrom("outbox_messages")
      .select(["to_address", "subject", "body_text"])
      .where("kind", "=", "referral.received")
      .where("body_text", "like", `%/doorverwijzingen/${referral.id}%`)
      .execute();
    expect(mails.map((m) => m.to_address)).toContain(worker.email);
    for (const mail of mails) expect(mail.subject + mail.body_text).not.toMatch(/Amina|schulden/);

    // The partner worker, at a desk: the inbox, the referral, accepting it and giving feedback.
    const desk = await harness.newPage();
    await desk.goto("/");
    await desk.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(desk, worker.email, demoPassword);
    await activate(desk, desk.getByRole("navigation").getByRole("link", { name: "Doorverwijzingen" }));
    await desk.getByRole("heading", { level: 1, name: "Doorverwijzingen" }).waitFor();
    await checkA11y(desk);
    await activate(desk, desk.getByRole("link", { name: "Amina Testpersoon" }));
    await desk.getByRole("heading", { level: 1, name: "Doorverwijzing van Amina Testpersoon" }).waitFor();
    await desk.getByText("Amina wil haar schulden op een rij zetten.").waitFor();
    await desk.getByText("Gedeeld met toestemming: Algemene gegevens, Financiën.").waitFor();
    await checkA11y(desk);

    await tabTo(desk, desk.getByRole("radio", { name: "Aanvaarden" }));
    await desk.keyboard.press("Space");
    await activate(desk, desk.getByRole("button", { name: "Bevestigen" }));
    await desk.getByRole("heading", { level: 2, name: "Terugkoppeling geven" }).waitFor();
    await desk.getByText("Aanvaard", { exact: true }).waitFor();

    const attendance = desk.getByRole("combobox", { name: "Aanwezigheid" });
    await tabTo(desk, attendance);
    await desk.keyboard.press("ArrowDown");
    expect(await attendance.inputValue()).toBe("good");
    await tabTo(desk, desk.getByRole("combobox", { name: "Vooruitgang" }));
    await desk.keyboard.press("ArrowDown");
    await typeInto(desk, desk.getByLabel("Hoe gaat het?"), "Eerste gesprek was goed, budgetplan volgt.");
    await activate(desk, desk.getByRole("button", { name: "Terugkoppeling versturen" }));
    await desk.getByRole("status").getByText("De terugkoppeling is verstuurd.").waitFor();
    await desk.getByText("Eerste gesprek was goed, budgetplan volgt.").waitFor();
    await checkA11y(desk);

    // The companion reads the answer and the feedback.
    await phone.reload();
    await phone.getByRole("heading", { level: 1, name: "Doorverwijzingen" }).waitFor();
    const answered = phone.getByRole("article").filter({ hasText: offer.name });
    await answered.getByText("Aanvaard", { exact: true }).waitFor();
    await activate(phone, answered.getByRole("button", { name: "Details tonen" }));
    await answered.getByText("Eerste gesprek was goed, budgetplan volgt.").waitFor();
    await checkA11y(phone);
    await fitsOn(phone);

    // The client revokes the consent (recorded by the companion): the partner's very next request is refused.
    await revokeConsent(db, consentId, companion.id, new Date());
    await desk.reload();
    await desk.getByRole("heading", { level: 1, name: "Doorverwijzing niet gevonden" }).waitFor();
    expect(await desk.locator("main").innerText()).not.toMatch(/Amina|schulden|budgetplan/);
    await checkA11y(desk);
    await activate(desk, desk.getByRole("link", { name: "Terug naar de doorverwijzingen" }));
    // The demo's own referrals to this partner may be listed; Amina is not.
    await desk.getByRole("heading", { level: 1, name: "Doorverwijzingen" }).waitFor();
    await desk.getByRole("article").first().or(desk.getByText("Er zijn geen doorverwijzingen voor u.")).waitFor();
    expect(await desk.locator("main").innerText()).not.toContain("Amina");
    await checkA11y(desk);
  });
});
