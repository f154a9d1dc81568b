import { randomBytes } from 'node:crypto';
import type { CreateTicketBody, UserRole } from '@tuki/shared';
import type { TestServer } from './harness.ts';
import type { Actor, CommandContext } from '../src/lib/context.ts';
import { createWorkspace } from '../src/modules/workspaces/commands/create-workspace.ts';
import { createUser } from '../src/modules/users/commands/create-user.ts';
import { createApiToken } from '../src/modules/auth/commands/create-api-token.ts';
import { createTicket } from '../src/modules/tickets/commands/create-ticket.ts';

/** A user made by a factory, with an API token to call the API as them. */
export type TestUser = { id: string; email: string; name: string; role: UserRole; workspaceId: string; token: string; password: string; actor: Actor };

const unique = () => randomBytes(4).toString('hex');

function contextFor(server: TestServer, actor: Actor): CommandContext {
  return { ...server.services, actor };
}

async function withToken(server: TestServer, user: { id: string; email: string; name: string; role: string; workspaceId: string }, password: string): Promise<TestUser> {
  const actor: Actor = { kind: 'user', id: user.id, workspaceId: user.workspaceId, role: user.role as UserRole, name: user.name, via: 'token' };
  const { token } = await createApiToken(contextFor(server, actor), { name: 'test' });
  return { ...user, role: user.role as UserRole, token, password, actor };
}

/** Creates a workspace and its admin (with an API token). */
export async function buildWorkspace(server: TestServer, { name = 'Test Support' } = {}) {
  const id = unique();
  const password = 'correct-horse-battery';
  const { workspace, admin } = await createWorkspace(server.services.db, {
    name,
    slug: `ws-${id}`,
    admin: { email: `admin-${id}@test.example`, name: `Admin ${id}`, password },
  });
  return { workspace, admin: await withToken(server, admin, password) };
}

/** Adds a user with a role to a workspace. */
export async function buildAgent(server: TestServer, workspaceId: string, { role = 'agent' as UserRole, name = `Agent ${unique()}` } = {}): Promise<TestUser> {
  const password = 'agent-password-123';
  const system: Actor = { kind: 'system', workspaceId, name: 'test' };
  const user = await createUser(contextFor(server, system), { email: `agent-${unique()}@test.example`, name, role, password });
  return withToken(server, user, password);
}

/** Creates a ticket as the given user (or the system) with sensible defaults. */
export async function buildTicket(server: TestServer, as: TestUser | { workspaceId: string }, input: Partial<CreateTicketBody> = {}) {
  const actor: Actor = 'actor' in as ? as.actor : { kind: 'system', workspaceId: as.workspaceId, name: 'test' };
  return createTicket(contextFor(server, actor), {
    subject: 'Cannot log in',
    body: 'I cannot log in since yesterday.',
    requester: { email: `customer-${unique()}@customer.example`, name: 'Casey Customer' },
    ...input,
  });
}

/** A JSON response from `api()`. */
// Tests read arbitrary JSON shapes; `any` keeps assertions short and only lives in test code.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiResponse = { status: number; body: any; headers: Record<string, unknown> };

/** Calls the HTTP API as a user (bearer token), or anonymously with `null`. */
export function api(server: TestServer, user: TestUser | null, headers: Record<string, string> = {}) {
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT', url: string, payload?: unknown): Promise<ApiResponse> => {
    const response = await server.app.inject({
      method,
      url,
      headers: { ...(user ? { authorization: `Bearer ${user.token}` } : {}), ...headers },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    let body: unknown = response.body;
    try {
      body = response.body ? JSON.parse(response.body) : null;
    } catch {
      /* not JSON */
    }
    return { status: response.statusCode, body, headers: response.headers };
  };
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, payload?: unknown) => call('POST', url, payload ?? {}),
    patch: (url: string, payload: unknown) => call('PATCH', url, payload),
    put: (url: string, payload: unknown) => call('PUT', url, payload),
    delete: (url: string) => call('DELETE', url),
  };
}
