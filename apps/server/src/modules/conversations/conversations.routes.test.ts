import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildAgent, buildWorkspace, type TestUser } from '../../../test/factories.ts';
import { DEFAULT_TEMPLATES, NOTIFICATION_KINDS } from './notification-templates.ts';

let server: TestServer;
let admin: TestUser;

beforeAll(async () => {
  server = await startTestServer();
  ({ admin } = await buildWorkspace(server));
});
afterAll(async () => server?.close());

describe('customer notification templates', () => {
  it('has a complete, real translation of every template in en, fi, et and nb', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const texts = Object.values(DEFAULT_TEMPLATES[kind]);
      expect(Object.keys(DEFAULT_TEMPLATES[kind]).sort()).toEqual(['en', 'et', 'fi', 'nb']);
      expect(new Set(texts.map((text) => text.body)).size).toBe(4);
      for (const text of texts) {
        expect(text.subject).toContain('{{number}}');
        expect(text.body).toContain('{{name}}');
        expect(text.body).toContain('{{subject}}');
      }
    }
  });

  it('lets admins override a template per language and restore the built-in text', async () => {
    const put = await api(server, admin).put('/api/v1/email-templates/acknowledgement/fi', { subject: 'Kiitos! [#{{number}}]', body: 'Hei {{name}}' });
    expect(put.status).toBe(200);
    const list = await api(server, admin).get('/api/v1/email-templates');
    expect(list.body.data).toHaveLength(8);
    expect(list.body.data.find((row: { kind: string; language: string }) => row.kind === 'acknowledgement' && row.language === 'fi')).toMatchObject({ subject: 'Kiitos! [#{{number}}]', custom: true });
    expect(list.body.data.find((row: { kind: string; language: string }) => row.kind === 'solved' && row.language === 'et')).toMatchObject({ custom: false });
    expect((await api(server, admin).delete('/api/v1/email-templates/acknowledgement/fi')).status).toBe(204);
    const restored = await api(server, admin).get('/api/v1/email-templates');
    expect(restored.body.data.find((row: { kind: string; language: string }) => row.kind === 'acknowledgement' && row.language === 'fi').custom).toBe(false);
    const agent = await buildAgent(server, admin.workspaceId);
    expect((await api(server, agent).put('/api/v1/email-templates/solved/en', { subject: 'x', body: 'y' })).status).toBe(403);
    expect((await api(server, admin).put('/api/v1/email-templates/solved/xx', { subject: 'x', body: 'y' })).status).toBe(400);
  });
});
