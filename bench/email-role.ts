/**
 * One Tuki role for the inbound e-mail bench, in its own process (as the smtp and worker roles run in a deployment):
 * `smtp` listens on a free port and prints `ready <port>`; `worker` runs the inbound pump and prints `ready`. Stops on SIGTERM.
 *
 *   DATABASE_URL=… STORAGE_DIR=… npx tsx bench/email-role.ts smtp|worker [lanes] [batch]
 */
import { loadConfig } from '../apps/server/src/config.ts';
import { startRuntime } from '../apps/server/src/runtime.ts';
import { startSmtpServer } from '../apps/server/src/channels/email/smtp-server.ts';
import { startInboundPump } from '../apps/server/src/channels/email/inbound-pump.ts';

async function main() {
  const [role, lanes = '3', batch = '16'] = process.argv.slice(2);
  const config = { ...loadConfig({ ...process.env, SEED_DEMO: 'false', LOG_LEVEL: 'silent' }), emailRateLimit: 1000 };
  const runtime = await startRuntime(config, { supervise: false });
  let stop: () => Promise<void>;
  if (role === 'smtp') {
    const smtp = await startSmtpServer(runtime.services, { port: 0, host: '127.0.0.1' });
    stop = () => smtp.close();
    console.log(`ready ${smtp.port}`);
  } else if (role === 'worker') {
    const pump = await startInboundPump(runtime.services, { lanes: Number(lanes), batchSize: Number(batch), listen: (channel, handler) => runtime.database.listen(channel, handler) });
    stop = () => pump.stop();
    console.log('ready');
  } else {
    throw new Error(`Unknown role ${role}`);
  }
  process.on('SIGTERM', () => {
    void stop()
      .then(() => runtime.close())
      .then(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
