import { PgBoss, fromPglite, fromDrizzle, type DrizzleTransactionLike, type JobWithMetadata, type SendOptions } from 'pg-boss';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.ts';

/** Job names and their payloads. */
export type JobPayloads = {
  'webhook.deliver': { deliveryId: string };
  'email.send': { messageId: string };
  'email.notify': { workspaceId: string; ticketId: string; kind: 'acknowledgement' | 'solved' };
};
export type JobName = keyof JobPayloads;

/** Which attempt a handler is running: `retryCount` 0 is the first; the last is `retryCount === retryLimit`. */
export type JobAttempt = { id: string; retryCount: number; retryLimit: number; isFinal: boolean };

/** The job queue (pg-boss on both engines); jobs are enqueued inside the caller's transaction. */
export type Queue = {
  enqueue<N extends JobName>(db: Db, name: N, data: JobPayloads[N], options?: SendOptions): Promise<void>;
  /** Enqueues several jobs of one name with one statement (in the caller's transaction). */
  enqueueMany<N extends JobName>(db: Db, name: N, data: JobPayloads[N][]): Promise<void>;
  work<N extends JobName>(name: N, handler: (data: JobPayloads[N], attempt: JobAttempt) => Promise<void>, options?: { concurrency?: number }): Promise<void>;
  stop(): Promise<void>;
  boss: PgBoss;
};

const QUEUES: { name: JobName; retryLimit: number; retryDelay: number }[] = [
  { name: 'webhook.deliver', retryLimit: 8, retryDelay: 10 },
  { name: 'email.send', retryLimit: 6, retryDelay: 30 },
  { name: 'email.notify', retryLimit: 6, retryDelay: 30 },
];

/** Starts pg-boss on the open database and makes sure every queue exists. */
export async function startQueue(database: Database, options: { supervise: boolean }): Promise<Queue> {
  const boss =
    database.engine === 'pglite'
      ? new PgBoss({ db: fromPglite(database.pglite!), backend: 'pglite', supervise: options.supervise, schedule: options.supervise })
      : new PgBoss({ db: database.raw, supervise: options.supervise, schedule: options.supervise });
  boss.on('error', (error) => {
    console.error('[queue]', error);
  });
  await boss.start();
  for (const queue of QUEUES) {
    await boss.createQueue(queue.name, { retryLimit: queue.retryLimit, retryDelay: queue.retryDelay, retryBackoff: true });
  }
  return {
    boss,
    async enqueue(db, name, data, sendOptions) {
      await boss.send(name, data as object, { ...sendOptions, db: fromDrizzle(db as unknown as DrizzleTransactionLike, sql) });
    },
    async enqueueMany(db, name, data) {
      if (!data.length) return;
      await boss.insert(name, data.map((item) => ({ data: item as object })), { db: fromDrizzle(db as unknown as DrizzleTransactionLike, sql) });
    },
    async work(name, handler, workOptions) {
      const concurrency = workOptions?.concurrency ?? 1;
      for (let i = 0; i < concurrency; i++) {
        await boss.work<JobPayloads[typeof name]>(name, { pollingIntervalSeconds: 0.5, includeMetadata: true, batchSize: 1 }, async (jobs) => {
          for (const job of jobs as JobWithMetadata<JobPayloads[typeof name]>[]) {
            await handler(job.data, { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit, isFinal: job.retryCount >= job.retryLimit });
          }
        });
      }
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}
