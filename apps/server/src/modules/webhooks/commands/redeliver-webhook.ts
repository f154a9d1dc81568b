import { eq } from 'drizzle-orm';
import { inTransaction, type CommandContext } from '../../../lib/context.ts';
import { webhookDeliveries } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import type { WebhookDeliveryRow, WebhookRow } from '../queries.ts';

/** Sends a logged delivery again (same id and payload, a new series of attempts with retries). */
export async function redeliverWebhook(ctx: CommandContext, webhook: WebhookRow, delivery: WebhookDeliveryRow): Promise<WebhookDeliveryRow> {
  if (!webhook.active) throw new AppError('conflict', 'The webhook is inactive; activate it before redelivering');
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(webhookDeliveries)
      .set({ status: 'pending', error: null, deliveredAt: null })
      .where(eq(webhookDeliveries.id, delivery.id))
      .returning();
    await tx.queue.enqueue(tx.db, 'webhook.deliver', { deliveryId: delivery.id });
    return row;
  });
}
