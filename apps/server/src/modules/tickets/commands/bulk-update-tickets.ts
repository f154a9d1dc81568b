import type { BulkUpdateTicketsBody, UpdateTicketBody } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { AppError } from '../../../lib/errors.ts';
import { getTicket } from '../queries.ts';
import { authorizeTicket } from '../ticket.policy.ts';
import { normalizeTags } from '../ticket-rules.ts';
import { updateTicket } from './update-ticket.ts';

/** Applies the same change to many tickets; each ticket succeeds or fails on its own and failures are reported. */
export async function bulkUpdateTickets(ctx: CommandContext, input: BulkUpdateTicketsBody) {
  const { addTags, removeTags, ...rest } = input.changes;
  if (!Object.keys(rest).length && !addTags?.length && !removeTags?.length) throw new AppError('validation_failed', 'changes: nothing to change');
  const failed: { id: string; code: string; message: string }[] = [];
  let updated = 0;
  for (const id of [...new Set(input.ids)]) {
    try {
      const ticket = await getTicket(ctx.db, ctx.actor.workspaceId, id);
      authorizeTicket(ctx.actor, 'bulk-update', ticket);
      const change: UpdateTicketBody = { ...rest };
      if (addTags?.length || removeTags?.length) {
        const remove = new Set(normalizeTags(removeTags ?? []));
        change.tags = normalizeTags([...ticket.tags, ...(addTags ?? [])]).filter((tag) => !remove.has(tag));
      }
      await updateTicket(ctx, ticket, change);
      updated++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failed.push({ id, code: error.code, message: error.message });
    }
  }
  return { updated, failed };
}
