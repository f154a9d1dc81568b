import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Channel, MessageKind, TicketStatus } from '@tuki/shared';
import { withinTransaction, type CommandContext } from '../../../lib/context.ts';
import { attachments, messages, tickets } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { emit } from '../../../events/emit.ts';
import { findActiveUserIds } from '../../users/queries.ts';
import { notifyUsers } from '../../notifications/commands/notify-users.ts';
import { findFollowerIds, type TicketRow, ticketColumns } from '../queries.ts';
import { recordTimeline, type TimelineEntry } from '../timeline.ts';
import { searchConfig } from '../ticket-rules.ts';
import { sanitizeAgentHtml } from '../../../lib/sanitize-agent-html.ts';

/** A new message: from the acting agent, or from a contact when a channel delivers it. */
export type AddMessageInput = {
  kind: MessageKind;
  body: string;
  bodyHtml?: string | null;
  attachmentIds?: string[];
  mentionIds?: string[];
  status?: TicketStatus;
  author?: { contactId: string } | 'agent';
  channel?: Channel;
  metadata?: Record<string, unknown>;
  createdAt?: Date;
  /** E-mail replies: extra copies (kept on the thread) and blind copies (this mail only), stored in `metadata.email`. */
  cc?: string[];
  bcc?: string[];
};

/** Adds a reply or note to a ticket, moves its status as a help desk should, and notifies mentioned users and followers. */
export async function addMessage(ctx: CommandContext, ticket: TicketRow, input: AddMessageInput) {
  const workspaceId = ticket.workspaceId;
  const fromContact = typeof input.author === 'object';
  if (fromContact && input.kind === 'note') throw new AppError('validation_failed', 'Customers cannot write internal notes');
  if (!fromContact && ctx.actor.kind !== 'user') throw new AppError('forbidden', 'Only users write agent messages');
  if (ticket.status === 'closed' && input.kind === 'reply') {
    throw new AppError('conflict', 'The ticket is closed; open a follow-up ticket instead');
  }
  const mentionIds = input.mentionIds?.length ? await findActiveUserIds(ctx.db, workspaceId, [...new Set(input.mentionIds)]) : [];
  if (input.mentionIds && mentionIds.length !== new Set(input.mentionIds).size) {
    throw new AppError('validation_failed', 'mentionIds: every mentioned user must be an active user of this workspace');
  }
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  const now = input.createdAt ?? new Date();

  let nextStatus: TicketStatus = ticket.status as TicketStatus;
  if (input.status) nextStatus = input.status;
  else if (fromContact && ['solved', 'pending', 'on-hold'].includes(ticket.status)) nextStatus = 'open';
  else if (!fromContact && input.kind === 'reply' && ticket.status === 'new') nextStatus = 'open';

  // Public agent replies on e-mail tickets go out by mail through the `email.send` job (channels/email).
  const sendsEmail = ticket.channel === 'email' && !fromContact && input.kind === 'reply';
  const copies = { cc: uniqueAddresses(input.cc), bcc: uniqueAddresses(input.bcc) };
  if ((copies.cc.length || copies.bcc.length) && !sendsEmail) throw new AppError('validation_failed', 'cc, bcc: only agent replies on e-mail tickets are sent by mail');
  const metadata = copies.cc.length || copies.bcc.length ? { ...input.metadata, email: { to: [], ...copies } } : (input.metadata ?? {});

  // Inside a caller's transaction (inbound mail batches) no savepoint: a failure there rolls back the caller's unit anyway.
  return withinTransaction(ctx, async (tx) => {
    const [message] = await tx.db
      .insert(messages)
      .values({
        workspaceId,
        ticketId: ticket.id,
        kind: input.kind,
        channel: input.channel ?? (fromContact ? ticket.channel : 'agent'),
        authorType: fromContact ? 'contact' : 'agent',
        authorUserId: fromContact || ctx.actor.kind !== 'user' ? null : ctx.actor.id,
        authorContactId: typeof input.author === 'object' ? input.author.contactId : null,
        bodyText: input.body,
        // Channels clean what customers send (e-mail: sanitize-mail-html); an agent's HTML is cleaned here, whatever edge it came through.
        bodyHtml: fromContact ? (input.bodyHtml ?? null) : sanitizeAgentHtml(input.bodyHtml),
        language: ticket.language,
        mentionIds,
        metadata,
        deliveryStatus: sendsEmail ? 'queued' : null,
        createdAt: now,
        searchVector: sql`to_tsvector(${searchConfig(ticket.language)}::regconfig, ${input.body})`,
      })
      .returning()
      // Named prepared statements (their text depends only on the shape named): every reply runs them.
      .prepare('tuki_add_message')
      .execute();
    if (attachmentIds.length) {
      const claimed = await tx.db
        .update(attachments)
        .set({ messageId: message.id, ticketId: ticket.id })
        .where(and(eq(attachments.workspaceId, workspaceId), inArray(attachments.id, attachmentIds), isNull(attachments.messageId)))
        .returning({ id: attachments.id });
      if (claimed.length !== attachmentIds.length) throw new AppError('validation_failed', 'attachmentIds: unknown or already used attachment');
    }
    const solved = nextStatus === 'solved' || nextStatus === 'closed';
    const firstResponse = !fromContact && input.kind === 'reply' && !ticket.firstResponseAt;
    const [updated] = await tx.db
      .update(tickets)
      .set({
        messageCount: sql`${tickets.messageCount} + 1`,
        searchVector: sql`coalesce(${tickets.searchVector}, ''::tsvector) || setweight(to_tsvector(${searchConfig(ticket.language)}::regconfig, ${input.body}), 'B')`,
        updatedAt: now,
        status: nextStatus,
        solvedAt: solved ? (ticket.solvedAt ?? now) : null,
        closedAt: nextStatus === 'closed' ? now : ticket.closedAt,
        ...(fromContact ? { lastCustomerMessageAt: now } : {}),
        ...(firstResponse ? { firstResponseAt: now } : {}),
      })
      .where(eq(tickets.id, ticket.id))
      .returning(ticketColumns)
      .prepare(`tuki_add_message_ticket_${fromContact ? 'contact' : 'agent'}${firstResponse ? '_first' : ''}`)
      .execute();
    if (sendsEmail) await ctx.queue.enqueue(tx.db, 'email.send', { messageId: message.id });
    if (solved && !ticket.solvedAt) await emit(tx.db, ctx.queue, { name: 'ticket.solved', workspaceId, data: { ticketId: ticket.id, number: ticket.number, channel: ticket.channel } });
    const timeline: TimelineEntry[] = [];
    if (nextStatus !== ticket.status) timeline.push({ action: 'changed', field: 'status', before: ticket.status, after: nextStatus });
    await recordTimeline(tx.db, ctx.actor, ticket, timeline);
    await emit(tx.db, ctx.queue, { name: 'message.created', workspaceId, data: { ticketId: ticket.id, messageId: message.id, kind: input.kind } });
    if (timeline.length) await emit(tx.db, ctx.queue, { name: 'ticket.updated', workspaceId, data: { ticketId: ticket.id, number: ticket.number, changed: ['status'] } });
    if (mentionIds.length) await notifyUsers(tx, { kind: 'mentioned', userIds: mentionIds, ticketId: ticket.id, messageId: message.id });
    if (input.kind === 'reply') {
      const followers = (await findFollowerIds(tx.db, [ticket.id])).get(ticket.id) ?? [];
      const recipients = [...followers, ...(fromContact && ticket.assigneeId ? [ticket.assigneeId] : [])].filter((id) => !mentionIds.includes(id));
      await notifyUsers(tx, { kind: 'followed_reply', userIds: recipients, ticketId: ticket.id, messageId: message.id });
    }
    return { message, ticket: updated };
  });
}

function uniqueAddresses(addresses: string[] = []): string[] {
  return [...new Set(addresses.map((address) => address.trim().toLowerCase()).filter(Boolean))];
}
