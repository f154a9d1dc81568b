import { randomUUID } from 'node:crypto';
import { emailMessageIds } from '../../../db/schema/index.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { findOutboundMessageId } from '../queries.ts';

/** Gives an outbound mail its Message-ID before it is sent, once: a retried send reuses it, so receivers can drop duplicates and replies thread. */
export async function reserveOutboundMessageId(ctx: CommandContext, { ticketId, ticketMessageId, domain }: { ticketId: string; ticketMessageId: string | null; domain: string }): Promise<string> {
  if (ticketMessageId) {
    const existing = await findOutboundMessageId(ctx.db, ticketMessageId);
    if (existing) return existing;
  }
  const messageId = `${randomUUID()}@${domain}`;
  await ctx.db.insert(emailMessageIds).values({ workspaceId: ctx.actor.workspaceId, messageId, ticketId, ticketMessageId, direction: 'out' });
  return messageId;
}
