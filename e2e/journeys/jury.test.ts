// A new jury member of Maasland reviews the region's 2023 call with the keyboard only, in the scoring phase (after
// the deadline of 1 June 2023, before the decisions): they sign in, find the call under "Jury", declare a conflict
// of interest on one candidacy (the reason is required, and asked for) and are then refused its content; declare no
// conflict on another, read it, score every criterion (a missing score is refused next to the criterion) and submit
// once, after a confirmation. The Maasland coordinator's jury page then counts the review and lists the conflict
// with its reason. Every screen on the way must pass WCAG 2.1 AA (axe); the member's screens are driven at 360 px.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signIn } from "../../server/src/modules/accounts/testing.ts";
import type { CallSummaryList } from "../../server/src/modules/calls/schemas.ts";
import type { JuryCandidacyList, JuryCandidacyView, ReviewProgress } from "../../server/src/modules/jury/schemas.ts";
import { buildJuryMember } from "../../server/src/modules/jury/testing.ts";
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

// Eleven days after Maasland's deadline (1 June 2023 at 23u59, Brussels): the jury scores.
const clock = fixedClock("2023-06-12T10:00:00.000Z");
const harness = await startHarness({ clock });
const coordinatorAccount = harness.demoAccounts.find((a) => a.email === "coordinator.maasland@brug.demo");
if (!coordinatorAccount) throw new Error("The demo has no coordinator for Maasland");

const calls = (await (await fetch(`${harness.baseUrl}/api/public/calls`)).json()) as CallSummaryList;
const maasland = calls.calls.find(
  (c) => c.region.slug === "maasland" && !c.isDemo && c.state.deadline === "2023-06-01T21:59:00.000Z",
);
if (!maasland) throw new Error("The demo has no Maasland 2023 call");
const callId = maasland.id;

// A fresh jury member of Maasland, put on the call's jury by its coordinator (through the API, as the screen does).
const region = await harness.db
  .selectFrom("regions")
  .where("slug", "=", "maasland")
  .select("id")
  .executeTakeFirstOrThrow();
const member = await buildJuryMember(harness.db, region.id);
const memberName = `Test ${member.email}`;
const coordinatorSession = await signIn(harness.app, coordinatorAccount);
const assigned = await harness.app.inject({
  method: "POST",
  url: `/api/calls/${callId}/jury`,
  headers: coordinatorSession.headers,
  payload: { userId: member.id },
});
if (assigned.statusCode !== 201) throw new Error(`assigning the jury member failed: ${assigned.body}`);

async function progress(): Promise<ReviewProgress> {
  const response = await harness.app.inject({
    method: "GET",
    url: `/api/calls/${callId}/review-progress`,
    headers: { cookie: coordinatorSession.cookie },
  });
  expect(response.statusCode).toBe(200);
  return response.json<ReviewProgress>();
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Tabs into a radio group and chooses option `index` (0-based) with the arrow keys, as a keyboard user does. */
async function choose(page: Page, group: Locator, index: number): Promise<void> {
  const radios = group.getByRole("radio");
  await tabTo(page, radios.first(), { max: 60 });
  if (index === 0) await page.keyboard.press("Space");
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(() => radios.nth(index).isChecked()).toBe(true);
}

describe("a jury member reviewing Maasland's 2023 call, with the keyboard only", () => {
  const conflictReason = "Mijn zus is coördinator bij deze organisatie.";
  let conflicted = { id: "", name: "" };
  let reviewed = { id: "", name: "" };

  it("declares a conflict and is refused the content, declares none on another, scores it and submits", async () => {
    const page = await newPageWith(harness, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const fits = async () => {
      const overflow = await horizontalOverflow(page);
      expect(overflow.scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(overflow.innerWidth);
    };
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, member.email, member.password);

    // A jury member lands on "Jury" (in the menu too): the call they sit on.
    await page.waitForURL((url) => url.pathname === "/jury");
    await page.getByRole("heading", { level: 1, name: "Jury" }).waitFor();
    expect(await page.getByRole("navigation").getByRole("link", { name: "Jury", exact: true }).count()).toBe(1);
    await checkA11y(page);
    await fits();
    await activate(page, page.getByRole("link", { name: "Kandidaturen van Maasland bekijken" }));
    await page.waitForURL((url) => url.pathname === `/jury/oproepen/${callId}`);
    await page.getByRole("heading", { level: 1, name: "Jury Maasland: kandidaturen" }).waitFor();
    const list = (await (await page.request.get(`/api/jury/calls/${callId}/candidacies`)).json()) as JuryCandidacyList;
    expect(list.candidacies.length).toBeGreaterThanOrEqual(2);
    expect(list.candidacies.every((c) => c.declaration === null && c.reviewStatus === "none")).toBe(true);
    conflicted = { id: list.candidacies[0]!.id, name: list.candidacies[0]!.organisation.name };
    reviewed = { id: list.candidacies[1]!.id, name: list.candidacies[1]!.organisation.name };
    const firstRow = page.getByRole("row").filter({ hasText: conflicted.name });
    expect(await firstRow.innerText()).toContain("Nog niet verklaard");
    expect(await firstRow.innerText()).toContain("Nog niet beoordeeld");
    await checkA11y(page);
    await fits();

    // The first candidacy: nothing to read before the declaration.
    await activate(page, page.getByRole("link", { name: conflicted.name, exact: true }));
    await page.waitForURL((url) => url.pathname === `/jury/kandidaturen/${conflicted.id}`);
    await page.getByRole("heading", { level: 1, name: `Kandidatuur ${conflicted.name}` }).waitFor();
    await page.getByText("Eerst uw verklaring").waitFor();
    expect(await page.getByRole("heading", { name: /^Ingediende kandidatuur/ }).count()).toBe(0);
    await checkA11y(page);
    await fits();

    // "Belangenconflict" without a reason is refused next to the field; the summary takes the focus.
    const declaration = page.getByRole("group", { name: "Hebt u een belangenconflict met deze kandidaat?" });
    await choose(page, declaration, 1);
    expect(await declaration.getByRole("radio", { name: "Belangenconflict", exact: true }).isChecked()).toBe(true);
    const save = page.getByRole("button", { name: "Verklaring opslaan" });
    await activate(page, save, { max: 10 });
    const summary = page.getByRole("heading", { name: "Controleer 1 veld" });
    await summary.waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    const reason = page.getByRole("textbox", { name: /^Toelichting/ });
    expect(await reason.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await reason.getAttribute("aria-describedby")) ?? "";
    const described = await Promise.all(describedBy.split(/\s+/).map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(described.join(" ")).toContain("Beschrijf uw band met de organisatie.");
    await checkA11y(page);
    await activate(page, page.getByRole("button", { name: /^Toelichting: / }), { max: 5 });
    await expect.poll(() => isFocused(reason)).toBe(true);
    await page.keyboard.type(conflictReason);
    await activate(page, save, { max: 10 });

    // Declared: the content stays closed, here and at the API.
    await page.getByText("U beoordeelt deze kandidatuur niet").waitFor();
    await page.getByRole("status").filter({ hasText: "Uw verklaring is opgeslagen." }).waitFor();
    expect(await page.getByRole("heading", { name: /^Ingediende kandidatuur/ }).count()).toBe(0);
    expect((await page.request.get(`/api/jury/candidacies/${conflicted.id}`)).status()).toBe(404);
    await checkA11y(page);

    // The second candidacy: no conflict, so the member reads it and scores it.
    await activate(page, page.getByRole("link", { name: "Terug naar de kandidaturen" }), { backwards: true });
    await page.getByRole("heading", { level: 1, name: "Jury Maasland: kandidaturen" }).waitFor();
    await page.getByRole("row").filter({ hasText: conflicted.name }).getByText("Belangenconflict").waitFor();
    await activate(page, page.getByRole("link", { name: reviewed.name, exact: true }));
    await page.getByRole("heading", { level: 1, name: `Kandidatuur ${reviewed.name}` }).waitFor();
    await choose(page, page.getByRole("group", { name: "Hebt u een belangenconflict met deze kandidaat?" }), 0);
    await activate(page, page.getByRole("button", { name: "Verklaring opslaan" }), { max: 10 });
    await page.getByRole("heading", { level: 2, name: "Ingediende kandidatuur (versie 1)" }).waitFor();
    const view = (await (await page.request.get(`/api/jury/candidacies/${reviewed.id}`)).json()) as JuryCandidacyView;
    expect(view.scoringOpen).toBe(true);
    expect(await page.getByRole("main").innerText()).toContain(view.revision.content.title);
    await checkA11y(page);
    await fits();

    // Every criterion but the last gets a score (and the first a comment).
    const criteria = view.criteria;
    const scores = criteria.map((c, i) => Math.min(c.maxScore, 2 + (i % 3)));
    for (const [i, c] of criteria.entries()) {
      if (i === criteria.length - 1) break;
      await choose(page, page.getByRole("group", { name: `Score voor ${c.label}` }), scores[i]!);
      if (i === 0) {
        await typeInto(page, page.getByRole("textbox", { name: `Opmerking bij ${c.label}` }), "Sterk verankerd.");
      }
    }
    await activate(page, page.getByRole("button", { name: "Opslaan als concept" }), { max: 20 });
    await page
      .getByRole("status")
      .filter({ hasText: /^Concept opgeslagen op / })
      .waitFor();

    // Submitting with a score missing: confirmed, then refused next to the criterion.
    const submit = page.getByRole("button", { name: "Beoordeling indienen" });
    expect(await page.getByRole("main").innerText()).toContain("Een ingediende beoordeling is definitief");
    await activate(page, submit, { max: 10 });
    const dialog = page.getByRole("dialog", { name: "Beoordeling indienen?" });
    await dialog.waitFor();
    await animationsFinished(page);
    await checkA11y(page);
    await activate(page, dialog.getByRole("button", { name: "Definitief indienen" }), { max: 5 });
    const missing = page.getByRole("heading", { name: "Controleer 1 veld" });
    await missing.waitFor();
    await expect.poll(() => isFocused(missing)).toBe(true);
    await checkA11y(page);
    const last = criteria.at(-1)!;
    await activate(page, page.getByRole("button", { name: `${last.label}: Kies een score.` }), { max: 5 });
    const lastGroup = page.getByRole("group", { name: `Score voor ${last.label}` });
    await expect.poll(() => isFocused(lastGroup.getByRole("radio").first())).toBe(true);
    for (let i = 0; i < scores.at(-1)!; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => lastGroup.getByRole("radio").nth(scores.at(-1)!).isChecked()).toBe(true);
    await activate(page, submit, { max: 20 });
    await dialog.waitFor();
    await activate(page, dialog.getByRole("button", { name: "Definitief indienen" }), { max: 5 });
    await page
      .getByRole("status")
      .filter({ hasText: /^Ingediend op .*Deze beoordeling is definitief\.$/ })
      .waitFor();
    expect(await submit.count()).toBe(0);
    const after = (await (await page.request.get(`/api/jury/candidacies/${reviewed.id}`)).json()) as JuryCandidacyView;
    expect(after.review?.submittedAt).not.toBeNull();
    expect(criteria.map((c) => after.review?.scores[c.key]?.score)).toEqual(scores);
    expect(after.review?.scores[criteria[0]!.key]?.comment).toBe("Sterk verankerd.");
    await page.getByRole("heading", { level: 2, name: "Scores van de jury" }).waitFor();
    await checkA11y(page);
    await fits();
  }, 300_000);

  it("the coordinator's jury page counts the review and lists the conflict with its reason", async () => {
    const expected = await progress();
    const row = expected.candidacies.find((c) => c.id === reviewed.id)!;
    const mine = expected.members.find((m) => m.userId === member.id)!;
    expect(mine.done).toBe(1);

    const page = await harness.newPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, coordinatorAccount.email, coordinatorAccount.password);
    await page.goto(`/beheer/oproepen/${callId}`);
    await page.getByRole("heading", { level: 1, name: /Maasland/ }).waitFor();
    await activate(page, page.getByRole("link", { name: "Jury beheren" }));
    await page.waitForURL((url) => url.pathname === `/beheer/oproepen/${callId}/jury`);
    await page.getByRole("heading", { level: 1, name: "Jury Maasland" }).waitFor();

    const table = page.getByRole("table", { name: /^Per kandidatuur/ });
    const reviewedRow = table.getByRole("row").filter({ hasText: reviewed.name });
    expect(await reviewedRow.innerText()).toContain(`${row.done}/${row.expected} beoordeeld`);
    const conflictRow = table.getByRole("row").filter({ hasText: conflicted.name });
    expect(await conflictRow.innerText()).toContain(`${memberName}: belangenconflict. ${conflictReason}`);
    const members = page.getByRole("table", { name: "Voortgang per jurylid" });
    expect(await members.getByRole("row").filter({ hasText: memberName }).innerText()).toContain(
      `1/${mine.expected} beoordeeld`,
    );
    // The criteria are locked now that reviews are in.
    await page.getByText("De criteria liggen vast").first().waitFor();
    await checkA11y(page);

    // On a 360 px wide phone the page still fits the screen.
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await horizontalOverflow(page);
    expect(overflow.scrollWidth, "the jury page scrolls sideways").toBeLessThanOrEqual(overflow.innerWidth);
    await checkA11y(page);
  }, 120_000);
});
