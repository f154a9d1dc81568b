import { eq, sql } from 'drizzle-orm';
import { inboundEmails } from '../../../db/schema/index.ts';
import { inTransaction, type CommandContext } from '../../../lib/context.ts';
import { AppError } from '../../../lib/errors.ts';
import type { InboundEmailRow } from '../queries.ts';
import { wakeInboundWorkers } from './store-inbound-email.ts';

const RETRYABLE = ['failed', 'spam', 'ignored'];

/** Processes a stored inbound mail again (a failed one, or spam/ignored mail an admin judged real). */
export async function retryInboundEmail(ctx: CommandContext, inbound: InboundEmailRow): Promise<InboundEmailRow> {
  if (!RETRYABLE.includes(inbound.status)) throw new AppError('conflict', `Only failed, spam or ignored mail can be retried; this one is ${inbound.status}`);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(inboundEmails)
      .set({ status: 'received', error: null, reason: inbound.status === 'failed' ? null : `retried_${inbound.status}`, nextAttemptAt: sql`now()` })
      .where(eq(inboundEmails.id, inbound.id))
      .returning();
    await wakeInboundWorkers(tx.db);
    const { raw: _raw, ...rest } = row;
    return rest;
  });
}
