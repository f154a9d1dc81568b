import { sql } from 'drizzle-orm';
import { WEBHOOK_EVENTS, type EventName } from '@tuki/shared';
import { compiledStatement, queryRows, type Db } from '../db/client.ts';
import type { Queue } from '../lib/queue.ts';
import { cached } from './shared-cache.ts';
import { runListeners } from './listeners.ts';

const WEBHOOK_CACHE_MS = 60_000;

/** The events the workspace's active webhooks subscribe to (cached; webhook commands invalidate it). */
export async function subscribedWebhookEvents(db: Db, workspaceId: string): Promise<Set<string>> {
  return cached('webhooks', workspaceId, WEBHOOK_CACHE_MS, async () => {
    const rows = await queryRows<{ event: string }>(db, sql`select distinct unnest(events) as event from webhooks where workspace_id = ${workspaceId} and active`);
    return new Set(rows.map((row) => row.event));
  });
}

/** The NOTIFY channel every domain event is published on (delivered only when the transaction commits). */
export const EVENTS_CHANNEL = 'tuki_events';

/** What travels on the channel: small (NOTIFY payloads must stay under 8 kB), ids rather than records. */
export type EventEnvelope = {
  name: EventName;
  workspaceId: string;
  data: { ticketId?: string; messageId?: string | null; [key: string]: unknown };
  /** Users the event is for (notifications); absent means everyone in the workspace who may see the ticket. */
  userIds?: string[];
  at: string;
};

const notifyEvent = compiledStatement('tuki_emit_event', () => sql`select pg_notify(${EVENTS_CHANNEL}, ${sql.placeholder('envelope')})`);

/**
 * Records a domain event inside the caller's transaction: published to every instance's
 * realtime hub on commit, handed to the listeners subscribed to it (same transaction), and
 * turned into webhook deliveries when a webhook subscribes to it.
 */
export async function emit(
  db: Db,
  queue: Queue,
  event: Omit<EventEnvelope, 'at'>,
  webhookPayload?: () => Promise<unknown>,
): Promise<void> {
  const envelope: EventEnvelope = { ...event, at: new Date().toISOString() };
  await notifyEvent(db, { envelope: JSON.stringify(envelope) });
  await runListeners(db, queue, envelope);
  await recordWebhookDeliveries(db, queue, envelope, webhookPayload);
}

/** Creates webhook deliveries (and their jobs) for an event, inside the caller's transaction; a no-op when nothing subscribes. */
export async function recordWebhookDeliveries(db: Db, queue: Queue, envelope: EventEnvelope, webhookPayload?: () => Promise<unknown>): Promise<void> {
  const event = envelope;
  if (!WEBHOOK_EVENTS.includes(event.name)) return;
  if (!(await subscribedWebhookEvents(db, event.workspaceId)).has(event.name)) return;
  const hooks = await queryRows<{ id: string }>(
    db,
    sql`select id from webhooks where workspace_id = ${event.workspaceId} and active and ${event.name} = any(events)`,
  );
  if (!hooks.length) return;
  const payload = { event: event.name, workspaceId: event.workspaceId, occurredAt: envelope.at, data: (await webhookPayload?.()) ?? event.data };
  for (const hook of hooks) {
    const [inserted] = await queryRows<{ id: string }>(
      db,
      sql`insert into webhook_deliveries (workspace_id, webhook_id, event, payload) values (${event.workspaceId}, ${hook.id}, ${event.name}, ${JSON.stringify(payload)}::jsonb) returning id`,
    );
    await queue.enqueue(db, 'webhook.deliver', { deliveryId: inserted.id });
  }
}
