import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { buildWorkspace } from '../../../test/factories.ts';
import { inboundEmails } from '../../db/schema/index.ts';
import type { MailboxRow } from '../../modules/mailboxes/queries.ts';
import { startSmtpServer, type InboundSmtpServer, type SmtpSecurity } from './smtp-server.ts';
import { buildMailbox } from './test-support.ts';

const run = promisify(execFile);
let server: TestServer;
let smtp: InboundSmtpServer;
let mailbox: MailboxRow;
const errors: Error[] = [];

function transport(port = smtp.port) {
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
}

async function storedFor(id: string) {
  return server.services.db.select().from(inboundEmails).where(eq(inboundEmails.mailboxId, id));
}

beforeAll(async () => {
  server = await startTestServer();
  const { admin } = await buildWorkspace(server);
  mailbox = await buildMailbox(server, admin);
  smtp = await startSmtpServer(server.services, { port: 0, host: '127.0.0.1', maxBytes: 64 * 1024, onError: (error) => errors.push(error) });
});
afterAll(async () => {
  await smtp?.close();
  await server?.close();
});

describe('inbound SMTP role', () => {
  it('accepts mail from nodemailer for a mailbox (and its +token address) and stores it before answering 250', async () => {
    const [local, domain] = mailbox.address.split('@');
    const info = await transport().sendMail({
      from: 'Casey <casey@customer.test>',
      to: [mailbox.address, `${local}+t-abcdefgh12345678@${domain}`],
      subject: 'Hello over SMTP',
      text: 'Sent with nodemailer',
      messageId: '<smtp-nodemailer-1@customer.test>',
    });
    expect(info.response).toMatch(/^250 2\.0\.0 Stored as [0-9a-f-]{36}$/);
    const rows = await storedFor(mailbox.id);
    const row = rows.find((entry) => entry.messageId === 'smtp-nodemailer-1@customer.test');
    expect(row).toMatchObject({ source: 'smtp', status: 'received', fromAddress: 'casey@customer.test', subject: 'Hello over SMTP' });
    expect(row!.raw.toString()).toContain('Sent with nodemailer');
  });

  it('refuses unknown recipients with 550', async () => {
    const error = await transport()
      .sendMail({ from: 'casey@customer.test', to: 'nobody@help.test', subject: 'x', text: 'x' })
      .catch((caught: Error & { responseCode?: number }) => caught);
    expect((error as { responseCode?: number }).responseCode).toBe(550);
  });

  it('refuses mail over the size limit with 552', async () => {
    const error = await transport()
      .sendMail({ from: 'casey@customer.test', to: mailbox.address, subject: 'big', text: 'x'.repeat(100 * 1024) })
      .catch((caught: Error) => caught);
    expect((error as { responseCode?: number }).responseCode).toBe(552);
  });

  it('answers 451 when the mail cannot be stored, so the sender retries', async () => {
    // The database itself refuses the write: a trigger fails the insert of this one mail.
    const db = server.services.db;
    await db.execute(sql`create function refuse_smtp_451() returns trigger language plpgsql as $$ begin raise exception 'storage down'; end $$`);
    await db.execute(sql`create trigger refuse_smtp_451 before insert on inbound_emails for each row when (new.message_id = 'smtp-451@customer.test') execute function refuse_smtp_451()`);
    try {
      const error = await transport(smtp.port)
        .sendMail({ from: 'casey@customer.test', to: mailbox.address, subject: 'x', text: 'x', messageId: '<smtp-451@customer.test>' })
        .catch((caught: Error) => caught);
      expect((error as { responseCode?: number }).responseCode).toBe(451);
      expect((await storedFor(mailbox.id)).some((row) => row.messageId === 'smtp-451@customer.test')).toBe(false);
      // The role reports the database's error (drizzle wraps it: the statement, with the cause).
      expect(errors.some((caught) => `${caught.message} ${(caught.cause as Error | undefined)?.message}`.includes('storage down'))).toBe(true);
    } finally {
      await db.execute(sql`drop trigger refuse_smtp_451 on inbound_emails`);
      await db.execute(sql`drop function refuse_smtp_451()`);
    }
  });

  it('accepts mail from swaks', async () => {
    const { stdout } = await run('/usr/bin/swaks', [
      '--server', '127.0.0.1', '--port', String(smtp.port),
      '--from', 'swaks@customer.test', '--to', mailbox.address,
      '--header', 'Subject: Sent by swaks', '--header', 'Message-Id: <swaks-1@customer.test>',
      '--body', 'Hello from swaks',
    ]);
    expect(stdout).toMatch(/<- +250 2\.0\.0 Stored as/);
    const row = (await storedFor(mailbox.id)).find((entry) => entry.messageId === 'swaks-1@customer.test');
    expect(row).toMatchObject({ fromAddress: 'swaks@customer.test', subject: 'Sent by swaks' });

    const refused = await run('/usr/bin/swaks', ['--server', '127.0.0.1', '--port', String(smtp.port), '--from', 'a@b.test', '--to', 'nobody@help.test']).catch((error: { stdout: string }) => error);
    expect((refused as { stdout: string }).stdout).toMatch(/<\*\* +550/);
  });
});

describe('inbound SMTP role with STARTTLS and AUTH', () => {
  let certDir: string;
  let tls: SmtpSecurity['tls'];
  const started: InboundSmtpServer[] = [];

  async function secured(security: Omit<SmtpSecurity, 'tls'>) {
    const secure = await startSmtpServer(server.services, { port: 0, host: '127.0.0.1', security: { tls, ...security }, onError: (error) => errors.push(error) });
    started.push(secure);
    return secure;
  }

  // A self-signed certificate made for this run; clients are told to accept it.
  function client(port: number, options: { requireTLS?: boolean; ignoreTLS?: boolean; auth?: { user: string; pass: string } } = {}) {
    return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, tls: { rejectUnauthorized: false }, ...options });
  }

  beforeAll(() => {
    certDir = mkdtempSync(join(tmpdir(), 'tuki-smtp-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
    tls = { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) };
  });
  afterAll(async () => {
    for (const secure of started) await secure.close();
    rmSync(certDir, { recursive: true, force: true });
  });

  it('upgrades nodemailer with STARTTLS and, when TLS is required, refuses plain senders with 530', async () => {
    const secure = await secured({ requireTls: true, auth: null });
    const info = await client(secure.port, { requireTLS: true }).sendMail({ from: 'tls@customer.test', to: mailbox.address, subject: 'Over TLS', text: 'Encrypted', messageId: '<smtp-tls-1@customer.test>' });
    expect(info.response).toMatch(/^250 2\.0\.0 Stored as/);
    expect((await storedFor(mailbox.id)).some((row) => row.messageId === 'smtp-tls-1@customer.test')).toBe(true);

    const plain = await client(secure.port, { ignoreTLS: true })
      .sendMail({ from: 'plain@customer.test', to: mailbox.address, subject: 'Plain', text: 'x', messageId: '<smtp-plain-1@customer.test>' })
      .catch((caught: Error) => caught);
    expect((plain as { responseCode?: number }).responseCode).toBe(530);
    expect((await storedFor(mailbox.id)).some((row) => row.messageId === 'smtp-plain-1@customer.test')).toBe(false);
  });

  it('still takes plain mail when TLS is offered but not required', async () => {
    const secure = await secured({ requireTls: false, auth: null });
    const info = await client(secure.port, { ignoreTLS: true }).sendMail({ from: 'plain@customer.test', to: mailbox.address, subject: 'Plain allowed', text: 'x' });
    expect(info.response).toMatch(/^250 /);
  });

  it('requires AUTH (PLAIN or LOGIN over TLS) when credentials are set, and refuses wrong ones with 535', async () => {
    const secure = await secured({ requireTls: false, auth: { user: 'relay', password: 'relay-secret-1' } });
    const good = await client(secure.port, { requireTLS: true, auth: { user: 'relay', pass: 'relay-secret-1' } }).sendMail({ from: 'relay@customer.test', to: mailbox.address, subject: 'Via the relay', text: 'x', messageId: '<smtp-auth-1@customer.test>' });
    expect(good.response).toMatch(/^250 /);
    expect((await storedFor(mailbox.id)).some((row) => row.messageId === 'smtp-auth-1@customer.test')).toBe(true);

    const wrong = await client(secure.port, { requireTLS: true, auth: { user: 'relay', pass: 'guess' } })
      .sendMail({ from: 'x@customer.test', to: mailbox.address, subject: 'x', text: 'x' })
      .catch((caught: Error) => caught);
    expect((wrong as { responseCode?: number }).responseCode).toBe(535);
    const anonymous = await client(secure.port, { requireTLS: true })
      .sendMail({ from: 'x@customer.test', to: mailbox.address, subject: 'x', text: 'x' })
      .catch((caught: Error) => caught);
    expect((anonymous as { responseCode?: number }).responseCode).toBe(530);

    // Without TLS the password would travel in clear: AUTH before STARTTLS is refused with 538.
    const clear = await run('/usr/bin/swaks', [
      '--server', '127.0.0.1', '--port', String(secure.port), '--auth', 'LOGIN', '--auth-user', 'relay', '--auth-password', 'relay-secret-1',
      '--from', 'x@customer.test', '--to', mailbox.address,
    ]).catch((error: { stdout: string }) => error);
    expect(clear.stdout).toMatch(/250-STARTTLS/);
    expect(clear.stdout).toMatch(/<\*\* +538/);
  });

  it('accepts mail from swaks --tls with AUTH PLAIN and AUTH LOGIN', async () => {
    const secure = await secured({ requireTls: true, auth: { user: 'relay', password: 'relay-secret-1' } });
    for (const method of ['PLAIN', 'LOGIN']) {
      const { stdout } = await run('/usr/bin/swaks', [
        '--server', '127.0.0.1', '--port', String(secure.port), '--tls',
        '--auth', method, '--auth-user', 'relay', '--auth-password', 'relay-secret-1',
        '--from', 'swaks@customer.test', '--to', mailbox.address,
        '--header', `Subject: swaks over TLS ${method}`, '--header', `Message-Id: <swaks-tls-${method}@customer.test>`,
        '--body', 'Hello over TLS',
      ]);
      expect(stdout).toMatch(/TLS started/);
      expect(stdout).toMatch(/<~ +235 /);
      expect(stdout).toMatch(/<~ +250 2\.0\.0 Stored as/);
      expect((await storedFor(mailbox.id)).some((row) => row.messageId === `swaks-tls-${method}@customer.test`)).toBe(true);
    }
    const refused = await run('/usr/bin/swaks', ['--server', '127.0.0.1', '--port', String(secure.port), '--from', 'a@customer.test', '--to', mailbox.address]).catch((error: { stdout: string }) => error);
    expect((refused as { stdout: string }).stdout).toMatch(/<\*\* +530/);
  });
});
