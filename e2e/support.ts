// Keyboard-only driving for the journeys. A journey never clicks: it moves the focus with Tab (or Shift+Tab) the
// way a keyboard user does, and fails when the element it needs cannot be reached that way, so an unreachable
// control or a keyboard trap is a failing journey, not a silently passing one.
import type { BrowserContextOptions, ElementHandle, Locator, Page } from "playwright-core";
import { afterAll } from "vitest";
import { checkA11y, type Harness } from "./harness.ts";

/** A phone in portrait (iPhone 12–15 class): the layout must work at 390 CSS pixels wide. */
export const phoneViewport = { width: 390, height: 844 } as const;

/**
 * A fresh browser context (own cookies and storage) with options of its own, e.g. a phone viewport; closed when
 * the file's tests are done. The harness's `newPage()` covers the default desktop case.
 */
export async function newPageWith(harness: Harness, options: BrowserContextOptions): Promise<Page> {
  const context = await harness.browser.newContext({
    baseURL: harness.baseUrl,
    locale: "nl-BE",
    timezoneId: "Europe/Brussels",
    ...options,
  });
  afterAll(() => context.close());
  return context.newPage();
}

/** What has the focus, in a few words, for failure messages; and whether it is one of `targets`. */
async function focusState(page: Page, targets: ElementHandle[] = []): Promise<{ hit: boolean; focused: string }> {
  return page.evaluate((candidates) => {
    const el = document.activeElement;
    const hit = el !== null && (candidates as Element[]).includes(el);
    if (!el || el === document.body) return { hit, focused: "(nothing: the page body)" };
    const label =
      el.getAttribute("aria-label") ??
      (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ??
      el.textContent ??
      "";
    const name = label.trim().replace(/\s+/g, " ").slice(0, 80);
    return { hit, focused: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> "${name}"` };
  }, targets);
}

async function describeFocus(page: Page): Promise<string> {
  return (await focusState(page)).focused;
}

/**
 * The interactive element a person would call by this name: a link, a button, a form field (by its label), a
 * checkbox or a select.
 */
export function byName(page: Page, name: string | RegExp): Locator {
  return page
    .getByRole("link", { name })
    .or(page.getByRole("button", { name }))
    .or(page.getByRole("checkbox", { name }))
    .or(page.getByRole("combobox", { name }))
    .or(page.getByLabel(name));
}

async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) => elements.some((el) => el === document.activeElement));
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus. Fails after `max` presses, or as soon as the focus stays
 * on one element while Tab is pressed (a keyboard trap), naming the last elements that had the focus.
 */
export async function tabTo(
  page: Page,
  target: Locator | string | RegExp,
  options: { max?: number; backwards?: boolean } = {},
): Promise<Locator> {
  const locator = typeof target === "string" || target instanceof RegExp ? byName(page, target) : target;
  const max = options.max ?? 150;
  const key = options.backwards ? "Shift+Tab" : "Tab";
  if (await hasFocus(locator)) return locator;
  // Resolving a locator by role and name on every press is slow on a page with hundreds of fields: resolve it
  // now and then, and compare the focused element with the resolved elements in between.
  let targets: ElementHandle[] = [];
  const trail: string[] = [];
  let previous = "";
  let unchanged = 0;
  try {
    for (let presses = 1; presses <= max; presses++) {
      if (presses % 20 === 1 || targets.length === 0) {
        await Promise.all(targets.map((t) => t.dispose()));
        targets = await locator.elementHandles();
      }
      await page.keyboard.press(key);
      const { hit, focused } = await focusState(page, targets);
      if (hit) return locator;
      unchanged = focused === previous && focused !== "(nothing: the page body)" ? unchanged + 1 : 0;
      // A date or time input keeps the focus for one press per part (day, month, year; hours, minutes), so only
      // more presses than any input has parts mean the focus is stuck.
      if (unchanged >= 6) {
        throw new Error(`Keyboard trap on ${page.url()}: ${key} keeps the focus on ${focused}`);
      }
      previous = focused;
      trail.push(focused);
    }
  } finally {
    await Promise.all(targets.map((t) => t.dispose()));
  }
  if (await hasFocus(locator)) return locator;
  throw new Error(
    `${key} did not reach ${String(target)} on ${page.url()} within ${max} presses. Last focused:\n  ` +
      trail.slice(-8).join("\n  "),
  );
}

/** Tabs to the element and presses Enter on it (links and buttons). */
export async function activate(
  page: Page,
  target: Locator | string | RegExp,
  options?: { max?: number; backwards?: boolean },
) {
  await tabTo(page, target, options);
  await page.keyboard.press("Enter");
}

/**
 * Tabs to a field and types into it, then checks that every keystroke landed there: a page that moves the focus
 * while someone types loses their input.
 */
export async function typeInto(page: Page, field: Locator, text: string, options?: { max?: number }): Promise<void> {
  await tabTo(page, field, options);
  const before = await field.inputValue();
  await page.keyboard.type(text);
  if (!(await hasFocus(field))) {
    throw new Error(
      `The focus left the field while typing on ${page.url()}; it is now on ${await describeFocus(page)}`,
    );
  }
  const after = await field.inputValue();
  if (!after.endsWith(text) || after.length !== before.length + text.length) {
    throw new Error(`Typed "${text}" but the field holds "${after}" on ${page.url()}`);
  }
}

/**
 * Signs in the way a keyboard user does: from the current page, Tab to "Aanmelden" in the menu, fill in the form by
 * typing, submit with Enter. Checks the sign-in page with axe. Ends on the page the app sends the user to (the coordinator overview).
 */
export async function signInWithKeyboard(page: Page, email: string, password: string): Promise<void> {
  await activate(page, page.getByRole("navigation").getByRole("link", { name: /^(Aanmelden|Sign in)$/ }));
  await page.waitForURL((url) => url.pathname === "/aanmelden");
  await page.getByRole("heading", { level: 1, name: /^(Aanmelden|Sign in)$/ }).waitFor();
  await checkA11y(page);
  await typeInto(page, page.getByLabel(/e-?mail/i), email);
  await typeInto(page, page.getByLabel(/wachtwoord|password/i), password);
  await page.keyboard.press("Enter");
  const refusal = page.getByRole("alert");
  await page.waitForFunction(
    () => !location.pathname.startsWith("/aanmelden") || document.querySelector("[role=alert]") !== null,
  );
  if (await refusal.count()) throw new Error(`Sign-in as ${email} refused: ${await refusal.innerText()}`);
}

/** The page has no content wider than the viewport: nothing to scroll sideways to. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: (document.scrollingElement ?? document.documentElement).scrollWidth,
    innerWidth: window.innerWidth,
  }));
}

/**
 * Waits until no CSS transition or animation is running, e.g. a dialog that fades in: until then its text is
 * partly transparent and a contrast check would measure a colour nobody reads.
 */
export async function animationsFinished(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}
