import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.ts';
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

/** The distinct referenced Message-IDs threading looks up, at most 100. */
export function cappedReferences(referencedIds: string[]): string[] {
  return [...new Set(referencedIds.filter(Boolean))].slice(0, 100);
}

/**
 * Tickets a mail threads onto by Message-ID, in one query: `referenced` is the ticket of the newest mail (received or sent)
 * among the ids it refers to; `earlyReply` the ticket of a reply processed before this mail arrived that named it.
 */
export async function findTicketsByMessageIds(db: Db, workspaceId: string, referencedIds: string[], ownId: string | null): Promise<{ referenced?: string; earlyReply?: string }> {
  const ids = cappedReferences(referencedIds);
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

/** A stored Message-ID row as threading reads it. */
export type MessageIdRow = { workspaceId: string; messageId: string; ticketId: string; direction: string };

/** The stored rows of many Message-IDs (in their workspaces) in one statement, newest first, as `findTicketsByMessageIds` orders them. */
export async function findMessageIdRows(db: Db, ids: { workspaceId: string; messageId: string }[]): Promise<MessageIdRow[]> {
  if (!ids.length) return [];
  const wanted = ids.map(({ workspaceId, messageId }) => ({ w: workspaceId, m: messageId }));
  return queryRows<MessageIdRow>(
    db,
    sql`select e.workspace_id as "workspaceId", e.message_id as "messageId", e.ticket_id as "ticketId", e.direction
        from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) as v(w uuid, m text)
        cross join lateral (select * from email_message_ids e where e.workspace_id = v.w and e.message_id = v.m) e
        order by e.created_at desc, e.id desc`,
    { prepare: 'tuki_message_id_rows' },
  );
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
