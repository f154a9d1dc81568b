import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Channel, MessageKind, TicketStatus } from '@tuki/shared';
import { withinTransaction, type CommandContext } from '../../../lib/context.ts';
import { columnList, compiledStatement, rowFromJson } from '../../../db/client.ts';
import { attachments, messages, tickets } from '../../../db/schema/index.ts';
import { AppError, found } from '../../../lib/errors.ts';
import { emit } from '../../../events/emit.ts';
import { findActiveUserIds } from '../../users/queries.ts';
import { notifyUsers } from '../../notifications/commands/notify-users.ts';
import { findFollowerIds, ticketColumnList, type TicketRow } from '../queries.ts';
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
    const solved = nextStatus === 'solved' || nextStatus === 'closed';
    const firstResponse = !fromContact && input.kind === 'reply' && !ticket.firstResponseAt;
    const [written] = await writeMessage(tx.db, {
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
      config: searchConfig(ticket.language),
      mentionIds: JSON.stringify(mentionIds),
      metadata: JSON.stringify(metadata),
      deliveryStatus: sendsEmail ? 'queued' : null,
      createdAt: now.toISOString(),
      status: nextStatus,
      solvedAt: solved ? (ticket.solvedAt ?? now).toISOString() : null,
      closedAt: nextStatus === 'closed' ? now.toISOString() : (ticket.closedAt?.toISOString() ?? null),
      fromContact,
      firstResponse,
    });
    const message = rowFromJson(messages, written.message);
    const updated = rowFromJson(tickets, found(written.ticket, 'Ticket'));
    if (attachmentIds.length) {
      const claimed = await tx.db
        .update(attachments)
        .set({ messageId: message.id, ticketId: ticket.id })
        .where(and(eq(attachments.workspaceId, workspaceId), inArray(attachments.id, attachmentIds), isNull(attachments.messageId)))
        .returning({ id: attachments.id });
      if (claimed.length !== attachmentIds.length) throw new AppError('validation_failed', 'attachmentIds: unknown or already used attachment');
    }
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

/**
 * A message and what it changes on its ticket (counters, status, times, search document), in one statement: every
 * reply runs it, so its SQL is compiled once and prepared. The message's search vector is worked out once for both.
 */
const writeMessage = compiledStatement<{ message: Record<string, unknown>; ticket: Record<string, unknown> | null }>('tuki_add_message', () => {
  const value = (name: string) => sql.placeholder(name);
  const at = value('createdAt');
  return sql`
    with doc as (select to_tsvector(${value('config')}::regconfig, ${value('bodyText')}) as vector),
    message as (
      insert into ${messages} (workspace_id, ticket_id, kind, channel, author_type, author_user_id, author_contact_id, body_text, body_html, language,
                               mention_ids, metadata, delivery_status, created_at, search_vector)
      select ${value('workspaceId')}::uuid, ${value('ticketId')}::uuid, ${value('kind')}, ${value('channel')}, ${value('authorType')}, ${value('authorUserId')}::uuid,
             ${value('authorContactId')}::uuid, ${value('bodyText')}, ${value('bodyHtml')}, ${value('language')},
             array(select jsonb_array_elements_text(${value('mentionIds')}::jsonb)::uuid), ${value('metadata')}::jsonb, ${value('deliveryStatus')}, ${at}::timestamptz, doc.vector
      from doc
      returning ${columnList(messages, { omit: ['search_vector'] })}
    ),
    ticket as (
      update ${tickets}
      set message_count = message_count + 1,
          search_vector = coalesce(search_vector, ''::tsvector) || setweight((select vector from doc), 'B'),
          updated_at = ${at}::timestamptz,
          status = ${value('status')},
          solved_at = ${value('solvedAt')}::timestamptz,
          closed_at = ${value('closedAt')}::timestamptz,
          last_customer_message_at = case when ${value('fromContact')}::boolean then ${at}::timestamptz else last_customer_message_at end,
          first_response_at = case when ${value('firstResponse')}::boolean then ${at}::timestamptz else first_response_at end
      where id = ${value('ticketId')}::uuid
      returning ${ticketColumnList}
    )
    select (select to_jsonb(message) from message) as message, (select to_jsonb(ticket) from ticket) as ticket`;
});
