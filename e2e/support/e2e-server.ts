import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../apps/server/src/config.ts';
import { startQueue } from '../../apps/server/src/lib/queue.ts';
import { createDiskStorage } from '../../apps/server/src/lib/storage.ts';
import type { Services } from '../../apps/server/src/lib/context.ts';
import { buildApp } from '../../apps/server/src/http/app.ts';
import { startRealtimeHub } from '../../apps/server/src/events/realtime.ts';
import { openTestDatabase, type TestServer } from '../../apps/server/test/harness.ts';

/** Where `npm run build --workspace apps/agent` puts the agent app. */
export const AGENT_APP_DIR = fileURLToPath(new URL('../../apps/agent/dist', import.meta.url));

/** A Tuki web role listening on a real port and serving the built agent app, on a fresh test database. */
export type E2eServer = TestServer & { baseUrl: string };

/** Starts the web role (API, websockets, agent app) on 127.0.0.1 and a random port. Call in beforeAll; close in afterAll. */
export async function startE2eServer(): Promise<E2eServer> {
  if (!existsSync(join(AGENT_APP_DIR, 'index.html'))) {
    throw new Error(`The agent app is not built (${AGENT_APP_DIR}); run: npm run build --workspace apps/agent`);
  }
  const storageDir = mkdtempSync(join(tmpdir(), 'tuki-e2e-files-'));
  const config = { ...loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent' }), storageDir };
  const { database, url: databaseUrl, drop } = await openTestDatabase();
  const queue = await startQueue(database, { supervise: false });
  const services: Services = { db: database.db, queue, storage: createDiskStorage(storageDir), config };
  const realtime = await startRealtimeHub(database);
  const app = await buildApp({ services, realtime, agentAppDir: AGENT_APP_DIR });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('The e2e server did not get a TCP port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  config.publicUrl = baseUrl;
  return {
    app,
    services,
    database,
    queue,
    realtime,
    config,
    databaseUrl,
    baseUrl,
    async close() {
      await app.close();
      await realtime.close();
      await queue.stop();
      await database.close();
      await drop();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}
