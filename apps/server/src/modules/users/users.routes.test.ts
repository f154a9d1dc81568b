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

async function login(email: string, password: string) {
  const response = await server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const cookie = [response.headers['set-cookie'] ?? []].flat().map(String).find((value) => value.startsWith('tuki_session='))?.split(';')[0] ?? '';
  return { status: response.statusCode, body: JSON.parse(response.body), cookie };
}

const leaksPassword = (body: unknown) => /passwordHash|password_hash|\$argon2/.test(JSON.stringify(body));

describe('users', () => {
  it('lets admins add users, lists them page by page, and never returns a password hash', async () => {
    const { admin } = await buildWorkspace(server);
    const created = await api(server, admin).post('/api/v1/users', { email: 'Liisa.Lahti@Support.example', name: ' Liisa Lahti ', role: 'agent', password: 'liisa-password-1', language: 'fi', timeZone: 'Europe/Tallinn' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'Liisa.Lahti@Support.example', name: 'Liisa Lahti', role: 'agent', language: 'fi', timeZone: 'Europe/Tallinn', active: true, workspaceId: admin.workspaceId });
    expect(leaksPassword(created.body)).toBe(false);
    expect((await login('liisa.lahti@support.example', 'liisa-password-1')).status).toBe(200);

    for (let i = 0; i < 3; i++) await buildAgent(server, admin.workspaceId);
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await api(server, admin).get(`/api/v1/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      expect(leaksPassword(page.body)).toBe(false);
      for (const user of page.body.data) seen.add(user.id);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(5);

    const one = await api(server, admin).get(`/api/v1/users/${created.body.id}`);
    expect(one.body.email).toBe('Liisa.Lahti@Support.example');
    expect(leaksPassword(one.body)).toBe(false);
  });

  it('refuses duplicate e-mails (any case) with 409 and bad input with 400', async () => {
    const { admin } = await buildWorkspace(server);
    const duplicate = await api(server, admin).post('/api/v1/users', { email: admin.email.toUpperCase(), name: 'Copy', role: 'agent' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('conflict');
    const badZone = await api(server, admin).post('/api/v1/users', { email: 'zone@test.example', name: 'Zone', role: 'agent', timeZone: 'Nowhere/City' });
    expect(badZone.status).toBe(400);
    expect(badZone.body.error.message).toMatch(/time zone/);
    const shortPassword = await api(server, admin).post('/api/v1/users', { email: 'short@test.example', name: 'Short', role: 'agent', password: 'short' });
    expect(shortPassword.status).toBe(400);
    const badRole = await api(server, admin).post('/api/v1/users', { email: 'role@test.example', name: 'Role', role: 'owner' });
    expect(badRole.status).toBe(400);
  });

  it('lets only admins add or change other users, and only inside their workspace', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const supervisor = await buildAgent(server, workspace.id, { role: 'supervisor' });
    const agent = await buildAgent(server, workspace.id);
    expect((await api(server, supervisor).post('/api/v1/users', { email: 'x@test.example', name: 'X', role: 'agent' })).status).toBe(403);
    const promote = await api(server, agent).patch(`/api/v1/users/${agent.id}`, { role: 'admin' });
    expect(promote.status).toBe(403);
    expect(promote.body.error.code).toBe('forbidden');

    const outsider = (await buildWorkspace(server)).admin;
    expect((await api(server, outsider).get(`/api/v1/users/${agent.id}`)).status).toBe(404);
    expect((await api(server, outsider).patch(`/api/v1/users/${agent.id}`, { active: false })).status).toBe(404);
    expect((await api(server, outsider).get('/api/v1/users')).body.data.map((user: { id: string }) => user.id)).toEqual([outsider.id]);
    const changed = await api(server, admin).patch(`/api/v1/users/${agent.id}`, { role: 'supervisor', name: 'Senior Agent' });
    expect(changed.body).toMatchObject({ role: 'supervisor', name: 'Senior Agent' });
  });

  it('lets users change their own profile and password, but not their role', async () => {
    const { workspace } = await buildWorkspace(server);
    const agent = await buildAgent(server, workspace.id);
    const me = await api(server, agent).patch('/api/v1/me', { name: 'Uusi Nimi', language: 'et', password: 'a-brand-new-password' });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ name: 'Uusi Nimi', language: 'et', role: 'agent' });
    expect(leaksPassword(me.body)).toBe(false);
    expect((await login(agent.email, agent.password)).status).toBe(401);
    expect((await login(agent.email, 'a-brand-new-password')).status).toBe(200);
    for (const sneaky of [{ role: 'admin' }, { name: 'Still me', role: 'admin' }, { active: false }]) {
      const res = await api(server, agent).patch('/api/v1/me', sneaky);
      expect(res.status, JSON.stringify(sneaky)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    const after = await api(server, agent).get(`/api/v1/users/${agent.id}`);
    expect(after.body).toMatchObject({ role: 'agent', active: true, name: 'Uusi Nimi' });
    expect((await api(server, agent).post('/api/v1/users', { email: 'escalate@test.example', name: 'E', role: 'admin' })).status).toBe(403);
  });

  it('ends the sessions and API tokens of a deactivated user, and refuses their logins', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const agent = await buildAgent(server, workspace.id);
    const { cookie } = await login(agent.email, agent.password);
    const withSession = () => server.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });
    expect((await withSession()).statusCode).toBe(200);

    const deactivated = await api(server, admin).patch(`/api/v1/users/${agent.id}`, { active: false });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.active).toBe(false);
    expect((await withSession()).statusCode).toBe(401);
    expect((await api(server, agent).get('/api/v1/users')).status).toBe(401);
    const again = await login(agent.email, agent.password);
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('invalid_credentials');

    // Reactivated, they sign in afresh; the old session stays gone.
    await api(server, admin).patch(`/api/v1/users/${agent.id}`, { active: true });
    expect((await withSession()).statusCode).toBe(401);
    expect((await login(agent.email, agent.password)).status).toBe(200);
  });

  it('never demotes or deactivates the last active admin (409)', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const demote = await api(server, admin).patch(`/api/v1/users/${admin.id}`, { role: 'agent' });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('conflict');
    expect(demote.body.error.message).toMatch(/at least one active admin/);
    expect((await api(server, admin).patch(`/api/v1/users/${admin.id}`, { active: false })).status).toBe(409);

    const second = await buildAgent(server, workspace.id, { role: 'admin' });
    const deactivatedSecond = await api(server, admin).patch(`/api/v1/users/${second.id}`, { active: false });
    expect(deactivatedSecond.status).toBe(200);
    // An inactive admin does not count.
    expect((await api(server, admin).patch(`/api/v1/users/${admin.id}`, { role: 'supervisor' })).status).toBe(409);
    await api(server, admin).patch(`/api/v1/users/${second.id}`, { active: true });
    const demoted = await api(server, admin).patch(`/api/v1/users/${admin.id}`, { role: 'supervisor' });
    expect(demoted.status).toBe(200);
    expect(demoted.body.role).toBe('supervisor');
    expect((await api(server, second).patch(`/api/v1/users/${second.id}`, { role: 'agent' })).status).toBe(409);
  });
});
