import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, ROLES, type Role } from './config.ts';
import { startRuntime } from './runtime.ts';
import { buildApp } from './http/app.ts';
import { startRealtimeHub } from './events/realtime.ts';
import { seedDemoWorkspace } from './db/seed/seed-demo.ts';
import { startWorkers } from './workers.ts';
import { startSmtpServer } from './channels/email/smtp-server.ts';

/** Parses `--role web,worker` (default: every role). */
export function parseRoles(argv: string[]): Role[] {
  const { values } = parseArgs({ args: argv, options: { role: { type: 'string', multiple: true } }, allowPositionals: false });
  const requested = (values.role ?? ['all']).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
  if (requested.includes('all')) return [...ROLES];
  const unknown = requested.filter((role) => !ROLES.includes(role as Role));
  if (unknown.length) throw new ConfigError(`Unknown --role ${unknown.join(', ')}; use ${ROLES.join(', ')} or all`);
  return requested as Role[];
}

async function main() {
  let config;
  let roles: Role[];
  try {
    config = loadConfig();
    roles = parseRoles(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const runtime = await startRuntime(config, { supervise: roles.includes('worker') || roles.includes('cron') });
  const log = (message: string) => console.log(`[tuki] ${message}`);
  log(`database: ${runtime.database.engine === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'}; roles: ${roles.join(', ')}`);

  if (config.seedDemo) {
    const demo = await seedDemoWorkspace(runtime.services);
    if (demo.created) log(`demo workspace created: sign in at ${config.publicUrl} as ${demo.adminEmail} / ${demo.adminPassword}`);
    else log(`demo workspace present: sign in as ${demo.adminEmail} / ${demo.adminPassword}`);
  }

  const closers: (() => Promise<void>)[] = [];
  if (roles.includes('worker')) closers.push(await startWorkers(runtime.services, { listen: (channel, handler) => runtime.database.listen(channel, handler) }));
  if (roles.includes('smtp')) {
    const smtp = await startSmtpServer(runtime.services, { port: config.smtpPort, host: config.smtpHost });
    log(`smtp: listening on ${config.smtpHost}:${smtp.port}`);
    closers.push(() => smtp.close());
  }
  if (roles.includes('web')) {
    const realtime = await startRealtimeHub(runtime.database);
    const agentDir = fileURLToPath(new URL('../../agent/dist', import.meta.url));
    const app = await buildApp({
      services: runtime.services,
      realtime,
      logger: { level: config.logLevel },
      agentAppDir: existsSync(agentDir) ? agentDir : null,
    });
    await app.listen({ port: config.port, host: config.host });
    log(`web: listening on ${config.publicUrl} (API docs at ${config.publicUrl}/api/docs)`);
    closers.push(async () => {
      await app.close();
      await realtime.close();
    });
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    for (const close of closers.reverse()) await close().catch((error) => console.error(error));
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
