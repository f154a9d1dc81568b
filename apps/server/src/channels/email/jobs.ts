import type { JobWithMetadata } from 'pg-boss';
import type { Services } from '../../lib/context.ts';
import type { JobPayloads } from '../../lib/queue.ts';
import { processInboundEmail } from './process-inbound-email.ts';
import { sendNotificationEmail, sendTicketEmail } from './send-email.ts';

/**
 * Registers the e-mail channel's job handlers (inbound processing, replies, notifications); pg-boss retries failures with backoff.
 * Inbound mail is fetched in batches processed concurrently, fetching again at once while batches come back full: one job per
 * poll interval would cap a worker at two mails a second.
 */
export async function registerEmailJobs(services: Services, { workers = 2, batchSize = 8, outbound = true } = {}): Promise<void> {
  for (let i = 0; i < workers; i++) {
    await services.queue.boss.work<JobPayloads['email.process']>(
      'email.process',
      { batchSize, burstWhenBatchFull: batchSize > 1, pollingIntervalSeconds: 0.5, includeMetadata: true },
      async (jobs) => {
        const results = await Promise.allSettled(
          (jobs as JobWithMetadata<JobPayloads['email.process']>[]).map((job) =>
            processInboundEmail(services, job.data.inboundEmailId, { isFinal: job.retryCount >= job.retryLimit }),
          ),
        );
        // Processing is idempotent (settled mail is skipped), so retrying the whole batch for one failure is safe.
        const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
        if (failed) throw failed.reason;
      },
    );
  }
  if (!outbound) return;
  await services.queue.work('email.send', (data, attempt) => sendTicketEmail(services, data.messageId, attempt), { concurrency: 4 });
  await services.queue.work('email.notify', (data, attempt) => sendNotificationEmail(services, data, attempt), { concurrency: 2 });
}
