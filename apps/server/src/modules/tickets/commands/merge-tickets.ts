import { eq, sql } from 'drizzle-orm';
import { inTransaction, type CommandContext } from '../../../lib/context.ts';
import { attachments, messages, ticketFollowers, tickets } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { emit } from '../../../events/emit.ts';
import { ticketColumns, type TicketRow } from '../queries.ts';
import { recordTimeline } from '../timeline.ts';
import { normalizeTags } from '../ticket-rules.ts';

/** Merges `source` into `target`: messages, attachments and followers move; the source is closed and points to the target. */
export async function mergeTickets(ctx: CommandContext, source: TicketRow, target: TicketRow): Promise<TicketRow> {
  if (source.id === target.id) throw new AppError('validation_failed', 'A ticket cannot be merged into itself');
  if (source.workspaceId !== target.workspaceId) throw new AppError('not_found', 'Ticket not found');
  if (source.mergedIntoId) throw new AppError('conflict', `Ticket #${source.number} was already merged`);
  if (target.mergedIntoId) throw new AppError('conflict', `Ticket #${target.number} was itself merged; merge into #${target.number}'s target instead`);
  if (target.status === 'closed') throw new AppError('conflict', `Ticket #${target.number} is closed and cannot receive a merge`);

  return inTransaction(ctx, async (tx) => {
    // Lock both rows in id order so two merges of the same pair cannot interleave.
    const [first, second] = [source.id, target.id].sort();
    await tx.db.execute(sql`select id from tickets where id in (${first}, ${second}) order by id for update`);
    const [fresh] = await tx.db.select({ mergedIntoId: tickets.mergedIntoId }).from(tickets).where(eq(tickets.id, source.id));
    if (fresh.mergedIntoId) throw new AppError('conflict', `Ticket #${source.number} was already merged`);
    const moved = await tx.db.update(messages).set({ ticketId: target.id }).where(eq(messages.ticketId, source.id)).returning({ id: messages.id });
    await tx.db.update(attachments).set({ ticketId: target.id }).where(eq(attachments.ticketId, source.id));
    await tx.db.execute(sql`
      insert into ticket_followers (workspace_id, ticket_id, user_id)
      select workspace_id, ${target.id}, user_id from ticket_followers where ticket_id = ${source.id}
      on conflict do nothing`);
    await tx.db.delete(ticketFollowers).where(eq(ticketFollowers.ticketId, source.id));
    const now = new Date();
    await tx.db
      .update(tickets)
      .set({ mergedIntoId: target.id, status: 'closed', closedAt: now, solvedAt: source.solvedAt ?? now, messageCount: 0, updatedAt: now })
      .where(eq(tickets.id, source.id));
    const [updatedTarget] = await tx.db
      .update(tickets)
      .set({
        messageCount: sql`${tickets.messageCount} + ${moved.length}`,
        searchVector: sql`coalesce(${tickets.searchVector}, ''::tsvector) || coalesce((select search_vector from tickets where id = ${source.id}), ''::tsvector)`,
        updatedAt: now,
        tags: normalizeTags([...target.tags, ...source.tags]),
      })
      .where(eq(tickets.id, target.id))
      .returning(ticketColumns);
    await recordTimeline(tx.db, ctx.actor, source, [{ action: 'merged_into', after: { ticketId: target.id, number: target.number } }]);
    await recordTimeline(tx.db, ctx.actor, target, [{ action: 'merged_from', after: { ticketId: source.id, number: source.number, messages: moved.length } }]);
    for (const ticket of [source, target]) {
      await emit(tx.db, ctx.queue, { name: 'ticket.merged', workspaceId: ticket.workspaceId, data: { ticketId: ticket.id, sourceId: source.id, targetId: target.id } });
    }
    return updatedTarget;
  });
}
