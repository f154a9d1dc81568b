import type { Services } from './lib/context.ts';
import { registerWebhookJobs } from './modules/webhooks/jobs.ts';
import { registerEmailJobs } from './channels/email/jobs.ts';
import { startImapFetchers } from './channels/email/imap-fetcher.ts';
import { startInboundPump, type Listen } from './channels/email/inbound-pump.ts';

/** Starts every background job handler of the worker role; returns how to stop them. */
export async function startWorkers(services: Services, { listen }: { listen: Listen }): Promise<() => Promise<void>> {
  await registerWebhookJobs(services);
  await registerEmailJobs(services);
  const inbound = await startInboundPump(services, { lanes: services.config.emailInboundLanes, batchSize: services.config.emailInboundBatch, listen });
  const stopImap = startImapFetchers(services, { pollMs: services.config.imapPollSeconds * 1000 });
  return async () => {
    await stopImap();
    await inbound.stop();
  };
}
