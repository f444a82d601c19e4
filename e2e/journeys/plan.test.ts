// A companion's daily work in a client file, with the keyboard only, on a 360 px phone: a goal in the client's own
// words with an action (then marked done), an appointment of yesterday with its attendance recorded and counted,
// its .ics downloaded (title, time and place only), and a note only the companion may read. Every screen passes
// WCAG 2.1 AA (axe).
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { utcToLocal } from "../../server/src/domain/milestones.ts";
import { demoPassword } from "../../server/src/demo/load.ts";
import { createUser, grantMembership } from "../../server/src/modules/accounts/service.ts";
import { buildOrganisation } from "../../server/src/modules/accounts/testing.ts";
import { buildClientInTrajectory } from "../../server/src/modules/plans/testing.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { activate, horizontalOverflow, newPageWith, tabTo, typeInto } from "../support.ts";

const harness = await startHarness();
const db = harness.db;
const region = await db.selectFrom("regions").select("id").where("slug", "=", "maasland").executeTakeFirstOrThrow();

// A companion of Maasland and a client of theirs in an active trajectory, seeded through the server's own functions.
const companionEmail = "begeleider.plan@example.be";
const organisation = await buildOrganisation(db);
const user = await createUser(
  db,
  { kind: "seed" },
  { email: companionEmail, displayName: "Begeleider Plan", password: demoPassword, locale: "nl" },
);
await grantMembership(
  db,
  { kind: "seed" },
  { userId: user.id, organisationId: organisation.id, regionId: region.id, role: "companion" },
);
const companion = {
  id: user.id,
  email: companionEmail,
  password: demoPassword,
  organisationId: organisation.id,
  regionId: region.id,
};
const { clientId, trajectoryId } = await buildClientInTrajectory(db, {
  regionId: region.id,
  companion,
  at: new Date(),
  givenName: "Journa",
});

/** A Brussels day `days` from today, as people type it ("23/11/2026"). */
function typedDay(days: number): string {
  const date = utcToLocal(new Date(Date.now() + days * 86_400_000).toISOString()).date;
  return `${Number(date.slice(8))}/${Number(date.slice(5, 7))}/${date.slice(0, 4)}`;
}

async function phonePage(): Promise<{ page: Page; fits: () => Promise<void> }> {
  const page = await newPageWith(harness, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const fits = async () => {
    const overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
  };
  return { page, fits };
}

describe("the plan, appointments and notes, with the keyboard only", () => {
  it("a companion plans a goal with an action, records an appointment's attendance, downloads it, writes a note", async () => {
    const { page, fits } = await phonePage();
    // Straight to the client's plan: the sign-in page sends the companion there.
    await page.goto(`/aanmelden?next=${encodeURIComponent(`/clienten/${clientId}/plan`)}`);
    await page.getByRole("heading", { level: 1, name: "Aanmelden" }).waitFor();
    await typeInto(page, page.getByLabel(/e-?mail/i), companion.email);
    await typeInto(page, page.getByLabel(/wachtwoord/i), companion.password);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === `/clienten/${clientId}/plan`);
    await page.getByRole("heading", { level: 1, name: "Plan" }).waitFor();
    await page.getByText("Er zijn nog geen doelen.").waitFor();
    await checkA11y(page);
    await fits();
    await tabTo(page, page.getByRole("combobox", { name: "Levensdomein" }));
    await page.keyboard.type("Werk");
    await expect.poll(() => page.getByRole("combobox", { name: "Levensdomein" }).inputValue()).toBe("work");
    await typeInto(page, page.getByRole("textbox", { name: "Doel" }), "Ik wil terug aan het werk, halftijds.");
    await activate(page, page.getByRole("button", { name: "Doel toevoegen" }));
    await page.getByRole("status").filter({ hasText: "Het doel is toegevoegd." }).waitFor();
    const goal = page.getByRole("region", { name: "Werk" });
    await goal.getByText("“Ik wil terug aan het werk, halftijds.”").waitFor();
    await checkA11y(page);

    // An action with a day, then marked done.
    await activate(page, goal.getByRole("button", { name: "Actie toevoegen" }), { backwards: true });
    const actionText = goal.getByRole("textbox", { name: "Wat moet er gebeuren?" });
    await actionText.waitFor();
    await typeInto(page, actionText, "Een cv opmaken met de begeleider");
    await typeInto(page, goal.getByRole("textbox", { name: /^Tegen wanneer\?/ }), typedDay(3));
    await checkA11y(page);
    await fits();
    await activate(page, goal.getByRole("button", { name: "Actie opslaan" }));
    const checkbox = goal.getByRole("checkbox", { name: "Een cv opmaken met de begeleider" });
    await checkbox.waitFor();
    expect(await checkbox.isChecked()).toBe(false);
    await tabTo(page, checkbox, { backwards: true });
    await page.keyboard.press("Space");
    await goal.getByText(/gedaan op/).waitFor();
    expect(await checkbox.isChecked()).toBe(true);
    await checkA11y(page);
    await fits();

    // Appointments: yesterday's conversation, then attendance.
    await activate(
      page,
      page.getByRole("navigation", { name: "Delen van het dossier" }).getByRole("link", { name: "Afspraken" }),
      {
        backwards: true,
      },
    );
    await page.getByRole("heading", { level: 1, name: "Afspraken" }).waitFor();
    await checkA11y(page);
    await fits();
    const form = page.getByRole("region", { name: "Nieuwe afspraak" });
    await typeInto(page, form.getByRole("textbox", { name: "Titel" }), "Gesprek");
    await typeInto(page, form.getByRole("textbox", { name: "Dag" }), typedDay(-1));
    await typeInto(page, form.getByRole("textbox", { name: "Van (Belgische tijd)" }), "10.00");
    await typeInto(page, form.getByRole("textbox", { name: "Tot (Belgische tijd)" }), "11.00");
    await typeInto(page, form.getByRole("textbox", { name: /^Plaats/ }), "Wijkhuis De Brug");
    await activate(page, form.getByRole("button", { name: "Afspraak plannen" }));
    await form.getByRole("status").filter({ hasText: "De afspraak is gepland" }).waitFor();
    const past = page.getByRole("region", { name: "Voorbije afspraken" });
    const appointment = past.getByRole("article", { name: "Gesprek" });
    await appointment.waitFor();
    await activate(page, appointment.getByRole("button", { name: "Aanwezigheid aanduiden: Gesprek" }));
    const attendance = appointment.getByRole("combobox", { name: "Aanwezigheid" });
    await attendance.waitFor();
    expect(await attendance.inputValue()).toBe("present");
    await checkA11y(page);
    await activate(page, appointment.getByRole("button", { name: "Aanwezigheid opslaan" }));
    await appointment.getByText("Aanwezigheid: Aanwezig").waitFor();
    const counts = page.getByRole("region", { name: "Aanwezigheid" });
    await expect.poll(() => counts.innerText()).toMatch(/Aanwezig\s*1/);
    await checkA11y(page);
    await fits();

    // Its .ics: the neutral title, the time and the place; nothing about the client.
    const downloading = page.waitForEvent("download");
    await activate(page, appointment.getByRole("link", { name: "In uw agenda zetten (.ics): Gesprek" }), {
      backwards: true,
    });
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^afspraak-\d{4}-\d{2}-\d{2}\.ics$/);
    const ics = await readFile((await download.path()) as string, "utf8");
    expect(ics).toContain("SUMMARY:Gesprek");
    expect(ics).toContain("LOCATION:Wijkhuis De Brug");
    expect(ics).not.toContain("Journa");

    // A note only the companion may read.
    await activate(
      page,
      page.getByRole("navigation", { name: "Delen van het dossier" }).getByRole("link", { name: "Notities" }),
      {
        backwards: true,
      },
    );
    await page.getByRole("heading", { level: 1, name: "Notities" }).waitFor();
    await checkA11y(page);
    await fits();
    await typeInto(page, page.getByRole("textbox", { name: "Notitie" }), "Belde zelf om de afspraak te bevestigen.");
    const onlyCompanion = page.getByRole("radio", { name: /^Alleen begeleider/ });
    await tabTo(page, page.getByRole("radio", { name: /^Trajectteam/ }));
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => onlyCompanion.isChecked()).toBe(true);
    await activate(page, page.getByRole("button", { name: "Notitie opslaan" }));
    await page.getByRole("status").filter({ hasText: "De notitie is opgeslagen." }).waitFor();
    const note = page.getByRole("article", { name: "Notitie van Begeleider Plan" });
    await note.getByText("Belde zelf om de afspraak te bevestigen.").waitFor();
    // The level is a badge (shown in capitals); its text is the label.
    await note.getByText("Alleen begeleider", { exact: true }).waitFor();
    await checkA11y(page);
    await fits();

    const stored = await db
      .selectFrom("notes")
      .select(["confidentiality", "category", "written_by"])
      .where("trajectory_id", "=", trajectoryId)
      .execute();
    expect(stored).toEqual([{ confidentiality: "companion", category: "general", written_by: companion.id }]);
  });
});
