import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildAgent, buildWorkspace, type TestUser } from '../../../test/factories.ts';
import { processInboundEmail } from '../../channels/email/process-inbound-email.ts';
import { rawMail, uniqueAddress } from '../../channels/email/test-support.ts';

let server: TestServer;
let admin: TestUser;

beforeAll(async () => {
  server = await startTestServer();
  ({ admin } = await buildWorkspace(server));
});
afterAll(async () => server?.close());

async function hook(mailboxId: string, raw: Buffer, token: string | null, via: 'header' | 'query' = 'header') {
  const response = await server.app.inject({
    method: 'POST',
    url: `/hooks/email/${mailboxId}${token && via === 'query' ? `?token=${token}` : ''}`,
    headers: { 'content-type': 'message/rfc822', ...(token && via === 'header' ? { 'x-tuki-token': token } : {}) },
    payload: raw,
  });
  return { status: response.statusCode, body: JSON.parse(response.body) };
}

describe('mailboxes API', () => {
  it('lets admins create, read, change and delete mailboxes without ever returning passwords', async () => {
    const address = uniqueAddress();
    const created = await api(server, admin).post('/api/v1/mailboxes', {
      address: address.toUpperCase(),
      senderName: 'Acme Support',
      imap: { host: '127.0.0.1', port: 993, secure: true, user: 'support', password: 'imap-secret' },
      smtp: { host: 'smtp.test', port: 587, secure: false, user: 'u', password: 'smtp-secret' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ address, senderName: 'Acme Support', imap: { host: '127.0.0.1', hasPassword: true }, smtp: { hasPassword: true }, webhookUrl: `/hooks/email/${created.body.id}` });
    expect(JSON.stringify(created.body)).not.toMatch(/imap-secret|smtp-secret/);
    expect((await api(server, admin).post('/api/v1/mailboxes', { address, senderName: 'Again' })).status).toBe(409);

    const patched = await api(server, admin).patch(`/api/v1/mailboxes/${created.body.id}`, { signature: '-- \nAcme', imap: null });
    expect(patched.body).toMatchObject({ signature: '-- \nAcme', imap: null, smtp: { hasPassword: true } });
    const list = await api(server, admin).get('/api/v1/mailboxes');
    expect(list.body.data.map((row: { id: string }) => row.id)).toContain(created.body.id);

    const agent = await buildAgent(server, admin.workspaceId);
    expect((await api(server, agent).get('/api/v1/mailboxes')).status).toBe(403);
    expect((await api(server, admin).delete(`/api/v1/mailboxes/${created.body.id}`)).status).toBe(204);
    expect((await api(server, admin).get(`/api/v1/mailboxes/${created.body.id}`)).status).toBe(404);
  });

  it('takes raw mail on the webhook with the mailbox secret, lists failed mail, serves the raw .eml and retries it', async () => {
    const mailbox = await api(server, admin).post('/api/v1/mailboxes', { address: uniqueAddress(), senderName: 'Hooks' });
    const { id, webhookSecret } = mailbox.body;
    expect((await hook(id, rawMail({ to: mailbox.body.address }), null)).status).toBe(401);
    expect((await hook(id, rawMail({ to: mailbox.body.address }), 'wrong')).status).toBe(401);

    const good = await hook(id, rawMail({ to: mailbox.body.address, subject: 'Via webhook' }), webhookSecret, 'query');
    expect(good.status).toBe(202);
    expect(good.body.duplicate).toBe(false);
    await processInboundEmail(server.services, good.body.id);

    const broken = await hook(id, Buffer.from('garbage without headers'), webhookSecret);
    expect(broken.status).toBe(202);
    await processInboundEmail(server.services, broken.body.id);
    const failed = await api(server, admin).get(`/api/v1/mailboxes/${id}/inbound?status=failed`);
    expect(failed.body.data).toHaveLength(1);
    expect(failed.body.data[0]).toMatchObject({ id: broken.body.id, status: 'failed', source: 'webhook', rawUrl: `/api/v1/inbound-emails/${broken.body.id}/raw` });
    expect(failed.body.data[0].error).toBeTruthy();

    const raw = await server.app.inject({ method: 'GET', url: failed.body.data[0].rawUrl, headers: { authorization: `Bearer ${admin.token}` } });
    expect(raw.headers['content-type']).toBe('message/rfc822');
    expect(raw.body).toBe('garbage without headers');

    const retried = await api(server, admin).post(`/api/v1/inbound-emails/${broken.body.id}/retry`);
    expect(retried.status).toBe(202);
    expect(retried.body.status).toBe('received');
    expect((await api(server, admin).post(`/api/v1/inbound-emails/${good.body.id}/retry`)).status).toBe(409);

    const all = await api(server, admin).get(`/api/v1/mailboxes/${id}/inbound?limit=1`);
    expect(all.body.data).toHaveLength(1);
    const next = await api(server, admin).get(`/api/v1/mailboxes/${id}/inbound?limit=1&cursor=${all.body.nextCursor}`);
    expect(next.body.data[0].id).not.toBe(all.body.data[0].id);
  });

  it('keeps mailboxes and their mail inside their workspace', async () => {
    const mailbox = await api(server, admin).post('/api/v1/mailboxes', { address: uniqueAddress(), senderName: 'Mine' });
    const stored = await hook(mailbox.body.id, rawMail({ to: mailbox.body.address }), mailbox.body.webhookSecret);
    const other = (await buildWorkspace(server)).admin;
    expect((await api(server, other).get(`/api/v1/mailboxes/${mailbox.body.id}`)).status).toBe(404);
    expect((await api(server, other).get(`/api/v1/mailboxes/${mailbox.body.id}/inbound`)).status).toBe(404);
    expect((await api(server, other).get(`/api/v1/inbound-emails/${stored.body.id}/raw`)).status).toBe(404);
    expect((await api(server, other).post(`/api/v1/inbound-emails/${stored.body.id}/retry`)).status).toBe(404);
    expect((await api(server, other).get('/api/v1/mailboxes')).body.data).toEqual([]);
  });

  it('refuses a webhook mail over the size limit with 413', async () => {
    const small = await startTestServer({ emailMaxBytes: 2048 });
    try {
      const { admin: owner } = await buildWorkspace(small);
      const created = await api(small, owner).post('/api/v1/mailboxes', { address: uniqueAddress(), senderName: 'Small' });
      const response = await small.app.inject({
        method: 'POST',
        url: `/hooks/email/${created.body.id}`,
        headers: { 'content-type': 'message/rfc822', 'x-tuki-token': created.body.webhookSecret },
        payload: rawMail({ to: created.body.address, body: 'x'.repeat(4096) }),
      });
      expect(response.statusCode).toBe(413);
    } finally {
      await small.close();
    }
  });
});
