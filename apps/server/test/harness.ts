import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../src/db/client.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { startQueue, type Queue } from '../src/lib/queue.ts';
import { createDiskStorage } from '../src/lib/storage.ts';
import type { Services } from '../src/lib/context.ts';
import { buildApp } from '../src/http/app.ts';
import { startRealtimeHub, type RealtimeHub } from '../src/events/realtime.ts';
import { listenForCacheInvalidations } from '../src/runtime.ts';
import { registerListeners } from '../src/listeners.ts';
import type { App } from '../src/http/types.ts';
import { PG_TEMPLATE_DB, PGLITE_TEMPLATE_PATH, openAdmin, withDatabaseName } from './template.ts';

/** A fresh database copied from the migrated template: PGlite in memory, or a new PostgreSQL database when DATABASE_URL is set. */
export async function openTestDatabase(): Promise<{ database: Database; url: string | null; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dump = new Blob([readFileSync(fileURLToPath(PGLITE_TEMPLATE_PATH))]);
    const database = await openDatabase({ dataDir: null, loadDataDir: dump });
    return { database, url: null, drop: async () => {} };
  }
  const name = `tuki_test_${randomBytes(6).toString('hex')}`;
  const admin = await openAdmin(url);
  await admin.raw.executeSql(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`);
  await admin.close();
  const databaseUrl = withDatabaseName(url, name);
  const database = await openDatabase({ databaseUrl, poolSize: 10 });
  return {
    database,
    url: databaseUrl,
    async drop() {
      const cleanup = await openAdmin(url);
      await cleanup.raw.executeSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.close();
    },
  };
}

/** Everything a test file needs: the app (use `app.inject`), the services and a way to close it all. */
export type TestServer = {
  app: App;
  services: Services;
  database: Database;
  queue: Queue;
  realtime: RealtimeHub;
  config: Config;
  /** The test database's connection string on PostgreSQL; null on PGlite (one process only). */
  databaseUrl: string | null;
  close(): Promise<void>;
};

/** A running web role on an open database: what the test servers and second instances share. */
export type WebInstance = Pick<TestServer, 'app' | 'services' | 'queue' | 'realtime'> & { close(): Promise<void> };

/** Starts the web role (queue, realtime hub, cache invalidations, HTTP app) on an open database; `close` leaves the database open. */
export async function startWebInstance(database: Database, config: Config, { agentAppDir = null }: { agentAppDir?: string | null } = {}): Promise<WebInstance> {
  registerListeners();
  const stopListening = await listenForCacheInvalidations(database);
  const queue = await startQueue(database, { supervise: false });
  const services: Services = { db: database.db, queue, storage: createDiskStorage(config.storageDir), config };
  const realtime = await startRealtimeHub(database);
  const app = await buildApp({ services, realtime, agentAppDir });
  return {
    app,
    services,
    queue,
    realtime,
    async close() {
      await app.close();
      await realtime.close();
      await stopListening();
      await queue.stop();
    },
  };
}

/** Starts Tuki's web role on a fresh test database. Call in beforeAll; close in afterAll. */
export async function startTestServer(overrides: Partial<Config> = {}, { agentAppDir = null }: { agentAppDir?: string | null } = {}): Promise<TestServer> {
  const storageDir = mkdtempSync(join(tmpdir(), 'tuki-files-'));
  const config = { ...loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent' }), storageDir, ...overrides };
  const { database, url: databaseUrl, drop } = await openTestDatabase();
  const instance = await startWebInstance(database, config, { agentAppDir });
  return {
    ...instance,
    database,
    config,
    databaseUrl,
    async close() {
      await instance.close();
      await database.close();
      await drop();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

/** A second web instance (own pool, queue and realtime hub) on the same PostgreSQL test database, as in a scaled-out deployment. */
export type SecondInstance = Pick<TestServer, 'app' | 'services' | 'database' | 'realtime'> & { close(): Promise<void> };

/** Starts another instance of the web role on `server`'s database; PostgreSQL only (PGlite lives in one process). */
export async function startSecondInstance(server: TestServer): Promise<SecondInstance> {
  if (!server.databaseUrl) throw new Error('A second instance needs PostgreSQL: set DATABASE_URL');
  const database = await openDatabase({ databaseUrl: server.databaseUrl, poolSize: 5 });
  const instance = await startWebInstance(database, server.config);
  return {
    ...instance,
    database,
    async close() {
      await instance.close();
      await database.close();
    },
  };
}
