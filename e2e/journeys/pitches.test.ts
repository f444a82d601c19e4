// The pitch planning, with the keyboard only, at 360 px. A call whose deadline passed on 20 November 2026, with pitch
// days on 1 and 3 December, three submitted candidacies (all naming challenge 1) and one assigned jury member. Its
// coordinator plans a slot for the suggested group, is refused a second, overlapping slot with the same jury member
// (the message names the first slot's time, the typed values stay), sends the invitations and finds them, with
// pitch.ics, under "Berichten". Then the jury day changes: a second slot is planned and invited, the first slot's time
// is changed in place (everyone invited gets an updated invitation) and the second is cancelled with a reason in a
// dialog (a cancellation for its jury member); it stays in the list as cancelled, and both kinds of message are in
// "Berichten". Every screen passes WCAG 2.1 AA (axe).
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Milestone } from "../../server/src/domain/milestone-types.ts";
import { buildUser, signIn as signInVia } from "../../server/src/modules/accounts/testing.ts";
import { buildCall, buildCallRegion } from "../../server/src/modules/calls/testing.ts";
import {
  afterDeadline,
  assignedJuryMember,
  beforeDeadline,
  juryTimeline,
  submittedCandidacy,
} from "../../server/src/modules/jury/testing.ts";
import { fixedClock } from "../../server/src/platform/clock.ts";
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

const clock = fixedClock(beforeDeadline);
const harness = await startHarness({ clock });
const pitchDays: Milestone = {
  key: "pitches_jury",
  label: "Pitches en jury",
  original: "1 en 3 december 2026",
  when: { kind: "dates", dates: ["2026-12-01", "2026-12-03"] },
};
const region = await buildCallRegion(harness.db);
const call = await buildCall(harness.db, [...juryTimeline(), pitchDays], region);
const coordinatorUser = await buildUser(harness.db, { role: "coordinator", regionId: region.regionId });
const candidacies = [];
for (let i = 0; i < 3; i++)
  candidacies.push(await submittedCandidacy(harness.app, harness.db, call.id, `Voorstel ${i + 1}`));
clock.set(afterDeadline);
const coordinator = await signInVia(harness.app, coordinatorUser);
const juror = await assignedJuryMember(harness.app, harness.db, { region, callId: call.id, coordinator, candidacies });
const jurorName = (
  await harness.db.selectFrom("users").select("display_name").where("id", "=", juror.userId).executeTakeFirstOrThrow()
).display_name;
const callId = call.id;

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

async function check(page: Page, box: Locator): Promise<void> {
  await tabTo(page, box, { max: 80 });
  await page.keyboard.press("Space");
  await expect.poll(() => box.isChecked()).toBe(true);
}

/** Empties a field the way a keyboard user does, then types the new value. */
async function retype(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await typeInto(page, field, text);
}

describe("planning pitches, with the keyboard only", () => {
  it("plans a slot for a group, is refused a clash, sends the invitations and finds them with pitch.ics", async () => {
    const page = await newPageWith(harness, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const fits = async () => {
      const overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
    };
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, coordinatorUser.email, coordinatorUser.password);
    await page.goto(`/beheer/oproepen/${callId}`);
    await activate(page, page.getByRole("link", { name: "Pitches plannen" }));
    await page.waitForURL((url) => url.pathname === `/beheer/oproepen/${callId}/pitches`);
    await page.getByRole("heading", { level: 1, name: /^Pitches / }).waitFor();
    const main = page.getByRole("main");
    expect(await main.innerText()).toContain("dinsdag 1 december 2026");
    expect(await main.innerText()).toContain("Nog geen pitches gepland.");
    await checkA11y(page);
    await fits();

    // The suggested group for challenge 1 pre-fills the form.
    const group = page.getByRole("article", { name: "Uitdaging 1" });
    await activate(page, group.getByRole("button", { name: "Slot plannen voor deze groep" }));
    const candidacyBoxes = page.getByRole("group", { name: "Kandidaturen" }).getByRole("checkbox");
    await expect.poll(() => candidacyBoxes.count()).toBe(3);
    for (let i = 0; i < 3; i++) expect(await candidacyBoxes.nth(i).isChecked()).toBe(true);
    expect(await page.getByRole("combobox", { name: /^Uitdaging/ }).inputValue()).toBe("1");

    const from = page.getByRole("textbox", { name: /^Van/ });
    const to = page.getByRole("textbox", { name: /^Tot/ });
    await typeInto(page, from, "9.00");
    await typeInto(page, to, "10.00");
    await typeInto(page, page.getByRole("textbox", { name: /^Plaats/ }), "Stadhuis Maaseik, Markt 1");
    await typeInto(page, page.getByRole("textbox", { name: /^Lokaal/ }), "Raadzaal");
    await check(page, page.getByRole("group", { name: "Juryleden" }).getByRole("checkbox", { name: jurorName }));
    await activate(page, page.getByRole("button", { name: "Pitch plannen" }));
    await page.getByRole("status").filter({ hasText: "is gepland" }).waitFor();
    const firstTime = "dinsdag 1 december 2026 van 9.00 tot 10.00 uur";
    const slot = page.getByRole("article", { name: firstTime });
    await slot.waitFor();
    expect(await slot.innerText()).toContain("Nog niet uitgenodigd");
    expect(await slot.innerText()).toContain(jurorName);
    await checkA11y(page);
    await fits();

    // A second slot overlapping the first, with the same jury member: refused, naming the first slot's time.
    await typeInto(page, from, "9.30");
    await typeInto(page, to, "10.30");
    const room = page.getByRole("textbox", { name: /^Lokaal/ });
    await tabTo(page, room);
    await room.fill("");
    await typeInto(page, room, "Vergaderzaal");
    await check(page, page.getByRole("group", { name: "Juryleden" }).getByRole("checkbox", { name: jurorName }));
    await activate(page, page.getByRole("button", { name: "Pitch plannen" }));
    const summary = page.getByRole("heading", { name: "Controleer 1 veld" });
    await summary.waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    const juryGroup = page.getByRole("group", { name: "Juryleden" });
    expect(await juryGroup.innerText()).toContain(`zit dan al in een andere pitch (${firstTime})`);
    expect(await from.inputValue()).toBe("9.30");
    expect(await to.inputValue()).toBe("10.30");
    expect(await page.getByRole("article", { name: /^dinsdag 1 december 2026/ }).count()).toBe(1);
    await checkA11y(page);
    await fits();

    // The invitations.
    await activate(page, slot.getByRole("button", { name: "Uitnodigingen versturen" }), { backwards: true });
    await slot.getByRole("status").filter({ hasText: "in de berichten" }).waitFor();
    await expect.poll(() => slot.innerText()).toContain("Uitgenodigd op");
    await checkA11y(page);

    await page.goto("/berichten");
    const invitations = page.getByRole("link", { name: /^Uitnodiging: pitch op/ });
    await invitations.first().waitFor();
    expect(await invitations.count()).toBeGreaterThanOrEqual(2);
    await checkA11y(page);
    await activate(page, invitations.first());
    await page.waitForURL((url) => /^\/berichten\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByRole("heading", { level: 2, name: "Bijlagen" }).waitFor();
    expect(await main.innerText()).toContain("pitch.ics");
    await checkA11y(page);
    await fits();
  });

  it("changes a slot's time and cancels another, and finds the update and the cancellation in Berichten", async () => {
    const page = await newPageWith(harness, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const fits = async () => {
      const overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
    };
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, coordinatorUser.email, coordinatorUser.password);
    await page.goto(`/beheer/oproepen/${callId}/pitches`);
    await page.getByRole("heading", { level: 1, name: /^Pitches / }).waitFor();

    // A second slot in the afternoon with the jury member, invited.
    const form = page.getByRole("region", { name: "Pitch plannen" });
    await typeInto(page, form.getByRole("textbox", { name: /^Van/ }), "13.00");
    await typeInto(page, form.getByRole("textbox", { name: /^Tot/ }), "14.00");
    await typeInto(page, form.getByRole("textbox", { name: /^Plaats/ }), "Stadhuis Maaseik, Markt 1");
    await typeInto(page, form.getByRole("textbox", { name: /^Lokaal/ }), "Vergaderzaal");
    await check(page, form.getByRole("group", { name: "Juryleden" }).getByRole("checkbox", { name: jurorName }));
    await activate(page, form.getByRole("button", { name: "Pitch plannen" }));
    await form.getByRole("status").filter({ hasText: "is gepland" }).waitFor();
    const afternoon = page.getByRole("article", { name: "dinsdag 1 december 2026 van 13.00 tot 14.00 uur" });
    await activate(page, afternoon.getByRole("button", { name: "Uitnodigingen versturen" }), { backwards: true });
    await afternoon.getByRole("status").filter({ hasText: "in de berichten" }).waitFor();

    // The first slot moves to 10.30: its form takes the place of its details, filled in as planned.
    const morning = page.getByRole("article", { name: "dinsdag 1 december 2026 van 9.00 tot 10.00 uur" });
    await activate(page, morning.getByRole("button", { name: "Wijzigen" }), { backwards: true });
    const from = morning.getByRole("textbox", { name: /^Van/ });
    await from.waitFor();
    expect(await from.inputValue()).toBe("9.00");
    expect(await morning.getByRole("textbox", { name: /^Lokaal/ }).inputValue()).toBe("Raadzaal");
    expect(await morning.getByRole("checkbox", { name: jurorName }).isChecked()).toBe(true);
    expect(await morning.innerText()).toContain("krijgt bij het opslaan meteen een gewijzigde uitnodiging");
    await checkA11y(page);
    await fits();
    await retype(page, from, "10.30");
    await retype(page, morning.getByRole("textbox", { name: /^Tot/ }), "11.30");
    await activate(page, morning.getByRole("button", { name: "Wijzigingen opslaan" }));
    const moved = page.getByRole("article", { name: "dinsdag 1 december 2026 van 10.30 tot 11.30 uur" });
    await moved.getByRole("status").filter({ hasText: "De pitch is gewijzigd." }).waitFor();
    // The three candidacies' contacts and the jury member.
    expect(await moved.getByRole("status").innerText()).toContain("4 gewijzigde uitnodigingen");
    await expect.poll(() => isFocused(moved.getByRole("heading", { level: 3 }))).toBe(true);
    await checkA11y(page);

    // The afternoon slot is cancelled: the dialog asks for a reason first.
    await activate(page, afternoon.getByRole("button", { name: "Pitch annuleren" }));
    const dialog = page.getByRole("dialog", { name: "Pitch annuleren?" });
    await dialog.waitFor();
    await animationsFinished(page);
    await checkA11y(page);
    await activate(page, dialog.getByRole("button", { name: "Pitch annuleren" }));
    const reason = dialog.getByRole("textbox", { name: /^Reden/ });
    await expect.poll(() => isFocused(reason)).toBe(true);
    expect(await dialog.innerText()).toContain("Geef een reden.");
    await typeInto(page, reason, "De jury is die namiddag niet beschikbaar.");
    await activate(page, dialog.getByRole("button", { name: "Pitch annuleren" }));
    const cancelled = page.getByRole("article", {
      name: "dinsdag 1 december 2026 van 13.00 tot 14.00 uur (geannuleerd)",
    });
    await cancelled.getByRole("status").filter({ hasText: "De pitch is geannuleerd." }).waitFor();
    expect(await cancelled.getByRole("status").innerText()).toContain("1 annulering");
    await expect.poll(() => isFocused(cancelled.getByRole("heading", { level: 3 }))).toBe(true);
    expect(await cancelled.innerText()).toContain("De jury is die namiddag niet beschikbaar.");
    expect(await cancelled.getByRole("button").count()).toBe(0);
    await checkA11y(page);
    await fits();

    await page.goto("/berichten");
    const updates = page.getByRole("link", {
      name: "Gewijzigde uitnodiging: pitch op dinsdag 1 december 2026 van 10.30 tot 11.30 uur",
    });
    await updates.first().waitFor();
    expect(await updates.count()).toBe(4);
    const cancellation = page.getByRole("link", {
      name: "Geannuleerd: pitch op dinsdag 1 december 2026 van 13.00 tot 14.00 uur",
    });
    expect(await cancellation.count()).toBe(1);
    await checkA11y(page);
    await activate(page, cancellation);
    await page.waitForURL((url) => /^\/berichten\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByRole("heading", { level: 2, name: "Bijlagen" }).waitFor();
    const main = page.getByRole("main");
    expect(await main.innerText()).toContain("Reden: De jury is die namiddag niet beschikbaar.");
    expect(await main.innerText()).toContain("pitch.ics");
    await checkA11y(page);
    await fits();
  });
});
