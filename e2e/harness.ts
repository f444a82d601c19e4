// End-to-end harness: the real app (built web app, real PostgreSQL with reference and demo data) listening on a
// free port, and Debian's Chromium driven by playwright-core. Journeys seed through server functions and sign in
// the way a person does, then drive the screens the journey is about.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll } from "vitest";
import { buildApp } from "../server/src/app.ts";
import type { Config } from "../server/src/config.ts";
import { loadDemo, type DemoAccount } from "../server/src/demo/load.ts";
import { systemClock, type Clock } from "../server/src/platform/clock.ts";
import { createTestDb, type TestDb } from "../server/test/db.ts";
import { testConfig } from "../server/test/app.ts";

const require = createRequire(import.meta.url);
const webDist = path.resolve(import.meta.dirname, "../web/dist");

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) throw new Error("Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.");
  return found;
}

export interface Harness extends TestDb {
  app: FastifyInstance;
  baseUrl: string;
  demoAccounts: DemoAccount[];
  browser: Browser;
  /** A fresh browser context (own cookies) and page, closed with the harness. */
  newPage(): Promise<Page>;
}

/** Call at the top level of an e2e test file: everything it starts is stopped by afterAll. */
export async function startHarness(options: { clock?: Clock; config?: Partial<Config> } = {}): Promise<Harness> {
  if (!existsSync(path.join(webDist, "index.html"))) {
    throw new Error("web/dist is missing: run `npm run build` before the end-to-end tests (npm test does).");
  }
  const testDb = await createTestDb({ reference: true });
  const demoAccounts = await loadDemo(testDb.db);
  const app = await buildApp({
    db: testDb.db,
    config: testConfig({ webDist, ...options.config }),
    clock: options.clock ?? systemClock,
    databaseMode: "embedded",
  });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });

  // launch() gives the browser a fresh, temporary user-data folder of its own.
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
  const contexts: BrowserContext[] = [];

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await app.close();
  });

  return {
    ...testDb,
    app,
    baseUrl: address,
    demoAccounts,
    browser,
    newPage: async () => {
      const context = await browser.newContext({ baseURL: address, locale: "nl-BE", timezoneId: "Europe/Brussels" });
      contexts.push(context);
      return context.newPage();
    },
  };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** WCAG 2.1 A and AA with axe-core; throws, listing every violation and where it is. */
export async function checkA11y(page: Page): Promise<void> {
  const hasAxe = await page.evaluate(() => "axe" in window);
  // Evaluated through the DevTools protocol rather than a <script> tag: Brug's Content-Security-Policy forbids
  // inline scripts, and the tests must run against the real headers.
  if (!hasAxe) await page.evaluate(await readFile(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations as AxeViolation[];
  });
  if (violations.length > 0) {
    const lines = violations.map(
      (v) => `- ${v.id} (${v.impact ?? "?"}): ${v.help}\n    at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    throw new Error(`Accessibility violations on ${page.url()}:\n${lines.join("\n")}`);
  }
}

/**
 * Signs in through the login form, as a person does. The form's fields are found by their labels (Dutch first),
 * so this also checks that they have labels.
 */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/aanmelden");
  const form = page.locator("form").filter({ has: page.locator('input[type="password"]') });
  await form.getByLabel(/e-?mail/i).fill(email);
  await form.getByLabel(/wachtwoord|password|mot de passe/i).fill(password);
  await form.getByRole("button", { name: /aanmelden|sign in|se connecter/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/aanmelden"));
}
