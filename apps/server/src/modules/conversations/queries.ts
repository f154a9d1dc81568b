import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { emailMessageIds, emailTemplates, ticketEmailThreads } from '../../db/schema/index.ts';

/** The e-mail side of a ticket. */
export type EmailThreadRow = typeof ticketEmailThreads.$inferSelect;

/** The thread owning a reply token, or undefined. */
export async function findThreadByToken(db: Db, workspaceId: string, token: string): Promise<EmailThreadRow | undefined> {
  const [row] = await db
    .select()
    .from(ticketEmailThreads)
    .where(and(eq(ticketEmailThreads.workspaceId, workspaceId), eq(ticketEmailThreads.replyToken, token)))
    .limit(1);
  return row;
}

/** The e-mail thread of a ticket, or undefined when it never had one. */
export async function findThread(db: Db, ticketId: string): Promise<EmailThreadRow | undefined> {
  const [row] = await db.select().from(ticketEmailThreads).where(eq(ticketEmailThreads.ticketId, ticketId)).limit(1);
  return row;
}

/**
 * Tickets a mail threads onto by Message-ID, in one query: `referenced` is the ticket of the newest mail (received or sent)
 * among the ids it refers to; `earlyReply` the ticket of a reply processed before this mail arrived that named it.
 */
export async function findTicketsByMessageIds(db: Db, workspaceId: string, referencedIds: string[], ownId: string | null): Promise<{ referenced?: string; earlyReply?: string }> {
  const ids = [...new Set(referencedIds.filter(Boolean))].slice(0, 100);
  if (!ids.length && !ownId) return {};
  const rows = await db
    .select({ ticketId: emailMessageIds.ticketId, messageId: emailMessageIds.messageId, direction: emailMessageIds.direction })
    .from(emailMessageIds)
    .where(and(eq(emailMessageIds.workspaceId, workspaceId), inArray(emailMessageIds.messageId, ownId ? [...ids, ownId] : ids)))
    .orderBy(desc(emailMessageIds.createdAt))
    .limit(200);
  const referenced = rows.find((row) => ids.includes(row.messageId))?.ticketId;
  const earlyReply = rows.findLast((row) => row.messageId === ownId && row.direction === 'ref')?.ticketId;
  return { referenced, earlyReply };
}

/** Every Message-ID of a ticket's conversation (received or sent), oldest first (for References). */
export async function findThreadMessageIds(db: Db, ticketId: string): Promise<{ messageId: string; direction: string }[]> {
  return db
    .select({ messageId: emailMessageIds.messageId, direction: emailMessageIds.direction })
    .from(emailMessageIds)
    .where(and(eq(emailMessageIds.ticketId, ticketId), inArray(emailMessageIds.direction, ['in', 'out'])))
    .orderBy(asc(emailMessageIds.createdAt), asc(emailMessageIds.id))
    .limit(500);
}

/** The Message-ID we gave (or will give) an outbound ticket message, or undefined. */
export async function findOutboundMessageId(db: Db, ticketMessageId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ messageId: emailMessageIds.messageId })
    .from(emailMessageIds)
    .where(and(eq(emailMessageIds.ticketMessageId, ticketMessageId), eq(emailMessageIds.direction, 'out')))
    .limit(1);
  return row?.messageId;
}

/** The ticket message a Message-ID we sent belongs to (bounces), or undefined. */
export async function findSentMessage(db: Db, workspaceId: string, messageId: string): Promise<{ ticketId: string; ticketMessageId: string | null } | undefined> {
  const [row] = await db
    .select({ ticketId: emailMessageIds.ticketId, ticketMessageId: emailMessageIds.ticketMessageId })
    .from(emailMessageIds)
    .where(and(eq(emailMessageIds.workspaceId, workspaceId), eq(emailMessageIds.messageId, messageId), eq(emailMessageIds.direction, 'out')))
    .limit(1);
  return row;
}

/** A workspace's template overrides. */
export async function findEmailTemplateOverrides(db: Db, workspaceId: string) {
  return db.select().from(emailTemplates).where(eq(emailTemplates.workspaceId, workspaceId));
}
