/**
 * Inbound e-mail bench: N typical ~20 kB mails sent over SMTP (bench/smtp-sender.ts, or nodemailer) to Tuki's SMTP role on
 * PostgreSQL, processed by the worker role's inbound pump into tickets; prints accepted mails/s (stored, 250 sent),
 * end-to-end processed mails/s and the raw mailparser-only rate as the ceiling.
 *
 *   DATABASE_URL=postgres://tuki@127.0.0.1:54329/postgres npx tsx bench/email-inbound.ts [--mails 2000] [--connections 8] [--workers 3] [--batch 16] [--backlog]
 *
 * BENCH_KEEP_DB=1 keeps the bench database (its name is printed) for inspection; BENCH_CPU_PROF=dir profiles the role processes;
 * BENCH_TRACE=1 prints progress every second; --accept-only stores the mails, processes none and keeps the database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { loadConfig } from '../apps/server/src/config.ts';
import { openDatabase, queryRows } from '../apps/server/src/db/client.ts';
import { startRuntime } from '../apps/server/src/runtime.ts';
import { createWorkspace } from '../apps/server/src/modules/workspaces/commands/create-workspace.ts';
import { createMailbox } from '../apps/server/src/modules/mailboxes/commands/create-mailbox.ts';
import { startSmtpServer } from '../apps/server/src/channels/email/smtp-server.ts';
import { startInboundPump, type InboundPump } from '../apps/server/src/channels/email/inbound-pump.ts';
import { parseMail } from '../apps/server/src/channels/email/parse-mail.ts';
import { prepareMail, sendPrepared } from './smtp-sender.ts';

const { values } = parseArgs({
  options: {
    mails: { type: 'string', default: '2000' },
    connections: { type: 'string', default: '8' },
    workers: { type: 'string', default: '3' },
    batch: { type: 'string', default: '16' },
    backlog: { type: 'boolean', default: false },
    'accept-only': { type: 'boolean', default: false },
    shape: { type: 'string', default: 'conversation' },
    processes: { type: 'string', default: '0' },
    client: { type: 'string', default: 'pipelined' },
  },
});
/** --shape conversation: mail as support mail usually is (short reply, signature, quoted history, styled HTML, a signature
 *  logo on new mail); --shape flat: 12 kB of visible text in every mail (the worst case for search indexing). */
const SHAPE = values.shape === 'flat' ? 'flat' : 'conversation';
/** --processes N: the SMTP role and N worker processes run apart from the load generator (bench/email-role.ts), as in a
 *  deployment; 0 (default) runs everything in this one process. */
const PROCESSES = Number(values.processes);
/** --client pipelined (default): bench/smtp-sender.ts, prepared bytes and pipelined commands, so the load generator
 *  takes little of the machine; --client nodemailer: nodemailer's pooled SMTP transport (more CPU per mail). */
const CLIENT = values.client === 'nodemailer' ? 'nodemailer' : 'pipelined';
/** --backlog: accept every mail with the worker stopped, then start it and time the drain (nothing may be lost). */
const BACKLOG = values.backlog;
const MAILS = Number(values.mails);
const CONNECTIONS = Number(values.connections);
const WORKERS = Number(values.workers);
const BATCH = Number(values.batch);
const baseUrl = process.env.DATABASE_URL ?? 'postgres://tuki@127.0.0.1:54329/postgres';

const PARAGRAPHS = [
  'Hello, we ordered three licences last week but the invoice lists only two of them. Could you please check the order and send a corrected invoice?',
  'Hei, tilasimme viime viikolla kolme lisenssiä, mutta laskulla on vain kaksi. Voisitteko tarkistaa tilauksen ja lähettää korjatun laskun?',
  'Tere, tellisime eelmisel nädalal kolm litsentsi, kuid arvel on ainult kaks. Kas saaksite tellimuse üle vaadata ja saata parandatud arve?',
  'Hei, vi bestilte tre lisenser forrige uke, men fakturaen viser bare to. Kan dere sjekke bestillingen og sende en korrigert faktura?',
];

const STYLE = `<style>${Array.from({ length: 40 }, (_, n) => `p.MsoNormal${n}, li.MsoNormal${n} { margin: 0cm; font-size: 11pt; font-family: "Calibri", sans-serif; color: #1f1f1f; }`).join('\n')}</style>`;
const LOGO = randomBytes(7_000);

/** A support mail of about 20 kB as mail clients write it: a few visible paragraphs, a signature, quoted history on replies, styled HTML, a logo on new mail. */
function conversationMail(index: number, to: string, inReplyTo: string | null) {
  const visible = [0, 1, 2].map((n) => PARAGRAPHS[(index + n) % PARAGRAPHS.length]);
  const signature = ['-- ', `Customer ${index % 500}`, 'Purchasing, Example Oy', '+358 40 123 4567'];
  const history: string[] = [];
  if (inReplyTo) {
    history.push('', `On Mon, 23 Nov 2026 at 10:12, Bench Support <${to}> wrote:`);
    for (let n = 0; history.join('\n').length < 6_000; n++) history.push(`> ${PARAGRAPHS[(index + n) % PARAGRAPHS.length]}`, '>');
  }
  const text = [...visible.flatMap((p) => [p, '']), ...signature, ...history].join('\n');
  const paragraph = (p: string) => `<p class="MsoNormal" style="margin:0 0 12px 0;font-family:Calibri,Arial,sans-serif;font-size:11pt;line-height:1.4;color:#1f1f1f">${p}</p>`;
  const quote = inReplyTo
    ? `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 23 Nov 2026 at 10:12, Bench Support &lt;${to}&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${history.filter((line) => line.startsWith('> ')).map((line) => paragraph(line.slice(2))).join('')}</blockquote></div>`
    : '';
  const logo = inReplyTo ? '' : '<img src="cid:logo@example.fi" alt="Example Oy" width="120" height="40">';
  const html = `<html><head><meta charset="utf-8">${STYLE}</head><body><div class="WordSection1">${visible.map(paragraph).join('')}<p style="color:#666666;font-size:9pt">${signature.slice(1).join('<br>')}<br>${logo}</p>${quote}</div></body></html>`;
  return {
    ...envelope(index, to, inReplyTo),
    text,
    html,
    ...(inReplyTo ? {} : { attachments: [{ filename: 'logo.png', content: LOGO, contentType: 'image/png', cid: 'logo@example.fi' }] }),
  };
}

/** Sender, subject and threading headers: mail i comes from one of 500 customers; a reply names its parent. */
function envelope(index: number, to: string, inReplyTo: string | null) {
  return {
    from: `Customer ${index % 500} <customer-${index % 500}@bench.test>`,
    to,
    subject: inReplyTo ? `Re: Invoice question ${index - 1}` : `Invoice question ${index}`,
    messageId: `<bench-${index}-${randomBytes(4).toString('hex')}@bench.test>`,
    ...(inReplyTo ? { inReplyTo, references: [inReplyTo] } : {}),
  };
}

function typicalMail(index: number, to: string, inReplyTo: string | null) {
  return SHAPE === 'flat' ? flatMail(index, to, inReplyTo) : conversationMail(index, to, inReplyTo);
}

/** 12 kB of visible text and 8 kB of HTML in every mail (the shape of the first runs: everything is indexed for search). */
function flatMail(index: number, to: string, inReplyTo: string | null) {
  let text = '';
  while (text.length < 12_000) text += `${PARAGRAPHS[(index + text.length) % PARAGRAPHS.length]}\n\n`;
  const html = `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`.slice(0, 8_000);
  return {
    ...envelope(index, to, inReplyTo),
    text,
    html,
  };
}

/** CPU seconds used so far by one process, in user space and in the kernel (Linux /proc; clock ticks of 10 ms). */
function processCpuSeconds(pid: number): { user: number; system: number } {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
  } catch {
    return { user: 0, system: 0 };
  }
}

/** Busy CPU seconds of the whole machine so far (every core; idle and I/O wait excluded), or null where /proc is missing. */
function machineBusySeconds(): number | null {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    return (ticks.slice(0, 8).reduce((sum, n) => sum + n, 0) - ticks[3] - ticks[4]) / 100;
  } catch {
    return null;
  }
}

/** CPU used by each part between two readings, per mail: where the machine's two cores went during the timed run. */
function cpuSnapshot(roles: { role: string; pid: number }[]) {
  const own = process.cpuUsage();
  return {
    machine: machineBusySeconds(),
    loadGenerator: (own.user + own.system) / 1e6,
    roles: roles.map((entry) => ({ ...entry, ...processCpuSeconds(entry.pid) })),
  };
}

function cpuReport(before: ReturnType<typeof cpuSnapshot>, after: ReturnType<typeof cpuSnapshot>, mails: number) {
  const perMail = (seconds: number) => `${((seconds * 1000) / mails).toFixed(2)} ms`;
  const parts: string[] = [`load generator ${perMail(after.loadGenerator - before.loadGenerator)}`];
  let roles = 0;
  for (const role of ['smtp', 'worker']) {
    let user = 0;
    let system = 0;
    for (const entry of after.roles.filter((candidate) => candidate.role === role)) {
      const earlier = before.roles.find((candidate) => candidate.pid === entry.pid);
      user += entry.user - (earlier?.user ?? 0);
      system += entry.system - (earlier?.system ?? 0);
    }
    roles += user + system;
    if (after.roles.some((entry) => entry.role === role)) parts.push(`${role} ${perMail(user + system)} (kernel ${perMail(system)})`);
  }
  if (before.machine !== null && after.machine !== null) {
    const machine = after.machine - before.machine;
    parts.push(`rest of the machine (PostgreSQL, kernel) ${perMail(machine - roles - (after.loadGenerator - before.loadGenerator))}`, `whole machine ${perMail(machine)}`);
  }
  return parts.join(', ');
}

/** BENCH_TRACE=1: once a second, mails accepted and processed so far and how busy the machine was (finds idle cores). */
function traceProgress(db: Parameters<typeof queryRows>[0], accepted: () => number) {
  let busy = machineBusySeconds() ?? 0;
  const timer = setInterval(() => {
    void queryRows<{ n: number }>(db, sql`select count(*)::int as n from inbound_emails where status = 'processed'`).then(([{ n }]) => {
      const now = machineBusySeconds() ?? 0;
      console.log(`  trace: accepted ${accepted()}, processed ${n}, machine ${Math.round((now - busy) * 50)}% busy`);
      busy = now;
    });
  }, 1000);
  return { stop: () => clearInterval(timer) };
}

async function main() {
  const name = `tuki_bench_email_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: baseUrl, poolSize: 1 });
  await admin.raw.executeSql(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const storageDir = mkdtempSync(join(tmpdir(), 'tuki-bench-email-'));
  const config = { ...loadConfig({ DATABASE_URL: url.toString(), SEED_DEMO: 'false', LOG_LEVEL: 'silent', DB_POOL_SIZE: '40' }), storageDir, emailRateLimit: 1000 };
  const runtime = await startRuntime(config, { supervise: true });
  const children: ChildProcess[] = [];
  const rolePids: { role: string; pid: number }[] = [];
  try {
    const { workspace, admin: owner } = await createWorkspace(runtime.services.db, { name: 'Bench', slug: name, admin: { email: `admin@${name.replace(/_/g, "-")}.test`, name: 'Admin', password: 'bench-password-123' } });
    const actor = { kind: 'user' as const, id: owner.id, workspaceId: workspace.id, role: 'admin' as const, name: 'Admin', via: 'token' as const };
    const mailbox = await createMailbox({ ...runtime.services, actor }, { address: `support@${name.replace(/_/g, "-")}.test`, senderName: 'Bench Support' });
    const spawnRole = (role: 'smtp' | 'worker') =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), '--import', 'tsx', 'bench/email-role.ts', role, String(WORKERS), String(BATCH)], {
          env: { ...process.env, DATABASE_URL: url.toString(), STORAGE_DIR: storageDir, DB_POOL_SIZE: '20' },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        children.push(child);
        rolePids.push({ role, pid: child.pid! });
        child.stdout!.on('data', (chunk: Buffer) => {
          const ready = /ready ?(\d*)/.exec(chunk.toString());
          if (ready) resolve(ready[1]);
        });
        child.on('exit', (code) => reject(new Error(`${role} exited with ${code}`)));
      });
    const smtp = PROCESSES > 0 ? { port: Number(await spawnRole('smtp')), close: async () => undefined } : await startSmtpServer(runtime.services, { port: 0, host: '127.0.0.1' });

    // Build the mails: every third one replies to the mail before it (threaded by In-Reply-To); replies are sent after
    // the new mails, as in real life a reply follows its parent.
    const built: ReturnType<typeof typicalMail>[] = [];
    for (let i = 0; i < MAILS; i++) built.push(typicalMail(i, mailbox.address, i % 3 === 2 ? built[i - 1].messageId : null));
    const mails = [...built.filter((mail) => !('inReplyTo' in mail)), ...built.filter((mail) => 'inReplyTo' in mail)];
    // Composed to RFC 822 bytes before the clock starts: the load generator only speaks SMTP while timed (in a deployment
    // mail is composed on other machines), so the two cores are left to Tuki and PostgreSQL.
    const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
    const outgoing: { envelope: { from: string; to: string }; raw: Buffer }[] = [];
    for (const mail of mails) outgoing.push({ envelope: { from: `customer-${/customer-(\d+)@/.exec(mail.from)![1]}@bench.test`, to: mail.to }, raw: (await composer.sendMail(mail)).message as Buffer });
    const raws = outgoing.filter((_, i) => i % Math.ceil(MAILS / 500) === 0).map((mail) => mail.raw);
    const averageKb = raws.reduce((sum, raw) => sum + raw.length, 0) / raws.length / 1024;

    // Ceiling: mailparser alone on one core.
    let parsed = 0;
    const parseStart = performance.now();
    while (performance.now() - parseStart < 3000) await parseMail(raws[parsed++ % raws.length]);
    const parseRate = parsed / ((performance.now() - parseStart) / 1000);

    let pump: InboundPump | undefined;
    const startWorkers = async () => {
      if (PROCESSES > 0) {
        for (let i = 0; i < PROCESSES; i++) await spawnRole('worker');
        return;
      }
      pump = await startInboundPump(runtime.services, { lanes: WORKERS, batchSize: BATCH, listen: (channel, handler) => runtime.database.listen(channel, handler) });
    };
    if (!BACKLOG && !values['accept-only']) await startWorkers();
    const prepared = CLIENT === 'pipelined' ? outgoing.map(prepareMail) : [];
    let cpuBefore = cpuSnapshot(rolePids);
    const start = performance.now();
    let sent = 0;
    const trace = process.env.BENCH_TRACE ? traceProgress(runtime.services.db, () => sent) : null;
    if (CLIENT === 'pipelined') {
      await sendPrepared(prepared, { host: '127.0.0.1', port: smtp.port, connections: CONNECTIONS, onSent: () => sent++ });
    } else {
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true, pool: true, maxConnections: CONNECTIONS, maxMessages: Infinity });
      await Promise.all(outgoing.map((mail) => transport.sendMail(mail).then(() => sent++)));
      transport.close();
    }
    const acceptedSeconds = (performance.now() - start) / 1000;
    if (values['accept-only']) {
      // For measuring the worker alone on a fixed backlog: copy the kept database (CREATE DATABASE … TEMPLATE) per run.
      console.log(`accepted ${MAILS} mails at ${(MAILS / acceptedSeconds).toFixed(0)} mails/s into ${name} (kept, not processed)`);
      process.env.BENCH_KEEP_DB = '1';
      return;
    }
    const drainStart = performance.now();
    if (BACKLOG) {
      await startWorkers();
      // The drain's CPU is counted from the workers being ready (their start-up is not per-mail work).
      cpuBefore = cpuSnapshot(rolePids);
    }

    // Every mail is stored (each 250 came after its commit); done when none is due any more (settled, or failed with no
    // retry left). Polled through the small partial index on due mail, so the poll costs PostgreSQL next to nothing.
    const statuses = async () => Object.fromEntries((await queryRows<{ status: string; n: number }>(runtime.services.db, sql`select status, count(*)::int as n from inbound_emails group by status`)).map((row) => [row.status, row.n])) as Record<string, number>;
    for (;;) {
      const [{ due }] = await queryRows<{ due: number }>(runtime.services.db, sql`select count(*)::int as due from inbound_emails where next_attempt_at is not null`);
      if (due === 0) break;
      if (performance.now() - start > 600_000) throw new Error(`Timed out: ${JSON.stringify(await statuses())}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const totalSeconds = (performance.now() - start) / 1000;
    const cpuAfter = cpuSnapshot(rolePids);
    trace?.stop();
    const drainSeconds = (performance.now() - drainStart) / 1000;
    const byStatus = await statuses();
    const [{ n: ticketCount, merged }] = await queryRows<{ n: number; merged: number }>(runtime.services.db, sql`select count(*) filter (where merged_into_id is null)::int as n, count(*) filter (where merged_into_id is not null)::int as merged from tickets`);

    console.log(`email-inbound bench on PostgreSQL: ${MAILS} ${SHAPE}-shaped mails of ~${averageKb.toFixed(1)} kB, ${CONNECTIONS} SMTP connections (${CLIENT === 'pipelined' ? 'pipelined client' : 'nodemailer pool'}), ${PROCESSES > 0 ? `SMTP role and ${PROCESSES} worker process(es) apart from the load generator, ` : 'all in one process, '}${WORKERS} lanes × batches of ${BATCH}${BACKLOG ? ', worker started after all mail was accepted' : ''}`);
    console.log(`  accepted (stored, 250 sent):   ${(MAILS / acceptedSeconds).toFixed(0)} mails/s (${acceptedSeconds.toFixed(1)} s)`);
    console.log(`  end-to-end processed:          ${(MAILS / totalSeconds).toFixed(0)} mails/s (${totalSeconds.toFixed(1)} s) — statuses ${JSON.stringify(byStatus)}, ${ticketCount} tickets (expected ${MAILS - Math.floor(MAILS / 3)}; ${merged} more merged into them)`);
    if (BACKLOG) console.log(`  backlog drained:               ${(MAILS / drainSeconds).toFixed(0)} mails/s (${drainSeconds.toFixed(1)} s)`);
    console.log(`  mailparser only (1 core):      ${parseRate.toFixed(0)} mails/s`);
    console.log(`  CPU per mail ${BACKLOG ? 'while draining:  ' : 'while timed:     '}${cpuReport(cpuBefore, cpuAfter, MAILS)}`);
    await pump?.stop();
    await smtp.close();
    for (const child of children) {
      child.removeAllListeners('exit');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await runtime.close();
    if (process.env.BENCH_KEEP_DB) console.log(`  kept database ${name}`);
    else await admin.raw.executeSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
    rmSync(storageDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
