import type { EscalateTicketBody } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { AppError } from '../../../lib/errors.ts';
import { findGroup, isGroupMember } from '../../groups/queries.ts';
import type { TicketRow } from '../queries.ts';
import { updateTicket } from './update-ticket.ts';

/** Moves a ticket to another group (tier or department) with a reason; the assignee is cleared unless a member of the new group. */
export async function escalateTicket(ctx: CommandContext, ticket: TicketRow, input: EscalateTicketBody) {
  if (input.groupId === ticket.groupId) throw new AppError('conflict', 'The ticket is already in that group');
  const group = await findGroup(ctx.db, ticket.workspaceId, input.groupId);
  if (!group) throw new AppError('validation_failed', 'groupId: no such group in this workspace');
  const keepAssignee = ticket.assigneeId ? await isGroupMember(ctx.db, group.id, ticket.assigneeId) : false;
  return updateTicket(
    ctx,
    ticket,
    {
      groupId: group.id,
      ...(keepAssignee ? {} : { assigneeId: null }),
      ...(input.priority ? { priority: input.priority } : {}),
      ...(ticket.status === 'new' ? {} : { status: 'open' as const }),
    },
    {
      eventName: 'ticket.escalated',
      extraTimeline: [{ action: 'escalated', field: 'groupId', before: ticket.groupId, after: { groupId: group.id, groupName: group.name, reason: input.reason } }],
    },
  );
}
