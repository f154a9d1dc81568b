import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildAgent, buildTicket, buildWorkspace, type TestUser } from '../../../test/factories.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const HOUR = 3_600_000;
const past = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
const future = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

async function viewsByName(user: TestUser) {
  const res = await api(server, user).get('/api/v1/views');
  expect(res.status).toBe(200);
  return new Map<string, { id: string; count: number; builtIn: boolean; ownerId: string | null }>(res.body.data.map((view: { name: string }) => [view.name, view]));
}

async function allTicketIds(user: TestUser, url: string, limit = 50): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const separator = url.includes('?') ? '&' : '?';
    const res = await api(server, user).get(`${url}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.status).toBe(200);
    ids.push(...res.body.data.map((ticket: { id: string }) => ticket.id));
    cursor = res.body.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error('too many pages');
}

describe('built-in views', () => {
  it('show the right tickets with live counts, never merged ones or another workspace’s', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const alice = await buildAgent(server, workspace.id, { name: 'Alice' });
    const bob = await buildAgent(server, workspace.id, { name: 'Bob' });
    const group = await api(server, admin).post('/api/v1/groups', { name: 'Tier 2', memberIds: [alice.id] });
    expect(group.status).toBe(201);

    const mine = await buildTicket(server, admin, { subject: 'mine', assigneeId: alice.id, status: 'open' });
    const unassigned = await buildTicket(server, admin, { subject: 'unassigned' });
    const bobsPending = await buildTicket(server, admin, { subject: 'pending', assigneeId: bob.id, status: 'pending' });
    const groupTicket = await buildTicket(server, admin, { subject: 'group', groupId: group.body.id, status: 'open' });
    const solved = await buildTicket(server, admin, { subject: 'solved', assigneeId: alice.id, status: 'solved' });
    const overdue = await buildTicket(server, admin, { subject: 'overdue', assigneeId: bob.id, status: 'open', dueAt: past(2) });
    const solvedLate = await buildTicket(server, admin, { subject: 'solved late', status: 'solved', dueAt: past(5) });
    const notYetDue = await buildTicket(server, admin, { subject: 'due later', assigneeId: bob.id, status: 'open', dueAt: future(5) });
    const duplicate = await buildTicket(server, admin, { subject: 'duplicate', assigneeId: alice.id, status: 'open' });
    const merge = await api(server, admin).post(`/api/v1/tickets/${duplicate.id}/merge`, { targetId: unassigned.id });
    expect(merge.status).toBe(200);

    const other = await buildWorkspace(server);
    await buildTicket(server, other.admin, { subject: 'elsewhere', status: 'open' });
    await buildTicket(server, other.admin, { subject: 'elsewhere solved', status: 'solved', dueAt: past(1) });

    const expected: Record<string, string[]> = {
      'views.mine': [mine.id],
      'views.unassigned': [unassigned.id, groupTicket.id],
      'views.allOpen': [mine.id, unassigned.id, bobsPending.id, groupTicket.id, overdue.id, notYetDue.id],
      'views.myGroups': [groupTicket.id],
      'views.pending': [bobsPending.id],
      'views.overdue': [overdue.id],
      'views.recentlySolved': [solved.id, solvedLate.id],
    };
    const views = await viewsByName(alice);
    expect([...views.keys()]).toEqual(Object.keys(expected));
    for (const [name, ids] of Object.entries(expected)) {
      const view = views.get(name)!;
      expect({ name, count: view.count }).toEqual({ name, count: ids.length });
      expect({ name, ids: (await allTicketIds(alice, `/api/v1/views/${view.id}/tickets`)).sort() }).toEqual({ name, ids: [...ids].sort() });
    }

    const bobs = await viewsByName(bob);
    expect(bobs.get('views.mine')!.count).toBe(3);
    expect(bobs.get('views.myGroups')!.count).toBe(0);

    const theirs = await viewsByName(other.admin);
    expect(theirs.get('views.allOpen')!.count).toBe(1);
    expect(theirs.get('views.overdue')!.count).toBe(0);
    const crossView = await api(server, other.admin).get(`/api/v1/views/${views.get('views.allOpen')!.id}/tickets`);
    expect(crossView.status).toBe(404);
  });
});

describe('saved views', () => {
  it('keeps personal views to their owner and lets supervisors share views', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const agent = await buildAgent(server, workspace.id);
    const colleague = await buildAgent(server, workspace.id);
    const supervisor = await buildAgent(server, workspace.id, { role: 'supervisor' });
    await buildTicket(server, admin, { subject: 'urgent one', priority: 'urgent', tags: ['vip'] });
    await buildTicket(server, admin, { subject: 'normal one' });

    const personal = await api(server, agent).post('/api/v1/views', { name: 'My VIPs', conditions: [{ field: 'tag', operator: 'contains', value: 'vip' }] });
    expect(personal.status).toBe(201);
    expect(personal.body).toMatchObject({ name: 'My VIPs', ownerId: agent.id, builtIn: false, sortBy: 'updated_at', sortOrder: 'desc' });
    expect((await viewsByName(agent)).get('My VIPs')!.count).toBe(1);
    expect((await viewsByName(colleague)).has('My VIPs')).toBe(false);
    expect((await api(server, colleague).get(`/api/v1/views/${personal.body.id}/tickets`)).status).toBe(404);
    expect((await api(server, colleague).patch(`/api/v1/views/${personal.body.id}`, { name: 'Mine now' })).status).toBe(404);
    expect((await api(server, colleague).delete(`/api/v1/views/${personal.body.id}`)).status).toBe(404);
    expect((await api(server, admin).delete(`/api/v1/views/${personal.body.id}`)).status).toBe(404);

    const refused = await api(server, agent).post('/api/v1/views', { name: 'For all', personal: false, conditions: [] });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');

    const shared = await api(server, supervisor).post('/api/v1/views', { name: 'Urgent', personal: false, conditions: [{ field: 'priority', operator: 'in', value: ['urgent', 'high'] }] });
    expect(shared.status).toBe(201);
    expect(shared.body.ownerId).toBeNull();
    expect((await viewsByName(colleague)).get('Urgent')!.count).toBe(1);
    expect((await api(server, agent).patch(`/api/v1/views/${shared.body.id}`, { name: 'Mine' })).status).toBe(403);
    expect((await api(server, agent).delete(`/api/v1/views/${shared.body.id}`)).status).toBe(403);
    const renamed = await api(server, supervisor).patch(`/api/v1/views/${shared.body.id}`, { name: 'Hot', position: 0 });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Hot', position: 0 });
    const toPersonal = await api(server, supervisor).patch(`/api/v1/views/${shared.body.id}`, { personal: true });
    expect(toPersonal.status).toBe(400);

    const edited = await api(server, agent).patch(`/api/v1/views/${personal.body.id}`, { conditions: [{ field: 'priority', operator: 'is', value: 'normal' }], sortBy: 'priority' });
    expect(edited.status).toBe(200);
    expect((await viewsByName(agent)).get('My VIPs')!.count).toBe(1);
    expect((await api(server, agent).delete(`/api/v1/views/${personal.body.id}`)).status).toBe(204);
    expect((await viewsByName(agent)).has('My VIPs')).toBe(false);
    expect((await api(server, supervisor).delete(`/api/v1/views/${shared.body.id}`)).status).toBe(204);
  });

  it('lets admins rename and reorder built-in views but never delete or refilter them', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const supervisor = await buildAgent(server, workspace.id, { role: 'supervisor' });
    const pending = (await viewsByName(admin)).get('views.pending')!;
    const renamed = await api(server, admin).patch(`/api/v1/views/${pending.id}`, { name: 'Waiting on customer', position: 0 });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Waiting on customer', position: 0, builtIn: true });
    const refilter = await api(server, admin).patch(`/api/v1/views/${pending.id}`, { conditions: [] });
    expect(refilter.status).toBe(400);
    expect(refilter.body.error.code).toBe('validation_failed');
    const deleted = await api(server, admin).delete(`/api/v1/views/${pending.id}`);
    expect(deleted.status).toBe(403);
    expect(deleted.body.error.message).toMatch(/built-in/i);
    expect((await api(server, supervisor).patch(`/api/v1/views/${pending.id}`, { name: 'x' })).status).toBe(403);
  });

  it('rejects conditions that make no sense with a clear message', async () => {
    const { admin } = await buildWorkspace(server);
    const cases: [unknown, RegExp][] = [
      [{ field: 'status', operator: 'is', value: 'bogus' }, /unknown value "bogus"/],
      [{ field: 'status', operator: 'before', value: '2024-01-01' }, /not supported/],
      [{ field: 'assignee', operator: 'is', value: 'somebody' }, /'me' or a user id/],
      [{ field: 'group', operator: 'in', value: [] }, /list of/],
      [{ field: 'tag', operator: 'contains', value: 5 }, /string/],
      [{ field: 'created', operator: 'older_than_hours', value: -1 }, /positive number of hours/],
      [{ field: 'due', operator: 'before', value: 'yesterday' }, /ISO 8601/],
      [{ field: 'custom', operator: 'is', value: 'x' }, /field key/],
      [{ field: 'custom', operator: 'is', key: 'no_such_field', value: 'x' }, /no custom field/],
    ];
    for (const [condition, message] of cases) {
      const res = await api(server, admin).post('/api/v1/views', { name: 'Bad', conditions: [condition] });
      expect({ condition, status: res.status, code: res.body.error?.code }).toEqual({ condition, status: 400, code: 'validation_failed' });
      expect(res.body.error.message).toMatch(message);
    }
    const good = await api(server, admin).post('/api/v1/views', {
      name: 'Everything',
      conditions: [
        { field: 'status', operator: 'not_in', value: ['closed'] },
        { field: 'assignee', operator: 'is_not', value: 'me' },
        { field: 'group', operator: 'is_empty' },
        { field: 'tag', operator: 'is_not', value: ['spam'] },
        { field: 'channel', operator: 'is_not', value: 'phone' },
        { field: 'language', operator: 'in', value: ['en', 'fi'] },
        { field: 'type', operator: 'is', value: 'question' },
        { field: 'due', operator: 'is_empty' },
        { field: 'created', operator: 'after', value: '2020-01-01T00:00:00Z' },
        { field: 'updated', operator: 'before', value: future(1) },
        { field: 'created', operator: 'older_than_hours', value: 0.5 },
      ],
    });
    expect(good.status).toBe(201);
    await buildTicket(server, admin, { subject: 'match me' });
    expect((await viewsByName(admin)).get('Everything')!.count).toBe(0);
    await buildTicket(server, admin, { subject: 'old enough' }).then((ticket) => server.services.db.execute(sql`update tickets set created_at = now() - interval '1 hour' where id = ${ticket.id}`));
    expect((await viewsByName(admin)).get('Everything')!.count).toBe(1);
  });
});

describe('sorting and paging', () => {
  it('pages through ~30 tickets by priority rank and by due date without duplicates or gaps', async () => {
    const { admin } = await buildWorkspace(server);
    const priorities = ['low', 'normal', 'high', 'urgent'] as const;
    const created = [];
    for (let index = 0; index < 30; index++) {
      created.push(
        await buildTicket(server, admin, {
          subject: `Ticket ${index}`,
          priority: priorities[index % 4],
          dueAt: index % 3 === 0 ? null : future(index),
          status: 'open',
        }),
      );
    }
    const view = await api(server, admin).post('/api/v1/views', { name: 'By priority', conditions: [], sortBy: 'priority', sortOrder: 'desc' });
    const ids = await allTicketIds(admin, `/api/v1/views/${view.body.id}/tickets`, 7);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    const byId = new Map(created.map((ticket) => [ticket.id, ticket]));
    const ranks = ids.map((id) => priorities.indexOf(byId.get(id)!.priority as (typeof priorities)[number]));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(byId.get(ids[0])!.priority).toBe('urgent');

    for (const order of ['asc', 'desc'] as const) {
      const due = await allTicketIds(admin, `/api/v1/tickets?sortBy=due_at&sortOrder=${order}`, 4);
      expect(new Set(due).size).toBe(30);
      const dates = due.map((id) => byId.get(id)!.dueAt);
      const withDates = dates.filter((date): date is Date => date !== null);
      expect(dates.slice(withDates.length).every((date) => date === null)).toBe(true);
      const times = withDates.map((date) => date.getTime());
      expect(times).toEqual([...times].sort((a, b) => (order === 'asc' ? a - b : b - a)));
    }

    const byStatusAsc = await allTicketIds(admin, '/api/v1/tickets?sortBy=priority&sortOrder=asc', 9);
    expect(byId.get(byStatusAsc[0])!.priority).toBe('low');
    expect(new Set(byStatusAsc).size).toBe(30);
    for (const sortBy of ['updated_at', 'created_at', 'number', 'status']) {
      expect(new Set(await allTicketIds(admin, `/api/v1/tickets?sortBy=${sortBy}`, 8)).size).toBe(30);
    }
  });

  it('refuses cursors that are malformed, tampered with or from another list', async () => {
    const { admin } = await buildWorkspace(server);
    for (let index = 0; index < 3; index++) await buildTicket(server, admin, { subject: `T${index}`, priority: 'high' });
    const views = await viewsByName(admin);
    const first = await api(server, admin).get(`/api/v1/views/${views.get('views.allOpen')!.id}/tickets?limit=1`);
    expect(first.body.nextCursor).toBeTruthy();
    const cursor = first.body.nextCursor as string;
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    const tampered = (patch: Record<string, unknown>) => Buffer.from(JSON.stringify({ ...decoded, ...patch })).toString('base64url');
    const urls = [
      `/api/v1/views/${views.get('views.allOpen')!.id}/tickets?cursor=not-a-cursor`,
      `/api/v1/views/${views.get('views.allOpen')!.id}/tickets?cursor=${cursor}&sortBy=priority`,
      `/api/v1/views/${views.get('views.unassigned')!.id}/tickets?cursor=${cursor}`,
      `/api/v1/tickets?cursor=${cursor}`,
      `/api/v1/views/${views.get('views.allOpen')!.id}/tickets?cursor=${tampered({ v: "'; drop table tickets; --" })}`,
      `/api/v1/views/${views.get('views.allOpen')!.id}/tickets?cursor=${tampered({ v: '2024-13-45 10:00:00+00' })}`,
      `/api/v1/views/${views.get('views.allOpen')!.id}/tickets?cursor=${tampered({ id: 'nope' })}`,
      `/api/v1/views/${views.get('views.allOpen')!.id}/tickets?limit=1000`,
    ];
    for (const url of urls) {
      const res = await api(server, admin).get(url);
      expect({ url, status: res.status, code: res.body.error?.code }).toEqual({ url, status: 400, code: 'validation_failed' });
    }
    const second = await api(server, admin).get(`/api/v1/views/${views.get('views.allOpen')!.id}/tickets?limit=1&cursor=${cursor}`);
    expect(second.status).toBe(200);
    expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
  });
});

describe('GET /api/v1/tickets', () => {
  it('filters ad hoc with the view engine', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const agent = await buildAgent(server, workspace.id);
    const mineOpen = await buildTicket(server, admin, { subject: 'a', assigneeId: agent.id, status: 'open', tags: ['billing', 'vip'] });
    const minePending = await buildTicket(server, admin, { subject: 'b', assigneeId: agent.id, status: 'pending', tags: ['billing'], priority: 'high' });
    const nobodys = await buildTicket(server, admin, { subject: 'c', tags: ['vip'] });
    await buildTicket(server, admin, { subject: 'd', assigneeId: admin.id, status: 'solved' });
    const other = await buildWorkspace(server);
    await buildTicket(server, other.admin, { subject: 'x', tags: ['billing', 'vip'] });

    const ids = async (query: string) => {
      const res = await api(server, agent).get(`/api/v1/tickets?${query}`);
      expect(res.status).toBe(200);
      return res.body.data.map((ticket: { id: string }) => ticket.id).sort();
    };
    expect(await ids('assigneeId=me')).toEqual([mineOpen.id, minePending.id].sort());
    expect(await ids('assigneeId=me&status=open')).toEqual([mineOpen.id]);
    expect(await ids('status=open,pending')).toEqual([mineOpen.id, minePending.id].sort());
    expect(await ids('assigneeId=none')).toEqual([nobodys.id]);
    expect(await ids(`assigneeId=none,${agent.id}&status=new,open`)).toEqual([mineOpen.id, nobodys.id].sort());
    expect(await ids('tag=billing,vip')).toEqual([mineOpen.id]);
    expect(await ids('tag=vip')).toEqual([mineOpen.id, nobodys.id].sort());
    expect(await ids('priority=high')).toEqual([minePending.id]);
    expect(await ids(`requesterId=${nobodys.requesterId}`)).toEqual([nobodys.id]);
    expect(await ids('groupId=none')).toHaveLength(4);

    const bad = await api(server, agent).get('/api/v1/tickets?status=bogus');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/bogus/);
    expect((await api(server, agent).get('/api/v1/tickets?assigneeId=x')).status).toBe(400);
  });

  it('names each ticket’s requester in lists (views and ad hoc), and a requester without e-mail has email null', async () => {
    const { admin } = await buildWorkspace(server);
    const aino = await buildTicket(server, admin, { subject: 'lasku', requester: { email: 'Aino.Virtanen@Posti.example', name: 'Aino Virtanen' } });
    const contact = await api(server, admin).post('/api/v1/contacts', { name: 'Puhelin Pekka', phones: ['+358401234567'] });
    expect(contact.status).toBe(201);
    await buildTicket(server, admin, { subject: 'soitto', requester: { id: contact.body.id } });

    const listed = await api(server, admin).get('/api/v1/tickets');
    const bySubject = new Map(listed.body.data.map((ticket: { subject: string }) => [ticket.subject, ticket]));
    expect(bySubject.get('lasku')).toMatchObject({ requesterId: aino.requesterId, requester: { id: aino.requesterId, name: 'Aino Virtanen', email: 'Aino.Virtanen@Posti.example' } });
    expect(bySubject.get('soitto')).toMatchObject({ requester: { id: contact.body.id, name: 'Puhelin Pekka', email: null } });

    const views = await api(server, admin).get('/api/v1/views');
    const all = views.body.data.find((view: { name: string }) => view.name === 'views.allOpen');
    const viewTickets = await api(server, admin).get(`/api/v1/views/${all.id}/tickets`);
    expect(viewTickets.body.data.find((ticket: { subject: string }) => ticket.subject === 'lasku').requester.name).toBe('Aino Virtanen');
  });
});

describe('GET /api/v1/tags', () => {
  it('lists tags in use, most used first, only from this workspace', async () => {
    const { admin } = await buildWorkspace(server);
    await buildTicket(server, admin, { tags: ['billing', 'vip'] });
    await buildTicket(server, admin, { tags: ['billing'] });
    await buildTicket(server, admin, { tags: ['bug'] });
    const other = await buildWorkspace(server);
    await buildTicket(server, other.admin, { tags: ['secret-tag', 'bug', 'bug2'] });

    const all = await api(server, admin).get('/api/v1/tags');
    expect(all.status).toBe(200);
    expect(all.body.data).toEqual([
      { name: 'billing', count: 2 },
      { name: 'bug', count: 1 },
      { name: 'vip', count: 1 },
    ]);
    const prefixed = await api(server, admin).get('/api/v1/tags?q=b');
    expect(prefixed.body.data.map((tag: { name: string }) => tag.name)).toEqual(['billing', 'bug']);
    const wildcard = await api(server, admin).get('/api/v1/tags?q=%25');
    expect(wildcard.body.data).toEqual([]);
  });
});

describe('view counts at scale', () => {
  it('stops counting at the cap and says so', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    for (let i = 0; i < 3; i++) await buildTicket(server, admin);
    const { countTickets } = await import('./queries.ts');
    const { tickets } = await import('../../db/schema/index.ts');
    const { eq } = await import('drizzle-orm');
    expect(await countTickets(server.services.db, eq(tickets.workspaceId, workspace.id), 2)).toEqual({ count: 2, capped: true });
    expect(await countTickets(server.services.db, eq(tickets.workspaceId, workspace.id), 3)).toEqual({ count: 3, capped: false });
    const list = await api(server, admin).get('/api/v1/views');
    const allOpen = list.body.data.find((view: { name: string }) => view.name === 'views.allOpen');
    expect(allOpen).toMatchObject({ count: 3, countCapped: false });
  });
});

describe('GET /api/v1/views counts', () => {
  it('are reused between reads but never outlive a write to the workspace', async () => {
    const { admin } = await buildWorkspace(server);
    const countOf = async () => {
      const res = await api(server, admin).get('/api/v1/views');
      return res.body.data.find((view: { name: string }) => view.name === 'views.allOpen').count as number;
    };
    const before = await countOf();
    const reads = await Promise.all(Array.from({ length: 5 }, countOf));
    expect(reads).toEqual(reads.map(() => before));
    const created = await api(server, admin).post('/api/v1/tickets', { subject: 'Uusi', body: 'Hei', requester: { email: 'count@asiakas.example' } });
    expect(created.status).toBe(201);
    expect(await countOf()).toBe(before + 1);
    await api(server, admin).patch(`/api/v1/tickets/${created.body.id}`, { status: 'solved' });
    expect(await countOf()).toBe(before);
  });
});
