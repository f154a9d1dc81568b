import type { Actor } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { hasRole } from '../../lib/roles.ts';
import type { TicketRow } from './queries.ts';

/** Things one can do to a ticket. */
export type TicketAction = 'view' | 'create' | 'update' | 'reply' | 'note' | 'merge' | 'bulk-update';

/** Throws forbidden unless the actor may do `action` to the ticket (the ticket is already loaded in the actor's workspace). */
export function authorizeTicket(actor: Actor, action: TicketAction, ticket?: TicketRow): void {
  if (ticket && ticket.workspaceId !== actor.workspaceId) throw new AppError('not_found', 'Ticket not found');
  if (action === 'view') return;
  if (!hasRole(actor, 'agent')) throw new AppError('forbidden', 'Read-only users cannot change tickets');
  if (ticket?.mergedIntoId && action !== 'note') {
    throw new AppError('conflict', 'This ticket was merged into another ticket; work on that one instead', { mergedIntoId: ticket.mergedIntoId });
  }
}
