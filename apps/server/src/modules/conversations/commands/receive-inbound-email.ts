import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Language } from '@tuki/shared';
import { ticketEmailThreads } from '../../../db/schema/index.ts';
import { withinTransaction, type CommandContext } from '../../../lib/context.ts';
import { AppError } from '../../../lib/errors.ts';
import { findIdentities } from '../../contacts/queries.ts';
import { createTicket } from '../../tickets/commands/create-ticket.ts';
import { addMessage } from '../../tickets/commands/add-message.ts';
import { linkTickets } from '../../tickets/commands/link-tickets.ts';
import { mergeTickets } from '../../tickets/commands/merge-tickets.ts';
import { findFollowerIds, findTicketByNumber, getTicket, type TicketRow } from '../../tickets/queries.ts';
import { updateTicket } from '../../tickets/commands/update-ticket.ts';
import { findActiveUsersByEmail } from '../../users/queries.ts';
import { findThread, findThreadByToken } from '../queries.ts';
import { cleanSubject, recordEmailThread, recordInboundThread, threadKeys } from '../email-thread.ts';
import { emptyEmailThreadCache, type EmailThreadCache } from '../email-thread-cache.ts';
import { recordStoredAttachments, type StoredAttachment } from '../../attachments/commands/record-stored-attachments.ts';

/** An inbound mail after the channel parsed it: addresses, threading hints, the split body and stored attachments. */
export type InboundEmailMessage = {
  mailbox: { id: string; address: string; groupId: string | null };
  inboundEmailId: string;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: { address: string; name: string };
  to: string[];
  cc: string[];
  subject: string;
  /** An automatic reply (out of office, …): joins its ticket but never triggers an acknowledgement or a follow-up. */
  automatic: boolean;
  replyToken: string | null;
  subjectTicketNumber: number | null;
  body: { visibleText: string; fullText: string; quotedText: string; signature: string; html: string | null; blockedRemoteImages: number };
  attachments: StoredAttachment[];
  /** Addresses of our own mailboxes (never recorded as copied people). */
  ownAddresses: string[];
  reopenClosedDays: number;
};

/** What became of an inbound mail. */
export type InboundEmailOutcome = {
  result: 'created' | 'added' | 'follow_up' | 'ignored';
  reason: string | null;
  ticketId: string | null;
  messageId: string | null;
  threadedBy: 'token' | 'references' | 'subject' | null;
};

/**
 * Turns an inbound mail into a new ticket, a reply on its ticket, or a linked follow-up of a closed ticket. Runs in the
 * caller's transaction when there is one; the caller must hold the thread locks of the mail (`lockEmailThreads` with
 * `threadKeys(mail)`), so a reply and its parent never decide their tickets concurrently.
 */
export async function receiveInboundEmail(ctx: CommandContext, mail: InboundEmailMessage, threads: EmailThreadCache = emptyEmailThreadCache()): Promise<InboundEmailOutcome> {
  const workspaceId = ctx.actor.workspaceId;
  return withinTransaction(ctx, async (tx) => {
    const keys = threadKeys(mail);
    // The id of the first message, when this mail opens a ticket (new or a follow-up).
    const openingMessageId = randomUUID();
    const contact = await threads.findOrCreateContact(tx.db, { workspaceId, email: mail.from.address, name: mail.from.name || null });
    const found = await findTargetTicket(tx, mail, contact.id, threads);
    const copied = await copiedAddresses(tx, mail, found?.ticket ?? null);
    let ticket = found?.ticket ?? null;
    let result: InboundEmailOutcome['result'] = ticket ? 'added' : 'created';

    if (ticket && ticket.status === 'closed') {
      const thread = await findThread(tx.db, ticket.id);
      const followUp = thread?.followUpTicketId ? await getTicket(tx.db, workspaceId, thread.followUpTicketId).catch(() => null) : null;
      if (followUp && followUp.status !== 'closed') ticket = followUp;
      else if (mail.automatic) return { result: 'ignored', reason: 'auto_reply_to_closed', ticketId: ticket.id, messageId: null, threadedBy: found?.via ?? null };
      else {
        const closed = ticket;
        ticket = await openFollowUp(tx, mail, contact.id, closed, openingMessageId);
        await linkTickets(tx, ticket, closed);
        await recordEmailThread(tx.db, { workspaceId, ticketId: closed.id, mailboxId: mail.mailbox.id });
        await tx.db.update(ticketEmailThreads).set({ followUpTicketId: ticket.id }).where(eq(ticketEmailThreads.ticketId, closed.id));
        result = 'follow_up';
      }
    }

    let messageId: string;
    const metadata = { email: emailMetadata(mail) };
    if (ticket && result === 'added') {
      const attachmentIds = await recordStoredAttachments(tx.db, workspaceId, mail.attachments);
      const added = await addMessage(tx, ticket, { kind: 'reply', body: bodyOf(mail), bodyHtml: mail.body.html, author: { contactId: contact.id }, channel: 'email', metadata, attachmentIds });
      messageId = added.message.id;
    } else {
      messageId = openingMessageId;
      ticket ??= await createTicket(tx, { subject: cleanSubject(mail.subject), body: bodyOf(mail), requester: { id: contact.id }, channel: 'email', groupId: mail.mailbox.groupId }, { bodyHtml: mail.body.html, messageMetadata: metadata, messageId });
      await recordStoredAttachments(tx.db, workspaceId, mail.attachments, { ticketId: ticket.id, messageId });
    }
    // Copied agents follow the ticket in Tuki instead of being copied on its e-mail replies; copied customers stay on them.
    const agents = copied.length ? await findActiveUsersByEmail(tx.db, workspaceId, copied) : [];
    const agentEmails = new Set(agents.map((agent) => agent.email));
    const ccAddresses = copied.filter((address) => !agentEmails.has(address));
    await recordInboundThread(tx.db, { workspaceId, ticketId: ticket.id, mailboxId: mail.mailbox.id, ccAddresses, ticketMessageId: messageId, messageId: mail.messageId, referenced: keys });
    threads.rememberMessageIds({ workspaceId, ticketId: ticket.id, messageId: mail.messageId, referenced: keys });
    await followCopiedAgents(tx, ticket, agents.map((agent) => agent.id));
    if (result !== 'added' && !mail.automatic) await ctx.queue.enqueue(tx.db, 'email.notify', { workspaceId, ticketId: ticket.id, kind: 'acknowledgement' });
    return { result, reason: mail.automatic ? 'auto_reply' : null, ticketId: ticket.id, messageId, threadedBy: found?.via ?? null };
  });
}

/** Agents of the workspace the customer copied (To/Cc) follow the ticket: they are notified of its replies in Tuki. */
async function followCopiedAgents(ctx: CommandContext, ticket: TicketRow, agentIds: string[]): Promise<void> {
  if (!agentIds.length) return;
  const current = (await findFollowerIds(ctx.db, [ticket.id])).get(ticket.id) ?? [];
  const added = agentIds.filter((id) => !current.includes(id));
  if (added.length) await updateTicket(ctx, ticket, { followerIds: [...current, ...added] });
}

/** Threading, in order: our reply token, In-Reply-To/References, then `[#1234]` when the sender belongs to that ticket. Never by subject text. */
async function findTargetTicket(ctx: CommandContext, mail: InboundEmailMessage, contactId: string, threads: EmailThreadCache): Promise<{ ticket: TicketRow; via: 'token' | 'references' | 'subject' } | null> {
  const workspaceId = ctx.actor.workspaceId;
  if (mail.replyToken) {
    const thread = await findThreadByToken(ctx.db, workspaceId, mail.replyToken);
    if (thread) return { ticket: await followMerges(ctx, await getTicket(ctx.db, workspaceId, thread.ticketId)), via: 'token' };
  }
  // earlyReply: a reply processed before this mail arrived already named it, so this mail belongs to that reply's ticket.
  const { referenced, earlyReply } = await threads.findTicketsByMessageIds(ctx.db, workspaceId, [mail.inReplyTo ?? '', ...mail.references], mail.messageId);
  if (referenced || earlyReply) {
    const ticket = await followMerges(ctx, await getTicket(ctx.db, workspaceId, (referenced ?? earlyReply)!));
    if (referenced && earlyReply) return { ticket: await joinSplitThread(ctx, ticket, await followMerges(ctx, await getTicket(ctx.db, workspaceId, earlyReply))), via: 'references' };
    return { ticket, via: 'references' };
  }
  if (mail.subjectTicketNumber !== null) {
    const ticket = await findTicketByNumber(ctx.db, workspaceId, mail.subjectTicketNumber);
    if (ticket) {
      const thread = await findThread(ctx.db, ticket.id);
      const known = ticket.requesterId === contactId || Boolean(thread?.ccAddresses.includes(mail.from.address.toLowerCase()));
      if (known) return { ticket: await followMerges(ctx, ticket), via: 'subject' };
    }
  }
  return null;
}

/**
 * This mail links two tickets of one thread: a reply that arrived before this mail opened a ticket of its own, while this
 * mail's parents are on another. While both are open the early reply's ticket is merged into the parents' ticket. A
 * closed ticket is never merged (nor reopened by a merge): the two are linked instead, so agents see the whole thread,
 * and the mail joins the half that is still open (the parents' ticket when both are closed, which then opens a follow-up).
 */
async function joinSplitThread(ctx: CommandContext, thread: TicketRow, split: TicketRow): Promise<TicketRow> {
  if (split.id === thread.id) return thread;
  if (split.status !== 'closed' && thread.status !== 'closed') return mergeTickets(ctx, split, thread);
  await linkTickets(ctx, thread, split).catch((error: unknown) => {
    // Linked by an earlier mail of the thread already.
    if (!(error instanceof AppError && error.code === 'conflict')) throw error;
  });
  return thread.status === 'closed' && split.status !== 'closed' ? split : thread;
}

async function followMerges(ctx: CommandContext, ticket: TicketRow): Promise<TicketRow> {
  let current = ticket;
  for (let hop = 0; hop < 10 && current.mergedIntoId; hop++) current = await getTicket(ctx.db, ctx.actor.workspaceId, current.mergedIntoId);
  return current;
}

/** A new ticket for a reply to a closed one: within the reopen window it stays with the same agent and group; after it, it is routed like new mail. */
async function openFollowUp(ctx: CommandContext, mail: InboundEmailMessage, contactId: string, closed: TicketRow, messageId: string): Promise<TicketRow> {
  const closedAt = closed.closedAt ?? closed.solvedAt ?? closed.updatedAt;
  const recent = Date.now() - closedAt.getTime() <= mail.reopenClosedDays * 86_400_000;
  const base = { subject: cleanSubject(mail.subject) || closed.subject, body: bodyOf(mail), requester: { id: contactId }, channel: 'email' as const, language: closed.language as Language };
  const options = { bodyHtml: mail.body.html, messageMetadata: { email: { ...emailMetadata(mail), followUpOf: { ticketId: closed.id, number: closed.number } } }, messageId };
  if (!recent) return createTicket(ctx, { ...base, groupId: mail.mailbox.groupId }, options);
  try {
    return await createTicket(ctx, { ...base, groupId: closed.groupId, assigneeId: closed.assigneeId }, options);
  } catch (error) {
    // The former assignee may have left the group or the workspace: route it like new mail instead.
    if (error instanceof AppError && error.code === 'validation_failed') return createTicket(ctx, { ...base, groupId: mail.mailbox.groupId }, options);
    throw error;
  }
}

/** Everyone on To/Cc except us, the sender and the requester of the ticket the mail joins: they get our replies too (reply-all). */
async function copiedAddresses(ctx: CommandContext, mail: InboundEmailMessage, ticket: TicketRow | null): Promise<string[]> {
  const own = new Set(mail.ownAddresses.map((address) => address.toLowerCase()));
  const sender = mail.from.address.toLowerCase();
  const candidates = [...new Set([...mail.to, ...mail.cc].map((address) => address.trim().toLowerCase()))].filter((address) => address !== sender && !own.has(ownBase(address)));
  // The requester's addresses are only read when someone else is copied (most mail names only us and the sender).
  if (!candidates.length || !ticket) return candidates;
  const requester = new Set(((await findIdentities(ctx.db, [ticket.requesterId])).get(ticket.requesterId)?.emails ?? []).map((email) => email.toLowerCase()));
  return candidates.filter((address) => !requester.has(address));
}

function ownBase(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : `${address.slice(0, at).split('+')[0]}${address.slice(at)}`;
}

function bodyOf(mail: InboundEmailMessage): string {
  const text = mail.body.visibleText.trim() || mail.body.fullText.trim();
  return text ? text.slice(0, 200_000) : mail.attachments.length ? '(attachments only)' : '(empty message)';
}

function emailMetadata(mail: InboundEmailMessage) {
  return {
    inboundEmailId: mail.inboundEmailId,
    rawUrl: `/api/v1/inbound-emails/${mail.inboundEmailId}/raw`,
    messageId: mail.messageId,
    from: mail.from,
    to: mail.to,
    cc: mail.cc,
    subject: mail.subject,
    automatic: mail.automatic,
    fullText: mail.body.fullText.slice(0, 200_000),
    quotedText: mail.body.quotedText.slice(0, 200_000),
    signature: mail.body.signature,
    blockedRemoteImages: mail.body.blockedRemoteImages,
  };
}
