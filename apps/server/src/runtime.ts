import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { startQueue, type Queue } from './lib/queue.ts';
import { createDiskStorage } from './lib/storage.ts';
import type { Services } from './lib/context.ts';
import { listenForInvalidations } from './events/shared-cache.ts';
import { registerListeners } from './listeners.ts';
import { dropViewCountsOnTicketEvents } from './modules/views/view-counts.ts';

/** The open database and the services built on it, shared by every role in a process. */
export type Runtime = { database: Database; queue: Queue; services: Services; close(): Promise<void> };

/** Opens the database (migrating it), starts the queue and builds the services. */
export async function startRuntime(config: Config, options: { supervise?: boolean; database?: Database } = {}): Promise<Runtime> {
  const database =
    options.database ?? (config.databaseUrl ? await openDatabase({ databaseUrl: config.databaseUrl, poolSize: config.dbPoolSize }) : await openDatabase({ dataDir: config.dataDir }));
  await migrateDatabase(database);
  registerListeners();
  const stopListening = await listenForCacheInvalidations(database);
  const queue = await startQueue(database, { supervise: options.supervise ?? true });
  const services: Services = { db: database.db, queue, storage: createDiskStorage(config.storageDir), config };
  return {
    database,
    queue,
    services,
    async close() {
      await stopListening();
      await queue.stop();
      await database.close();
    },
  };
}

/** Keeps this process's caches true: drops entries other instances changed, and view counts on every ticket event. */
export async function listenForCacheInvalidations(database: Database): Promise<() => Promise<void>> {
  const stops = [await listenForInvalidations(database), await dropViewCountsOnTicketEvents(database)];
  return async () => {
    for (const stop of stops) await stop();
  };
}
