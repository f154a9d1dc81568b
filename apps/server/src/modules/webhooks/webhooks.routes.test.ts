import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildAgent, buildWorkspace } from '../../../test/factories.ts';
import { registerWebhookJobs } from './jobs.ts';

type Received = { headers: IncomingHttpHeaders; body: string };
type Receiver = { url: string; requests: Received[]; close(): Promise<void> };

/** A real HTTP receiver on 127.0.0.1; `status(n)` answers the n-th request (0-based). */
async function startReceiver(status: (n: number) => number = () => 200): Promise<Receiver> {
  const requests: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const n = requests.length;
      requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(status(n), { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/tuki`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function waitFor<T>(probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What a receiver does: recompute the HMAC over "<t>.<raw body>" and compare in constant time. */
function verifySignature(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest('hex');
  return parts.v1?.length === expected.length && timingSafeEqual(Buffer.from(parts.v1), Buffer.from(expected));
}

const receivers: Receiver[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // Quick retries for the test: 2 retries, 1 s apart (production: 8 retries with exponential backoff from 10 s).
  await server.queue.boss.updateQueue('webhook.deliver', { retryLimit: 2, retryDelay: 1, retryBackoff: false });
  await registerWebhookJobs(server.services);
});
afterAll(async () => {
  await server?.close();
  for (const receiver of receivers) await receiver.close();
});

async function receiver(status?: (n: number) => number) {
  const started = await startReceiver(status);
  receivers.push(started);
  return started;
}

async function createTicketVia(admin: Parameters<typeof api>[1]) {
  const res = await api(server, admin).post('/api/v1/tickets', { subject: 'Webhook please', body: 'Hello', requester: { email: 'hook@customer.example' } });
  expect(res.status).toBe(201);
  return res.body as { id: string; number: number };
}

describe('webhooks admin', () => {
  it('creates a webhook with a secret shown once, lists, changes and deletes it', async () => {
    const { admin } = await buildWorkspace(server);
    const created = await api(server, admin).post('/api/v1/webhooks', { url: 'https://example.com/hook', events: ['ticket.created', 'ticket.created', 'message.created'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: 'https://example.com/hook', events: ['ticket.created', 'message.created'], active: true });
    expect(created.body.secret).toMatch(/^whsec_.{20,}/);

    const list = await api(server, admin).get('/api/v1/webhooks');
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0].secret).toBeUndefined();

    const changed = await api(server, admin).patch(`/api/v1/webhooks/${created.body.id}`, { active: false, events: ['ticket.updated'] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ active: false, events: ['ticket.updated'], url: 'https://example.com/hook' });
    expect(changed.body.secret).toBeUndefined();

    const deleted = await api(server, admin).delete(`/api/v1/webhooks/${created.body.id}`);
    expect(deleted.status).toBe(204);
    expect((await api(server, admin).get('/api/v1/webhooks')).body.data).toHaveLength(0);
    expect((await api(server, admin).get(`/api/v1/webhooks/${created.body.id}/deliveries`)).status).toBe(404);
  });

  it('accepts only http(s) URLs and known events', async () => {
    const { admin } = await buildWorkspace(server);
    for (const url of ['ftp://example.com/hook', 'javascript:alert(1)', 'not a url', 'https://user:pass@example.com/']) {
      const res = await api(server, admin).post('/api/v1/webhooks', { url, events: ['ticket.created'] });
      expect(res.status, url).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    const badEvent = await api(server, admin).post('/api/v1/webhooks', { url: 'https://example.com', events: ['ticket.exploded'] });
    expect(badEvent.status).toBe(400);
    const noEvents = await api(server, admin).post('/api/v1/webhooks', { url: 'https://example.com', events: [] });
    expect(noEvents.status).toBe(400);
  });

  it('is for admins only and never crosses workspaces', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const other = await buildWorkspace(server);
    const supervisor = await buildAgent(server, workspace.id, { role: 'supervisor' });
    const forbidden = await api(server, supervisor).post('/api/v1/webhooks', { url: 'https://example.com', events: ['ticket.created'] });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe('forbidden');
    expect((await api(server, supervisor).get('/api/v1/webhooks')).status).toBe(403);

    const hook = await api(server, admin).post('/api/v1/webhooks', { url: 'https://example.com', events: ['ticket.created'] });
    for (const res of [
      await api(server, other.admin).patch(`/api/v1/webhooks/${hook.body.id}`, { active: false }),
      await api(server, other.admin).delete(`/api/v1/webhooks/${hook.body.id}`),
      await api(server, other.admin).get(`/api/v1/webhooks/${hook.body.id}/deliveries`),
    ]) {
      expect(res.status).toBe(404);
    }
    expect((await api(server, other.admin).get('/api/v1/webhooks')).body.data).toHaveLength(0);
  });
});

describe('webhook delivery', () => {
  it('POSTs a signed payload that verifies with the secret, and logs the delivery', async () => {
    const { admin } = await buildWorkspace(server);
    const target = await receiver();
    const hook = await api(server, admin).post('/api/v1/webhooks', { url: target.url, events: ['ticket.created'] });
    const ticket = await createTicketVia(admin);

    const request = await waitFor(() => target.requests[0]);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-tuki-event']).toBe('ticket.created');
    const signature = String(request.headers['x-tuki-signature']);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature(hook.body.secret, signature, request.body)).toBe(true);
    expect(verifySignature('whsec_wrong', signature, request.body)).toBe(false);
    expect(verifySignature(hook.body.secret, signature, request.body.replace('ticket.created', 'ticket.updated'))).toBe(false);
    const timestamp = Number(/t=(\d+)/.exec(signature)![1]);
    expect(Math.abs(Date.now() / 1000 - timestamp)).toBeLessThan(60);

    const payload = JSON.parse(request.body);
    expect(payload).toMatchObject({ event: 'ticket.created', workspaceId: admin.workspaceId, data: { ticketId: ticket.id } });
    expect(payload.id).toBe(request.headers['x-tuki-delivery']);

    const log = await waitFor(async () => {
      const res = await api(server, admin).get(`/api/v1/webhooks/${hook.body.id}/deliveries`);
      return res.body.data[0]?.status === 'delivered' && res.body;
    });
    expect(log.data).toHaveLength(1);
    expect(log.data[0]).toMatchObject({ id: payload.id, event: 'ticket.created', status: 'delivered', attempts: 1, responseStatus: 200, error: null });
    expect(log.data[0].deliveredAt).toEqual(expect.any(String));
    expect(log.nextCursor).toBeNull();
  });

  it('retries a failed delivery and logs two attempts when the second succeeds', async () => {
    const { admin } = await buildWorkspace(server);
    const target = await receiver((n) => (n === 0 ? 500 : 200));
    const hook = await api(server, admin).post('/api/v1/webhooks', { url: target.url, events: ['ticket.created'] });
    await createTicketVia(admin);

    const entry = await waitFor(async () => {
      const res = await api(server, admin).get(`/api/v1/webhooks/${hook.body.id}/deliveries`);
      return res.body.data[0]?.status === 'delivered' && res.body.data[0];
    });
    expect(entry).toMatchObject({ status: 'delivered', attempts: 2, responseStatus: 200, error: null });
    expect(target.requests).toHaveLength(2);
    expect(target.requests[1].headers['x-tuki-delivery']).toBe(target.requests[0].headers['x-tuki-delivery']);
  });

  it('keeps a failing delivery pending while it retries, then marks it failed after the retry limit; redeliver sends it again', async () => {
    const { admin } = await buildWorkspace(server);
    let healthy = false;
    const target = await receiver(() => (healthy ? 200 : 503));
    const hook = await api(server, admin).post('/api/v1/webhooks', { url: target.url, events: ['ticket.created'] });
    await createTicketVia(admin);
    const deliveries = `/api/v1/webhooks/${hook.body.id}/deliveries`;

    const pending = await waitFor(async () => {
      const res = await api(server, admin).get(deliveries);
      return res.body.data[0]?.attempts >= 1 && res.body.data[0];
    });
    if (pending.attempts < 3) expect(pending).toMatchObject({ status: 'pending', responseStatus: 503, error: 'HTTP 503' });

    const failed = await waitFor(async () => {
      const res = await api(server, admin).get(deliveries);
      return res.body.data[0]?.status === 'failed' && res.body.data[0];
    });
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, responseStatus: 503, error: 'HTTP 503', deliveredAt: null });
    expect(target.requests).toHaveLength(3);

    healthy = true;
    const redelivered = await api(server, admin).post(`${deliveries}/${failed.id}/redeliver`);
    expect(redelivered.status).toBe(202);
    expect(redelivered.body).toMatchObject({ id: failed.id, status: 'pending' });
    const done = await waitFor(async () => {
      const res = await api(server, admin).get(deliveries);
      return res.body.data[0]?.status === 'delivered' && res.body.data[0];
    });
    expect(done).toMatchObject({ attempts: 4, responseStatus: 200, error: null });
    expect(target.requests).toHaveLength(4);
  });

  it('reports network errors and paginates the log newest first', async () => {
    const { admin } = await buildWorkspace(server);
    const closed = await startReceiver();
    await closed.close(); // nothing listens on this port any more
    const hook = await api(server, admin).post('/api/v1/webhooks', { url: closed.url, events: ['ticket.created'], active: true });
    for (let i = 0; i < 3; i++) await createTicketVia(admin);
    const deliveries = `/api/v1/webhooks/${hook.body.id}/deliveries`;
    const first = await waitFor(async () => {
      const res = await api(server, admin).get(`${deliveries}?limit=2`);
      return res.body.data.length === 2 && res.body.data.every((entry: { attempts: number }) => entry.attempts >= 1) && res.body;
    });
    expect(first.data[0].error).toMatch(/fetch failed|ECONNREFUSED|TypeError/);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await api(server, admin).get(`${deliveries}?limit=2&cursor=${first.nextCursor}`);
    expect(second.status).toBe(200);
    expect(second.body.data).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.data, ...second.body.data].map((entry: { id: string }) => entry.id);
    expect(new Set(ids).size).toBe(3);
    const bad = await api(server, admin).get(`${deliveries}?cursor=${Buffer.from('{"id":"x"}').toString('base64url')}`);
    expect(bad.status).toBe(400);
    // Stop the retries of these deliveries so they do not outlive the test.
    await api(server, admin).patch(`/api/v1/webhooks/${hook.body.id}`, { active: false });
  });
});
