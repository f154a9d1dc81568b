import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { buildWorkspace } from '../../../test/factories.ts';
import { inboundEmails } from '../../db/schema/index.ts';
import type { MailboxRow } from '../../modules/mailboxes/queries.ts';
import { startSmtpServer, type InboundSmtpServer } from './smtp-server.ts';
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
    const broken = { ...server.services, queue: { ...server.services.queue, enqueue: async () => Promise.reject(new Error('storage down')) } };
    const flaky = await startSmtpServer(broken, { port: 0, host: '127.0.0.1', onError: (error) => errors.push(error) });
    try {
      const error = await transport(flaky.port)
        .sendMail({ from: 'casey@customer.test', to: mailbox.address, subject: 'x', text: 'x', messageId: '<smtp-451@customer.test>' })
        .catch((caught: Error) => caught);
      expect((error as { responseCode?: number }).responseCode).toBe(451);
      expect((await storedFor(mailbox.id)).some((row) => row.messageId === 'smtp-451@customer.test')).toBe(false);
      expect(errors.some((caught) => caught.message === 'storage down')).toBe(true);
    } finally {
      await flaky.close();
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
