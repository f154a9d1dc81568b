import { Type } from 'typebox';
import { IdParams, NotificationSchema, Page, PageQuery, type NotificationKind } from '@tuki/shared';
import type { App } from '../../http/types.ts';
import { AppError } from '../../lib/errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { iso } from '../../lib/time.ts';
import { countUnreadNotifications, findNotifications } from './queries.ts';
import { markNotificationsRead } from './commands/mark-notifications-read.ts';

const tags = ['notifications'];

/** The signed-in user's notifications (assigned, mentioned, replies on followed tickets). */
export function registerNotificationRoutes(app: App) {
  app.get(
    '/api/v1/notifications',
    { schema: { tags, querystring: Type.Intersect([PageQuery, Type.Object({ unread: Type.Optional(Type.Boolean()) })]), response: { 200: Page(NotificationSchema) } } },
    async (request) => {
      if (request.actor.kind !== 'user') throw new AppError('forbidden', 'Users only');
      const before = request.query.cursor ? decodeCursor<{ createdAt: string; id: string }>(request.query.cursor) : undefined;
      const { rows, hasMore } = await findNotifications(request.ctx.db, request.actor.id, { unreadOnly: request.query.unread ?? false, limit: request.query.limit ?? 50, before });
      const last = rows.at(-1)?.notification;
      return {
        data: rows.map(({ notification, ticketNumber, ticketSubject, actorName }) => ({
          id: notification.id,
          kind: notification.kind as NotificationKind,
          ticketId: notification.ticketId,
          ticketNumber,
          ticketSubject,
          messageId: notification.messageId,
          actorId: notification.actorUserId,
          actorName: actorName ?? 'Tuki',
          readAt: iso(notification.readAt),
          createdAt: notification.createdAt.toISOString(),
        })),
        nextCursor: hasMore && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
      };
    },
  );

  app.get('/api/v1/notifications/unread-count', { schema: { tags, response: { 200: Type.Object({ count: Type.Integer() }) } } }, async (request) => {
    if (request.actor.kind !== 'user') throw new AppError('forbidden', 'Users only');
    return { count: await countUnreadNotifications(request.ctx.db, request.actor.id) };
  });

  app.post('/api/v1/notifications/:id/read', { schema: { tags, params: IdParams, response: { 200: Type.Object({ updated: Type.Integer() }) } } }, async (request) => {
    const updated = await markNotificationsRead(request.ctx, { notificationId: request.params.id });
    if (!updated) throw new AppError('not_found', 'Notification not found or already read');
    return { updated };
  });

  app.post('/api/v1/notifications/read-all', { schema: { tags, response: { 200: Type.Object({ updated: Type.Integer() }) } } }, async (request) => {
    return { updated: await markNotificationsRead(request.ctx, {}) };
  });
}
