import { and, eq } from 'drizzle-orm';
import { messages } from '../../../db/schema/index.ts';
import { inTransaction, type CommandContext } from '../../../lib/context.ts';
import { AppError } from '../../../lib/errors.ts';
import type { TicketRow } from '../../tickets/queries.ts';

/** Queues a failed or bounced outbound mail for another attempt (same Message-ID). */
export async function resendEmail(ctx: CommandContext, ticket: TicketRow, message: { id: string; ticketId: string; deliveryStatus: string | null }): Promise<void> {
  if (message.ticketId !== ticket.id) throw new AppError('not_found', 'Message not found');
  if (message.deliveryStatus !== 'failed' && message.deliveryStatus !== 'bounced') {
    throw new AppError('conflict', `Only failed or bounced mail can be resent; this one is ${message.deliveryStatus ?? 'not an e-mail'}`);
  }
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .update(messages)
      .set({ deliveryStatus: 'queued', deliveryError: null })
      .where(and(eq(messages.workspaceId, ticket.workspaceId), eq(messages.id, message.id)));
    await ctx.queue.enqueue(tx.db, 'email.send', { messageId: message.id });
  });
}
