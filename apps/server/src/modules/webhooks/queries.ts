import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { webhookDeliveries, webhooks } from '../../db/schema/index.ts';
import { found } from '../../lib/errors.ts';

/** A webhook row (includes the secret: never present it after creation). */
export type WebhookRow = typeof webhooks.$inferSelect;
/** A webhook delivery row. */
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

/** The workspace's webhooks, oldest first. */
export async function findWebhooks(db: Db, workspaceId: string): Promise<WebhookRow[]> {
  return db.select().from(webhooks).where(eq(webhooks.workspaceId, workspaceId)).orderBy(webhooks.createdAt, webhooks.id);
}

/** Loads a webhook in a workspace; throws not_found. */
export async function getWebhook(db: Db, workspaceId: string, webhookId: string): Promise<WebhookRow> {
  const [row] = await db.select().from(webhooks).where(and(eq(webhooks.workspaceId, workspaceId), eq(webhooks.id, webhookId))).limit(1);
  return found(row, 'Webhook');
}

/** Loads one delivery of a webhook; throws not_found. */
export async function getWebhookDelivery(db: Db, webhook: WebhookRow, deliveryId: string): Promise<WebhookDeliveryRow> {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, webhook.workspaceId), eq(webhookDeliveries.webhookId, webhook.id), eq(webhookDeliveries.id, deliveryId)))
    .limit(1);
  return found(row, 'Webhook delivery');
}

/** A webhook's delivery log, newest first; `before` is the id of the last delivery of the previous page. */
export async function findWebhookDeliveries(db: Db, webhook: WebhookRow, { limit, before }: { limit: number; before?: string }) {
  // Compare against the stored row, not a JS Date: timestamptz keeps microseconds that a Date would lose.
  const after = before
    ? sql`(${webhookDeliveries.createdAt}, ${webhookDeliveries.id}) < (select d.created_at, d.id from webhook_deliveries d where d.id = ${before} and d.webhook_id = ${webhook.id})`
    : undefined;
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, webhook.workspaceId), eq(webhookDeliveries.webhookId, webhook.id), after))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}
