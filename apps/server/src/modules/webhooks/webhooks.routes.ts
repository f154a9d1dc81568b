import { Type } from 'typebox';
import { IdParams, Page, PageQuery, WebhookBody, WebhookDeliverySchema, WebhookSchema } from '@tuki/shared';
import type { App } from '../../http/types.ts';
import { requireRole } from '../../lib/roles.ts';
import { AppError } from '../../lib/errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { findWebhookDeliveries, findWebhooks, getWebhook, getWebhookDelivery } from './queries.ts';
import { presentWebhook, presentWebhookDelivery } from './webhook.presenter.ts';
import { createWebhook } from './commands/create-webhook.ts';
import { updateWebhook } from './commands/update-webhook.ts';
import { deleteWebhook } from './commands/delete-webhook.ts';
import { redeliverWebhook } from './commands/redeliver-webhook.ts';

const tags = ['webhooks'];
const DeliveryParams = Type.Object({ id: Type.String({ format: 'uuid' }), deliveryId: Type.String({ format: 'uuid' }) });
const MANAGE = 'manage webhooks';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Outgoing webhooks (admins only): subscriptions, the delivery log and redelivery. Signing is described in docs/API.md. */
export function registerWebhookRoutes(app: App) {
  app.get('/api/v1/webhooks', { schema: { tags, response: { 200: Type.Object({ data: Type.Array(WebhookSchema) }) } } }, async (request) => {
    requireRole(request.actor, 'admin', MANAGE);
    const rows = await findWebhooks(request.ctx.db, request.actor.workspaceId);
    return { data: rows.map((row) => presentWebhook(row)) };
  });

  app.post('/api/v1/webhooks', { schema: { tags, body: WebhookBody, response: { 201: WebhookSchema } } }, async (request, reply) => {
    requireRole(request.actor, 'admin', MANAGE);
    const webhook = await createWebhook(request.ctx, request.body);
    return reply.status(201).send(presentWebhook(webhook, { withSecret: true }));
  });

  app.patch('/api/v1/webhooks/:id', { schema: { tags, params: IdParams, body: Type.Partial(WebhookBody), response: { 200: WebhookSchema } } }, async (request) => {
    const webhook = await getWebhook(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'admin', MANAGE);
    return presentWebhook(await updateWebhook(request.ctx, webhook, request.body));
  });

  app.delete('/api/v1/webhooks/:id', { schema: { tags, params: IdParams, response: { 204: Type.Null() } } }, async (request, reply) => {
    const webhook = await getWebhook(request.ctx.db, request.actor.workspaceId, request.params.id);
    requireRole(request.actor, 'admin', MANAGE);
    await deleteWebhook(request.ctx, webhook);
    return reply.status(204).send(null);
  });

  app.get(
    '/api/v1/webhooks/:id/deliveries',
    { schema: { tags, params: IdParams, querystring: PageQuery, response: { 200: Page(WebhookDeliverySchema) } } },
    async (request) => {
      const webhook = await getWebhook(request.ctx.db, request.actor.workspaceId, request.params.id);
      requireRole(request.actor, 'admin', MANAGE);
      const before = request.query.cursor ? decodeCursor<{ id: string }>(request.query.cursor).id : undefined;
      if (before !== undefined && (typeof before !== 'string' || !UUID.test(before))) {
        throw new AppError('validation_failed', 'The cursor is malformed; use nextCursor from a previous page');
      }
      const { rows, hasMore } = await findWebhookDeliveries(request.ctx.db, webhook, { limit: request.query.limit ?? 50, before });
      const last = rows.at(-1);
      return { data: rows.map(presentWebhookDelivery), nextCursor: hasMore && last ? encodeCursor({ id: last.id }) : null };
    },
  );

  app.post(
    '/api/v1/webhooks/:id/deliveries/:deliveryId/redeliver',
    { schema: { tags, params: DeliveryParams, response: { 202: WebhookDeliverySchema } } },
    async (request, reply) => {
      const webhook = await getWebhook(request.ctx.db, request.actor.workspaceId, request.params.id);
      const delivery = await getWebhookDelivery(request.ctx.db, webhook, request.params.deliveryId);
      requireRole(request.actor, 'admin', MANAGE);
      return reply.status(202).send(presentWebhookDelivery(await redeliverWebhook(request.ctx, webhook, delivery)));
    },
  );
}
