import type { Services } from '../../lib/context.ts';
import { processInboundEmail } from './process-inbound-email.ts';
import { sendNotificationEmail, sendTicketEmail } from './send-email.ts';

/** Registers the e-mail channel's job handlers (inbound processing, replies, notifications); pg-boss retries failures with backoff. */
export async function registerEmailJobs(services: Services, { concurrency = 8 } = {}): Promise<void> {
  await services.queue.work('email.process', (data, attempt) => processInboundEmail(services, data.inboundEmailId, attempt), { concurrency });
  await services.queue.work('email.send', (data, attempt) => sendTicketEmail(services, data.messageId, attempt), { concurrency: 4 });
  await services.queue.work('email.notify', (data, attempt) => sendNotificationEmail(services, data, attempt), { concurrency: 2 });
}
