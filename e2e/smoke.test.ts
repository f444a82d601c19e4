import { describe, expect, it } from "vitest";
import { checkA11y, signIn, startHarness } from "./harness.ts";

const harness = await startHarness();

describe("the home page", () => {
  it("loads in Dutch and has no WCAG 2.1 AA violations", async () => {
    const page = await harness.newPage();
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator("html").getAttribute("lang")).toMatch(/^nl/);
    await page.getByRole("main").waitFor();
    await checkA11y(page);
  });

  it("serves the API health next to the web app", async () => {
    const response = await fetch(`${harness.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });
});

describe("signing in", () => {
  it("takes a demo admin from the sign-in form into the app", async () => {
    const admin = harness.demoAccounts.find((account) => account.role === "admin");
    if (!admin) throw new Error("the demo data has no admin account");
    const page = await harness.newPage();
    await signIn(page, admin.email, admin.password);
    const session = await page.request.get("/api/auth/session");
    expect(session.status()).toBe(200);
    await checkA11y(page);
  });
});
