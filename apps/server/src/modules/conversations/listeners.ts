import type { Db } from '../../db/client.ts';
import type { EventEnvelope } from '../../events/emit.ts';
import { onEvent } from '../../events/listeners.ts';
import type { Queue } from '../../lib/queue.ts';

/** Subscribes the e-mail conversations to domain events: the solved notice for tickets that came by e-mail, whichever path solved them. */
export function registerConversationListeners(): void {
  onEvent('ticket.solved', queueSolvedNotice);
}

// As Zendesk does: the requester of a ticket that came (or was started) by e-mail hears by e-mail that it is solved.
async function queueSolvedNotice(db: Db, queue: Queue, event: EventEnvelope): Promise<void> {
  if (event.data.channel !== 'email' || !event.data.ticketId) return;
  await queue.enqueue(db, 'email.notify', { workspaceId: event.workspaceId, ticketId: event.data.ticketId, kind: 'solved' });
}
