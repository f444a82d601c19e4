// The coordinator of Baldemore may not edit Maasland's addendum. The editor's address shows a not-found page, the
// server answers 404 (it does not even say that the draft exists) and nothing about Maasland changes.
import { describe, expect, it } from "vitest";
import type { PublicAddendum } from "../../server/src/modules/addenda/schemas.ts";
import { checkA11y, startHarness } from "../harness.ts";
import { signInWithKeyboard } from "../support.ts";

const harness = await startHarness();
const baldemore = harness.demoAccounts.find((a) => a.email === "coordinator.baldemore@brug.demo");
if (!baldemore) throw new Error("The demo has no coordinator for Baldemore");

async function publicMaasland(): Promise<PublicAddendum> {
  const response = await fetch(`${harness.baseUrl}/api/public/addenda/maasland`);
  expect(response.status).toBe(200);
  return (await response.json()) as PublicAddendum;
}

async function maaslandVersionRows() {
  return harness.db
    .selectFrom("addendum_versions")
    .innerJoin("addenda", "addenda.id", "addendum_versions.addendum_id")
    .innerJoin("regions", "regions.id", "addenda.region_id")
    .where("regions.slug", "=", "maasland")
    .select(["addendum_versions.number", "addendum_versions.published_at"])
    .orderBy("addendum_versions.number")
    .execute();
}

describe("the coordinator of Baldemore, with the keyboard only", () => {
  it("gets a not-found page for the Maasland editor, a 404 from the server, and Maasland stays as it was", async () => {
    const publicBefore = await publicMaasland();
    const rowsBefore = await maaslandVersionRows();

    const page = await harness.newPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Lokale addenda" }).waitFor();
    await signInWithKeyboard(page, baldemore.email, baldemore.password);
    await page.getByRole("heading", { level: 1, name: "Beheer" }).waitFor();
    await page.getByRole("link", { name: "Baldemore bewerken" }).waitFor();
    await checkA11y(page);
    // The overview offers only the coordinator's own region.
    expect(await page.getByRole("link", { name: /Maasland/ }).count()).toBe(0);

    // Typing the address of another region's editor.
    await page.goto("/beheer/addenda/maasland");
    await page.getByRole("alert").filter({ hasText: "Niet gevonden" }).waitFor();
    expect(await page.getByRole("button", { name: "Opslaan als concept" }).count()).toBe(0);
    expect(await page.getByRole("textbox").count()).toBe(0);
    await checkA11y(page);

    // With the session: 404, as if the addendum did not exist. Without one: 401.
    const withSession = await page.request.get("/api/addenda/maasland/draft");
    expect(withSession.status()).toBe(404);
    expect(await withSession.text()).not.toContain("Lokaal Addendum");
    const anonymous = await fetch(`${harness.baseUrl}/api/addenda/maasland/draft`);
    expect(anonymous.status).toBe(401);

    // Writing with the session's own CSRF token is refused the same way.
    const session = (await (await page.request.get("/api/auth/session")).json()) as { csrfToken: string };
    const save = await page.request.put("/api/addenda/maasland/draft", {
      headers: { "x-csrf-token": session.csrfToken },
      data: { baseVersion: publicBefore.version.number, document: { ...publicBefore.document, title: "Overgenomen" } },
    });
    expect(save.status()).toBe(404);
    const publish = await page.request.post("/api/addenda/maasland/publish", {
      headers: { "x-csrf-token": session.csrfToken },
      data: { version: publicBefore.version.number },
    });
    expect(publish.status()).toBe(404);

    // Nothing changed: not in the database, not for the public.
    expect(await maaslandVersionRows()).toEqual(rowsBefore);
    expect(await publicMaasland()).toEqual(publicBefore);
    const visitor = await harness.newPage();
    await visitor.goto("/addenda/maasland");
    await visitor.getByRole("heading", { level: 1, name: publicBefore.document.title }).waitFor();
    await visitor.getByText(new RegExp(`^Versie ${publicBefore.version.number}, gepubliceerd op `)).waitFor();
    await checkA11y(visitor);
  }, 120_000);
});
