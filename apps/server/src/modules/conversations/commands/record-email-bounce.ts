import type { CommandContext } from '../../../lib/context.ts';
import { markEmailsBouncing } from '../../contacts/commands/mark-emails-bouncing.ts';
import { setMessageDelivery } from '../../tickets/commands/set-message-delivery.ts';
import { findSentMessage } from '../queries.ts';

/** A delivery failure report for mail we sent. */
export type EmailBounce = { recipients: string[]; failedMessageId: string | null; reason: string };

/** Marks the bounced addresses as bouncing on their contacts and the failed outbound message as bounced; returns its ticket. */
export async function recordEmailBounce(ctx: CommandContext, bounce: EmailBounce): Promise<{ ticketId: string | null; bouncingAddresses: number }> {
  const workspaceId = ctx.actor.workspaceId;
  const bouncingAddresses = await markEmailsBouncing(ctx, bounce.recipients);
  const sent = bounce.failedMessageId ? await findSentMessage(ctx.db, workspaceId, bounce.failedMessageId) : undefined;
  if (sent?.ticketMessageId) {
    await setMessageDelivery(ctx.db, { workspaceId, messageId: sent.ticketMessageId, status: 'bounced', error: bounce.reason });
  }
  return { ticketId: sent?.ticketId ?? null, bouncingAddresses };
}
