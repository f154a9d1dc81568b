import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { TICKET_PRIORITIES, TICKET_STATUSES } from '@tuki/shared';
import { queryRows, type Db } from '../../db/client.ts';
import { tickets, views } from '../../db/schema/index.ts';
import { found } from '../../lib/errors.ts';
import { ticketColumns, type TicketRow } from '../tickets/queries.ts';
import type { Actor } from '../../lib/context.ts';
import { findUserGroupIds } from '../users/queries.ts';
import type { ViewActor } from './view-filter.ts';

/** A saved view row. */
export type ViewRow = typeof views.$inferSelect;

/** A column tickets can be sorted by. */
export type TicketSortField = 'updated_at' | 'created_at' | 'priority' | 'due_at' | 'number' | 'status';

/** Where a page ended: the sort value (as PostgreSQL prints it) and the ticket id. */
export type TicketPosition = { value: string; id: string };

/** The SQL type of each sort expression, to cast cursor values back. */
export const SORT_VALUE_TYPES: Record<TicketSortField, 'timestamptz' | 'bigint' | 'int'> = {
  updated_at: 'timestamptz',
  created_at: 'timestamptz',
  due_at: 'timestamptz',
  number: 'bigint',
  priority: 'int',
  status: 'int',
};

function rankOf(column: AnyPgColumn, order: readonly string[]): SQL<number> {
  return sql<number>`(case ${column} ${sql.join(order.map((value, rank) => sql`when ${sql.raw(`'${value}'`)} then ${sql.raw(String(rank))}`), sql` `)} else -1 end)`;
}

/** The expression tickets are ordered by; priority and status by rank, due_at with empty dates last either way. */
export function sortExpression(sortBy: TicketSortField, sortOrder: 'asc' | 'desc'): SQL {
  switch (sortBy) {
    case 'updated_at':
      return sql`${tickets.updatedAt}`;
    case 'created_at':
      return sql`${tickets.createdAt}`;
    case 'number':
      return sql`${tickets.number}`;
    case 'priority':
      return rankOf(tickets.priority, TICKET_PRIORITIES);
    case 'status':
      return rankOf(tickets.status, TICKET_STATUSES);
    case 'due_at':
      return sortOrder === 'asc' ? sql`coalesce(${tickets.dueAt}, 'infinity'::timestamptz)` : sql`coalesce(${tickets.dueAt}, '-infinity'::timestamptz)`;
  }
}

/** Shared views and the user's personal ones, in their order. */
export async function findViews(db: Db, workspaceId: string, userId: string | null): Promise<ViewRow[]> {
  return db
    .select()
    .from(views)
    .where(and(eq(views.workspaceId, workspaceId), userId ? or(isNull(views.ownerUserId), eq(views.ownerUserId, userId)) : isNull(views.ownerUserId)))
    .orderBy(asc(views.position), asc(views.createdAt), asc(views.id));
}

/** Loads a view the user can see (shared, or their own); throws not_found. */
export async function getView(db: Db, workspaceId: string, viewId: string, userId: string | null): Promise<ViewRow> {
  const [row] = await db.select().from(views).where(and(eq(views.workspaceId, workspaceId), eq(views.id, viewId))).limit(1);
  return found(row && (row.ownerUserId === null || row.ownerUserId === userId) ? row : undefined, 'View');
}

/** The position after the last view of the workspace. */
export async function nextViewPosition(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db.select({ next: sql<number>`coalesce(max(${views.position}) + 1, 0)::int` }).from(views).where(eq(views.workspaceId, workspaceId));
  return row?.next ?? 0;
}

/** One page of tickets matching `where`, keyset-paginated on (sort expression, id). */
export async function findTicketsPage(
  db: Db,
  workspaceId: string,
  where: SQL,
  sortBy: TicketSortField,
  sortOrder: 'asc' | 'desc',
  limit: number,
  after?: TicketPosition,
): Promise<{ rows: TicketRow[]; hasMore: boolean; last: TicketPosition | null }> {
  const expression = sortExpression(sortBy, sortOrder);
  let keyset: SQL | undefined;
  if (after) {
    const value = sql`${after.value}::${sql.raw(SORT_VALUE_TYPES[sortBy])}`;
    // `expr <= v` (or >=) alone is index-friendly; the OR breaks ties on id.
    keyset =
      sortOrder === 'desc'
        ? sql`(${expression} <= ${value} and (${expression} < ${value} or ${tickets.id} > ${after.id}))`
        : sql`(${expression} >= ${value} and (${expression} > ${value} or ${tickets.id} > ${after.id}))`;
  }
  const rows = await db
    .select({ ticket: ticketColumns, sortValue: sql<string>`(${expression})::text` })
    .from(tickets)
    .where(and(eq(tickets.workspaceId, workspaceId), where, keyset))
    // `desc nulls last` matches tickets_ws_updated_idx (updated_at DESC NULLS LAST, id), so the default sort reads the index in order.
    .orderBy(sortOrder === 'desc' ? sql`${expression} desc nulls last` : asc(expression), asc(tickets.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const lastRow = page.at(-1);
  return { rows: page.map((row) => row.ticket), hasMore: rows.length > limit, last: lastRow ? { value: lastRow.sortValue, id: lastRow.ticket.id } : null };
}

/** How many tickets match `where` (which must include the workspace). */
export async function countTickets(db: Db, where: SQL, cap = COUNT_CAP): Promise<{ count: number; capped: boolean }> {
  const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from (select 1 from ${tickets} where ${where} limit ${cap + 1}) matching`);
  const count = row?.count ?? 0;
  return { count: Math.min(count, cap), capped: count > cap };
}

/** View counts stop here (shown as "10,000+"): exact counting of huge views would cost a scan per request. */
export const COUNT_CAP = 10_000;

/** Tags in use on a workspace's (unmerged) tickets, most used first; `q` filters by prefix. */
export async function findTags(db: Db, workspaceId: string, q: string | undefined, limit = 200): Promise<{ name: string; count: number }[]> {
  const prefix = q?.trim().toLowerCase();
  const pattern = prefix ? `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%` : undefined;
  const rows = await queryRows<{ name: string; count: number }>(db, sql`
    select tag as name, count(*)::int as count
    from ${tickets}, unnest(${tickets.tags}) as tag
    where ${tickets.workspaceId} = ${workspaceId} and ${tickets.mergedIntoId} is null
      ${pattern ? sql`and tag like ${pattern}` : sql``}
    group by tag
    order by count(*) desc, tag asc
    limit ${limit}`);
  return rows.map((row) => ({ name: row.name, count: Number(row.count) }));
}

/** View conditions → SQL, for other modules that filter tickets the way views do (search). */
export { buildViewFilter, type ViewActor } from './view-filter.ts';

/** The actor as views see them: their id for 'me', their groups for 'mine'. */
export async function viewActorFor(db: Db, actor: Actor): Promise<ViewActor> {
  if (actor.kind !== 'user') return { userId: null, groupIds: [] };
  return { userId: actor.id, groupIds: await findUserGroupIds(db, actor.id) };
}
