/**
 * `npm run bench`: generates a realistic multilingual dataset and measures the API.
 * PGlite by default (BENCH_TICKETS, default 100,000); PostgreSQL when DATABASE_URL is set
 * (default 1,000,000 tickets), plus a raw pgbench three-insert transaction as the ceiling.
 * Results are printed as Markdown and saved to bench/results/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../apps/server/src/db/client.ts';
import { migrateDatabase } from '../apps/server/src/db/migrate.ts';
import { startQueue } from '../apps/server/src/lib/queue.ts';
import { createDiskStorage } from '../apps/server/src/lib/storage.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { buildApp } from '../apps/server/src/http/app.ts';
import { startRealtimeHub } from '../apps/server/src/events/realtime.ts';
import { createWorkspace } from '../apps/server/src/modules/workspaces/commands/create-workspace.ts';
import { createUser } from '../apps/server/src/modules/users/commands/create-user.ts';
import { createApiToken } from '../apps/server/src/modules/auth/commands/create-api-token.ts';
import { saveGroup } from '../apps/server/src/modules/groups/commands/save-group.ts';
import { users, views, workspaces } from '../apps/server/src/db/schema/index.ts';
import type { Actor, Services } from '../apps/server/src/lib/context.ts';
import { countTickets, generateDataset } from './generate.ts';
import { measure, toMarkdown, type ScenarioResult } from './stats.ts';
import { createClient } from './http-client.ts';
import { findWrk, runWrk, type WrkRequests } from './wrk.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const databaseUrl = process.env.DATABASE_URL ?? null;
const engine = databaseUrl ? 'postgres' : 'pglite';
const ticketTarget = Number(process.env.BENCH_TICKETS ?? (databaseUrl ? 1_000_000 : 100_000));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const port = Number(process.env.BENCH_PORT ?? 3901);
const log = (line: string) => console.log(`[bench] ${line}`);

async function prepare(database: Database, services: Services) {
  const slug = 'bench';
  let [workspace] = await database.db.select().from(workspaces).where(eq(workspaces.slug, slug)).limit(1);
  if (!workspace) {
    ({ workspace } = await createWorkspace(database.db, { name: 'Bench', slug, admin: { email: 'bench-admin@bench.tuki.example', name: 'Bench Admin', password: 'bench-password-1' } }));
  }
  const [admin] = await database.db.select().from(users).where(eq(users.email, 'bench-admin@bench.tuki.example')).limit(1);
  const actor: Actor = { kind: 'user', id: admin.id, workspaceId: workspace.id, role: 'admin', name: admin.name, via: 'token' };
  const ctx = { ...services, actor };
  let agents = await database.db.select({ id: users.id }).from(users).where(eq(users.workspaceId, workspace.id));
  if (agents.length < 20) {
    for (let i = agents.length; i < 20; i++) await createUser(ctx, { email: `bench-agent-${i}@bench.tuki.example`, name: `Agent ${i}`, role: 'agent' });
    agents = await database.db.select({ id: users.id }).from(users).where(eq(users.workspaceId, workspace.id));
  }
  const groupRows = await queryRows<{ id: string }>(database.db, sql`select id from groups where workspace_id = ${workspace.id}`);
  const groupIds = groupRows.map((row) => row.id);
  if (!groupIds.length) {
    for (const name of ['Tier 1', 'Tier 2', 'Billing', 'Product', 'Sales', 'IT']) {
      const group = await saveGroup(ctx, { name, kind: name.startsWith('Tier') ? 'tier' : 'department', memberIds: agents.map((agent) => agent.id) });
      groupIds.push(group.id);
    }
  }
  const existing = await countTickets(database.db, workspace.id);
  let bigTicketId: string;
  if (existing >= ticketTarget) {
    log(`reusing ${existing} tickets`);
    const [big] = await queryRows<{ id: string }>(database.db, sql`select id from tickets where workspace_id = ${workspace.id} and number = 1`);
    bigTicketId = big.id;
  } else {
    if (existing > 0) throw new Error(`The bench workspace has ${existing} tickets, fewer than ${ticketTarget}; drop the database (or PGlite folder) and run again.`);
    log(`generating ${ticketTarget} tickets on ${engine}…`);
    const dataset = await generateDataset(database.db, { workspaceId: workspace.id, ticketCount: ticketTarget, agentIds: agents.map((a) => a.id), groupIds, log });
    log(`generated ${dataset.tickets} tickets and ${dataset.messages} messages in ${dataset.seconds} s`);
    bigTicketId = dataset.bigTicketId;
  }
  const { token } = await createApiToken(ctx, { name: 'bench' });
  const generatedMaxNumber = ticketTarget;
  const viewRows = await database.db.select().from(views).where(eq(views.workspaceId, workspace.id));
  const allOpen = viewRows.find((view) => view.name === 'views.allOpen') ?? viewRows[0];
  const emails = await queryRows<{ value: string }>(database.db, sql`select value from contact_identities where workspace_id = ${workspace.id} limit 2000`);
  return { workspaceId: workspace.id, token, bigTicketId, generatedMaxNumber, allOpenViewId: allOpen.id, emails: emails.map((row) => row.value) };
}

async function startServer(database: Database, services: Services, instances = 1): Promise<{ stop(): Promise<void> }> {
  if (engine === 'pglite') {
    const realtime = await startRealtimeHub(database);
    const app = await buildApp({ services, realtime });
    await app.listen({ port, host: '127.0.0.1' });
    return { stop: async () => { await app.close(); await realtime.close(); } };
  }
  const children: ChildProcess[] = [];
  for (let i = 0; i < instances; i++) {
    children.push(
      spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts', '--role', 'web'], {
        cwd: root,
        env: { ...process.env, PORT: String(port + i), HOST: '127.0.0.1', SEED_DEMO: 'false', LOG_LEVEL: 'warn', DB_POOL_SIZE: '40' },
        stdio: ['ignore', 'inherit', 'inherit'],
      }),
    );
  }
  for (let i = 0; i < instances; i++) {
    for (let attempt = 0; attempt < 120; attempt++) {
      const up = await fetch(`http://127.0.0.1:${port + i}/health`).then((r) => r.ok).catch(() => false);
      if (up) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return {
    stop: async () => {
      await Promise.all(children.map((child) => { child.kill('SIGTERM'); return new Promise((resolve) => child.once('exit', resolve)); }));
    },
  };
}

function pgbenchCeiling(url: string): ScenarioResult[] {
  const which = spawnSync('sh', ['-c', 'command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | head -1']);
  const pgbench = which.stdout.toString().trim().split('\n')[0];
  if (!pgbench) {
    log('pgbench not found: skipping the ceiling (apt-get install postgresql-client)');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'tuki-pgbench-'));
  const script = join(dir, 'three-inserts.sql');
  writeFileSync(script, [
    'BEGIN;',
    "INSERT INTO bench_ceiling_a (payload) VALUES (repeat('x', 200)) RETURNING id;",
    "INSERT INTO bench_ceiling_b (payload) VALUES (repeat('y', 400));",
    "INSERT INTO bench_ceiling_c (payload) VALUES ('created');",
    'END;',
  ].join('\n'));
  const setup = 'create table if not exists bench_ceiling_a (id bigserial primary key, payload text, created_at timestamptz default now()); create table if not exists bench_ceiling_b (id bigserial primary key, payload text); create table if not exists bench_ceiling_c (id bigserial primary key, payload text);';
  spawnSync('psql', [url, '-q', '-c', setup]);
  const results: ScenarioResult[] = [];
  for (const clients of [1, 8, 32]) {
    const run = spawnSync(pgbench, ['-n', '-f', script, '-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(seconds), '-r', url]);
    const out = run.stdout.toString();
    const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? 0);
    const latency = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1] ?? 0);
    results.push({ name: 'pgbench three-insert transaction (ceiling)', concurrency: clients, requests: Math.round(tps * seconds), errors: run.status ? 1 : 0, seconds, perSecond: Math.round(tps), p50: latency, p95: 0, p99: 0 });
  }
  spawnSync('psql', [url, '-q', '-c', 'drop table if exists bench_ceiling_a, bench_ceiling_b, bench_ceiling_c']);
  return results;
}

/**
 * Deletes the tickets the create scenarios added (numbered after the generated ones), with their
 * messages and timeline, so that every run reads the same dataset. The contacts made for new
 * addresses stay: the read scenarios do not see them.
 */
async function removeCreatedTickets(db: Database['db'], workspaceId: string, generatedMaxNumber: number) {
  const started = Date.now();
  const [removed] = await queryRows<{ count: number }>(db, sql`with gone as (delete from tickets where workspace_id = ${workspaceId} and number > ${generatedMaxNumber} returning 1) select count(*)::int as count from gone`);
  // The deleted rows sit at the head of the update-time indexes that views and search read
  // first: vacuum them away, as autovacuum would soon after, so reads do not step over them.
  await db.execute(sql`vacuum (analyze) tickets, messages, ticket_events`);
  log(`removed ${removed.count} tickets made by the create scenarios and vacuumed in ${Math.round((Date.now() - started) / 1000)} s`);
}

const SEARCH_TERMS = ['lasku', 'laskussani', 'refund', 'password', 'faktura', 'arve', 'tilaus', 'levering', 'palautus', 'konto', 'invoice', 'tellimus'];

async function main() {
  const dataDir = engine === 'pglite' ? (process.env.BENCH_DATA_DIR ?? join(root, 'data-bench')) : null;
  const database = databaseUrl ? await openDatabase({ databaseUrl, poolSize: 10 }) : await openDatabase({ dataDir });
  await migrateDatabase(database);
  const queue = await startQueue(database, { supervise: false });
  const config = { ...loadConfig({ SEED_DEMO: 'false' }), storageDir: mkdtempSync(join(tmpdir(), 'tuki-bench-files-')) };
  const services: Services = { db: database.db, queue, storage: createDiskStorage(config.storageDir), config };
  const data = await prepare(database, services);
  let server = await startServer(database, services);
  const client = createClient(`http://127.0.0.1:${port}`, data.token, 64);
  const results: ScenarioResult[] = [];
  const run = async (result: Promise<ScenarioResult>) => {
    const value = await result;
    results.push(value);
    log(`${value.name} ×${value.concurrency}: ${value.perSecond}/s, p50 ${value.p50} ms, p95 ${value.p95} ms, errors ${value.errors}${value.firstError ? ` (${value.firstError})` : ''}`);
  };
  // wrk, a C load generator, when installed (apt-get install wrk): it leaves the two cores to
  // Tuki and PostgreSQL. Otherwise (or with BENCH_CLIENT=node) the Node client above.
  const wrk = process.env.BENCH_CLIENT === 'node' ? null : findWrk();
  log(wrk ? `load generator: wrk (${wrk})` : 'load generator: Node keep-alive client (install wrk for a lighter one)');
  const createBody = (i: number, runId: string) => ({
    subject: `Tilaus ${i} ei ole saapunut`,
    body: 'Hei! Tilaukseni ei ole vieläkään saapunut, vaikka lupasitte toimituksen viime viikolla. Voitteko tarkistaa tilanteen?',
    requester: { email: i % 5 === 0 ? `new-${runId}-${i}@bench.example` : data.emails[Math.abs(i) % data.emails.length] },
    priority: 'normal',
    tags: ['delivery'],
  });
  const scenario = async (name: string, concurrency: number, requests: (runId: string) => WrkRequests, node: (i: number) => Promise<unknown>) => {
    if (!wrk) return run(measure(name, concurrency, async (i) => { await node(i); }, { durationMs: seconds * 1000 }));
    const baseUrl = `http://127.0.0.1:${port}`;
    const runId = `${process.pid}-${Date.now()}`;
    await runWrk(wrk, name, { baseUrl, token: data.token, connections: concurrency, seconds: 1, requests: requests(`${runId}-warmup`) });
    return run(runWrk(wrk, name, { baseUrl, token: data.token, connections: concurrency, seconds, requests: requests(runId) }));
  };
  try {
    for (const concurrency of [1, 8, 32]) {
      await scenario(
        'create ticket (POST /api/v1/tickets)',
        concurrency,
        (runId) => ({ method: 'POST', paths: ['/api/v1/tickets'], bodies: Array.from({ length: 20_000 }, (_, i) => JSON.stringify(createBody(i, runId))) }),
        (i) => client.post('/api/v1/tickets', createBody(i, `${process.pid}-${concurrency}`)),
      );
    }
    // Reads measure the generated dataset, not the tickets the create scenarios just added.
    await removeCreatedTickets(database.db, data.workspaceId, data.generatedMaxNumber);
    const searchPaths = SEARCH_TERMS.map((term) => `/api/v1/search?q=${encodeURIComponent(term)}&limit=25`);
    const reads: [string, WrkRequests | null, (i: number) => Promise<unknown>][] = [
      ['view page (GET /api/v1/views/:id/tickets, 50 rows)', { method: 'GET', paths: [`/api/v1/views/${data.allOpenViewId}/tickets?limit=50`] }, () => client.get(`/api/v1/views/${data.allOpenViewId}/tickets?limit=50`)],
      // Two requests at once, as the ticket page makes them: always the Node client.
      ['ticket with 50 messages (GET ticket + messages)', null, () => Promise.all([client.get(`/api/v1/tickets/${data.bigTicketId}`), client.get(`/api/v1/tickets/${data.bigTicketId}/messages?limit=100`)])],
      ['full-text search (GET /api/v1/search)', { method: 'GET', paths: searchPaths }, (i) => client.get(searchPaths[Math.abs(i) % searchPaths.length])],
      ['view counts (GET /api/v1/views)', { method: 'GET', paths: ['/api/v1/views'] }, () => client.get('/api/v1/views')],
    ];
    for (const [name, requests, read] of reads) {
      for (const concurrency of [1, 8]) {
        if (requests) await scenario(name, concurrency, () => requests, read);
        else await run(measure(name, concurrency, async (i) => { await read(i); }, { durationMs: seconds * 1000 }));
      }
    }
    if (databaseUrl) {
      await server.stop();
      server = await startServer(database, services, 2);
      const second = createClient(`http://127.0.0.1:${port + 1}`, data.token, 64);
      if (wrk) {
        // Two wrk processes, 16 connections each: throughput is their sum, latency the worse of the two.
        const runId = `${process.pid}-${Date.now()}-two`;
        const halves = await Promise.all([0, 1].map((i) => runWrk(wrk, 'create ticket, 2 web instances', {
          baseUrl: `http://127.0.0.1:${port + i}`, token: data.token, connections: 16, seconds,
          requests: { method: 'POST', paths: ['/api/v1/tickets'], bodies: Array.from({ length: 20_000 }, (_, n) => JSON.stringify(createBody(n, `${runId}-${i}`))) },
        })));
        const worse = (key: 'p50' | 'p95' | 'p99') => Math.max(...halves.map((half) => half[key]));
        await run(Promise.resolve({ ...halves[0], concurrency: 32, requests: halves[0].requests + halves[1].requests, errors: halves[0].errors + halves[1].errors, perSecond: Math.round((halves[0].perSecond + halves[1].perSecond) * 10) / 10, p50: worse('p50'), p95: worse('p95'), p99: worse('p99') }));
      } else {
        await run(measure('create ticket, 2 web instances', 32, async (i) => {
          await (i % 2 ? second : client).post('/api/v1/tickets', createBody(i, `${process.pid}-two`));
        }, { durationMs: seconds * 1000 }));
      }
      await removeCreatedTickets(database.db, data.workspaceId, data.generatedMaxNumber);
      second.close();
    }
    if (databaseUrl) results.push(...pgbenchCeiling(databaseUrl));
  } finally {
    client.close();
    await server.stop();
    await queue.stop();
    await database.close();
  }
  const tickets = ticketTarget;
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const header = `### ${new Date().toISOString().slice(0, 10)} — ${engine}, ${tickets.toLocaleString("en")} tickets\nMachine: ${machine}. ${seconds} s per scenario.\n`;
  const markdown = `${header}\n${toMarkdown(results)}\n`;
  console.log(`\n${markdown}`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}-${engine}.json`), JSON.stringify({ engine, tickets, machine, results }, null, 2));
  writeFileSync(join(root, `bench/results/latest-${engine}.md`), markdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
