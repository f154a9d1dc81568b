import { and, eq, isNull, sql } from 'drizzle-orm';
import type { CommandContext } from '../../../lib/context.ts';
import { notifications } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';

/** Marks one of the acting user's notifications read, or all of them when no id is given; returns how many changed. */
export async function markNotificationsRead(ctx: CommandContext, { notificationId }: { notificationId?: string }): Promise<number> {
  if (ctx.actor.kind !== 'user') throw new AppError('forbidden', 'Users only');
  const rows = await ctx.db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, ctx.actor.id), isNull(notifications.readAt), notificationId ? eq(notifications.id, notificationId) : undefined))
    .returning({ id: notifications.id });
  return rows.length;
}
