import { and, eq } from 'drizzle-orm';
import type { ViewBody } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { views } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import type { ViewRow } from '../queries.ts';
import { checkViewConditions } from '../check-view-conditions.ts';

/** Changes a view; built-in views may only be renamed or moved, and no view moves between personal and shared. */
export async function updateView(ctx: CommandContext, view: ViewRow, changes: Partial<ViewBody>): Promise<ViewRow> {
  if (changes.personal !== undefined && changes.personal !== (view.ownerUserId !== null)) {
    throw new AppError('validation_failed', 'personal: a view cannot move between personal and shared; create a new view instead');
  }
  if (view.builtIn) {
    const changed =
      (changes.conditions !== undefined && JSON.stringify(changes.conditions) !== JSON.stringify(view.conditions)) ||
      (changes.sortBy !== undefined && changes.sortBy !== view.sortBy) ||
      (changes.sortOrder !== undefined && changes.sortOrder !== view.sortOrder);
    if (changed) throw new AppError('validation_failed', 'Built-in views can only be renamed or reordered; create a new view for other filters');
  }
  if (changes.name !== undefined && !changes.name.trim()) throw new AppError('validation_failed', 'name: a view needs a name');
  if (changes.conditions) await checkViewConditions(ctx.db, view.workspaceId, changes.conditions);
  const values = {
    ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
    ...(changes.conditions !== undefined ? { conditions: changes.conditions } : {}),
    ...(changes.sortBy !== undefined ? { sortBy: changes.sortBy } : {}),
    ...(changes.sortOrder !== undefined ? { sortOrder: changes.sortOrder } : {}),
    ...(changes.position !== undefined ? { position: changes.position } : {}),
  };
  if (!Object.keys(values).length) return view;
  const [updated] = await ctx.db
    .update(views)
    .set(values)
    .where(and(eq(views.id, view.id), eq(views.workspaceId, view.workspaceId)))
    .returning();
  return updated;
}
