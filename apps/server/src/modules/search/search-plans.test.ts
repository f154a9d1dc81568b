import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { buildTicket, buildWorkspace } from '../../../test/factories.ts';
import { tickets } from '../../db/schema/index.ts';
import { searchTickets } from './queries.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('searchTickets plans', () => {
  it('finds the same best matches whether the words are rare (probe) or common (newest window)', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    for (let i = 0; i < 6; i++) await buildTicket(server, admin, { subject: `Invoice question ${i}`, body: i % 2 ? 'My invoice total is wrong.' : 'Where is my parcel?' });
    const other = await buildWorkspace(server);
    await buildTicket(server, other.admin, { subject: 'Invoice elsewhere', body: 'invoice invoice' });
    const where = and(eq(tickets.workspaceId, workspace.id), isNull(tickets.mergedIntoId))!;
    const page = { limit: 10, offset: 0 };
    const rare = await searchTickets(server.services.db, workspace.id, 'invoice', where, page);
    const windowed = await searchTickets(server.services.db, workspace.id, 'invoice', where, { ...page, recentWindow: 3 });
    const probed = await searchTickets(server.services.db, workspace.id, 'invoice', where, { ...page, recentWindow: 100 });
    expect(rare).toHaveLength(6);
    expect(rare[0].rank).toBeGreaterThan(rare[5].rank);
    // Too few matches in a 3-ticket window: the whole-workspace probe finds all six, best first.
    expect(windowed.map((row) => row.id)).toEqual(rare.map((row) => row.id));
    expect(probed.map((row) => row.id)).toEqual(rare.map((row) => row.id));
    // Enough matches in the window: only the newest candidates are ranked.
    const common = await searchTickets(server.services.db, workspace.id, 'invoice', where, { ...page, recentWindow: 4, rankedCandidates: 2 });
    expect(common).toHaveLength(2);
    const newestTwo = [...rare].sort((a, b) => (a.updated_at < b.updated_at ? 1 : -1)).slice(0, 2).map((row) => row.id).sort();
    expect(common.map((row) => row.id).sort()).toEqual(newestTwo);
    expect(await searchTickets(server.services.db, workspace.id, 'nonexistentword', where, page)).toEqual([]);
  });
});
