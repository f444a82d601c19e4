// Berichten with a mail server configured, with the keyboard only on a phone-sized screen: Maasland's coordinator
// sees per message whether it was sent, is waiting, failed (with the next attempt, and the server's error on the
// message itself), or was not sent because it waited more than a week for a mail server (the 2023 letters of the
// demo). The delivery job itself is not running here: the states are set as it leaves them. axe finds nothing.
import { describe, expect, it } from "vitest";
import { queueMessage } from "../../server/src/modules/outbox/service.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, horizontalOverflow, newPageWith, phoneViewport, signInWithKeyboard, tabTo } from "../support.ts";

const harness = await startHarness({
  config: { mail: { smtpUrl: "smtp://127.0.0.1:2525", from: "Brug <brug@maasland.example>" } },
});
const { db } = harness;
const maasland = await db.selectFrom("regions").select("id").where("slug", "=", "maasland").executeTakeFirstOrThrow();
const now = new Date();

async function message(subject: string): Promise<string> {
  return db.transaction().execute((trx) =>
    queueMessage(
      trx,
      {
        kind: "jury.assignment",
        to: "jury.maasland@brug.demo",
        toName: "Jurylid Maasland",
        locale: "nl",
        subject,
        bodyText: `Beste,\n\n${subject}.\n`,
        attachments: [],
        regionId: maasland.id,
        organisationId: null,
      },
      { actor: { kind: "system" }, now },
    ),
  );
}

const sent = await message("Testbericht verzonden");
await db
  .updateTable("outbox_messages")
  .set({ sent_at: now, attempts: 1, last_attempt_at: now })
  .where("id", "=", sent)
  .execute();
const failed = await message("Testbericht mislukt");
await db
  .updateTable("outbox_messages")
  .set({
    attempts: 2,
    last_attempt_at: now,
    next_attempt_at: new Date(now.getTime() + 2 * 60_000),
    last_error: "EENVELOPE 550 Mailbox unavailable",
  })
  .where("id", "=", failed)
  .execute();
await message("Testbericht wachtend");

describe("Berichten, with a mail server configured", () => {
  it("says per message where it stands, and on a failed message the server's error", async () => {
    const page = await newPageWith(harness, { viewport: phoneViewport });
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, "coordinator.maasland@brug.demo", "brug-demo-2026");
    await activate(page, page.getByRole("navigation").getByRole("link", { name: "Berichten" }), { backwards: true });
    await page.getByRole("heading", { level: 1, name: "Berichten" }).waitFor();

    const row = (subject: string) => page.getByRole("row").filter({ hasText: subject });
    await row("Testbericht wachtend").waitFor();
    expect(await row("Testbericht verzonden").innerText()).toContain("Verzonden op");
    expect(await row("Testbericht wachtend").innerText()).toContain("Wacht op verzending");
    expect(await row("Testbericht mislukt").innerText()).toMatch(
      /Verzending mislukt \(poging 2\), nieuwe poging \w+ \d+ \w+ \d{4} om \d+\.\d\d uur/,
    );
    // The demo's 2023 letters never met a mail server in time: they stay here, unsent.
    const letter = page
      .getByRole("row")
      .filter({ hasText: "Beslissing over uw kandidatuur" })
      // The 2023 calls' letters; the demo's weerwoord call published its own yesterday.
      .filter({ hasText: "Oproep Lokale Partnerschappen 2023" })
      .first();
    expect(await letter.innerText()).toContain("Niet verzonden: wachtte langer dan een week op een mailserver");
    expect(await page.getByText("Er is geen mailserver ingesteld").count()).toBe(0);
    await checkA11y(page);
    const overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);

    await tabTo(page, row("Testbericht mislukt").getByRole("link"), { max: 200 });
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === `/berichten/${failed}`);
    await page.getByRole("heading", { level: 1, name: "Testbericht mislukt" }).waitFor();
    const main = await page.getByRole("main").innerText();
    expect(main).toContain("Verzending mislukt (poging 2)");
    expect(main).toContain("Foutmelding van de mailserver: EENVELOPE 550 Mailbox unavailable");
    await checkA11y(page);
  });
});
