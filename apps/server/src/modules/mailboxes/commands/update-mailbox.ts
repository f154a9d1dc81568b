import { eq } from 'drizzle-orm';
import { mailboxes } from '../../../db/schema/index.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { invalidateShared } from '../../../events/shared-cache.ts';
import { AppError } from '../../../lib/errors.ts';
import { findGroup } from '../../groups/queries.ts';
import type { MailboxRow } from '../queries.ts';
import type { MailboxBody } from '../mailbox.schemas.ts';
import { mailboxColumns } from '../mailbox-columns.ts';

/** Changes a mailbox's settings; the address is fixed (create a new mailbox instead), changing IMAP settings clears the last error. */
export async function updateMailbox(ctx: CommandContext, mailbox: MailboxRow, body: Partial<MailboxBody>): Promise<MailboxRow> {
  if (body.address !== undefined && body.address.trim().toLowerCase() !== mailbox.address) {
    throw new AppError('validation_failed', 'address: a mailbox address cannot change; create a new mailbox');
  }
  if (body.groupId && !(await findGroup(ctx.db, mailbox.workspaceId, body.groupId))) throw new AppError('validation_failed', 'groupId: no such group in this workspace');
  const values = mailboxColumns(body);
  if (body.imap) Object.assign(values, { lastError: null, lastErrorAt: null });
  if (!Object.keys(values).length) return mailbox;
  const [row] = await ctx.db.update(mailboxes).set(values).where(eq(mailboxes.id, mailbox.id)).returning();
  await invalidateShared(ctx.db, 'mailboxes');
  return row;
}
