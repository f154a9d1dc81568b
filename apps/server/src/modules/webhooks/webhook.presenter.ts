import type { WebhookDeliverySchema, WebhookSchema } from '@tuki/shared';
import { iso } from '../../lib/time.ts';
import type { WebhookDeliveryRow, WebhookRow } from './queries.ts';

/** Webhook row → API shape; the secret only when `withSecret` (right after creation). */
export function presentWebhook(row: WebhookRow, { withSecret = false } = {}): WebhookSchema {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    ...(withSecret ? { secret: row.secret } : {}),
  };
}

/** Delivery row → API shape (the log entry an admin reads). */
export function presentWebhookDelivery(row: WebhookDeliveryRow): WebhookDeliverySchema {
  return {
    id: row.id,
    event: row.event,
    status: row.status as WebhookDeliverySchema['status'],
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: iso(row.deliveredAt),
  };
}
