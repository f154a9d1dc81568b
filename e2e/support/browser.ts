import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** How long one expectation may wait on a busy CI machine. */
export const WAIT = 15_000;

/** Debian's Chromium, never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A page in a fresh browser context (its own cookies), as one person at a 1280 px desk. */
export async function openPage(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
  context.setDefaultTimeout(WAIT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Signs in through the login page and waits for the app shell and the first view. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.sidebar').waitFor();
  // The app then redirects from / to the first view; acting before that races the redirect.
  await page.waitForURL((url) => url.pathname !== '/' && url.pathname !== '/login');
}

/** Waits until the realtime socket of the page is connected (the sidebar says so). */
export async function waitForLive(page: Page): Promise<void> {
  await page.locator('.connection-open').waitFor();
}

/** Opens a built-in view by its English name from the sidebar and waits for its list. */
export async function openView(page: Page, name: string): Promise<void> {
  await page.locator('.sidebar-link', { hasText: name }).click();
  await page.locator('.inbox h1', { hasText: name }).waitFor();
  await page.locator('.ticket-table, .inbox .empty-state').first().waitFor();
}

/** Saves a screenshot of each page to `test-results/e2e/` (ignored by git) to see why a story failed. */
export async function keepFailureScreenshots(testName: string, pages: Record<string, Page | undefined>): Promise<void> {
  const { mkdirSync } = await import('node:fs');
  mkdirSync('test-results/e2e', { recursive: true });
  const slug = testName.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60);
  for (const [name, page] of Object.entries(pages)) {
    if (page && !page.isClosed()) await page.screenshot({ path: `test-results/e2e/${slug}-${name}.png`, fullPage: true }).catch(() => undefined);
  }
}

/** Saves `docs/screenshots/e2e-<name>.png`, only when UPDATE_SCREENSHOTS=1 (so test runs in CI leave the tree clean). */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: `docs/screenshots/e2e-${name}.png` });
}

/** Waits until the page has made no requests for a moment (lazy chunks, panels loading their data). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: WAIT }).catch(() => undefined);
  await page.locator('.loading, [aria-busy="true"]').first().waitFor({ state: 'detached' }).catch(() => undefined);
}

/** Marks the loaded document, to prove later that something changed without a reload. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate('window.__tukiE2eMark = true');
}

/** True while the document marked by `markDocument` is still the one shown (no reload, no full navigation). */
export async function isSameDocument(page: Page): Promise<boolean> {
  return (await page.evaluate('window.__tukiE2eMark === true')) as boolean;
}
