import { inTransaction, type CommandContext } from '../../../lib/context.ts';
import { AppError } from '../../../lib/errors.ts';
import { createTicket } from '../../tickets/commands/create-ticket.ts';
import { setMessageDelivery } from '../../tickets/commands/set-message-delivery.ts';
import { findMessages, type TicketRow } from '../../tickets/queries.ts';
import { findMailboxes, getMailbox } from '../../mailboxes/queries.ts';
import { ensureEmailThread } from '../email-thread.ts';
import { sanitizeAgentHtml } from '../../../lib/sanitize-agent-html.ts';

/** An agent's first mail to a customer. */
export type StartEmailTicketInput = { to: string; name?: string; cc?: string[]; bcc?: string[]; subject: string; body: string; bodyHtml?: string; mailboxId?: string };

/** Opens an e-mail ticket with an agent's first message and queues it to be sent from the mailbox. */
export async function startEmailTicket(ctx: CommandContext, input: StartEmailTicketInput): Promise<{ ticket: TicketRow; messageId: string }> {
  if (ctx.actor.kind !== 'user') throw new AppError('forbidden', 'Only agents start e-mail conversations');
  const workspaceId = ctx.actor.workspaceId;
  const mailbox = input.mailboxId ? await getMailbox(ctx.db, workspaceId, input.mailboxId) : (await findMailboxes(ctx.db, workspaceId)).find((row) => row.active);
  if (!mailbox || !mailbox.active) throw new AppError('validation_failed', 'mailboxId: no active mailbox to send from');
  return inTransaction(ctx, async (tx) => {
    const ticket = await createTicket(
      tx,
      { subject: input.subject, body: input.body, requester: { email: input.to, ...(input.name ? { name: input.name } : {}) }, channel: 'email', groupId: mailbox.groupId, status: 'open', assigneeId: ctx.actor.kind === 'user' ? ctx.actor.id : null },
      {
        firstMessageAuthor: 'agent',
        bodyHtml: sanitizeAgentHtml(input.bodyHtml),
        messageMetadata: { email: { to: [input.to.toLowerCase()], cc: lower(input.cc), bcc: lower(input.bcc) } },
      },
    );
    const messageId = (await findMessages(tx.db, ticket.id, { limit: 1 })).rows[0].message.id;
    await ensureEmailThread(tx.db, { workspaceId, ticketId: ticket.id, mailboxId: mailbox.id, ccAddresses: input.cc ?? [] });
    await setMessageDelivery(tx.db, { workspaceId, messageId, status: 'queued' });
    await ctx.queue.enqueue(tx.db, 'email.send', { messageId });
    return { ticket, messageId };
  });
}

function lower(addresses: string[] = []): string[] {
  return [...new Set(addresses.map((address) => address.trim().toLowerCase()))];
}
