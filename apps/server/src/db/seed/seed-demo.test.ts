import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { queryRows } from '../client.ts';
import { DEMO_PASSWORD, seedDemoWorkspace } from './seed-demo.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('seedDemoWorkspace', () => {
  it('creates a realistic multilingual workspace once, with a working demo login', async () => {
    const first = await seedDemoWorkspace(server.services);
    expect(first.created).toBe(true);
    const again = await seedDemoWorkspace(server.services);
    expect(again.created).toBe(false);

    const [counts] = await queryRows<{ tickets: number; messages: number; contacts: number; users: number; languages: number }>(
      server.services.db,
      sql`select (select count(*)::int from tickets) as tickets, (select count(*)::int from messages) as messages,
                 (select count(*)::int from contacts) as contacts, (select count(*)::int from users) as users,
                 (select count(distinct language)::int from tickets) as languages`,
    );
    expect(counts).toMatchObject({ tickets: 200, contacts: 80, users: 8, languages: 4 });
    expect(counts.messages).toBeGreaterThan(400);

    const login = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: first.adminEmail, password: DEMO_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const statuses = await queryRows<{ status: string }>(server.services.db, sql`select distinct status from tickets`);
    expect(statuses.map((row) => row.status).sort()).toEqual(expect.arrayContaining(['closed', 'new', 'open', 'pending', 'solved']));
  });
});
