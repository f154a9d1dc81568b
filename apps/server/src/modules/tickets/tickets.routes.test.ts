import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildAgent, buildTicket, buildWorkspace } from '../../../test/factories.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('POST /api/v1/tickets', () => {
  it('creates a ticket with its first message and numbers tickets per workspace', async () => {
    const { admin } = await buildWorkspace(server);
    const first = await api(server, admin).post('/api/v1/tickets', {
      subject: 'Laskussani on virhe',
      body: 'Hei, laskussani on väärä summa.',
      requester: { email: 'Aino.Virtanen@Posti.example', name: 'Aino Virtanen', language: 'fi' },
      priority: 'high',
      tags: ['Billing', 'billing', 'invoice'],
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ number: 1, subject: 'Laskussani on virhe', status: 'new', priority: 'high', language: 'fi', tags: ['billing', 'invoice'], messageCount: 1 });
    const second = await api(server, admin).post('/api/v1/tickets', { subject: 'Toinen', body: 'Taas', requester: { email: 'aino.virtanen@posti.example' } });
    expect(second.body.number).toBe(2);
    expect(second.body.requesterId).toBe(first.body.requesterId);

    const messages = await api(server, admin).get(`/api/v1/tickets/${first.body.id}/messages`);
    expect(messages.status).toBe(200);
    expect(messages.body.data).toHaveLength(1);
    expect(messages.body.data[0]).toMatchObject({ kind: 'reply', authorType: 'contact', authorName: 'Aino Virtanen', bodyText: 'Hei, laskussani on väärä summa.' });
  });

  it('rejects bad input with the error shape and stores nothing', async () => {
    const { admin } = await buildWorkspace(server);
    const res = await api(server, admin).post('/api/v1/tickets', { subject: '', body: 'x', requester: { email: 'not-an-email' }, priority: 'extreme' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message).toMatch(/subject|priority|email/);
    const views = await api(server, admin).get('/api/v1/tickets/00000000-0000-4000-8000-000000000000');
    expect(views.status).toBe(404);
    expect(views.body.error.code).toBe('not_found');
  });

  it('rejects malformed JSON with 400, not 500', async () => {
    const { admin } = await buildWorkspace(server);
    const res = await server.app.inject({ method: 'POST', url: '/api/v1/tickets', headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' }, payload: '{"subject": ' });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('bad_request');
  });

  it('requires authentication and refuses read-only users', async () => {
    const { workspace } = await buildWorkspace(server);
    const anonymous = await api(server, null).post('/api/v1/tickets', { subject: 'x', body: 'y', requester: { email: 'a@b.example' } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');
    const reader = await buildAgent(server, workspace.id, { role: 'read-only' });
    const res = await api(server, reader).post('/api/v1/tickets', { subject: 'x', body: 'y', requester: { email: 'a@b.example' } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });
});

describe('tenant isolation', () => {
  it('never shows or changes another workspace’s tickets', async () => {
    const a = await buildWorkspace(server);
    const b = await buildWorkspace(server);
    const ticket = await buildTicket(server, a.admin);
    for (const res of [
      await api(server, b.admin).get(`/api/v1/tickets/${ticket.id}`),
      await api(server, b.admin).patch(`/api/v1/tickets/${ticket.id}`, { status: 'solved' }),
      await api(server, b.admin).get(`/api/v1/tickets/${ticket.id}/messages`),
      await api(server, b.admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: 'sneaky' }),
    ]) {
      expect(res.status).toBe(404);
    }
    const assignAcross = await api(server, a.admin).patch(`/api/v1/tickets/${ticket.id}`, { assigneeId: b.admin.id });
    expect(assignAcross.status).toBe(400);
    const unchanged = await api(server, a.admin).get(`/api/v1/tickets/${ticket.id}`);
    expect(unchanged.body.status).toBe('new');
  });
});

describe('PATCH /api/v1/tickets/:id', () => {
  it('changes properties and records each change on the timeline', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const agent = await buildAgent(server, workspace.id);
    const ticket = await buildTicket(server, admin);
    const res = await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { status: 'open', priority: 'urgent', assigneeId: agent.id, followerIds: [admin.id] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'open', priority: 'urgent', assigneeId: agent.id, followerIds: [admin.id] });
    const events = await api(server, admin).get(`/api/v1/tickets/${ticket.id}/events`);
    const changes = events.body.data.filter((event: { action: string }) => event.action === 'changed');
    expect(changes.map((event: { field: string }) => event.field).sort()).toEqual(['assigneeId', 'followerIds', 'priority', 'status']);
    expect(changes.find((event: { field: string }) => event.field === 'priority')).toMatchObject({ before: 'normal', after: 'urgent', actorId: admin.id, actorName: admin.name });
  });

  it('refuses an assignee outside the ticket group', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const outsider = await buildAgent(server, workspace.id);
    const group = await api(server, admin).post('/api/v1/groups', { name: 'Billing', kind: 'department', memberIds: [admin.id] });
    expect(group.status).toBe(201);
    const ticket = await buildTicket(server, admin, { groupId: group.body.id });
    const res = await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { assigneeId: outsider.id });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/not a member/);
  });
});

describe('POST /api/v1/tickets/:id/messages', () => {
  it('adds a public reply that opens the ticket and sets the first response time', async () => {
    const { admin } = await buildWorkspace(server);
    const ticket = await buildTicket(server, admin);
    const res = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'Try resetting your password.' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'reply', authorType: 'agent', authorId: admin.id, authorName: admin.name });
    const updated = await api(server, admin).get(`/api/v1/tickets/${ticket.id}`);
    expect(updated.body).toMatchObject({ status: 'open', messageCount: 2 });
    expect(updated.body.firstResponseAt).not.toBeNull();
  });

  it('keeps internal notes apart and notifies mentioned agents', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const agent = await buildAgent(server, workspace.id);
    const ticket = await buildTicket(server, admin);
    const note = await api(server, agent).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: '@Admin can you check?', mentionIds: [admin.id] });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ kind: 'note', mentionIds: [admin.id] });
    const unchanged = await api(server, admin).get(`/api/v1/tickets/${ticket.id}`);
    expect(unchanged.body.firstResponseAt).toBeNull();
    const notifications = await api(server, admin).get('/api/v1/notifications');
    expect(notifications.body.data[0]).toMatchObject({ kind: 'mentioned', ticketId: ticket.id, actorId: agent.id, readAt: null });
  });
});

describe('concurrent requests', () => {
  it('makes one contact when many tickets from a new address arrive at once', async () => {
    const { admin } = await buildWorkspace(server);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => api(server, admin).post('/api/v1/tickets', { subject: `Parallel ${i}`, body: 'Hello', requester: { email: 'burst@customer.example' } })),
    );
    expect(results.map((res) => res.status)).toEqual(Array(8).fill(201));
    expect(new Set(results.map((res) => res.body.requesterId)).size).toBe(1);
    expect(new Set(results.map((res) => res.body.number)).size).toBe(8);
  });
});
