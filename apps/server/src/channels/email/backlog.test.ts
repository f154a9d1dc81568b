import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { buildWorkspace } from '../../../test/factories.ts';
import { inboundEmails } from '../../db/schema/index.ts';
import { queryRows } from '../../db/client.ts';
import type { MailboxRow } from '../../modules/mailboxes/queries.ts';
import { startSmtpServer, type InboundSmtpServer } from './smtp-server.ts';
import { registerEmailJobs } from './jobs.ts';
import { buildMailbox } from './test-support.ts';

// Issue 4: mail queued while no worker runs (a stopped or crashed worker role) is all processed once a worker starts.
let server: TestServer;
let smtp: InboundSmtpServer;
let mailbox: MailboxRow;

beforeAll(async () => {
  server = await startTestServer({ emailDomain: 'tuki.test', emailRateLimit: 10_000 });
  const { admin } = await buildWorkspace(server);
  mailbox = await buildMailbox(server, admin);
  smtp = await startSmtpServer(server.services, { port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await smtp?.close();
  await server?.close();
});

async function countByStatus() {
  const rows = await server.services.db
    .select({ status: inboundEmails.status, n: sql<number>`count(*)::int` })
    .from(inboundEmails)
    .where(eq(inboundEmails.mailboxId, mailbox.id))
    .groupBy(inboundEmails.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

describe('inbound backlog', () => {
  it('processes 200 mails accepted while no worker ran, once a worker starts: none lost, none duplicated, threads kept', async () => {
    const mails = [];
    for (let i = 0; i < 200; i++) {
      // Every third mail replies to the one before it (sent in the same burst, so replies may be stored first).
      const parent = i % 3 === 2 ? `<backlog-${i - 1}@customer.test>` : null;
      mails.push({
        from: `Customer ${i % 17} <customer-${i % 17}@customer.test>`,
        to: mailbox.address,
        subject: parent ? `Re: Backlog ${i - 1}` : `Backlog ${i}`,
        text: `Mail number ${i}`,
        messageId: `<backlog-${i}@customer.test>`,
        ...(parent ? { inReplyTo: parent, references: [parent] } : {}),
      });
    }
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 4 });
    const infos = await Promise.all(mails.map((mail) => transport.sendMail(mail)));
    transport.close();
    expect(infos.every((info) => info.response.startsWith('250 '))).toBe(true);
    expect(await countByStatus()).toEqual({ received: 200 });

    await registerEmailJobs(server.services, { workers: 2, batchSize: 8, outbound: false });
    let statuses = await countByStatus();
    while (statuses.received) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      statuses = await countByStatus();
    }
    expect(statuses).toEqual({ processed: 200 });
    // Tickets opened by a reply stored before its parent are merged into the parent's ticket: count where mail ended up.
    const [{ tickets, messages }] = await queryRows<{ tickets: number; messages: number }>(server.services.db, sql`
      select count(distinct coalesce(t.merged_into_id, t.id))::int as tickets, count(distinct m.id)::int as messages
      from inbound_emails i join tickets t on t.id = i.ticket_id join messages m on m.id = i.created_message_id
      where i.mailbox_id = ${mailbox.id}`);
    expect(messages).toBe(200);
    expect(tickets).toBe(200 - Math.floor(200 / 3));
  });
});
