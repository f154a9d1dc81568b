import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildTicket, buildWorkspace } from '../../../test/factories.ts';
import { buildMailbox } from '../../channels/email/test-support.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const PAYLOAD =
  '<p>Hei <strong>Aino</strong>!<script>alert(1)</script><img src="x" onerror="alert(2)"></p>' +
  '<ul><li onclick="alert(3)">Vaihe 1</li></ul><p><a href="javascript:alert(4)">klikkaa</a> <a href="https://tuki.example/ohje">ohje</a></p>';

function expectClean(html: string) {
  expect(html).not.toMatch(/<script|alert|onerror|onclick|<img|javascript:/i);
  expect(html).toContain('<strong>Aino</strong>');
  expect(html).toContain('<ul><li>Vaihe 1</li></ul>');
  expect(html).toContain('<a href="https://tuki.example/ohje" target="_blank" rel="noopener noreferrer nofollow">ohje</a>');
}

describe('agent HTML is sanitised before it is stored', () => {
  it('POST /api/v1/tickets/:id/messages strips scripts, handlers and javascript: links from bodyHtml', async () => {
    const { admin } = await buildWorkspace(server);
    const ticket = await buildTicket(server, admin);
    const res = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'Hei Aino! Vaihe 1 klikkaa ohje', bodyHtml: PAYLOAD });
    expect(res.status).toBe(201);
    expectClean(res.body.bodyHtml);
    const listed = await api(server, admin).get(`/api/v1/tickets/${ticket.id}/messages`);
    expectClean(listed.body.data.at(-1).bodyHtml);
  });

  it('stores null when nothing but unsafe markup is left, so clients show the text', async () => {
    const { admin } = await buildWorkspace(server);
    const ticket = await buildTicket(server, admin);
    const res = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: 'just text', bodyHtml: '<script>alert(1)</script>' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ bodyText: 'just text', bodyHtml: null });
  });

  it('POST /api/v1/email-tickets cleans the first message the same way', async () => {
    const { admin } = await buildWorkspace(server);
    await buildMailbox(server, admin);
    const started = await api(server, admin).post('/api/v1/email-tickets', { to: 'aino@asiakas.test', subject: 'Ohje', body: 'Hei Aino! Vaihe 1 klikkaa ohje', bodyHtml: PAYLOAD });
    expect(started.status).toBe(201);
    const listed = await api(server, admin).get(`/api/v1/tickets/${started.body.id}/messages`);
    expectClean(listed.body.data[0].bodyHtml);
  });
});
