import { and, eq } from 'drizzle-orm';
import type { CommandContext } from '../../../lib/context.ts';
import { views } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import type { ViewRow } from '../queries.ts';

/** Deletes a saved view; built-in views stay. */
export async function deleteView(ctx: CommandContext, view: ViewRow): Promise<void> {
  if (view.builtIn) throw new AppError('forbidden', 'Built-in views cannot be deleted; rename or reorder them instead');
  await ctx.db.delete(views).where(and(eq(views.id, view.id), eq(views.workspaceId, view.workspaceId)));
}
