// Walks through the agent app like a person would, with Debian's Chromium, and reports each check.
// Usage: BASE_URL=http://localhost:4173 node apps/agent/scripts/smoke.mjs
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const email = process.env.TUKI_EMAIL ?? 'admin@demo.tuki.example';
const password = process.env.TUKI_PASSWORD ?? 'tuki-demo-2026';
const out = process.env.OUT_DIR ?? 'docs/screenshots';
const results = [];
const check = (name, ok, detail = '') => results.push(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));

try {
  await page.goto(`${base}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const loginError = await page.getByRole('alert').first().textContent({ timeout: 5000 });
  check('wrong password shows the server message', Boolean(loginError), loginError ?? '');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('.ticket-table', { timeout: 10000 });
  check('login lands on the first view', page.url().includes('/views/'), page.url());

  await page.keyboard.press('j');
  await page.keyboard.press('x');
  const selected = await page.locator('.bulk-count').textContent();
  check('j then x selects a ticket', selected?.includes('1 selected') ?? false, selected ?? '');
  await page.getByLabel('Set priority…').selectOption('urgent');
  const toast = await page.locator('.toast').first().textContent({ timeout: 5000 });
  check('bulk priority change reports success', toast?.includes('updated') ?? false, toast ?? '');

  await page.keyboard.press('o');
  await page.waitForSelector('.conversation', { timeout: 10000 });
  const ticketUrl = page.url();
  check('o opens the highlighted ticket', ticketUrl.includes('/tickets/'), ticketUrl);

  await page.keyboard.press('n');
  const textarea = page.locator('.composer [role="textbox"]');
  await textarea.pressSequentially('Looping in @Ai');
  const option = await page.locator('.mention-option strong').first().textContent({ timeout: 3000 }).catch(() => null);
  check('@ shows mention suggestions', option?.startsWith('Ai') ?? false, option ?? 'none');
  const mention = `@${option}`;
  await page.keyboard.press('Enter');
  await textarea.pressSequentially('please check.');
  check('Enter inserts the mention', (await textarea.innerText()).includes(`${mention} please check.`), await textarea.innerText());

  await page.reload();
  await page.waitForSelector('.conversation');
  await page.keyboard.press('n');
  check('draft survives a reload', (await page.locator('.composer [role="textbox"]').innerText()).trim().includes(mention));

  await page.route('**/api/v1/tickets/*/messages', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 422, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unprocessable', message: 'Simulated failure from the test' } }) })
      : route.continue(),
  );
  await page.getByRole('button', { name: 'Add note' }).click();
  const sendError = await page.locator('.composer .error-banner').textContent({ timeout: 5000 });
  check('a failed send shows the server message', sendError?.includes('Simulated failure') ?? false, sendError ?? '');
  await page.reload();
  await page.waitForSelector('.conversation');
  await page.keyboard.press('n');
  check('a failed send keeps the draft', (await page.locator('.composer [role="textbox"]').innerText()).trim().includes(mention));
  await page.unroute('**/api/v1/tickets/*/messages');

  const before = await page.locator('.message').count();
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.waitForFunction((count) => document.querySelectorAll('.message').length > count, before, { timeout: 5000 });
  check('sending adds the note and clears the draft', (await page.locator('.composer [role="textbox"]').innerText()).trim() === '');
  await page.screenshot({ path: `${out}/ticket-note.png` });

  await page.keyboard.press('r');
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Order 377585 receipt'], 'receipt.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.dispatchEvent('.composer', 'dragover', { dataTransfer });
  await page.dispatchEvent('.composer', 'drop', { dataTransfer });
  const chip = await page.locator('.attachment-chip').first().textContent({ timeout: 10000 }).catch(() => null);
  const uploadError = await page.locator('.composer .error-banner').textContent({ timeout: 500 }).catch(() => null);
  check('dropping a file uploads it', chip?.includes('receipt.txt') ?? false, chip ?? uploadError ?? 'no chip');
  await page.locator('.composer [role="textbox"]').fill('Here is your receipt.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  const attachmentLink = await page.locator('.message .attachment-list a', { hasText: 'receipt.txt' }).last().getAttribute('href', { timeout: 10000 }).catch(() => null);
  check('the sent reply carries the attachment', Boolean(attachmentLink), attachmentLink ?? '');
  if (attachmentLink) {
    const download = await page.request.get(new URL(attachmentLink, base).toString());
    check('the attachment downloads', download.ok() && (await download.text()).includes('377585'), String(download.status()));
  }

  await page.getByRole('button', { name: 'Escalate' }).click();
  await page.locator('[role="dialog"] select').first().selectOption({ index: 1 });
  await page.locator('[role="dialog"] textarea').fill('Needs second-line help');
  await page.locator('[role="dialog"] button[type="submit"]').click();
  const escalated = await page.locator('.toast').last().textContent({ timeout: 5000 }).catch(() => null);
  const escalateError = await page.locator('[role="dialog"] .error-banner').textContent({ timeout: 300 }).catch(() => null);
  check('escalating reports the result', (escalated ?? '').includes('escalated'), escalated ?? escalateError ?? '');
  if (escalateError) await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await page.locator('[role="dialog"] input[type="search"]').fill('refund');
  await page.locator('.picker-hit').first().click({ timeout: 5000 });
  await page.locator('[role="dialog"] button[type="submit"]').click();
  await page.waitForSelector('#links-title', { timeout: 5000 }).catch(() => null);
  check('linking shows the linked ticket', await page.locator('#links-title').isVisible());

  await page.keyboard.press('?');
  check('? opens the shortcut help', await page.getByRole('dialog').isVisible());
  await page.keyboard.press('Escape');

  await page.keyboard.press('/');
  await page.keyboard.type('refund');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.search-hit, .empty-state', { timeout: 10000 });
  const hits = await page.locator('.search-hit').count();
  check('search shows results', hits > 0, `${hits} hits`);
  await page.screenshot({ path: `${out}/search.png` });

  await page.getByRole('button', { name: /Notifications/ }).click();
  await page.waitForSelector('.notifications');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/notifications.png` });
  await page.keyboard.press('Escape');

  await page.locator('.user-button').click();
  await page.getByLabel('Language').selectOption('fi');
  await page.waitForSelector('text=Näkymät', { timeout: 5000 });
  check('switching language to Finnish translates the app', true);
  await page.goto(`${base}/`);
  await page.waitForSelector('.ticket-table');
  await page.screenshot({ path: `${out}/inbox-fi.png` });
  await page.locator('.user-button').click();
  await page.getByLabel('Kieli').selectOption('en');
  await page.waitForSelector('text=Views', { timeout: 5000 });

  const stamp = Date.now().toString(36);
  await page.goto(`${base}/admin/groups`);
  await page.getByLabel('Name').fill(`Smoke ${stamp}`);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForSelector(`text=Smoke ${stamp}`, { timeout: 5000 });
  check('admin can create a group', true);
  await page.goto(`${base}/admin/fields`);
  await page.getByLabel('Label').fill(`Smoke field ${stamp}`);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForSelector(`text=Smoke field ${stamp}`, { timeout: 5000 });
  check('admin can create a custom field', true);
  await page.goto(`${base}/admin/tokens`);
  await page.getByLabel('Name').fill(`smoke ${stamp}`);
  await page.getByRole('button', { name: 'Create' }).click();
  const secret = await page.locator('.secret-box code').textContent({ timeout: 5000 });
  check('admin can create an API token and sees it once', (secret ?? '').length > 10);
  await page.goto(`${base}/admin/webhooks`);
  await page.getByLabel('Address (URL)').fill(`https://hooks.example.com/smoke-${stamp}`);
  await page.getByRole('button', { name: 'Create' }).click();
  const hookError = await page.locator('.error-banner').textContent({ timeout: 1500 }).catch(() => null);
  if (hookError) check('admin can create a webhook', false, hookError);
  else {
    await page.waitForSelector(`text=https://hooks.example.com/smoke-${stamp}`, { timeout: 5000 });
    await page.getByRole('button', { name: 'Delivery log' }).first().click();
    await page.waitForSelector('[role="dialog"] .empty-state, [role="dialog"] .table', { timeout: 5000 });
    check('admin can create a webhook and open its delivery log', true);
    await page.keyboard.press('Escape');
  }
} catch (error) {
  check('walkthrough finished', false, error.message.split('\n')[0]);
  await page.screenshot({ path: `${out}/smoke-failed.png` });
}
check('no uncaught page errors', pageErrors.length === 0, pageErrors.join('; '));
await browser.close();
console.log(results.join('\n'));
const failed = results.filter((line) => line.startsWith('FAIL')).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
