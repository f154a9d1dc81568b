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

describe('POST /api/v1/tickets/:id/escalate', () => {
  it('moves the ticket to another tier with a reason on the timeline and drops an assignee outside it', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const tier1Agent = await buildAgent(server, workspace.id);
    const tier2 = await api(server, admin).post('/api/v1/groups', { name: 'Tier 2', kind: 'tier', memberIds: [admin.id] });
    const ticket = await buildTicket(server, admin, { assigneeId: tier1Agent.id });
    const res = await api(server, tier1Agent).post(`/api/v1/tickets/${ticket.id}/escalate`, { groupId: tier2.body.id, reason: 'Needs database access', priority: 'high' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ groupId: tier2.body.id, assigneeId: null, priority: 'high' });
    const events = await api(server, admin).get(`/api/v1/tickets/${ticket.id}/events`);
    const escalation = events.body.data.find((event: { action: string }) => event.action === 'escalated');
    expect(escalation).toMatchObject({ actorId: tier1Agent.id, after: { groupId: tier2.body.id, groupName: 'Tier 2', reason: 'Needs database access' } });
  });

  it('requires a reason and an existing group', async () => {
    const { admin } = await buildWorkspace(server);
    const ticket = await buildTicket(server, admin);
    const noReason = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/escalate`, { groupId: ticket.id, reason: '' });
    expect(noReason.status).toBe(400);
    const noGroup = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/escalate`, { groupId: ticket.id, reason: 'x' });
    expect(noGroup.status).toBe(400);
    expect(noGroup.body.error.message).toMatch(/group/);
  });
});

describe('POST /api/v1/tickets/:id/merge', () => {
  it('moves messages and followers to the target and closes the source pointing at it', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const agent = await buildAgent(server, workspace.id);
    const source = await buildTicket(server, admin, { subject: 'Duplicate', tags: ['dup'] });
    const target = await buildTicket(server, admin, { subject: 'Original', tags: ['billing'] });
    await api(server, admin).patch(`/api/v1/tickets/${source.id}`, { followerIds: [agent.id] });
    await api(server, admin).post(`/api/v1/tickets/${source.id}/messages`, { kind: 'reply', body: 'On it' });

    const res = await api(server, admin).post(`/api/v1/tickets/${source.id}/merge`, { targetId: target.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: target.id, messageCount: 3, followerIds: [agent.id], tags: ['billing', 'dup'] });
    const merged = await api(server, admin).get(`/api/v1/tickets/${source.id}`);
    expect(merged.body).toMatchObject({ status: 'closed', mergedIntoId: target.id, messageCount: 0 });
    const messages = await api(server, admin).get(`/api/v1/tickets/${target.id}/messages`);
    expect(messages.body.data).toHaveLength(3);
    const links = await api(server, admin).get(`/api/v1/tickets/${target.id}/links`);
    expect(links.body.data).toEqual([expect.objectContaining({ ticketId: source.id, kind: 'merged' })]);

    const again = await api(server, admin).post(`/api/v1/tickets/${source.id}/merge`, { targetId: target.id });
    expect(again.status).toBe(409);
    const replyToMerged = await api(server, admin).post(`/api/v1/tickets/${source.id}/messages`, { kind: 'reply', body: 'late' });
    expect(replyToMerged.status).toBe(409);
    expect(replyToMerged.body.error.details.mergedIntoId).toBe(target.id);
  });

  it('refuses to merge a ticket into itself or across workspaces', async () => {
    const a = await buildWorkspace(server);
    const b = await buildWorkspace(server);
    const mine = await buildTicket(server, a.admin);
    const theirs = await buildTicket(server, b.admin);
    expect((await api(server, a.admin).post(`/api/v1/tickets/${mine.id}/merge`, { targetId: mine.id })).status).toBe(400);
    expect((await api(server, a.admin).post(`/api/v1/tickets/${mine.id}/merge`, { targetId: theirs.id })).status).toBe(404);
  });
});

describe('links and problems', () => {
  it('links related tickets both ways and unlinks them', async () => {
    const { admin } = await buildWorkspace(server);
    const one = await buildTicket(server, admin);
    const two = await buildTicket(server, admin);
    expect((await api(server, admin).post(`/api/v1/tickets/${one.id}/links`, { relatedId: two.id })).status).toBe(204);
    expect((await api(server, admin).post(`/api/v1/tickets/${two.id}/links`, { relatedId: one.id })).status).toBe(409);
    const fromTwo = await api(server, admin).get(`/api/v1/tickets/${two.id}/links`);
    expect(fromTwo.body.data).toEqual([expect.objectContaining({ ticketId: one.id, number: one.number, kind: 'related' })]);
    expect((await api(server, admin).delete(`/api/v1/tickets/${two.id}/links/${one.id}`)).status).toBe(204);
    expect((await api(server, admin).get(`/api/v1/tickets/${one.id}/links`)).body.data).toEqual([]);
  });

  it('attaches incidents to a problem ticket', async () => {
    const { admin } = await buildWorkspace(server);
    const problem = await buildTicket(server, admin, { subject: 'Payment provider outage', type: 'problem' });
    const incident = await buildTicket(server, admin, { subject: 'Card declined', type: 'incident' });
    const question = await buildTicket(server, admin);
    const res = await api(server, admin).patch(`/api/v1/tickets/${incident.id}`, { problemId: problem.id });
    expect(res.body.problemId).toBe(problem.id);
    const notAProblem = await api(server, admin).patch(`/api/v1/tickets/${incident.id}`, { problemId: question.id });
    expect(notAProblem.status).toBe(400);
    const links = await api(server, admin).get(`/api/v1/tickets/${problem.id}/links`);
    expect(links.body.data).toEqual([expect.objectContaining({ ticketId: incident.id, kind: 'incident' })]);
  });
});

describe('POST /api/v1/tickets/bulk', () => {
  it('updates many tickets, reporting the ones it could not change', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const agent = await buildAgent(server, workspace.id);
    const other = await buildWorkspace(server);
    const tickets = [await buildTicket(server, admin, { tags: ['old'] }), await buildTicket(server, admin, { tags: ['old', 'keep'] })];
    const foreign = await buildTicket(server, other.admin);
    const res = await api(server, admin).post('/api/v1/tickets/bulk', {
      ids: [...tickets.map((t) => t.id), foreign.id],
      changes: { assigneeId: agent.id, status: 'pending', addTags: ['vip'], removeTags: ['old'] },
    });
    expect(res.status).toBe(200);
    expect(res.body.updated).toBe(2);
    expect(res.body.failed).toEqual([expect.objectContaining({ id: foreign.id, code: 'not_found' })]);
    const after = await api(server, admin).get(`/api/v1/tickets/${tickets[1].id}`);
    expect(after.body).toMatchObject({ assigneeId: agent.id, status: 'pending', tags: ['keep', 'vip'] });
    const notifications = await api(server, agent).get('/api/v1/notifications?unread=true');
    expect(notifications.body.data.filter((n: { kind: string }) => n.kind === 'assigned')).toHaveLength(2);
    const untouched = await api(server, other.admin).get(`/api/v1/tickets/${foreign.id}`);
    expect(untouched.body.status).toBe('new');
  });

  it('refuses an empty change', async () => {
    const { admin } = await buildWorkspace(server);
    const ticket = await buildTicket(server, admin);
    const res = await api(server, admin).post('/api/v1/tickets/bulk', { ids: [ticket.id], changes: {} });
    expect(res.status).toBe(400);
  });
});

describe('notifications', () => {
  it('tells followers about replies and lets users mark them read', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const follower = await buildAgent(server, workspace.id);
    const ticket = await buildTicket(server, admin);
    await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { followerIds: [follower.id] });
    await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'We are on it.' });
    const count = await api(server, follower).get('/api/v1/notifications/unread-count');
    expect(count.body.count).toBe(1);
    const list = await api(server, follower).get('/api/v1/notifications');
    expect(list.body.data[0]).toMatchObject({ kind: 'followed_reply', ticketNumber: ticket.number, actorName: admin.name });
    expect((await api(server, follower).post(`/api/v1/notifications/${list.body.data[0].id}/read`)).status).toBe(200);
    expect((await api(server, follower).get('/api/v1/notifications/unread-count')).body.count).toBe(0);
    expect((await api(server, admin).post(`/api/v1/notifications/${list.body.data[0].id}/read`)).status).toBe(404);
  });
});
