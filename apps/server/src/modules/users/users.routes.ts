import { Type } from 'typebox';
import { CreateUserBody, IdParams, Page, PageQuery, UpdateUserBody, UserSchema } from '@tuki/shared';
import type { App } from '../../http/types.ts';
import { findUsers, getUser } from './queries.ts';
import { presentUser } from './user.presenter.ts';
import { createUser } from './commands/create-user.ts';
import { updateUser } from './commands/update-user.ts';
import { requireRole } from '../../lib/roles.ts';
import { AppError } from '../../lib/errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';

const tags = ['users'];

/** Users (agents, supervisors, admins) and the signed-in user's own profile. */
export function registerUserRoutes(app: App) {
  app.get('/api/v1/users', { schema: { tags, querystring: PageQuery, response: { 200: Page(UserSchema) } } }, async (request) => {
    const after = request.query.cursor ? decodeCursor<{ id: string }>(request.query.cursor).id : undefined;
    const { rows, nextCursor } = await findUsers(request.ctx.db, request.actor.workspaceId, { limit: request.query.limit ?? 200, after });
    return { data: rows.map(presentUser), nextCursor: nextCursor ? encodeCursor({ id: nextCursor }) : null };
  });

  app.get('/api/v1/users/:id', { schema: { tags, params: IdParams, response: { 200: UserSchema } } }, async (request) => {
    return presentUser(await getUser(request.ctx.db, request.actor.workspaceId, request.params.id));
  });

  app.post('/api/v1/users', { schema: { tags, body: CreateUserBody, response: { 201: UserSchema } } }, async (request, reply) => {
    requireRole(request.actor, 'admin', 'add users');
    return reply.status(201).send(presentUser(await createUser(request.ctx, request.body)));
  });

  app.patch('/api/v1/users/:id', { schema: { tags, params: IdParams, body: UpdateUserBody, response: { 200: UserSchema } } }, async (request) => {
    const user = await getUser(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'admin', 'change other users');
    return presentUser(await updateUser(request.ctx, user, request.body));
  });

  app.patch(
    '/api/v1/me',
    {
      schema: {
        tags,
        // Closed object: an unknown property such as `role` or `active` is a 400, never a self-promotion.
        body: Type.Object(
          { name: UpdateUserBody.properties.name, language: UpdateUserBody.properties.language, timeZone: UpdateUserBody.properties.timeZone, password: UpdateUserBody.properties.password },
          { additionalProperties: false },
        ),
        response: { 200: UserSchema },
      },
    },
    async (request) => {
      if (request.actor.kind !== 'user') throw new AppError('forbidden', 'Users only');
      const user = await getUser(request.ctx.db, request.actor.workspaceId, request.actor.id);
      const { name, language, timeZone, password } = request.body;
      return presentUser(await updateUser(request.ctx, user, { name, language, timeZone, password }));
    },
  );
}
