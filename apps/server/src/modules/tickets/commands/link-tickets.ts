import { and, eq, or } from 'drizzle-orm';
import { inTransaction, type CommandContext } from '../../../lib/context.ts';
import { ticketLinks } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { emit } from '../../../events/emit.ts';
import type { TicketRow } from '../queries.ts';
import { recordTimeline } from '../timeline.ts';

/** Links two tickets as related (or removes the link with `unlink`); recorded on both timelines. */
export async function linkTickets(ctx: CommandContext, ticket: TicketRow, related: TicketRow, { unlink = false } = {}): Promise<void> {
  if (ticket.id === related.id) throw new AppError('validation_failed', 'A ticket cannot be linked to itself');
  const [a, b] = [ticket.id, related.id].sort();
  await inTransaction(ctx, async (tx) => {
    if (unlink) {
      const removed = await tx.db
        .delete(ticketLinks)
        .where(or(and(eq(ticketLinks.ticketId, a), eq(ticketLinks.relatedId, b)), and(eq(ticketLinks.ticketId, b), eq(ticketLinks.relatedId, a))))
        .returning();
      if (!removed.length) throw new AppError('not_found', 'The tickets are not linked');
    } else {
      const inserted = await tx.db.insert(ticketLinks).values({ workspaceId: ticket.workspaceId, ticketId: a, relatedId: b }).onConflictDoNothing().returning();
      if (!inserted.length) throw new AppError('conflict', 'The tickets are already linked');
    }
    const action = unlink ? 'unlinked' : 'linked';
    await recordTimeline(tx.db, ctx.actor, ticket, [{ action, after: { ticketId: related.id, number: related.number } }]);
    await recordTimeline(tx.db, ctx.actor, related, [{ action, after: { ticketId: ticket.id, number: ticket.number } }]);
    for (const id of [ticket.id, related.id]) {
      await emit(tx.db, ctx.queue, { name: 'ticket.linked', workspaceId: ticket.workspaceId, data: { ticketId: id, linked: !unlink } });
    }
  });
}
