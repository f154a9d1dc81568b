import { and, eq, inArray } from 'drizzle-orm';
import { contactIdentities, messages } from '../../../db/schema/index.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { findSentMessage } from '../queries.ts';

/** A delivery failure report for mail we sent. */
export type EmailBounce = { recipients: string[]; failedMessageId: string | null; reason: string };

/** Marks the bounced addresses as bouncing on their contacts and the failed outbound message as bounced; returns its ticket. */
export async function recordEmailBounce(ctx: CommandContext, bounce: EmailBounce): Promise<{ ticketId: string | null; bouncingAddresses: number }> {
  const workspaceId = ctx.actor.workspaceId;
  const recipients = [...new Set(bounce.recipients.map((address) => address.trim().toLowerCase()))];
  const marked = recipients.length
    ? await ctx.db
        .update(contactIdentities)
        .set({ bouncingAt: new Date() })
        .where(and(eq(contactIdentities.workspaceId, workspaceId), eq(contactIdentities.kind, 'email'), inArray(contactIdentities.value, recipients)))
        .returning({ id: contactIdentities.id })
    : [];
  const sent = bounce.failedMessageId ? await findSentMessage(ctx.db, workspaceId, bounce.failedMessageId) : undefined;
  if (sent?.ticketMessageId) {
    await ctx.db
      .update(messages)
      .set({ deliveryStatus: 'bounced', deliveryError: bounce.reason.slice(0, 2000) })
      .where(and(eq(messages.workspaceId, workspaceId), eq(messages.id, sent.ticketMessageId)));
  }
  return { ticketId: sent?.ticketId ?? null, bouncingAddresses: marked.length };
}
