import type { Services } from '../../lib/context.ts';
import { deliverWebhook } from './commands/deliver-webhook.ts';

/** Delivers webhooks from the queue; pg-boss retries failures with exponential backoff. */
export async function registerWebhookJobs(services: Services): Promise<void> {
  await services.queue.work(
    'webhook.deliver',
    async (data, attempt) => {
      await deliverWebhook(services.db, data.deliveryId, { finalAttempt: attempt.isFinal });
    },
    { concurrency: 4 },
  );
}
