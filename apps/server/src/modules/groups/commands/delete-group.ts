import { eq } from 'drizzle-orm';
import type { CommandContext } from '../../../lib/context.ts';
import { groups } from '../../../db/schema/index.ts';

/** Deletes a group; its tickets keep their assignee and lose the group. */
export async function deleteGroup(ctx: CommandContext, group: typeof groups.$inferSelect): Promise<void> {
  await ctx.db.delete(groups).where(eq(groups.id, group.id));
}
