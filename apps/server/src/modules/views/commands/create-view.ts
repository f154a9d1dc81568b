import type { ViewBody } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { actorUserId } from '../../../lib/context.ts';
import { views } from '../../../db/schema/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { nextViewPosition, type ViewRow } from '../queries.ts';
import { checkViewConditions } from '../check-view-conditions.ts';

/** Saves a new view: personal (owned by the actor, the default) or shared with the workspace. */
export async function createView(ctx: CommandContext, input: ViewBody): Promise<ViewRow> {
  const workspaceId = ctx.actor.workspaceId;
  if (input.name !== undefined && !input.name.trim()) throw new AppError('validation_failed', 'name: a view needs a name');
  await checkViewConditions(ctx.db, workspaceId, input.conditions);
  const [view] = await ctx.db
    .insert(views)
    .values({
      workspaceId,
      ownerUserId: input.personal === false ? null : actorUserId(ctx.actor),
      name: input.name.trim(),
      conditions: input.conditions,
      sortBy: input.sortBy ?? 'updated_at',
      sortOrder: input.sortOrder ?? 'desc',
      position: input.position ?? (await nextViewPosition(ctx.db, workspaceId)),
    })
    .returning();
  return view;
}
