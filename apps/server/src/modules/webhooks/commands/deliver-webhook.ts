import { createHmac } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { webhookDeliveries, webhooks } from '../../../db/schema/index.ts';

/** The header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'x-tuki-signature';

/** Signs a webhook body the way receivers verify it. */
export function signWebhookBody(secret: string, body: string, timestamp: number): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

/** Raised when a delivery attempt fails, so the queue retries it with backoff. */
export class DeliveryFailed extends Error {}

/**
 * Makes one delivery attempt and records its outcome. Throws DeliveryFailed on a non-2xx answer or
 * network error (the queue retries); `finalAttempt` marks the delivery failed for good.
 */
export async function deliverWebhook(db: Db, deliveryId: string, { finalAttempt, timeoutMs = 10_000 }: { finalAttempt: boolean; timeoutMs?: number }): Promise<void> {
  const [row] = await db
    .select({ delivery: webhookDeliveries, url: webhooks.url, secret: webhooks.secret, active: webhooks.active })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .where(eq(webhookDeliveries.id, deliveryId))
    .limit(1);
  if (!row || row.delivery.status === 'delivered') return;
  if (!row.active) {
    await db.update(webhookDeliveries).set({ status: 'failed', error: 'webhook deactivated' }).where(eq(webhookDeliveries.id, deliveryId));
    return;
  }
  const body = JSON.stringify({ id: deliveryId, ...(row.delivery.payload as object) });
  const timestamp = Math.floor(Date.now() / 1000);
  let status: number | null = null;
  let error: string | null = null;
  try {
    const response = await fetch(row.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Tuki-Webhooks/1',
        'x-tuki-event': row.delivery.event,
        'x-tuki-delivery': deliveryId,
        [SIGNATURE_HEADER]: signWebhookBody(row.secret, body, timestamp),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    await response.body?.cancel().catch(() => {});
    if (status < 200 || status >= 300) error = `HTTP ${status}`;
  } catch (caught) {
    error = caught instanceof Error ? `${caught.name}: ${caught.message}`.slice(0, 500) : 'request failed';
  }
  await db
    .update(webhookDeliveries)
    .set({
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      responseStatus: status,
      error,
      status: error ? (finalAttempt ? 'failed' : 'pending') : 'delivered',
      deliveredAt: error ? null : new Date(),
    })
    .where(eq(webhookDeliveries.id, deliveryId));
  if (error) throw new DeliveryFailed(error);
}
