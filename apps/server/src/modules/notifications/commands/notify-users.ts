import type { NotificationKind } from '@tuki/shared';
import type { CommandContext } from '../../../lib/context.ts';
import { actorUserId } from '../../../lib/context.ts';
import { notifications } from '../../../db/schema/index.ts';
import { emit } from '../../../events/emit.ts';

/** Stores notifications for users (never for the actor themself) and pushes them live; call inside the change's transaction. */
export async function notifyUsers(
  ctx: CommandContext,
  { kind, userIds, ticketId, messageId }: { kind: NotificationKind; userIds: string[]; ticketId: string; messageId?: string | null },
): Promise<void> {
  const self = actorUserId(ctx.actor);
  const recipients = [...new Set(userIds)].filter((id) => id !== self);
  if (!recipients.length) return;
  const rows = await ctx.db
    .insert(notifications)
    .values(recipients.map((userId) => ({ workspaceId: ctx.actor.workspaceId, userId, kind, ticketId, messageId: messageId ?? null, actorUserId: self })))
    .returning({ id: notifications.id, userId: notifications.userId });
  for (const row of rows) {
    await emit(ctx.db, ctx.queue, {
      name: 'notification.created',
      workspaceId: ctx.actor.workspaceId,
      data: { notificationId: row.id, kind, ticketId, messageId: messageId ?? null },
      userIds: [row.userId],
    });
  }
}
