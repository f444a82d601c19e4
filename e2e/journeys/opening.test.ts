// Opening a call and taking a new timeline over, with the keyboard only, at 360 px. A region whose addendum is
// published again (on 23 November 2026) with a call timeline that started on 20 November and a pitch step that
// waits for the management committee. Its coordinator opens the call from the overview (an empty title is refused
// next to the field), and after the addendum is published once more with the pitch date and a later deadline, takes
// that timeline over; a version that moves the deadline earlier is shown as refused, with no button to take it over.
// Every screen passes WCAG 2.1 AA (axe).
import { describe, expect, it } from "vitest";
import type { Milestone } from "../../server/src/domain/milestone-types.ts";
import { buildUser } from "../../server/src/modules/accounts/testing.ts";
import { publishTimeline } from "../../server/src/modules/call-opening/testing.ts";
import { buildCallRegion, timeline } from "../../server/src/modules/calls/testing.ts";
import { fixedClock } from "../../server/src/platform/clock.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, horizontalOverflow, newPageWith, signInWithKeyboard, tabTo, typeInto } from "../support.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const harness = await startHarness({ clock });
const region = await buildCallRegion(harness.db);
const regionName = (
  await harness.db.selectFrom("regions").select("name").where("id", "=", region.regionId).executeTakeFirstOrThrow()
).name;
const waitingPitches: Milestone = {
  key: "pitches_jury",
  label: "Pitches en jury",
  original: "na bekrachtiging door het beheerscomité",
  when: { kind: "pending", event: "bekrachtiging door het beheerscomité" },
};
await publishTimeline(harness.db, region.regionId, [
  ...timeline("2026-11-20", { date: "2027-01-29", time: "12:00" }),
  waitingPitches,
]);
const coordinatorUser = await buildUser(harness.db, { role: "coordinator", regionId: region.regionId });

describe("opening a call and updating its timeline, with the keyboard only", () => {
  it("opens the call, then takes a new timeline over and sees a refused one explained", async () => {
    const page = await newPageWith(harness, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const fits = async () => {
      const overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
    };
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, coordinatorUser.email, coordinatorUser.password);
    await page.waitForURL((url) => url.pathname === "/beheer");
    await activate(page, page.getByRole("link", { name: `Oproep openen voor ${regionName}` }), { max: 60 });
    await page.getByRole("heading", { level: 1, name: `Oproep openen voor ${regionName}` }).waitFor();
    const main = page.getByRole("main");
    await expect.poll(() => main.innerText()).toContain("29 januari 2027");
    expect(await main.innerText()).toContain("na bekrachtiging door het beheerscomité");
    await checkA11y(page);
    await fits();

    // An empty title is refused next to the field.
    const title = page.getByRole("textbox", { name: /Titel van de oproep/ });
    expect(await title.inputValue()).toBe("Oproep Lokale Partnerschappen 2027");
    await tabTo(page, title);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await activate(page, page.getByRole("button", { name: "Oproep openen" }));
    await expect.poll(() => main.innerText()).toContain("Geef de oproep een titel.");
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await checkA11y(page);

    await typeInto(page, title, "Oproep Lokale Partnerschappen 2027 (test)");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => /^\/beheer\/oproepen\/[0-9a-f-]+$/.test(url.pathname));
    const callId = page.url().split("/").at(-1)!;
    await expect.poll(() => main.innerText()).toContain("Oproep Lokale Partnerschappen 2027 (test)");

    // The committee ratified: the addendum now has the pitch date and a later deadline.
    const version = await publishTimeline(harness.db, region.regionId, [
      ...timeline("2026-11-20", { date: "2027-02-05", time: "12:00" }),
      { ...waitingPitches, original: "16 februari 2027", when: { kind: "date", date: "2027-02-16" } },
    ]);
    await activate(page, page.getByRole("link", { name: "Tijdlijn bijwerken" }));
    await page.waitForURL((url) => url.pathname === `/beheer/oproepen/${callId}/tijdlijn`);
    await page
      .getByRole("heading", { level: 2, name: `Verschillen met het gepubliceerde addendum (versie ${version})` })
      .waitFor();
    expect(await main.innerText()).toContain("16 februari 2027");
    await checkA11y(page);
    await fits();
    await activate(page, page.getByRole("button", { name: "Nieuwe tijdlijn overnemen" }));
    await expect
      .poll(() => page.getByRole("status").innerText())
      .toContain("De nieuwe tijdlijn geldt nu voor de oproep.");
    expect(await main.innerText()).toContain("gelijk aan die van het gepubliceerde addendum");
    const stored = await harness.db
      .selectFrom("calls")
      .select("milestones")
      .where("id", "=", callId)
      .executeTakeFirstOrThrow();
    expect(stored.milestones.find((m) => m.key === "pitches_jury")?.original).toBe("16 februari 2027");

    // A version that moves the deadline earlier: shown as refused, and nothing to press.
    await publishTimeline(harness.db, region.regionId, [
      ...timeline("2026-11-20", { date: "2027-01-15", time: "12:00" }),
      { ...waitingPitches, original: "16 februari 2027", when: { kind: "date", date: "2027-02-16" } },
    ]);
    await page.reload();
    await expect.poll(() => main.innerText()).toContain("de deadline kan alleen later komen, niet vroeger");
    expect(await page.getByRole("button", { name: "Nieuwe tijdlijn overnemen" }).count()).toBe(0);
    await checkA11y(page);
  });
});
