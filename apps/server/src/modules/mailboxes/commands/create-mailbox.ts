import { mailboxes } from '../../../db/schema/index.ts';
import type { CommandContext } from '../../../lib/context.ts';
import { invalidateShared } from '../../../events/shared-cache.ts';
import { AppError, isUniqueViolation } from '../../../lib/errors.ts';
import { randomSecret } from '../../../lib/secrets.ts';
import { findGroup } from '../../groups/queries.ts';
import { baseAddress, findActiveMailboxByAddress, type MailboxRow } from '../queries.ts';
import type { MailboxBody } from '../mailbox.schemas.ts';
import { mailboxColumns } from '../mailbox-columns.ts';

/** Adds a support mailbox to the workspace; its address must be free across Tuki (mail is routed by address). */
export async function createMailbox(ctx: CommandContext, body: MailboxBody): Promise<MailboxRow> {
  const workspaceId = ctx.actor.workspaceId;
  const address = baseAddress(body.address);
  if (address !== body.address.trim().toLowerCase()) throw new AppError('validation_failed', 'address: a mailbox address cannot contain a +tag');
  if (body.groupId && !(await findGroup(ctx.db, workspaceId, body.groupId))) throw new AppError('validation_failed', 'groupId: no such group in this workspace');
  if (await findActiveMailboxByAddress(ctx.db, address)) throw new AppError('conflict', `A mailbox for ${address} already exists`);
  try {
    const [row] = await ctx.db
      .insert(mailboxes)
      .values({ workspaceId, address, webhookSecret: randomSecret(24, 'whm_'), ...mailboxColumns(body) })
      .returning();
    await invalidateShared(ctx.db, 'mailboxes');
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', `A mailbox for ${address} already exists`);
    throw error;
  }
}
