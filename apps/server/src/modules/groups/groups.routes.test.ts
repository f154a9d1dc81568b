import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildAgent, buildWorkspace } from '../../../test/factories.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('groups API', () => {
  it('answers 409, not 500, for a duplicate group name', async () => {
    const { admin } = await buildWorkspace(server);
    expect((await api(server, admin).post('/api/v1/groups', { name: 'Billing' })).status).toBe(201);
    const again = await api(server, admin).post('/api/v1/groups', { name: 'billing' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
  });

  it('changes only the fields given', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const agent = await buildAgent(server, workspace.id);
    const group = await api(server, admin).post('/api/v1/groups', { name: 'Tier 2', kind: 'tier', description: 'Escalations' });
    const res = await api(server, admin).patch(`/api/v1/groups/${group.body.id}`, { memberIds: [agent.id] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Tier 2', kind: 'tier', description: 'Escalations', memberIds: [agent.id] });
  });
});
