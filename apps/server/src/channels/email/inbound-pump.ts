import type { Services } from '../../lib/context.ts';
import { INBOUND_CHANNEL } from '../../modules/mailboxes/commands/store-inbound-email.ts';
import { processDueInboundEmails } from './process-inbound-email.ts';

/** Subscribes to a database notification channel; resolves to an unsubscribe function (Database.listen). */
export type Listen = (channel: string, handler: (payload: string) => void) => Promise<() => Promise<void>>;

/** A running inbound pump. */
export type InboundPump = { stop(): Promise<void> };

/**
 * The worker role's inbound mail processing: `lanes` loops, each claiming up to `batchSize` due mails at a time from
 * the stored mail itself (no queue job per mail) and processing them in one transaction. A lane goes on at once while
 * it finds full batches, and wakes a sleeping lane to share the work. After a partial batch it lingers `lingerMs` so
 * that mail arriving one by one is taken in batches (the per-batch statements are shared by more mails) instead of one
 * claim per mail. When there is none it sleeps until a store notifies the workers (`listen`) or `pollMs` passes, which also picks up failed mail whose retry is due; a
 * notification heard while it was claiming makes it look again instead of sleeping. Stopping lets the batches in progress finish.
 */
export async function startInboundPump(
  services: Services,
  {
    lanes = 3,
    batchSize = 16,
    pollMs = 1000,
    lingerMs = 20,
    listen,
    onError = (error: unknown) => console.error('[email.inbound]', error),
  }: { lanes?: number; batchSize?: number; pollMs?: number; lingerMs?: number; listen?: Listen; onError?: (error: unknown) => void } = {},
): Promise<InboundPump> {
  let stopped = false;
  // Notifications heard so far: a lane that was busy claiming when one came (so no lane slept to hear it) claims again
  // instead of sleeping until its next poll.
  let heard = 0;
  const sleepers = new Set<() => void>();
  const wakeOne = () => {
    const [first] = sleepers;
    first?.();
  };
  const wakeAll = () => {
    heard += 1;
    for (const wake of [...sleepers]) wake();
  };
  const sleep = (ms: number, { wakeable = true } = {}) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      if (wakeable) sleepers.add(done);
    });
  const unlisten = listen ? await listen(INBOUND_CHANNEL, wakeAll) : null;

  const lane = async () => {
    while (!stopped) {
      try {
        const heardBefore = heard;
        const { claimed } = await processDueInboundEmails(services, { limit: batchSize, onClaimed: (count) => count >= batchSize && wakeOne() });
        if (claimed === 0) {
          // Mail stored while this lane claimed may have been committed after its claim looked: look again.
          if (heard !== heardBefore) continue;
          await sleep(pollMs);
        } else if (claimed < batchSize && lingerMs > 0 && !stopped) await sleep(lingerMs, { wakeable: false });
      } catch (error) {
        if (stopped) return;
        onError(error);
        await sleep(pollMs);
      }
    }
  };
  const running = Array.from({ length: lanes }, () => lane());
  return {
    async stop() {
      stopped = true;
      wakeAll();
      await unlisten?.();
      await Promise.all(running);
    },
  };
}
