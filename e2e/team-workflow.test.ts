import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { api, buildWorkspace, type TestUser } from '../apps/server/test/factories.ts';
import { startE2eServer, type E2eServer } from './support/e2e-server.ts';
import { isSameDocument, keepFailureScreenshots, launchBrowser, markDocument, openPage, openView, signIn, waitForLive, WAIT } from './support/browser.ts';

// One team's day, in order: the admin sets up an agent and a group, the agent works tickets
// that arrive live, mentions the admin, edits properties, bulk-assigns and merges.
describe('a support team works in the agent app', { timeout: 120_000 }, () => {
  let server: E2eServer;
  let browser: Browser;
  let admin: TestUser;
  let adminPage: Page;
  let agentPage: Page;
  const pageErrors: string[] = [];
  const agent = { name: 'Aino Virtanen', email: `aino-${Date.now().toString(36)}@team.example`, password: 'aino-password-2026' };
  const groupName = 'Laskutus tiimi';
  let agentId = '';

  const createTicket = async (subject: string, body: string) => {
    const response = await api(server, admin).post('/api/v1/tickets', { subject, body, requester: { email: 'maija.meikalainen@asiakas.example', name: 'Maija Meikäläinen' } });
    expect(response.status).toBe(201);
    return response.body as { id: string; number: number };
  };
  const getTicket = async (id: string) => (await api(server, admin).get(`/api/v1/tickets/${id}`)).body;

  beforeAll(async () => {
    server = await startE2eServer();
    ({ admin } = await buildWorkspace(server, { name: 'Pohjola Support' }));
    const field = await api(server, admin).post('/api/v1/custom-fields', { key: 'plan', label: 'Contract plan', type: 'dropdown', options: ['Perus', 'Premium'] });
    expect(field.status).toBe(201);
    browser = await launchBrowser();
    const adminSide = await openPage(browser, server.baseUrl);
    adminPage = adminSide.page;
    adminPage.on('pageerror', (error) => pageErrors.push(`admin: ${error.message}`));
  });

  beforeEach((context) => {
    context.onTestFailed(() => keepFailureScreenshots(context.task.name, { admin: adminPage, agent: agentPage }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the admin sign in, add an agent and a group, and the agent sign in', async () => {
    await signIn(adminPage, admin.email, admin.password);
    await adminPage.getByRole('link', { name: 'Settings' }).click();
    await adminPage.getByRole('link', { name: 'Agents', exact: true }).click();
    await adminPage.getByRole('heading', { name: 'Invite an agent' }).waitFor();
    const invite = adminPage.locator('form.admin-form');
    await invite.getByLabel('Name', { exact: true }).fill(agent.name);
    await invite.getByLabel('Email', { exact: true }).fill(agent.email);
    await invite.getByLabel('Role').selectOption('agent');
    await invite.getByLabel('First password (optional)').fill(agent.password);
    await invite.getByRole('button', { name: 'Invite' }).click();
    await adminPage.locator('.toast', { hasText: `${agent.name} was added.` }).waitFor();
    await adminPage.locator('table tr', { hasText: agent.email }).waitFor();

    await adminPage.getByRole('link', { name: 'Groups', exact: true }).click();
    await adminPage.getByRole('heading', { name: 'New group' }).waitFor();
    const groupForm = adminPage.locator('form.admin-form');
    await groupForm.getByLabel('Name', { exact: true }).fill(groupName);
    await groupForm.getByRole('button', { name: 'Create' }).click();
    await adminPage.locator('table tr', { hasText: groupName }).waitFor();

    const users = (await api(server, admin).get('/api/v1/users')).body.data as { id: string; email: string; role: string }[];
    const created = users.find((user) => user.email === agent.email);
    expect(created?.role).toBe('agent');
    agentId = created?.id ?? '';
    const groups = (await api(server, admin).get('/api/v1/groups')).body.data as { name: string; kind: string }[];
    expect(groups.find((group) => group.name === groupName)?.kind).toBe('tier');

    const agentSide = await openPage(browser, server.baseUrl);
    agentPage = agentSide.page;
    agentPage.on('pageerror', (error) => pageErrors.push(`agent: ${error.message}`));
    await signIn(agentPage, agent.email, agent.password);
    await agentPage.locator('.sidebar-link', { hasText: 'My open tickets' }).waitFor();
    expect(await agentPage.getByRole('link', { name: 'Settings' }).count()).toBe(0);
  });

  it('lets the admin put the agent in the group', async () => {
    const groupRow = adminPage.locator('table tr', { hasText: groupName });
    await groupRow.getByRole('button', { name: 'Edit' }).click();
    await adminPage.getByRole('dialog').getByLabel(agent.name).check();
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await groupRow.getByText(agent.name).waitFor();
    const groups = (await api(server, admin).get('/api/v1/groups')).body.data as { name: string; memberIds: string[] }[];
    expect(groups.find((group) => group.name === groupName)?.memberIds).toEqual([agentId]);
  });

  it('shows a new ticket live; the agent replies and mentions the admin, who is notified live', async () => {
    await Promise.all([waitForLive(agentPage), waitForLive(adminPage)]);
    await openView(agentPage, 'All open');
    await markDocument(agentPage);
    const ticket = await createTicket('Lasku on väärin', 'Hei, maaliskuun laskussa on kaksi kertaa sama rivi.');
    const row = agentPage.locator('.ticket-row', { hasText: 'Lasku on väärin' });
    await row.waitFor();
    expect(await isSameDocument(agentPage)).toBe(true);
    await row.getByRole('link', { name: 'Lasku on väärin' }).click();
    await agentPage.locator('.conversation').waitFor();
    expect(agentPage.url()).toBe(`${server.baseUrl}/tickets/${ticket.id}`);

    const composer = agentPage.locator('.composer [role="textbox"]');
    await composer.fill('Kiitos viestistä, korjaamme laskun tänään.');
    await agentPage.getByRole('button', { name: 'Send reply' }).click();
    await agentPage.locator('.message', { hasText: 'korjaamme laskun tänään' }).waitFor();

    await adminPage.goto('/');
    await adminPage.locator('.ticket-table, .inbox .empty-state').first().waitFor();
    await waitForLive(adminPage);
    await markDocument(adminPage);
    const bell = adminPage.locator('.topbar-actions button[aria-haspopup]').first();
    expect(await bell.getAttribute('aria-label')).toBe('Notifications');

    await agentPage.getByRole('tab', { name: /Internal note/ }).click();
    const mentionQuery = admin.name.slice(0, 4);
    await composer.pressSequentially(`Voitko tarkistaa hyvityksen @${mentionQuery}`);
    const option = agentPage.locator('.mention-option', { hasText: admin.name });
    await option.waitFor();
    await composer.press('Enter');
    // Typing straight on: the caret must already be after the mention.
    await composer.pressSequentially('kiitos!');
    expect((await composer.innerText()).replace(/\s+/g, ' ').trim()).toBe(`Voitko tarkistaa hyvityksen @${admin.name} kiitos!`);
    await agentPage.getByRole('button', { name: 'Add note' }).click();
    await agentPage.locator('.message', { hasText: 'Voitko tarkistaa hyvityksen' }).getByText('Internal note').waitFor();

    await adminPage.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('aria-label') === 'Notifications, 1 unread', '.topbar-actions button[aria-haspopup]', { timeout: WAIT });
    expect(await adminPage.locator('.bell-count').textContent()).toBe('1');
    expect(await isSameDocument(adminPage)).toBe(true);
    await bell.click();
    const notification = adminPage.locator('.notification-unread', { hasText: `${agent.name} mentioned you on #${ticket.number} “Lasku on väärin”` });
    await notification.waitFor();
    await notification.click();
    await adminPage.waitForURL(`**/tickets/${ticket.id}`);
    await adminPage.locator('.message', { hasText: 'Voitko tarkistaa hyvityksen' }).waitFor();
  });

  it('saves status and a custom field, bulk-assigns two tickets and merges one ticket into another', async () => {
    const ticket = await createTicket('Tilauksen tila', 'Missä tilaukseni on?');
    await agentPage.goto(`/tickets/${ticket.id}`);
    await agentPage.locator('.conversation').waitFor();
    const patched = () => agentPage.waitForResponse((response) => response.url().endsWith(`/api/v1/tickets/${ticket.id}`) && response.request().method() === 'PATCH');
    const [statusSaved] = await Promise.all([patched(), agentPage.locator('#ticket-status').selectOption('pending')]);
    expect(statusSaved.status()).toBe(200);
    const [fieldSaved] = await Promise.all([patched(), agentPage.getByLabel('Contract plan').selectOption('Premium')]);
    expect(fieldSaved.status()).toBe(200);
    await agentPage.reload();
    await agentPage.locator('.conversation').waitFor();
    expect(await agentPage.locator('#ticket-status').inputValue()).toBe('pending');
    await agentPage.getByLabel('Contract plan').locator('option', { hasText: 'Premium' }).waitFor({ state: 'attached' });
    expect(await agentPage.getByLabel('Contract plan').inputValue()).toBe('Premium');
    expect(await getTicket(ticket.id)).toMatchObject({ status: 'pending', customFields: { plan: 'Premium' } });

    const first = await createTicket('Salasana ei toimi', 'En pääse kirjautumaan.');
    const second = await createTicket('Toimitusosoite muuttui', 'Uusi osoite on Mannerheimintie 1.');
    await agentPage.goto('/');
    await openView(agentPage, 'Unassigned');
    await agentPage.getByLabel(`Select ticket #${first.number}`).check();
    await agentPage.getByLabel(`Select ticket #${second.number}`).check();
    await agentPage.locator('.bulk-count', { hasText: '2 selected' }).waitFor();
    await agentPage.getByLabel('Assign to…').selectOption({ label: admin.name });
    await agentPage.locator('.toast', { hasText: '2 tickets updated.' }).waitFor();
    expect((await getTicket(first.id)).assigneeId).toBe(admin.id);
    expect((await getTicket(second.id)).assigneeId).toBe(admin.id);
    await agentPage.locator('.ticket-row', { hasText: 'Salasana ei toimi' }).waitFor({ state: 'detached' });

    const source = await createTicket('Kaksoislaskutus taas', 'Sama ongelma kuin eilen.');
    const target = await createTicket('Kaksoislaskutus huhtikuussa', 'Minua laskutettiin kahdesti.');
    await agentPage.goto(`/tickets/${source.id}`);
    await agentPage.locator('.conversation').waitFor();
    await agentPage.getByRole('button', { name: 'Merge', exact: true }).click();
    const dialog = agentPage.getByRole('dialog');
    await dialog.getByLabel('Find the ticket').fill('huhtikuussa');
    await dialog.locator('.picker-hit', { hasText: `#${target.number}` }).click();
    await dialog.getByRole('button', { name: `Merge into #${target.number}` }).click();
    await agentPage.locator('.toast', { hasText: `Merged into ticket #${target.number}.` }).waitFor();
    const notice = agentPage.locator('.ticket-merged', { hasText: 'This ticket was merged into another ticket.' });
    await notice.waitFor();
    expect(await notice.getByRole('link', { name: 'Open that ticket' }).getAttribute('href')).toBe(`/tickets/${target.id}`);
    expect((await getTicket(source.id)).mergedIntoId).toBe(target.id);
    await notice.getByRole('link', { name: 'Open that ticket' }).click();
    await agentPage.locator('.ticket-heading h1', { hasText: `#${target.number}` }).waitFor();
    await agentPage.locator('.message', { hasText: 'Sama ongelma kuin eilen.' }).waitFor();

    expect(pageErrors).toEqual([]);
  });
});
