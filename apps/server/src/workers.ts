import type { Services } from './lib/context.ts';
import { registerWebhookJobs } from './modules/webhooks/jobs.ts';

/** Starts every background job handler of the worker role; returns how to stop them. */
export async function startWorkers(services: Services): Promise<() => Promise<void>> {
  await registerWebhookJobs(services);
  return async () => {};
}
