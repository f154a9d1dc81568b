import type { Services } from '../../../lib/context.ts';

/** Processes a stored mail again a little later (its parent in the thread is still being processed). */
export async function deferInboundEmail(services: Services, inboundEmailId: string, seconds = 2): Promise<void> {
  await services.queue.enqueue(services.db, 'email.process', { inboundEmailId }, { startAfter: seconds });
}
