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

async function search(user: TestUser, q: string, extra = '') {
  return api(server, user).get(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`);
}

async function foundIds(user: TestUser, q: string): Promise<string[]> {
  const res = await search(user, q);
  expect({ q, status: res.status }).toEqual({ q, status: 200 });
  return res.body.data.map((hit: { ticketId: string }) => hit.ticketId);
}

describe('GET /api/v1/search', () => {
  it('finds words in every language by their inflected forms', async () => {
    const { admin } = await buildWorkspace(server);
    const finnish = await buildTicket(server, admin, { subject: 'Ongelma', body: 'Hei, laskussani on virhe.', language: 'fi' });
    const english = await buildTicket(server, admin, { subject: 'Order 1234', body: 'I would like a refund for the broken chair.', language: 'en' });
    const norwegian = await buildTicket(server, admin, { subject: 'Spørsmål', body: 'Fakturaen er feil.', language: 'nb' });
    await buildTicket(server, admin, { subject: 'Unrelated', body: 'Nothing to see here.' });

    expect(await foundIds(admin, 'lasku')).toEqual([finnish.id]);
    expect(await foundIds(admin, 'laskun')).toEqual([finnish.id]);
    expect(await foundIds(admin, 'laskuista')).toEqual([finnish.id]);
    expect(await foundIds(admin, 'refunds')).toEqual([english.id]);
    expect(await foundIds(admin, 'refunding chairs')).toEqual([english.id]);
    expect(await foundIds(admin, 'faktura')).toEqual([norwegian.id]);
    expect(await foundIds(admin, 'ordered')).toEqual([english.id]);
    expect(await foundIds(admin, 'nonexistentword')).toEqual([]);
  });

  it('ranks subject hits above body hits and highlights an escaped snippet', async () => {
    const { admin } = await buildWorkspace(server);
    const inBody = await buildTicket(server, admin, { subject: 'Question', body: 'Where is my invoice <script>alert("x")</script> & receipt? Total 5 < 7 "quoted" it\'s' });
    const inSubject = await buildTicket(server, admin, { subject: 'Invoice missing', body: 'Please send it again.' });
    const res = await search(admin, 'invoice');
    expect(res.status).toBe(200);
    expect(res.body.data.map((hit: { ticketId: string }) => hit.ticketId)).toEqual([inSubject.id, inBody.id]);
    const [subjectHit, bodyHit] = res.body.data;
    expect(subjectHit).toMatchObject({ number: inSubject.number, subject: 'Invoice missing', status: 'new' });
    expect(subjectHit.snippet).toBe('<mark>Invoice</mark> missing');
    expect(subjectHit.rank).toBeGreaterThan(bodyHit.rank);
    expect(bodyHit.snippet).toContain('<mark>invoice</mark>');
    expect(bodyHit.snippet).not.toContain('<script');
    expect(bodyHit.snippet).toContain('&amp; receipt');
    expect(bodyHit.snippet).toContain('5 &lt; 7 &quot;quoted');
    expect(bodyHit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(new Date(bodyHit.updatedAt).toISOString()).toBe(bodyHit.updatedAt);
  });

  it('combines key:value filters with text, and lists filter-only queries by last update', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const agent = await buildAgent(server, workspace.id);
    const group = await api(server, admin).post('/api/v1/groups', { name: 'Tier 2', memberIds: [agent.id] });
    const mineOpen = await buildTicket(server, admin, {
      subject: 'Refund request',
      body: 'refund please',
      assigneeId: agent.id,
      status: 'open',
      tags: ['billing'],
      priority: 'high',
      requester: { email: 'aino@posti.example', name: 'Aino' },
    });
    const tierTwo = await buildTicket(server, admin, { subject: 'Refund again', body: 'refund', groupId: group.body.id, type: 'incident' });
    const solved = await buildTicket(server, admin, { subject: 'Old refund', body: 'refund done', status: 'solved' });
    const unrelated = await buildTicket(server, admin, { subject: 'Login', body: 'cannot log in', assigneeId: agent.id, status: 'open' });

    const sorted = async (user: TestUser, q: string) => (await foundIds(user, q)).sort();
    expect(await sorted(agent, 'refund')).toEqual([mineOpen.id, tierTwo.id, solved.id].sort());
    expect(await sorted(agent, 'refund status:open')).toEqual([mineOpen.id]);
    expect(await sorted(agent, 'status:new,solved refund')).toEqual([tierTwo.id, solved.id].sort());
    expect(await sorted(agent, 'refund assignee:me')).toEqual([mineOpen.id]);
    expect(await sorted(admin, 'refund assignee:me')).toEqual([]);
    expect(await sorted(agent, 'refund assignee:none')).toEqual([tierTwo.id, solved.id].sort());
    expect(await sorted(agent, 'tag:billing refund')).toEqual([mineOpen.id]);
    expect(await sorted(agent, 'priority:high')).toEqual([mineOpen.id]);
    expect(await sorted(agent, 'group:"tier 2" refund')).toEqual([tierTwo.id]);
    expect(await sorted(agent, 'group:"Tier 3" refund')).toEqual([]);
    expect(await sorted(agent, 'type:incident')).toEqual([tierTwo.id]);
    expect(await sorted(agent, 'requester:Aino@Posti.example')).toEqual([mineOpen.id]);
    expect(await sorted(agent, 'requester:nobody@posti.example')).toEqual([]);

    await api(server, agent).patch(`/api/v1/tickets/${mineOpen.id}`, { priority: 'urgent' });
    const listed = await search(agent, 'assignee:me');
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((hit: { ticketId: string }) => hit.ticketId)).toEqual([mineOpen.id, unrelated.id]);
    expect(listed.body.data[0].snippet).toBe('Refund request');
  });

  it('pages with a cursor up to the cap and refuses bad input', async () => {
    const { admin } = await buildWorkspace(server);
    for (let index = 0; index < 5; index++) await buildTicket(server, admin, { subject: `Printer ${index}`, body: 'The printer is jammed again.' });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await search(admin, 'printer', `&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.data.map((hit: { ticketId: string }) => hit.ticketId));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);

    const first = await search(admin, 'printer', '&limit=2');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(first.body.nextCursor, 'base64url').toString()), o: 5000 })).toString('base64url');
    const bad = [
      await api(server, admin).get('/api/v1/search?q='),
      await api(server, admin).get('/api/v1/search'),
      await search(admin, '   '),
      await search(admin, 'x'.repeat(501)),
      await search(admin, 'printer', '&cursor=garbage'),
      await search(admin, 'jammed', `&cursor=${first.body.nextCursor}`),
      await search(admin, 'printer', `&cursor=${forged}`),
      await search(admin, 'status:bogus'),
      await search(admin, 'assignee:somebody printer'),
    ];
    for (const res of bad) {
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect((await search(admin, 'the')).status).toBe(200);
    expect((await search(admin, 'error:404 printer')).status).toBe(200);
  });

  it('never returns another workspace’s tickets or merged ones', async () => {
    const a = await buildWorkspace(server);
    const b = await buildWorkspace(server);
    const ours = await buildTicket(server, a.admin, { subject: 'Shipping delay', body: 'Where is my parcel?' });
    await buildTicket(server, b.admin, { subject: 'Shipping delay', body: 'Where is my parcel?', tags: ['vip'] });
    const duplicate = await buildTicket(server, a.admin, { subject: 'Shipping delay again', body: 'parcel parcel' });
    expect((await api(server, a.admin).post(`/api/v1/tickets/${duplicate.id}/merge`, { targetId: ours.id })).status).toBe(200);
    expect(await foundIds(a.admin, 'parcel')).toEqual([ours.id]);
    expect(await foundIds(a.admin, 'shipping')).toEqual([ours.id]);
    expect(await foundIds(a.admin, 'tag:vip')).toEqual([]);
    expect(await foundIds(a.admin, `requester:${ours.requesterId}`)).toEqual([ours.id]);
  });
});
