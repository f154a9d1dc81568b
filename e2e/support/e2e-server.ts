import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../../apps/server/test/harness.ts';

/** Where `npm run build --workspace apps/agent` puts the agent app. */
export const AGENT_APP_DIR = fileURLToPath(new URL('../../apps/agent/dist', import.meta.url));

/** A Tuki web role listening on a real port and serving the built agent app, on a fresh test database. */
export type E2eServer = TestServer & { baseUrl: string };

/** Starts the web role (API, websockets, agent app) on 127.0.0.1 and a random port. Call in beforeAll; close in afterAll. */
export async function startE2eServer(): Promise<E2eServer> {
  if (!existsSync(join(AGENT_APP_DIR, 'index.html'))) {
    throw new Error(`The agent app is not built (${AGENT_APP_DIR}); run: npm run build --workspace apps/agent`);
  }
  const server = await startTestServer({}, { agentAppDir: AGENT_APP_DIR });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const address = server.app.server.address();
  if (!address || typeof address === 'string') throw new Error('The e2e server did not get a TCP port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  server.config.publicUrl = baseUrl;
  return { ...server, baseUrl };
}
