import { Type } from 'typebox';
import { CustomFieldBody, CustomFieldSchema, IdParams } from '@tuki/shared';
import type { App } from '../../http/types.ts';
import { requireRole } from '../../lib/roles.ts';
import { findCustomFields, getCustomField } from './queries.ts';
import { presentCustomField } from './custom-field.presenter.ts';
import { createCustomField } from './commands/create-custom-field.ts';
import { updateCustomField } from './commands/update-custom-field.ts';

const tags = ['custom-fields'];

/** Custom ticket fields: everyone reads the definitions; admins define and change them. */
export function registerCustomFieldRoutes(app: App) {
  app.get('/api/v1/custom-fields', { schema: { tags, response: { 200: Type.Object({ data: Type.Array(CustomFieldSchema) }) } } }, async (request) => {
    const rows = await findCustomFields(request.ctx.db, request.actor.workspaceId);
    return { data: rows.map(presentCustomField) };
  });

  app.post('/api/v1/custom-fields', { schema: { tags, body: CustomFieldBody, response: { 201: CustomFieldSchema } } }, async (request, reply) => {
    requireRole(request.actor, 'admin', 'define custom fields');
    return reply.status(201).send(presentCustomField(await createCustomField(request.ctx, request.body)));
  });

  app.patch('/api/v1/custom-fields/:id', { schema: { tags, params: IdParams, body: Type.Partial(CustomFieldBody), response: { 200: CustomFieldSchema } } }, async (request) => {
    const field = await getCustomField(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'admin', 'change custom fields');
    return presentCustomField(await updateCustomField(request.ctx, field, request.body));
  });
}
