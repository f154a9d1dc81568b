import type { Services } from './lib/context.ts';
import { registerWebhookJobs } from './modules/webhooks/jobs.ts';
import { registerEmailJobs } from './channels/email/jobs.ts';
import { startImapFetchers } from './channels/email/imap-fetcher.ts';

/** Starts every background job handler of the worker role; returns how to stop them. */
export async function startWorkers(services: Services): Promise<() => Promise<void>> {
  await registerWebhookJobs(services);
  await registerEmailJobs(services);
  const stopImap = startImapFetchers(services, { pollMs: services.config.imapPollSeconds * 1000 });
  return async () => {
    await stopImap();
  };
}
