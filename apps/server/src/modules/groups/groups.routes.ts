import { Type } from 'typebox';
import { GroupBody, GroupSchema, IdParams, UpdateGroupBody } from '@tuki/shared';
import type { App } from '../../http/types.ts';
import { requireRole } from '../../lib/roles.ts';
import { findGroupMemberIds, findGroups, getGroup } from './queries.ts';
import { saveGroup } from './commands/save-group.ts';
import { deleteGroup } from './commands/delete-group.ts';
import type { groups } from '../../db/schema/index.ts';
import type { GroupKind } from '@tuki/shared';

const tags = ['groups'];

/** Group row (with member ids) → API shape. */
export function presentGroup(row: typeof groups.$inferSelect, memberIds: string[]): GroupSchema {
  return { id: row.id, name: row.name, description: row.description, kind: row.kind as GroupKind, memberIds, createdAt: row.createdAt.toISOString() };
}

/** Groups (tiers and departments) and their members. */
export function registerGroupRoutes(app: App) {
  app.get('/api/v1/groups', { schema: { tags, response: { 200: Type.Object({ data: Type.Array(GroupSchema) }) } } }, async (request) => {
    const rows = await findGroups(request.ctx.db, request.actor.workspaceId);
    return { data: rows.map((row) => presentGroup(row, row.memberIds)) };
  });

  app.post('/api/v1/groups', { schema: { tags, body: GroupBody, response: { 201: GroupSchema } } }, async (request, reply) => {
    requireRole(request.actor, 'admin', 'manage groups');
    const group = await saveGroup(request.ctx, request.body);
    return reply.status(201).send(presentGroup(group, await findGroupMemberIds(request.ctx.db, group.id)));
  });

  app.patch('/api/v1/groups/:id', { schema: { tags, params: IdParams, body: UpdateGroupBody, response: { 200: GroupSchema } } }, async (request) => {
    const existing = await getGroup(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'admin', 'manage groups');
    const group = await saveGroup(request.ctx, { ...request.body, name: request.body.name ?? existing.name }, existing);
    return presentGroup(group, await findGroupMemberIds(request.ctx.db, group.id));
  });

  app.delete('/api/v1/groups/:id', { schema: { tags, params: IdParams, response: { 204: Type.Null() } } }, async (request, reply) => {
    const group = await getGroup(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'admin', 'manage groups');
    await deleteGroup(request.ctx, group);
    return reply.status(204).send(null);
  });
}
