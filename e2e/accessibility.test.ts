import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { api, buildAgent, buildWorkspace, type TestUser } from '../apps/server/test/factories.ts';
import { startE2eServer, type E2eServer } from './support/e2e-server.ts';
import { keepFailureScreenshots, keepScreenshot, launchBrowser, openPage, settle, signIn } from './support/browser.ts';
import { seriousAxeViolations, type AxeViolation } from './support/axe.ts';

// axe-core on the main pages, which are also the screenshots kept in docs/screenshots/e2e-*.png.
describe('the main pages are accessible', { timeout: 120_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  let admin: TestUser;
  let page: Page;
  let ticketId = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startE2eServer();
    ({ admin } = await buildWorkspace(server, { name: 'Northwind Support' }));
    const agent = await buildAgent(server, admin.workspaceId, { name: 'Sofia Berg' });
    const group = await api(server, admin).post('/api/v1/groups', { name: 'Billing', kind: 'department', description: 'Invoices and refunds', memberIds: [admin.id, agent.id] });
    await api(server, admin).post('/api/v1/custom-fields', { key: 'plan', label: 'Plan', type: 'dropdown', options: ['Basic', 'Business'] });
    const tickets = [
      { subject: 'Refund for a double charge', body: 'I was charged twice for my March invoice. Could you refund one of the payments?', priority: 'high', tags: ['billing', 'refund'] },
      { subject: 'Tilaus ei ole vielä saapunut', body: 'Tilasin viime viikolla, eikä pakettia ole kuulunut.', language: 'fi', priority: 'normal' },
      { subject: 'Kuidas muuta arve aadressi?', body: 'Soovin muuta arvel olevat aadressi.', language: 'et', priority: 'low' },
      { subject: 'Kan ikke logge inn', body: 'Jeg får feilmelding når jeg prøver å logge inn.', language: 'nb', priority: 'urgent' },
      { subject: 'Export of all invoices as CSV', body: 'Our accountant needs every invoice of 2026 as a CSV file.', priority: 'normal', type: 'task' },
    ];
    for (const [index, ticket] of tickets.entries()) {
      const created = await api(server, admin).post('/api/v1/tickets', {
        ...ticket,
        groupId: index % 2 === 0 ? group.body.id : null,
        assigneeId: index === 0 ? agent.id : null,
        requester: { email: `customer${index}@example.com`, name: ['Ella Moore', 'Matti Laine', 'Mari Kask', 'Ola Nordmann', 'Jon Reed'][index] },
      });
      expect(created.status).toBe(201);
      if (index === 0) ticketId = created.body.id;
    }
    await api(server, agent).post(`/api/v1/tickets/${ticketId}/messages`, { kind: 'reply', body: 'Sorry about that! I have refunded the second payment; you will see it in 3–5 days.' });
    await api(server, agent).post(`/api/v1/tickets/${ticketId}/messages`, { kind: 'note', body: `@${admin.name} the payment provider confirmed the refund.`, mentionIds: [admin.id] });
    browser = await launchBrowser();
    ({ page } = await openPage(browser, server.baseUrl));
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  beforeEach((context) => {
    context.onTestFailed(() => keepFailureScreenshots(context.task.name, { page }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has no serious or critical axe violations on login, inbox, ticket, search and admin pages', async () => {
    const found: Record<string, AxeViolation[]> = {};
    const check = async (name: string) => {
      await settle(page);
      const violations = await seriousAxeViolations(page);
      if (violations.length) found[name] = violations;
      await keepScreenshot(page, name);
    };

    await page.goto('/login');
    await page.locator('.login-card').waitFor();
    await check('login');

    await signIn(page, admin.email, admin.password);
    await page.locator('.sidebar-link', { hasText: 'All open' }).click();
    await page.locator('.ticket-row').nth(4).waitFor();
    await page.getByLabel('Select ticket #2').check();
    await check('inbox');

    await page.goto(`/tickets/${ticketId}`);
    await page.locator('.message', { hasText: 'payment provider confirmed' }).waitFor();
    await page.locator('.requester').waitFor();
    await check('ticket');

    await page.locator('.topbar-actions button[aria-haspopup]').first().click();
    await page.locator('.notification').first().waitFor();
    await check('notifications');
    await page.keyboard.press('Escape');

    await page.locator('#global-search').fill('refund');
    await page.locator('#global-search').press('Enter');
    await page.locator('.search-hit mark').first().waitFor();
    await check('search');

    await page.goto('/admin/agents');
    await page.locator('.admin-body table').waitFor();
    await check('admin');

    await page.goto('/admin/views');
    await page.locator('.admin-body table').waitFor();
    await check('admin-views');

    expect(found).toEqual({});
    expect(pageErrors).toEqual([]);
  });
});
