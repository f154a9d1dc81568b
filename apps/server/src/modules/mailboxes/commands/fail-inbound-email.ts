import { eq, sql } from 'drizzle-orm';
import { inboundEmails } from '../../../db/schema/index.ts';
import type { Services } from '../../../lib/context.ts';

/** Records why processing a stored mail failed; it stays stored and can be retried. */
export async function failInboundEmail(services: Services, inboundId: string, error: string): Promise<void> {
  await services.db
    .update(inboundEmails)
    .set({ status: 'failed', error: error.slice(0, 4000), attempts: sql`${inboundEmails.attempts} + 1` })
    .where(eq(inboundEmails.id, inboundId));
}
