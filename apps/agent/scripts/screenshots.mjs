// Takes screenshots of the agent app with Debian's Chromium (never a downloaded browser).
// Usage: BASE_URL=http://localhost:3100 TUKI_EMAIL=… TUKI_PASSWORD=… node apps/agent/scripts/screenshots.mjs [ticketId]
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const email = process.env.TUKI_EMAIL ?? 'admin@demo.tuki.example';
const password = process.env.TUKI_PASSWORD ?? 'tuki-demo-2026';
const out = process.env.OUT_DIR ?? 'docs/screenshots';
const only = process.env.ONLY ? process.env.ONLY.split(',') : null;
const ticketId = process.argv[2];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const problems = [];

async function run(name, width, height, steps) {
  if (only && !only.includes(name)) return;
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && !message.text().includes('401') && problems.push(`[${name}] console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`[${name}] page error: ${error.message}`));
  page.on('response', (response) => {
    const expected = response.status() === 401 && response.url().endsWith('/auth/session');
    if (response.status() >= 400 && !expected) problems.push(`[${name}] ${response.status()} ${response.url()}`);
  });
  try {
    await steps(page);
  } catch (error) {
    problems.push(`[${name}] step failed: ${error.message}`);
    await page.screenshot({ path: `${out}/${name}-failed.png` });
  }
  await context.close();
}

async function login(page) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('.sidebar');
}

await run('login', 1280, 800, async (page) => {
  await page.goto(`${base}/login`);
  await page.waitForSelector('.login-card');
  await page.screenshot({ path: `${out}/login.png` });
});

for (const [suffix, width, height] of [['', 1280, 800], ['-phone', 390, 844]]) {
  await run(`inbox${suffix}`, width, height, async (page) => {
    await login(page);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${out}/inbox${suffix}.png` });
  });
  if (ticketId) {
    await run(`ticket${suffix}`, width, height, async (page) => {
      await login(page);
      await page.goto(`${base}/tickets/${ticketId}`);
      await page.waitForSelector('.conversation');
      await page.waitForTimeout(1000);
      await page.screenshot({ path: `${out}/ticket${suffix}.png` });
      if (suffix) {
        await page.locator('.composer').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${out}/ticket${suffix}-composer.png` });
      }
    });
  }
  await run(`admin${suffix}`, width, height, async (page) => {
    await login(page);
    await page.goto(`${base}/admin/agents`);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${out}/admin${suffix}.png` });
  });
}

await browser.close();
console.log(problems.length ? problems.join('\n') : 'no problems seen');
