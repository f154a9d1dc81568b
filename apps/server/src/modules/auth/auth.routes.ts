import { Type } from 'typebox';
import { ApiTokenSchema, ErrorResponse, IdParams, LoginBody, SessionSchema } from '@tuki/shared';
import type { App } from '../../http/types.ts';
import type { AppOptions } from '../../http/app.ts';
import { SESSION_COOKIE } from '../../http/auth.ts';
import { logIn } from './commands/log-in.ts';
import { logOut } from './commands/log-out.ts';
import { createApiToken } from './commands/create-api-token.ts';
import { revokeApiToken } from './commands/revoke-api-token.ts';
import { findApiTokens } from './queries.ts';
import { findSessionActor } from './queries.ts';
import { getUser } from '../users/queries.ts';
import { presentUser } from '../users/user.presenter.ts';
import { getWorkspace } from '../workspaces/queries.ts';
import { presentWorkspace } from '../workspaces/workspace.presenter.ts';
import { requireRole } from '../../lib/roles.ts';
import { AppError } from '../../lib/errors.ts';
import { iso } from '../../lib/time.ts';
import type { Db } from '../../db/client.ts';

const tags = ['auth'];

async function sessionBody(db: Db, workspaceId: string, userId: string, csrfToken: string) {
  const [user, workspace] = await Promise.all([getUser(db, workspaceId, userId), getWorkspace(db, workspaceId)]);
  return { user: presentUser(user), workspace: presentWorkspace(workspace), csrfToken };
}

/** Login: the one API route that needs no authentication. */
export function registerPublicAuthRoutes(app: App, { services }: AppOptions) {
  app.post(
    '/api/v1/auth/login',
    { schema: { tags, body: LoginBody, response: { 200: SessionSchema, 401: ErrorResponse, 429: ErrorResponse }, security: [] } },
    async (request, reply) => {
      const { config } = services;
      const result = await logIn(services.db, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        maxAttempts: config.loginMaxAttempts,
        windowSeconds: config.loginWindowSeconds,
      });
      reply.setCookie(SESSION_COOKIE, result.cookieValue, {
        httpOnly: true,
        secure: config.secureCookies,
        sameSite: 'lax',
        path: '/',
        maxAge: 14 * 86_400,
      });
      return sessionBody(services.db, result.workspaceId, result.userId, result.csrfToken);
    },
  );
}

/** Session, logout and API tokens. */
export function registerAuthRoutes(app: App) {
  app.get('/api/v1/auth/session', { schema: { tags, response: { 200: SessionSchema } } }, async (request) => {
    if (request.actor.kind !== 'user' || !request.sessionId) throw new AppError('unauthenticated', 'No browser session (API tokens have none)');
    const session = await findSessionActor(request.ctx.db, request.cookies.tuki_session ?? '');
    return sessionBody(request.ctx.db, request.actor.workspaceId, request.actor.id, session?.csrfToken ?? '');
  });

  app.post('/api/v1/auth/logout', { schema: { tags, response: { 204: Type.Null() } } }, async (request, reply) => {
    if (request.sessionId) await logOut(request.ctx.db, request.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  const presentToken = (row: Awaited<ReturnType<typeof findApiTokens>>[number] & { token?: string }) => ({
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
    ...(row.token ? { token: row.token } : {}),
  });

  app.get('/api/v1/api-tokens', { schema: { tags, response: { 200: Type.Object({ data: Type.Array(ApiTokenSchema) }) } } }, async (request) => {
    if (request.actor.kind !== 'user') throw new AppError('forbidden', 'Users only');
    const rows = await findApiTokens(request.ctx.db, request.actor.workspaceId, request.actor.id);
    return { data: rows.map(presentToken) };
  });

  app.post(
    '/api/v1/api-tokens',
    { schema: { tags, body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }), response: { 201: ApiTokenSchema } } },
    async (request, reply) => {
      requireRole(request.actor, 'agent', 'create API tokens');
      const row = await createApiToken(request.ctx, request.body);
      return reply.status(201).send(presentToken(row));
    },
  );

  app.delete('/api/v1/api-tokens/:id', { schema: { tags, params: IdParams, response: { 204: Type.Null() } } }, async (request, reply) => {
    await revokeApiToken(request.ctx, { tokenId: request.params.id });
    return reply.status(204).send(null);
  });
}
