import type { CommandContext } from '../../../lib/context.ts';
import { emit } from '../../../events/emit.ts';
import { setMessageDelivery, type MessageDeliveryStatus, type MessageRecipients } from '../../tickets/commands/set-message-delivery.ts';

/** Delivery states of an outbound mail shown on its message. */
export type EmailDeliveryStatus = MessageDeliveryStatus;

/** Records how sending a ticket message by mail went (queued, sent, failed with the reason; who got it) and tells the agents' screens. */
export async function recordEmailDelivery(
  ctx: CommandContext,
  { ticketId, messageId, status, error = null, recipients }: { ticketId: string; messageId: string; status: EmailDeliveryStatus; error?: string | null; recipients?: MessageRecipients },
): Promise<void> {
  await setMessageDelivery(ctx.db, { workspaceId: ctx.actor.workspaceId, messageId, status, error, recipients });
  await emit(ctx.db, ctx.queue, { name: 'ticket.updated', workspaceId: ctx.actor.workspaceId, data: { ticketId, messageId, changed: ['deliveryStatus'], deliveryStatus: status } });
}
