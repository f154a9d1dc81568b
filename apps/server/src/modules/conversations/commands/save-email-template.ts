import { and, eq } from 'drizzle-orm';
import { emailTemplates } from '../../../db/schema/index.ts';
import type { CommandContext } from '../../../lib/context.ts';
import type { NotificationKind } from '../notification-templates.ts';

/** Overrides a customer notification template for one language in the workspace, or restores the built-in text with `null`. */
export async function saveEmailTemplate(ctx: CommandContext, kind: NotificationKind, language: string, template: { subject: string; body: string } | null): Promise<void> {
  const workspaceId = ctx.actor.workspaceId;
  if (!template) {
    await ctx.db.delete(emailTemplates).where(and(eq(emailTemplates.workspaceId, workspaceId), eq(emailTemplates.kind, kind), eq(emailTemplates.language, language)));
    return;
  }
  await ctx.db
    .insert(emailTemplates)
    .values({ workspaceId, kind, language, subject: template.subject, body: template.body })
    .onConflictDoUpdate({ target: [emailTemplates.workspaceId, emailTemplates.kind, emailTemplates.language], set: { subject: template.subject, body: template.body, updatedAt: new Date() } });
}
