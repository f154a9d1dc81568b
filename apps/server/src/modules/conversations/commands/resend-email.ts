import { inTransaction, type CommandContext } from '../../../lib/context.ts';
import { AppError } from '../../../lib/errors.ts';
import type { TicketRow } from '../../tickets/queries.ts';
import { setMessageDelivery } from '../../tickets/commands/set-message-delivery.ts';

/** Queues a failed or bounced outbound mail for another attempt (same Message-ID). */
export async function resendEmail(ctx: CommandContext, ticket: TicketRow, message: { id: string; ticketId: string; deliveryStatus: string | null }): Promise<void> {
  if (message.ticketId !== ticket.id) throw new AppError('not_found', 'Message not found');
  if (message.deliveryStatus !== 'failed' && message.deliveryStatus !== 'bounced') {
    throw new AppError('conflict', `Only failed or bounced mail can be resent; this one is ${message.deliveryStatus ?? 'not an e-mail'}`);
  }
  await inTransaction(ctx, async (tx) => {
    await setMessageDelivery(tx.db, { workspaceId: ticket.workspaceId, messageId: message.id, status: 'queued' });
    await ctx.queue.enqueue(tx.db, 'email.send', { messageId: message.id });
  });
}
