import type { Services } from '../../lib/context.ts';
import { processInboundEmail } from './process-inbound-email.ts';

/** Registers the e-mail channel's job handlers (inbound processing); pg-boss retries failures with backoff. */
export async function registerEmailJobs(services: Services, { concurrency = 8 } = {}): Promise<void> {
  await services.queue.work('email.process', (data, attempt) => processInboundEmail(services, data.inboundEmailId, attempt), { concurrency });
}
