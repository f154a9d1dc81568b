import { and, eq } from 'drizzle-orm';
import type { GroupBody } from '@tuki/shared';
import { inTransaction, type CommandContext } from '../../../lib/context.ts';
import { groupMembers, groups } from '../../../db/schema/index.ts';
import { AppError, isUniqueViolation } from '../../../lib/errors.ts';
import { findActiveUserIds } from '../../users/queries.ts';

/** Creates a group, or changes one (name, description, kind, and the full member list when given). */
export async function saveGroup(ctx: CommandContext, input: GroupBody, existing?: typeof groups.$inferSelect) {
  const workspaceId = ctx.actor.workspaceId;
  const memberIds = input.memberIds ? [...new Set(input.memberIds)] : undefined;
  if (memberIds) {
    const valid = await findActiveUserIds(ctx.db, workspaceId, memberIds);
    if (valid.length !== memberIds.length) throw new AppError('validation_failed', 'memberIds: every member must be an active user of this workspace');
  }
  try {
    return await inTransaction(ctx, async (tx) => {
      const values = { name: input.name.trim(), description: input.description ?? existing?.description ?? '', kind: input.kind ?? existing?.kind ?? 'tier' };
      const [group] = existing
        ? await tx.db.update(groups).set(values).where(and(eq(groups.id, existing.id), eq(groups.workspaceId, workspaceId))).returning()
        : await tx.db.insert(groups).values({ ...values, workspaceId }).returning();
      if (memberIds) {
        await tx.db.delete(groupMembers).where(eq(groupMembers.groupId, group.id));
        if (memberIds.length) await tx.db.insert(groupMembers).values(memberIds.map((userId) => ({ workspaceId, groupId: group.id, userId })));
      }
      return group;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', `A group named "${input.name}" already exists`);
    throw error;
  }
}
