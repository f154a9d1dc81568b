import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildWorkspace } from '../../../test/factories.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('POST /api/v1/tickets under concurrency (creations share statements and commits)', () => {
  it('creates every ticket once, numbered without gaps, with its message, timeline entry and one contact per address', async () => {
    const { admin, workspace } = await buildWorkspace(server);
    const known = await api(server, admin).post('/api/v1/tickets', { subject: 'Ensimmäinen', body: 'Hei', requester: { email: 'known@asiakas.example', language: 'fi' } });
    expect(known.status).toBe(201);
    const requests = Array.from({ length: 60 }, (_, i) => {
      const requester =
        i % 3 === 0 ? { email: 'known@asiakas.example' } : i % 3 === 1 ? { email: `new-${i}@asiakas.example`, name: `Asiakas ${i}` } : { email: 'Shared.New@Asiakas.example' };
      return api(server, admin).post('/api/v1/tickets', { subject: `Tilaus ${i}`, body: `Viesti numero ${i}`, requester, tags: ['delivery'] });
    });
    const responses = await Promise.all(requests);
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 201));
    const numbers = responses.map((response) => response.body.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => i + 2));
    responses.forEach((response, i) => expect(response.body).toMatchObject({ subject: `Tilaus ${i}`, messageCount: 1, tags: ['delivery'] }));
    // Known requesters keep their language; the shared new address became one contact.
    expect(responses[0].body).toMatchObject({ requesterId: known.body.requesterId, language: 'fi' });
    const shared = new Set(responses.filter((_, i) => i % 3 === 2).map((response) => response.body.requesterId));
    expect(shared.size).toBe(1);

    const [counts] = await queryRows<{ messages: number; events: number; contacts: number; identities: number }>(
      server.database.db,
      sql`select (select count(*)::int from messages m join tickets t on t.id = m.ticket_id where t.workspace_id = ${workspace.id}) as messages,
                 (select count(*)::int from ticket_events e join tickets t on t.id = e.ticket_id where t.workspace_id = ${workspace.id} and e.action = 'created') as events,
                 (select count(*)::int from contacts where workspace_id = ${workspace.id}) as contacts,
                 (select count(*)::int from contact_identities where workspace_id = ${workspace.id}) as identities`,
    );
    expect(counts).toMatchObject({ messages: 61, events: 61 });
    // One contact per address: the known one, twenty new ones and the shared new one.
    expect(counts).toMatchObject({ contacts: 22, identities: 22 });

    const found = await api(server, admin).get(`/api/v1/tickets/${responses[31].body.id}/messages`);
    expect(found.body.data[0]).toMatchObject({ bodyText: 'Viesti numero 31', authorType: 'contact', authorName: 'Asiakas 31' });
  });

  it('fails only the request with an unknown requester when it is written together with others', async () => {
    const { admin } = await buildWorkspace(server);
    const payloads = Array.from({ length: 12 }, (_, i) =>
      i === 5
        ? { subject: 'Ei ketään', body: 'x', requester: { id: '00000000-0000-4000-8000-000000000000' } }
        : { subject: `Pyyntö ${i}`, body: 'y', requester: { email: `p${i}@asiakas.example` } },
    );
    const responses = await Promise.all(payloads.map((payload) => api(server, admin).post('/api/v1/tickets', payload)));
    expect(responses[5].status).toBe(400);
    expect(responses[5].body.error).toMatchObject({ code: 'validation_failed', message: expect.stringMatching(/requester\.id/) });
    expect(responses.filter((response) => response.status === 201)).toHaveLength(11);
  });
});
