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

describe('/api/v1/workspace', () => {
  it('shows the settings to everyone and lets admins change them', async () => {
    const { workspace, admin } = await buildWorkspace(server, { name: 'Kauppa Oy' });
    const agent = await buildAgent(server, workspace.id);
    const seen = await api(server, agent).get('/api/v1/workspace');
    expect(seen.status).toBe(200);
    expect(seen.body).toEqual({
      id: workspace.id,
      name: 'Kauppa Oy',
      slug: workspace.slug,
      timeZone: 'Europe/Helsinki',
      languages: ['en', 'fi', 'et', 'nb'],
      defaultLanguage: 'en',
      createdAt: expect.any(String),
    });

    const changed = await api(server, admin).patch('/api/v1/workspace', { name: '  Kauppa Norge AS ', timeZone: 'europe/oslo', languages: ['nb', 'en'], defaultLanguage: 'nb' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Kauppa Norge AS', timeZone: 'Europe/Oslo', languages: ['nb', 'en'], defaultLanguage: 'nb' });
    expect((await api(server, agent).get('/api/v1/workspace')).body).toMatchObject({ name: 'Kauppa Norge AS', defaultLanguage: 'nb' });
    const session = await api(server, admin).get('/api/v1/workspace');
    expect(session.body.timeZone).toBe('Europe/Oslo');
  });

  it('validates time zone and languages, naming the field', async () => {
    const { admin } = await buildWorkspace(server);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ timeZone: 'Mars/Olympus_Mons' }, /time zone/],
      [{ timeZone: '+02:00' }, /timeZone/],
      [{ languages: [] }, /languages/],
      [{ languages: ['en', 'sv'] }, /languages/],
      [{ languages: ['fi', 'fi'] }, /languages/],
      [{ defaultLanguage: 'de' }, /defaultLanguage/],
      [{ languages: ['fi', 'et'] }, /defaultLanguage: "en" must be one of the workspace languages \(fi, et\)/],
      [{ languages: ['fi'], defaultLanguage: 'nb' }, /defaultLanguage/],
      [{ name: '   ' }, /name/],
    ];
    for (const [body, message] of cases) {
      const res = await api(server, admin).patch('/api/v1/workspace', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message).toMatch(message);
    }
    const unchanged = await api(server, admin).get('/api/v1/workspace');
    expect(unchanged.body).toMatchObject({ timeZone: 'Europe/Helsinki', languages: ['en', 'fi', 'et', 'nb'], defaultLanguage: 'en' });
    const both = await api(server, admin).patch('/api/v1/workspace', { languages: ['fi', 'et'], defaultLanguage: 'et' });
    expect(both.status).toBe(200);
  });

  it('refuses changes from non-admins and never touches another workspace', async () => {
    const { workspace, admin } = await buildWorkspace(server, { name: 'Alpha' });
    const supervisor = await buildAgent(server, workspace.id, { role: 'supervisor' });
    const denied = await api(server, supervisor).patch('/api/v1/workspace', { name: 'Hijacked' });
    expect(denied.status).toBe(403);
    const other = await buildWorkspace(server, { name: 'Beta' });
    await api(server, other.admin).patch('/api/v1/workspace', { name: 'Beta renamed' });
    expect((await api(server, admin).get('/api/v1/workspace')).body.name).toBe('Alpha');
  });
});
