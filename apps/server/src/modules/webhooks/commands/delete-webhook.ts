import { invalidateShared } from '../../../events/shared-cache.ts';
import { and, eq } from 'drizzle-orm';
import type { CommandContext } from '../../../lib/context.ts';
import { webhooks } from '../../../db/schema/index.ts';
import type { WebhookRow } from '../queries.ts';

/** Deletes a webhook and its delivery log; queued deliveries find nothing and stop. */
export async function deleteWebhook(ctx: CommandContext, webhook: WebhookRow): Promise<void> {
  await ctx.db.delete(webhooks).where(and(eq(webhooks.id, webhook.id), eq(webhooks.workspaceId, ctx.actor.workspaceId)));
  await invalidateShared(ctx.db, 'webhooks', ctx.actor.workspaceId);
}
