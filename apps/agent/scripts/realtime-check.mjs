// Two agents in two browsers: checks presence (viewing, typing) and live inbox updates over the realtime socket.
// Usage: BASE_URL=… TUKI_EMAIL=… TUKI_EMAIL2=… node apps/agent/scripts/realtime-check.mjs <ticketId>
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const password = process.env.TUKI_PASSWORD ?? 'tuki-demo-2026';
const ticketId = process.argv[2];
const out = process.env.OUT_DIR ?? 'docs/screenshots';
const results = [];
const check = (name, ok, detail = '') => results.push(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
async function signedIn(email) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('.sidebar');
  return page;
}

try {
  const first = await signedIn(process.env.TUKI_EMAIL);
  const second = await signedIn(process.env.TUKI_EMAIL2);
  await first.goto(`${base}/tickets/${ticketId}`);
  await second.goto(`${base}/tickets/${ticketId}`);
  await first.waitForSelector('.presence', { timeout: 10000 });
  check('the other agent shows as viewing', (await first.locator('.presence-text').textContent())?.includes('viewing') ?? false, await first.locator('.presence-text').textContent());
  await second.keyboard.press('r');
  await second.keyboard.type('Typing something');
  await first.waitForSelector('.presence-typing', { timeout: 10000 });
  check('typing shows as typing', (await first.locator('.presence-text').textContent())?.includes('typing') ?? false, await first.locator('.presence-text').textContent());
  await first.screenshot({ path: `${out}/ticket-presence.png` });

  await second.goto(`${base}/`);
  await second.waitForSelector('.ticket-table');
  await first.waitForFunction(() => !document.querySelector('.presence'), null, { timeout: 10000 });
  check('presence clears when the other agent leaves', true);
  const prioritySelect = first.locator('.properties select').nth(1);
  const current = await prioritySelect.inputValue();
  await prioritySelect.selectOption(current === 'urgent' ? 'low' : 'urgent');
  await second.waitForSelector('.ticket-row-changed', { timeout: 10000 });
  check('the other inbox refreshes live and highlights the change', true);
} catch (error) {
  check('realtime walkthrough finished', false, error.message.split('\n')[0]);
}
await browser.close();
console.log(results.join('\n'));
const failed = results.filter((line) => line.startsWith('FAIL')).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
