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

/** Logs in through the API like the agent app does; returns the session cookie and CSRF token. */
async function login(target: TestServer, email: string, password: string) {
  const response = await target.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const setCookie = [response.headers['set-cookie'] ?? []].flat().map(String);
  const session = setCookie.find((cookie) => cookie.startsWith('tuki_session='));
  const body = JSON.parse(response.body);
  return { status: response.statusCode, body, setCookie: session ?? '', cookie: session?.split(';')[0] ?? '', csrfToken: body.csrfToken as string | undefined };
}

/** A request authenticated by the session cookie (optionally with an x-csrf-token header). */
async function withCookie(method: 'GET' | 'POST' | 'DELETE', url: string, cookie: string, csrfToken?: string, payload?: object) {
  const response = await server.app.inject({ method, url, headers: { cookie, ...(csrfToken !== undefined ? { 'x-csrf-token': csrfToken } : {}) }, ...(payload ? { payload } : {}) });
  return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : null, headers: response.headers };
}

describe('login and sessions', () => {
  it('logs in with an httpOnly SameSite=Lax cookie and returns the session without the password hash', async () => {
    const { workspace, admin } = await buildWorkspace(server, { name: 'Login Oy' });
    const result = await login(server, admin.email.toUpperCase(), admin.password);
    expect(result.status).toBe(200);
    expect(result.setCookie).toMatch(/^tuki_session=[A-Za-z0-9_-]{40,};/);
    expect(result.setCookie).toMatch(/HttpOnly/i);
    expect(result.setCookie).toMatch(/SameSite=Lax/i);
    expect(result.setCookie).toMatch(/Path=\//);
    expect(result.body).toMatchObject({ user: { id: admin.id, email: admin.email, role: 'admin' }, workspace: { id: workspace.id, name: 'Login Oy' }, csrfToken: expect.any(String) });
    expect(JSON.stringify(result.body)).not.toMatch(/password|argon2/i);

    const session = await withCookie('GET', '/api/v1/auth/session', result.cookie);
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ user: { id: admin.id }, csrfToken: result.csrfToken });
    expect((await withCookie('GET', '/api/v1/users', result.cookie)).status).toBe(200);
  });

  it('checks the CSRF token on cookie-authenticated writes', async () => {
    const { admin } = await buildWorkspace(server);
    const { cookie, csrfToken } = await login(server, admin.email, admin.password);
    const missing = await withCookie('POST', '/api/v1/api-tokens', cookie, undefined, { name: 'ci' });
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf_failed');
    const wrong = await withCookie('POST', '/api/v1/api-tokens', cookie, `${csrfToken}x`, { name: 'ci' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('csrf_failed');
    const other = await login(server, (await buildAgent(server, admin.workspaceId)).email, 'agent-password-123');
    const someoneElses = await withCookie('POST', '/api/v1/api-tokens', cookie, other.csrfToken, { name: 'ci' });
    expect(someoneElses.status).toBe(403);
    const right = await withCookie('POST', '/api/v1/api-tokens', cookie, csrfToken, { name: 'ci' });
    expect(right.status).toBe(201);
    // Bearer tokens are not sent by browsers on their own, so they need no CSRF token.
    expect((await api(server, admin).post('/api/v1/api-tokens', { name: 'script' })).status).toBe(201);
  });

  it('logs out: the cookie is cleared and the session ends', async () => {
    const { admin } = await buildWorkspace(server);
    const { cookie, csrfToken } = await login(server, admin.email, admin.password);
    const noCsrf = await withCookie('POST', '/api/v1/auth/logout', cookie);
    expect(noCsrf.status).toBe(403);
    const out = await withCookie('POST', '/api/v1/auth/logout', cookie, csrfToken);
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/tuki_session=;/);
    const after = await withCookie('GET', '/api/v1/auth/session', cookie);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
  });

  it('answers a wrong password or unknown e-mail with the same 401 invalid_credentials', async () => {
    const { admin } = await buildWorkspace(server);
    const wrong = await login(server, admin.email, 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(wrong.setCookie).toBe('');
    const unknown = await login(server, 'nobody@nowhere.example', 'whatever-password');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error).toEqual(wrong.body.error);
    const anonymous = await api(server, null).get('/api/v1/users');
    expect(anonymous.status).toBe(401);
    const garbage = await api(server, null, { cookie: 'tuki_session=forged' }).get('/api/v1/users');
    expect(garbage.status).toBe(401);
  });

  it('rate-limits failed logins: 429 after LOGIN_MAX_ATTEMPTS, even with the right password', async () => {
    const limited = await startTestServer({ loginMaxAttempts: 3 });
    try {
      const { admin } = await buildWorkspace(limited);
      for (let attempt = 0; attempt < 3; attempt++) {
        expect((await login(limited, admin.email, 'wrong-password')).status).toBe(401);
      }
      const blocked = await login(limited, admin.email, admin.password);
      expect(blocked.status).toBe(429);
      expect(blocked.body.error.code).toBe('rate_limited');
      expect(blocked.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
      expect(blocked.setCookie).toBe('');
    } finally {
      await limited.close();
    }
  });
});

describe('API tokens', () => {
  it('creates a token shown once, uses it, lists it without the secret, and revokes it', async () => {
    const { admin } = await buildWorkspace(server);
    const created = await api(server, admin).post('/api/v1/api-tokens', { name: 'Zapier' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Zapier', token: expect.stringMatching(/^tuki_/), revokedAt: null });
    expect(created.body.token.startsWith(created.body.prefix)).toBe(true);
    const token = created.body.token as string;
    const asToken = (path: string) => server.app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${token}` } });

    expect((await asToken('/api/v1/users')).statusCode).toBe(200);
    const list = await api(server, admin).get('/api/v1/api-tokens');
    const listed = list.body.data.find((entry: { id: string }) => entry.id === created.body.id);
    expect(listed).toMatchObject({ name: 'Zapier', prefix: created.body.prefix });
    expect(listed.token).toBeUndefined();
    expect(listed.lastUsedAt).toEqual(expect.any(String));
    expect(JSON.stringify(list.body)).not.toContain(token);

    expect((await api(server, admin).delete(`/api/v1/api-tokens/${created.body.id}`)).status).toBe(204);
    const revoked = await asToken('/api/v1/users');
    expect(revoked.statusCode).toBe(401);
    expect(JSON.parse(revoked.body).error.code).toBe('unauthenticated');
    expect((await api(server, admin).get('/api/v1/api-tokens')).body.data.find((entry: { id: string }) => entry.id === created.body.id).revokedAt).toEqual(expect.any(String));
  });

  it('lets only the owner (or an admin of the workspace) revoke a token', async () => {
    const { workspace, admin } = await buildWorkspace(server);
    const owner = await buildAgent(server, workspace.id);
    const colleague = await buildAgent(server, workspace.id);
    const created = await api(server, owner).post('/api/v1/api-tokens', { name: 'mine' });
    expect((await api(server, colleague).delete(`/api/v1/api-tokens/${created.body.id}`)).status).toBe(403);
    const outsider = (await buildWorkspace(server)).admin;
    expect((await api(server, outsider).delete(`/api/v1/api-tokens/${created.body.id}`)).status).toBe(404);
    expect((await api(server, admin).delete(`/api/v1/api-tokens/${created.body.id}`)).status).toBe(204);
  });

  it('refuses a malformed Authorization header', async () => {
    const res = await api(server, null, { authorization: 'Basic abc' }).get('/api/v1/users');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/Bearer/);
  });
});
