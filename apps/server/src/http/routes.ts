import type { App } from './types.ts';
import type { AppOptions } from './app.ts';
import { registerEmailHookRoutes } from '../channels/email/email-hook.routes.ts';
import { registerMailboxRoutes } from '../modules/mailboxes/mailboxes.routes.ts';
import { registerConversationRoutes } from '../modules/conversations/conversations.routes.ts';
import { registerAuthRoutes, registerPublicAuthRoutes } from '../modules/auth/auth.routes.ts';
import { registerUserRoutes } from '../modules/users/users.routes.ts';
import { registerTicketRoutes } from '../modules/tickets/tickets.routes.ts';
import { registerRealtimeRoutes } from '../events/realtime.routes.ts';
import { registerGroupRoutes } from '../modules/groups/groups.routes.ts';
import { registerNotificationRoutes } from '../modules/notifications/notifications.routes.ts';
import { registerContactRoutes } from '../modules/contacts/contacts.routes.ts';
import { registerViewRoutes } from '../modules/views/views.routes.ts';
import { registerSearchRoutes } from '../modules/search/search.routes.ts';
import { registerWebhookRoutes } from '../modules/webhooks/webhooks.routes.ts';
import { registerAttachmentRoutes } from '../modules/attachments/attachments.routes.ts';
import { registerCustomFieldRoutes } from '../modules/fields/fields.routes.ts';
import { registerWorkspaceRoutes } from '../modules/workspaces/workspaces.routes.ts';

/** Routes that need no signed-in actor (login; later: webhooks in, widget, help center). */
export async function registerPublicApiRoutes(app: App, options: AppOptions) {
  registerPublicAuthRoutes(app, options);
  registerEmailHookRoutes(app, options.services);
}

/** Every authenticated /api/v1 route, module by module. */
export async function registerApiRoutes(app: App, options: AppOptions) {
  registerAuthRoutes(app);
  registerUserRoutes(app);
  registerMailboxRoutes(app);
  registerConversationRoutes(app);
  registerTicketRoutes(app);
  registerGroupRoutes(app);
  registerNotificationRoutes(app);
  registerContactRoutes(app);
  registerViewRoutes(app);
  registerSearchRoutes(app);
  registerWebhookRoutes(app);
  registerAttachmentRoutes(app);
  registerCustomFieldRoutes(app);
  registerWorkspaceRoutes(app);
  registerRealtimeRoutes(app, options.realtime);
}
