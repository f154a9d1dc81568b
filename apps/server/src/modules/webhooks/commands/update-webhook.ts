import { invalidateShared } from '../../../events/shared-cache.ts';
import { and, eq } from 'drizzle-orm';
import type { WebhookBody } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { webhooks } from '../../../db/schema/index.ts';
import { assertWebhookUrl, uniqueEvents } from '../webhook-rules.ts';
import type { WebhookRow } from '../queries.ts';

/** Changes a webhook's URL, events or active flag; the secret stays the same. */
export async function updateWebhook(ctx: CommandContext, webhook: WebhookRow, input: Partial<WebhookBody>): Promise<WebhookRow> {
  const changes: Partial<typeof webhooks.$inferInsert> = {};
  if (input.url !== undefined) changes.url = assertWebhookUrl(input.url);
  if (input.events !== undefined) changes.events = uniqueEvents(input.events);
  if (input.active !== undefined) changes.active = input.active;
  if (!Object.keys(changes).length) return webhook;
  const [row] = await ctx.db
    .update(webhooks)
    .set(changes)
    .where(and(eq(webhooks.id, webhook.id), eq(webhooks.workspaceId, ctx.actor.workspaceId)))
    .returning();
  await invalidateShared(ctx.db, 'webhooks', ctx.actor.workspaceId);
  return row;
}
