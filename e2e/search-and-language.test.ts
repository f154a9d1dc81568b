import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { messages as english } from '@tuki/shared/i18n/agent/en';
import { messages as estonian } from '@tuki/shared/i18n/agent/et';
import { api, buildAgent, buildWorkspace, type TestUser } from '../apps/server/test/factories.ts';
import { startE2eServer, type E2eServer } from './support/e2e-server.ts';
import { keepFailureScreenshots, keepScreenshot, launchBrowser, openPage, settle, signIn } from './support/browser.ts';
import { findEnglishLeftovers, visibleTexts, type Leftover } from './support/english-leftovers.ts';

describe('search and languages', { timeout: 120_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  let agent: TestUser;
  let page: Page;
  let ticket: { id: string; number: number };
  const pageErrors: string[] = [];
  const subject = 'Virhe maaliskuun veloituksessa';

  beforeAll(async () => {
    server = await startE2eServer();
    const { workspace, admin } = await buildWorkspace(server, { name: 'Põhja Tugi' });
    agent = await buildAgent(server, workspace.id, { role: 'supervisor', name: 'Kadri Tamm' });
    const field = await api(server, admin).post('/api/v1/custom-fields', { key: 'plan', label: 'Leping', type: 'dropdown', options: ['Põhi', 'Premium'] });
    expect(field.status).toBe(201);
    const created = await api(server, admin).post('/api/v1/tickets', {
      subject,
      body: 'Hei! Laskussani on väärä summa, ja eräpäiväkin on mennyt jo ohi. Voitteko tarkistaa?',
      language: 'fi',
      requester: { email: 'pekka.nieminen@asiakas.example', name: 'Pekka Nieminen' },
    });
    expect(created.status).toBe(201);
    ticket = created.body;
    await api(server, agent).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: 'Tarkistan asian huomenna.' });
    browser = await launchBrowser();
    ({ page } = await openPage(browser, server.baseUrl));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, agent.email, agent.password);
  });

  beforeEach((context) => {
    context.onTestFailed(() => keepFailureScreenshots(context.task.name, { page }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds a ticket by an inflected Finnish word from the search box and highlights the hit', async () => {
    for (const query of ['laskun', 'lasku']) {
      await page.locator('#global-search').fill(query);
      await page.locator('#global-search').press('Enter');
      await page.locator('.search-page h1', { hasText: `Results for “${query}”` }).waitFor();
      const hit = page.locator('.search-hit', { hasText: subject });
      await hit.locator('mark', { hasText: 'Laskussani' }).waitFor();
      expect(await hit.locator('mark').allTextContents()).toContain('Laskussani');
    }
    await page.locator('.search-hit', { hasText: subject }).getByRole('link', { name: subject }).click();
    await page.waitForURL(`**/tickets/${ticket.id}`);
  });

  it('shows no English leftovers after the agent switches to Estonian', async () => {
    await page.goto('/');
    await page.locator('.ticket-table, .inbox .empty-state').first().waitFor();
    // The check itself must see English while the UI is English.
    const englishTexts = await visibleTexts(page);
    expect(findEnglishLeftovers(englishTexts, english, estonian).length).toBeGreaterThan(20);
    await page.locator('.user-button').click();
    await page.getByLabel('Language').selectOption('et');
    await page.locator('.sidebar-heading', { hasText: estonian['shell.views'] }).waitFor();
    const users = (await api(server, agent).get('/api/v1/users')).body.data as { id: string; language: string }[];
    expect(users.find((user) => user.id === agent.id)?.language).toBe('et');

    const userData = new Set([subject, agent.name, agent.email, 'Pekka Nieminen', 'pekka.nieminen@asiakas.example', 'Põhja Tugi', 'Leping', 'Põhi', 'Premium']);
    const found: Record<string, Leftover[]> = {};
    const check = async (name: string) => {
      await settle(page);
      const texts = (await visibleTexts(page)).filter((text) => !userData.has(text));
      const leftovers = findEnglishLeftovers(texts, english, estonian);
      if (process.env.DEBUG_E2E) console.log(name, texts.length, JSON.stringify(texts).slice(0, 3000));
      if (leftovers.length) found[name] = leftovers;
    };

    await page.reload();
    await page.locator('.sidebar-link', { hasText: estonian['views.allOpen'] }).click();
    await page.locator('.ticket-table').waitFor();
    await check('inbox');
    await page.locator('.user-button').click();
    await page.locator('.user-menu').waitFor();
    await check('user menu');
    await keepScreenshot(page, 'inbox-et');
    await page.keyboard.press('Escape');

    await page.goto(`/tickets/${ticket.id}`);
    await page.locator('.conversation').waitFor();
    await page.locator('.requester, .ticket-side .panel').last().waitFor();
    await check('ticket page');
    await keepScreenshot(page, 'ticket-et');

    await page.goto('/search?q=laskun');
    await page.locator('.search-hit').first().waitFor();
    await check('search');

    for (const section of ['agents', 'groups', 'fields', 'views']) {
      await page.goto(`/admin/${section}`);
      await page.locator('.admin-body h2').first().waitFor();
      await check(`admin ${section}`);
    }
    await keepScreenshot(page, 'admin-et');

    expect(found).toEqual({});
    expect(pageErrors).toEqual([]);
  });
});
