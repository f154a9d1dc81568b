import { and, eq } from 'drizzle-orm';
import { messages } from '../../../db/schema/index.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { emit } from '../../../events/emit.ts';

/** Delivery states of an outbound mail shown on its message. */
export type EmailDeliveryStatus = 'queued' | 'sent' | 'failed' | 'bounced';

/** Records how sending a ticket message by mail went (queued, sent, failed with the reason) and tells the agents' screens. */
export async function recordEmailDelivery(ctx: CommandContext, { ticketId, messageId, status, error = null }: { ticketId: string; messageId: string; status: EmailDeliveryStatus; error?: string | null }): Promise<void> {
  await ctx.db
    .update(messages)
    .set({ deliveryStatus: status, deliveryError: error?.slice(0, 2000) ?? null })
    .where(and(eq(messages.workspaceId, ctx.actor.workspaceId), eq(messages.id, messageId)));
  await emit(ctx.db, ctx.queue, { name: 'ticket.updated', workspaceId: ctx.actor.workspaceId, data: { ticketId, messageId, changed: ['deliveryStatus'], deliveryStatus: status } });
}
