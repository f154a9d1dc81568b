import { eq } from 'drizzle-orm';
import { mailboxes } from '../../../db/schema/index.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { invalidateShared } from '../../../events/shared-cache.ts';
import type { MailboxRow } from '../queries.ts';

/** Removes a mailbox with its stored inbound mail; tickets and their messages stay. */
export async function deleteMailbox(ctx: CommandContext, mailbox: MailboxRow): Promise<void> {
  await ctx.db.delete(mailboxes).where(eq(mailboxes.id, mailbox.id));
  await invalidateShared(ctx.db, 'mailboxes');
}
