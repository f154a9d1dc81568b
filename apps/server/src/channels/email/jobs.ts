import type { Services } from '../../lib/context.ts';
import { sendNotificationEmail, sendTicketEmail } from './send-email.ts';

/** Registers the e-mail channel's outbound job handlers (replies, customer notifications); pg-boss retries failures with backoff. */
export async function registerEmailJobs(services: Services): Promise<void> {
  await services.queue.work('email.send', (data, attempt) => sendTicketEmail(services, data.messageId, attempt), { concurrency: 4 });
  await services.queue.work('email.notify', (data, attempt) => sendNotificationEmail(services, data, attempt), { concurrency: 2 });
}
