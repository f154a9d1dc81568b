import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, apiUrl, setCsrfToken, setUnauthenticatedHandler } from './client.ts';
import { backoffDelay } from './realtime.ts';

function respond(status: number, body: unknown) {
  return vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthenticatedHandler(null);
});

describe('api client', () => {
  it('sends the CSRF token and same-origin credentials on writes, not on reads', async () => {
    const fetchMock = respond(200, { ok: true });
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-1');
    await api.patch('/tickets/1', { status: 'open' });
    await api.get('/tickets/1');
    const [writeUrl, write] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const [, read] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(writeUrl).toBe('/api/v1/tickets/1');
    expect((write.headers as Record<string, string>)['x-csrf-token']).toBe('token-1');
    expect(write.credentials).toBe('same-origin');
    expect(write.body).toBe('{"status":"open"}');
    expect((read.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
  });

  it('turns the error shape into an ApiError carrying the server message', async () => {
    vi.stubGlobal('fetch', respond(409, { error: { code: 'conflict', message: 'Ticket was changed meanwhile', details: { field: 'status' } } }));
    const error = await api.post('/tickets', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'conflict', message: 'Ticket was changed meanwhile', details: { field: 'status' } });
  });

  it('reports a response without the error shape with its status instead of hiding it', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' })));
    await expect(api.get('/views')).rejects.toMatchObject({ status: 502, code: 'unknown', message: 'Bad gateway' });
  });

  it('reports network failures as network_error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await expect(api.get('/views')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('signals an ended session on 401, except for the session check itself', async () => {
    const onUnauthenticated = vi.fn();
    setUnauthenticatedHandler(onUnauthenticated);
    vi.stubGlobal('fetch', respond(401, { error: { code: 'unauthenticated', message: 'Sign in' } }));
    await expect(api.get('/auth/session')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthenticated).not.toHaveBeenCalled();
    await expect(api.get('/views')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('builds query strings without empty values', () => {
    expect(apiUrl('/search', { q: 'refund status:open', cursor: null, limit: 20, empty: '' })).toBe('/api/v1/search?q=refund+status%3Aopen&limit=20');
  });
});

describe('realtime backoff', () => {
  it('grows exponentially and is capped at 30 seconds', () => {
    expect(backoffDelay(1, () => 0)).toBe(250);
    expect(backoffDelay(1, () => 1)).toBe(500);
    expect(backoffDelay(4, () => 1)).toBe(4000);
    expect(backoffDelay(20, () => 1)).toBe(30000);
  });
});
