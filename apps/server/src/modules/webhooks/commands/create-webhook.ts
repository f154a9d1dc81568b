import { invalidateShared } from '../../../events/shared-cache.ts';
import type { WebhookBody } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { webhooks } from '../../../db/schema/index.ts';
import { randomSecret } from '../../../lib/secrets.ts';
import { assertWebhookUrl, uniqueEvents } from '../webhook-rules.ts';
import type { WebhookRow } from '../queries.ts';

/** Adds an outgoing webhook with a freshly generated signing secret (shown to the admin once). */
export async function createWebhook(ctx: CommandContext, input: WebhookBody): Promise<WebhookRow> {
  const url = assertWebhookUrl(input.url);
  const [row] = await ctx.db
    .insert(webhooks)
    .values({
      workspaceId: ctx.actor.workspaceId,
      url,
      secret: randomSecret(32, 'whsec_'),
      events: uniqueEvents(input.events),
      active: input.active ?? true,
    })
    .returning();
  await invalidateShared(ctx.db, 'webhooks', ctx.actor.workspaceId);
  return row;
}
