import { and, asc, desc, eq, getTableColumns, inArray, or, sql } from 'drizzle-orm';
import type { TicketStatus } from '@tuki/shared';
import { keysetAfter } from '../../db/keyset.ts';
import { columnList, compiledStatement, queryRows, rowFromJson, type Db } from '../../db/client.ts';
import { attachments, contacts, messages, ticketEvents, ticketFollowers, ticketLinks, tickets, users } from '../../db/schema/index.ts';
import { found } from '../../lib/errors.ts';

/** A ticket row. */
export type TicketRow = typeof tickets.$inferSelect;

/**
 * What reads select for a ticket: every column, but the search document comes back as null.
 * Only the database reads it, and turning a ticket's tsvector into text is most of the cost of
 * reading a list of tickets.
 */
export const ticketColumns = { ...getTableColumns(tickets), searchVector: sql<string | null>`null::text` };

/** `ticketColumns` for raw SQL: every column, the search document read as null. */
export const ticketColumnList = columnList(tickets, { omit: ['search_vector'] });

/** Loads a ticket in a workspace; throws not_found. */
export async function getTicket(db: Db, workspaceId: string, ticketId: string): Promise<TicketRow> {
  const [row] = await selectTicket(db, { workspaceId, ticketId });
  return found(row && rowFromJson(tickets, row), 'Ticket');
}

/** Read on every reply: compiled once and prepared (its planning cost more than its execution). */
const selectTicket = compiledStatement<Record<string, unknown>>(
  'tuki_get_ticket',
  () => sql`select ${ticketColumnList} from ${tickets} where workspace_id = ${sql.placeholder('workspaceId')}::uuid and id = ${sql.placeholder('ticketId')}::uuid`,
);

/** Loads a ticket by its per-workspace number, or undefined. */
export async function findTicketByNumber(db: Db, workspaceId: string, number: number): Promise<TicketRow | undefined> {
  const [row] = await db.select(ticketColumns).from(tickets).where(and(eq(tickets.workspaceId, workspaceId), eq(tickets.number, number))).limit(1);
  return row;
}

/** Follower ids per ticket. */
export async function findFollowerIds(db: Db, ticketIds: string[]): Promise<Map<string, string[]>> {
  const byTicket = new Map<string, string[]>(ticketIds.map((id) => [id, []]));
  if (!ticketIds.length) return byTicket;
  // One text for any number of tickets (ids as a jsonb array), so it runs as a named prepared statement: every reply reads it.
  const rows = await queryRows<{ ticket_id: string; user_id: string }>(
    db,
    sql`select ticket_id, user_id from ${ticketFollowers} where ticket_id in (select jsonb_array_elements_text(${JSON.stringify(ticketIds)}::jsonb)::uuid)`,
    { prepare: 'tuki_ticket_followers' },
  );
  for (const row of rows) byTicket.get(row.ticket_id)?.push(row.user_id);
  return byTicket;
}

/** Messages of a ticket, oldest first, with author names and attachments; cursor is the last (createdAt, id). */
export async function findMessages(db: Db, ticketId: string, { limit, after }: { limit: number; after?: { createdAt: string; id: string } }) {
  const rows = await db
    .select({
      message: messages,
      userName: users.name,
      contactName: contacts.name,
    })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .leftJoin(contacts, eq(contacts.id, messages.authorContactId))
    .where(
      and(
        eq(messages.ticketId, ticketId),
        keysetAfter(messages.createdAt, messages.id, after && { value: new Date(after.createdAt), id: after.id }, 'asc'),
      ),
    )
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const files = page.length
    ? await db.select().from(attachments).where(inArray(attachments.messageId, page.map((row) => row.message.id)))
    : [];
  return { rows: page, attachments: files, hasMore: rows.length > limit };
}

/** The timeline of a ticket, oldest first. */
export async function findTicketEvents(db: Db, ticketId: string, { limit, after }: { limit: number; after?: { createdAt: string; id: string } }) {
  const rows = await db
    .select({ event: ticketEvents, actorName: users.name })
    .from(ticketEvents)
    .leftJoin(users, eq(users.id, ticketEvents.actorUserId))
    .where(
      and(
        eq(ticketEvents.ticketId, ticketId),
        keysetAfter(ticketEvents.createdAt, ticketEvents.id, after && { value: new Date(after.createdAt), id: after.id }, 'asc'),
      ),
    )
    .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** Tickets linked to this one: related links, its problem, its incidents, merges into or from it. */
export async function findTicketLinks(db: Db, ticket: TicketRow) {
  const related = await db
    .select({ ticketId: tickets.id, number: tickets.number, subject: tickets.subject, status: tickets.status })
    .from(ticketLinks)
    .innerJoin(tickets, or(and(eq(ticketLinks.ticketId, ticket.id), eq(tickets.id, ticketLinks.relatedId)), and(eq(ticketLinks.relatedId, ticket.id), eq(tickets.id, ticketLinks.ticketId))))
    .where(or(eq(ticketLinks.ticketId, ticket.id), eq(ticketLinks.relatedId, ticket.id)));
  const others = await db
    .select({ ticketId: tickets.id, number: tickets.number, subject: tickets.subject, status: tickets.status, problemId: tickets.problemId, mergedIntoId: tickets.mergedIntoId })
    .from(tickets)
    .where(
      and(
        eq(tickets.workspaceId, ticket.workspaceId),
        or(
          eq(tickets.problemId, ticket.id),
          eq(tickets.mergedIntoId, ticket.id),
          ticket.problemId ? eq(tickets.id, ticket.problemId) : sql`false`,
          ticket.mergedIntoId ? eq(tickets.id, ticket.mergedIntoId) : sql`false`,
        ),
      ),
    )
    .limit(500);
  return [
    ...related.map((row) => ({ ...row, status: row.status as TicketStatus, kind: 'related' as const })),
    ...others.map(({ problemId, mergedIntoId, ...row }) => ({
      ...row,
      status: row.status as TicketStatus,
      kind: row.ticketId === ticket.problemId ? ('problem' as const) : problemId === ticket.id ? ('incident' as const) : ('merged' as const),
    })),
  ];
}

/** One message with its author's name and attachments; throws not_found. */
export async function getMessageWithDetails(db: Db, messageId: string) {
  const [row] = await db
    .select({ message: messages, userName: users.name, contactName: contacts.name })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .leftJoin(contacts, eq(contacts.id, messages.authorContactId))
    .where(eq(messages.id, messageId))
    .limit(1);
  const message = found(row, 'Message');
  const files = await db.select().from(attachments).where(eq(attachments.messageId, messageId));
  return { ...message, attachments: files };
}

/** A requester's tickets, newest first. */
export async function findRequesterTickets(db: Db, workspaceId: string, contactId: string, { limit, before }: { limit: number; before?: { createdAt: string; id: string } }) {
  const rows = await db
    .select(ticketColumns)
    .from(tickets)
    .where(
      and(
        eq(tickets.workspaceId, workspaceId),
        eq(tickets.requesterId, contactId),
        keysetAfter(tickets.createdAt, tickets.id, before && { value: new Date(before.createdAt), id: before.id }, 'desc'),
      ),
    )
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}
