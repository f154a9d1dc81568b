import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { keysetAfter } from '../../db/keyset.ts';
import type { Db } from '../../db/client.ts';
import { notifications, tickets, users } from '../../db/schema/index.ts';

/** A user's notifications, newest first, with ticket and actor details. */
export async function findNotifications(db: Db, userId: string, { unreadOnly, limit, before }: { unreadOnly: boolean; limit: number; before?: { createdAt: string; id: string } }) {
  const rows = await db
    .select({ notification: notifications, ticketNumber: tickets.number, ticketSubject: tickets.subject, actorName: users.name })
    .from(notifications)
    .innerJoin(tickets, eq(tickets.id, notifications.ticketId))
    .leftJoin(users, eq(users.id, notifications.actorUserId))
    .where(
      and(
        eq(notifications.userId, userId),
        unreadOnly ? isNull(notifications.readAt) : undefined,
        before
          ? keysetAfter(notifications.createdAt, notifications.id, { value: new Date(before.createdAt), id: before.id }, 'desc')
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** How many unread notifications a user has. */
export async function countUnreadNotifications(db: Db, userId: string): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row.count;
}
