import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { api, buildWorkspace, type TestUser } from '../apps/server/test/factories.ts';
import { buildMailbox } from '../apps/server/src/channels/email/test-support.ts';
import { receiveRawEmail } from '../apps/server/src/channels/email/receive-raw-email.ts';
import { processInboundEmail } from '../apps/server/src/channels/email/process-inbound-email.ts';
import { startE2eServer, type E2eServer } from './support/e2e-server.ts';
import { keepFailureScreenshots, keepScreenshot, launchBrowser, openPage, openView, settle, signIn, WAIT } from './support/browser.ts';
import { seriousAxeViolations } from './support/axe.ts';

/** A real PNG (the login screenshot) standing in for a customer's screenshot. */
const SCREENSHOT = readFileSync(new URL('../docs/screenshots/e2e-login.png', import.meta.url));

/** Narrows the page to a phone and waits until the sidebar has slid away. */
async function atPhoneWidth(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction(() => (document.querySelector('.sidebar')?.getBoundingClientRect().right ?? 0) <= 0);
}

/** An HTML mail with a remote image, a quoted history, an attached PNG and a script the server must drop. */
function htmlMail(to: string, remoteImage: string): Buffer {
  const boundary = 'tuki-e2e-boundary';
  const html =
    '<div dir="ltr"><p>Hei,</p><p>laskussani on <strong>kaksi kertaa</strong> sama rivi:</p><ul><li>Kuukausimaksu 29 €</li><li>Kuukausimaksu 29 €</li></ul>' +
    `<p><img src="${remoteImage}" width="320" height="120" alt="Mainoskuva"></p><p>Kuvakaappaus liitteenä.</p><p>Maija</p><script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"></div>` +
    '<div><div>Tuki wrote on 1 March:</div><blockquote><p>Kiitos yhteydenotosta, palaamme asiaan pian.</p><p>Ystävällisin terveisin, Tuki</p></blockquote></div>';
  const lines = [
    'From: Maija Meikäläinen <maija@asiakas.example>',
    `To: ${to}`,
    'Subject: =?utf-8?Q?Lasku_v=C3=A4=C3=A4rin?=',
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <rich-${Date.now()}@asiakas.example>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    html,
    `--${boundary}`,
    'Content-Type: image/png; name="kuvakaappaus.png"',
    'Content-Disposition: attachment; filename="kuvakaappaus.png"',
    'Content-Transfer-Encoding: base64',
    '',
    SCREENSHOT.toString('base64').replace(/.{76}/g, '$&\r\n'),
    `--${boundary}`,
    'Content-Type: application/pdf; name="lasku-2026-03.pdf"',
    'Content-Disposition: attachment; filename="lasku-2026-03.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('%PDF-1.7\n%lasku\n').toString('base64'),
    `--${boundary}--`,
    '',
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

// An agent reads a customer's HTML mail (remote images held back, quoted history folded, a screenshot
// previewed), answers with a list and a link, and finds the requester's name in the inbox.
describe('an agent works an HTML e-mail with rich text', { timeout: 120_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  let admin: TestUser;
  let page: Page;
  let ticketId = '';
  let remoteImage = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startE2eServer();
    ({ admin } = await buildWorkspace(server, { name: 'Pohjola Support' }));
    const mailbox = await buildMailbox(server, admin);
    // The "remote" image lives on this test server (absolute URL), so consenting loads it without leaving the machine.
    const upload = await server.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'multipart/form-data; boundary=x' },
      payload: Buffer.concat([Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="banner.png"\r\nContent-Type: image/png\r\n\r\n'), SCREENSHOT, Buffer.from('\r\n--x--\r\n')]),
    });
    expect(upload.statusCode).toBe(201);
    remoteImage = `${server.baseUrl}/api/v1/attachments/${JSON.parse(upload.body).id}?inline=1`;
    const stored = await receiveRawEmail(server.services, { mailbox, raw: htmlMail(mailbox.address, remoteImage), source: 'smtp' });
    await processInboundEmail(server.services, stored.id);
    const list = await api(server, admin).get('/api/v1/tickets?status=new,open');
    ticketId = list.body.data.find((ticket: { subject: string }) => ticket.subject === 'Lasku väärin').id;
    browser = await launchBrowser();
    ({ page } = await openPage(browser, server.baseUrl));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, admin.email, admin.password);
  });

  beforeEach((context) => {
    context.onTestFailed(() => keepFailureScreenshots(context.task.name, { page }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('names the requester in the inbox', async () => {
    await openView(page, 'All open');
    await page.getByRole('columnheader', { name: 'Requester' }).waitFor();
    const row = page.locator('.ticket-row', { hasText: 'Lasku väärin' });
    expect(await row.locator('.col-requester').textContent()).toBe('Maija Meikäläinen');
    expect(await row.locator('.col-requester').getAttribute('title')).toBe('maija@asiakas.example');
    await settle(page);
    await keepScreenshot(page, 'inbox-requester');
    await atPhoneWidth(page);
    await keepScreenshot(page, 'inbox-requester-phone');
    expect(await row.locator('.col-requester').isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('renders the HTML mail, holds remote images back until asked, folds the quote and previews the screenshot', async () => {
    await page.locator('.ticket-row', { hasText: 'Lasku väärin' }).getByRole('link').click();
    const mail = page.locator('.message', { hasText: 'laskussani on' });
    await mail.waitFor();
    expect(await mail.locator('.message-html strong').textContent()).toBe('kaksi kertaa');
    expect(await mail.locator('.message-html li').count()).toBe(2);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();

    const held = mail.locator('img[alt="Mainoskuva"]');
    expect(await held.getAttribute('src')).toBeNull();
    expect(await held.getAttribute('data-blocked-src')).toBe(remoteImage);
    await mail.getByText('1 remote image is hidden to protect your privacy.').waitFor();

    const quote = mail.getByText('Kiitos yhteydenotosta');
    expect(await quote.isVisible()).toBe(false);
    const toggle = mail.getByRole('button', { name: 'Show quoted text' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await quote.waitFor();
    await mail.getByRole('button', { name: 'Hide quoted text' }).click();

    await mail.locator('a.file-chip', { hasText: 'lasku-2026-03.pdf' }).waitFor();
    const thumb = mail.getByRole('button', { name: 'Preview kuvakaappaus.png' });
    await page.waitForFunction(() => ((document.querySelector('.attachment-thumb img') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0, undefined, { timeout: WAIT });
    await thumb.click();
    const dialog = page.getByRole('dialog', { name: 'kuvakaappaus.png' });
    await dialog.waitFor();
    await page.waitForFunction(() => ((document.querySelector('.lightbox img') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0, undefined, { timeout: WAIT });
    expect(await dialog.getByRole('link', { name: 'Download' }).getAttribute('href')).toMatch(/^\/api\/v1\/attachments\/[0-9a-f-]+$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await thumb.evaluate((element) => element === document.activeElement)).toBe(true);

    await mail.getByRole('button', { name: 'Show remote images' }).click();
    await page.waitForFunction(() => ((document.querySelector('img[alt="Mainoskuva"]') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0, undefined, { timeout: WAIT });
    expect(await held.getAttribute('src')).toBe(remoteImage);
    expect(await mail.getByText('1 remote image is hidden to protect your privacy.').count()).toBe(0);
  });

  it('composes a reply with a list and a link that survives a reload, sends it and shows it formatted', async () => {
    const editor = page.locator('.composer [role="textbox"]');
    await editor.click();
    await page.keyboard.type('Hei Maija, korjasimme laskun:');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bulleted list' }).click();
    expect(await page.getByRole('button', { name: 'Bulleted list' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type('Poistimme toisen rivin');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Hyvitys näkyy ensi laskulla');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Lue lisää: ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('ohjeet');
    await page.keyboard.press('Control+b');
    // Select the line (a triple click selects a paragraph's text), then make it a link.
    await editor.locator('p', { hasText: 'Lue lisää' }).click({ clickCount: 3 });
    await page.waitForFunction(() => document.getSelection()?.toString().trim() === 'Lue lisää: ohjeet');
    await page.keyboard.press('Control+k');
    const address = page.getByLabel('Link address');
    await address.fill('tuki.example/ohjeet');
    await address.press('Enter');
    await editor.locator('a[href="https://tuki.example/ohjeet"]').waitFor();

    // The draft keeps the formatting across a reload.
    await page.locator('.composer-draft').waitFor();
    await page.reload();
    await editor.locator('ul li').nth(1).waitFor();
    expect(await editor.locator('ul li').allTextContents()).toEqual(['Poistimme toisen rivin', 'Hyvitys näkyy ensi laskulla']);
    await editor.locator('a[href="https://tuki.example/ohjeet"]').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await settle(page);
    await keepScreenshot(page, 'ticket-rich-composer');

    // Copies of an e-mail reply: a visible copy and a blind one.
    await page.getByRole('button', { name: 'Cc/Bcc' }).click();
    await page.getByLabel('Cc', { exact: true }).fill('kirjanpito@asiakas.example');
    await page.getByLabel('Bcc', { exact: true }).fill('esihenkilo@tuki.example');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'ticket-composer-copies');

    await page.getByRole('button', { name: 'Send reply' }).click();
    const reply = page.locator('.message', { hasText: 'korjasimme laskun' });
    await reply.waitFor();
    expect(await reply.locator('.message-html ul li').count()).toBe(2);
    const link = reply.locator('.message-html a', { hasText: 'Lue lisää' });
    expect(await link.textContent()).toBe('Lue lisää: ohjeet');
    expect(await link.getAttribute('href')).toBe('https://tuki.example/ohjeet');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(await reply.locator('.message-html strong').textContent()).toBe('ohjeet');
    expect(await editor.textContent()).toBe('');

    const messages = await api(server, admin).get(`/api/v1/tickets/${ticketId}/messages`);
    const sent = messages.body.data.at(-1);
    expect(sent.bodyText).toBe('Hei Maija, korjasimme laskun:\n- Poistimme toisen rivin\n- Hyvitys näkyy ensi laskulla\nLue lisää: ohjeet (https://tuki.example/ohjeet)');
    expect(sent.bodyHtml).toContain('<ul><li><p>Poistimme toisen rivin</p></li>');
    expect(sent.recipients).toMatchObject({ cc: ['kirjanpito@asiakas.example'], bcc: ['esihenkilo@tuki.example'] });
    expect(await page.locator('.composer-copies').count()).toBe(0);

    const mail = page.locator('.message', { hasText: 'laskussani on' });
    await mail.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await settle(page);
    await keepScreenshot(page, 'ticket-rich');
    await atPhoneWidth(page);
    await mail.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await keepScreenshot(page, 'ticket-rich-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(pageErrors).toEqual([]);
  });
});
