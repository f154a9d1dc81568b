import { and, eq, ne, sql } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import type { UpdateUserBody } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { sessions, users } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { invalidateShared } from '../../../events/shared-cache.ts';
import type { Db } from '../../../db/client.ts';
import { assertTimeZone } from '../../../lib/time.ts';

/** Changes a user. Deactivating ends their sessions; the last active admin cannot be demoted or deactivated. */
export async function updateUser(ctx: CommandContext, user: typeof users.$inferSelect, input: UpdateUserBody) {
  if (input.timeZone) assertTimeZone(input.timeZone);
  const losesAdmin = user.role === 'admin' && ((input.role && input.role !== 'admin') || input.active === false);
  if (losesAdmin) {
    const [{ count }] = await ctx.db
      .select({ count: sql<number>`count(*)::int` })
      .from(users)
      .where(and(eq(users.workspaceId, user.workspaceId), eq(users.role, 'admin'), eq(users.active, true), ne(users.id, user.id)));
    if (count === 0) throw new AppError('conflict', 'The workspace needs at least one active admin');
  }
  const changes: Partial<typeof users.$inferInsert> = {};
  if (input.name !== undefined) changes.name = input.name.trim();
  if (input.role !== undefined) changes.role = input.role;
  if (input.language !== undefined) changes.language = input.language;
  if (input.timeZone !== undefined) changes.timeZone = input.timeZone;
  if (input.active !== undefined) changes.active = input.active;
  if (input.password !== undefined) changes.passwordHash = await hash(input.password);
  return ctx.db.transaction(async (tx) => {
    const [row] = Object.keys(changes).length
      ? await tx.update(users).set(changes).where(eq(users.id, user.id)).returning()
      : [user];
    if (input.active === false) await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await invalidateShared(tx as unknown as Db, 'auth');
    return row;
  });
}
