import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { buildWorkspace } from '../../../test/factories.ts';
import { inboundEmails, messages, tickets } from '../../db/schema/index.ts';
import { queryRows } from '../../db/client.ts';
import type { MailboxRow } from '../../modules/mailboxes/queries.ts';
import { startSmtpServer, type InboundSmtpServer } from './smtp-server.ts';
import { startInboundPump, type InboundPump } from './inbound-pump.ts';
import { receiveRawEmail } from './receive-raw-email.ts';
import { processInboundEmail } from './process-inbound-email.ts';
import { buildMailbox, rawMail } from './test-support.ts';

// Issue 4: under concurrent processing a reply could be processed before (or together with) its parent and open a ticket
// of its own. A mail that points at any mail of a thread must land on that thread's ticket whatever the order, also when
// mail was queued while no worker ran (a stopped or crashed worker role).
let server: TestServer;
let smtp: InboundSmtpServer;
let mailbox: MailboxRow;
let pump: InboundPump | undefined;

beforeAll(async () => {
  server = await startTestServer({ emailDomain: 'tuki.test', emailRateLimit: 10_000 });
  const { admin } = await buildWorkspace(server);
  mailbox = await buildMailbox(server, admin);
  smtp = await startSmtpServer(server.services, { port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await pump?.stop();
  await smtp?.close();
  await server?.close();
});

function store(raw: Buffer) {
  return receiveRawEmail(server.services, { mailbox, raw, source: 'smtp' });
}

async function rowsOf(ids: string[]) {
  return server.services.db.select().from(inboundEmails).where(inArray(inboundEmails.id, ids));
}

async function waitUntilSettled(ids: string[]) {
  for (;;) {
    const rows = await rowsOf(ids);
    if (rows.every((row) => row.status !== 'received')) return rows;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function countByStatus() {
  const rows = await server.services.db
    .select({ status: inboundEmails.status, n: sql<number>`count(*)::int` })
    .from(inboundEmails)
    .where(and(eq(inboundEmails.mailboxId, mailbox.id), like(inboundEmails.messageId, 'backlog-%')))
    .groupBy(inboundEmails.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

describe('threading whatever the arrival and processing order', () => {
  it('puts a reply processed before its parent, and the parent arriving after its reply, on one ticket', async () => {
    // The reply arrives and is processed first; its parent only arrives afterwards (a slower relay).
    const child = await store(rawMail({ to: mailbox.address, messageId: '<late-child@customer.test>', inReplyTo: '<late-parent@customer.test>', references: '<late-parent@customer.test>', subject: 'Re: Late' }));
    await processInboundEmail(server.services, child.id);
    const parent = await store(rawMail({ to: mailbox.address, messageId: '<late-parent@customer.test>', subject: 'Late' }));
    await processInboundEmail(server.services, parent.id);
    const [p, c] = await Promise.all([rowsOf([parent.id]), rowsOf([child.id])]).then(([a, b]) => [a[0], b[0]]);
    expect(p.status).toBe('processed');
    expect(c.ticketId).toBe(p.ticketId);
  });

  it('joins both halves of a thread when the middle mail arrives last and the last reply only names the middle one', async () => {
    // C replies to B without a References chain (some clients send In-Reply-To only); arrival order C, A, B.
    const c = await store(rawMail({ to: mailbox.address, messageId: '<chain-c@customer.test>', inReplyTo: '<chain-b@customer.test>', subject: 'Re: Chain' }));
    await processInboundEmail(server.services, c.id);
    const a = await store(rawMail({ to: mailbox.address, messageId: '<chain-a@customer.test>', subject: 'Chain' }));
    await processInboundEmail(server.services, a.id);
    const b = await store(rawMail({ to: mailbox.address, messageId: '<chain-b@customer.test>', inReplyTo: '<chain-a@customer.test>', references: '<chain-a@customer.test>', subject: 'Re: Chain' }));
    await processInboundEmail(server.services, b.id);
    // C opened a ticket of its own before A and B arrived; B ties the two together, so C's ticket is merged into A's.
    const rows = await rowsOf([a.id, b.id, c.id]);
    const [ticketOfA] = await server.services.db.select().from(tickets).where(eq(tickets.id, rows.find((row) => row.id === a.id)!.ticketId!));
    const [ticketOfC] = await server.services.db.select().from(tickets).where(eq(tickets.id, rows.find((row) => row.id === c.id)!.ticketId!));
    expect(rows.find((row) => row.id === b.id)!.ticketId).toBe(ticketOfA.id);
    expect(ticketOfA.mergedIntoId).toBeNull();
    expect(ticketOfC.mergedIntoId).toBe(ticketOfA.id);
    const onTicket = await server.services.db.select().from(messages).where(eq(messages.ticketId, ticketOfA.id));
    expect(onTicket).toHaveLength(3);
  });

  it('links the two halves of a split thread instead of merging when one of them is closed, and puts the mail on the open half', async () => {
    const tag = (name: string) => `<${name}@customer.test>`;
    const ticketOf = async (id: string) => (await rowsOf([id]))[0].ticketId!;
    const linksOf = (ticketId: string) =>
      queryRows<{ ticket_id: string; related_id: string }>(server.services.db, sql`select ticket_id, related_id from ticket_links where ticket_id = ${ticketId} or related_id = ${ticketId}`);
    const close = (ticketId: string) => server.services.db.update(tickets).set({ status: 'closed', closedAt: new Date() }).where(eq(tickets.id, ticketId));
    for (const closedHalf of ['early reply', 'parents'] as const) {
      const id = (name: string) => tag(`${name}-${closedHalf.replace(' ', '-')}`);
      // C (a reply to B) opens a ticket of its own; A then opens the thread's ticket; B names A and was named by C.
      const c = await store(rawMail({ to: mailbox.address, messageId: id('c'), inReplyTo: id('b'), subject: 'Re: Split' }));
      await processInboundEmail(server.services, c.id);
      const a = await store(rawMail({ to: mailbox.address, messageId: id('a'), subject: 'Split' }));
      await processInboundEmail(server.services, a.id);
      const [ticketOfA, ticketOfC] = [await ticketOf(a.id), await ticketOf(c.id)];
      await close(closedHalf === 'early reply' ? ticketOfC : ticketOfA);
      const b = await store(rawMail({ to: mailbox.address, messageId: id('b'), inReplyTo: id('a'), references: id('a'), subject: 'Re: Split' }));
      await processInboundEmail(server.services, b.id);
      const both = await server.services.db.select().from(tickets).where(inArray(tickets.id, [ticketOfA, ticketOfC]));
      expect(both.map((ticket) => ticket.mergedIntoId)).toEqual([null, null]);
      expect((await linksOf(ticketOfA)).map((link) => [link.ticket_id, link.related_id].sort())).toEqual([[ticketOfA, ticketOfC].sort()]);
      expect(await ticketOf(b.id)).toBe(closedHalf === 'early reply' ? ticketOfA : ticketOfC);
    }
  });

  it('processes a stored parent before its reply when the reply is picked up first', async () => {
    const parent = await store(rawMail({ to: mailbox.address, messageId: '<first-parent@customer.test>', subject: 'Parent first', body: 'The question' }));
    const child = await store(rawMail({ to: mailbox.address, inReplyTo: '<first-parent@customer.test>', subject: 'Re: Parent first', body: 'More info' }));
    await processInboundEmail(server.services, child.id);
    const rows = await rowsOf([parent.id, child.id]);
    expect(rows.map((row) => row.status)).toEqual(['processed', 'processed']);
    expect(rows[0].ticketId).toBe(rows[1].ticketId);
    const [ticket] = await server.services.db.select().from(tickets).where(eq(tickets.id, rows[0].ticketId!));
    expect(ticket.subject).toBe('Parent first');
  });

  it('processes a parent whose first attempt failed before its reply, instead of letting the reply open a ticket', async () => {
    const parent = await store(rawMail({ to: mailbox.address, messageId: '<failed-parent@customer.test>', subject: 'Failed first' }));
    // A transient failure of the processing transaction (the database itself stays real).
    const db = new Proxy(server.services.db, { get: (target, key) => (key === 'transaction' ? () => Promise.reject(new Error('database hiccup')) : Reflect.get(target, key)) });
    const broken = { ...server.services, db };
    await expect(processInboundEmail(broken, parent.id)).rejects.toThrow('database hiccup');
    expect((await rowsOf([parent.id]))[0].status).toBe('failed');
    const child = await store(rawMail({ to: mailbox.address, inReplyTo: '<failed-parent@customer.test>', subject: 'Re: Failed first' }));
    await processInboundEmail(server.services, child.id);
    const [p] = await rowsOf([parent.id]);
    const [c] = await rowsOf([child.id]);
    expect(p.status).toBe('processed');
    expect(c.ticketId).toBe(p.ticketId);
  });

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

    // From here on workers run (the next test uses them too).
    pump = await startInboundPump(server.services, { lanes: 2, batchSize: 8, pollMs: 200, listen: (channel, handler) => server.database.listen(channel, handler) });
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
      where i.mailbox_id = ${mailbox.id} and i.message_id like 'backlog-%'`);
    expect(messages).toBe(200);
    expect(tickets).toBe(200 - Math.floor(200 / 3));
  });

  it('makes one ticket per thread when parents and replies reach the SMTP role concurrently, in any order, many times', async () => {
    const threads = 40;
    const early: SendMailOptions[] = [];
    const late: SendMailOptions[] = [];
    for (let i = 0; i < threads; i++) {
      const root = `<smtp-race-${i}@customer.test>`;
      const reply = `<smtp-race-${i}-r1@customer.test>`;
      const parent = { from: `Racer ${i} <racer-${i % 7}@customer.test>`, to: mailbox.address, subject: `Race ${i}`, text: `Question ${i}`, messageId: root };
      const first = { from: parent.from, to: mailbox.address, subject: `Re: Race ${i}`, text: `Reply ${i}`, messageId: reply, inReplyTo: root, references: [root] };
      const second = { from: parent.from, to: mailbox.address, subject: `Re: Race ${i}`, text: `Second ${i}`, messageId: `<smtp-race-${i}-r2@customer.test>`, inReplyTo: reply, references: i % 2 ? [reply] : [root, reply] };
      // Vary the order: some threads' replies are processed before their parents even arrive, others arrive together.
      if (i % 4 === 0) early.push(second, first), late.push(parent);
      else if (i % 4 === 1) early.push(first), late.push(second, parent);
      else if (i % 4 === 2) early.push(second), late.push(parent, first);
      else late.push(first, second, parent);
    }
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 6 });
    const send = async (mails: SendMailOptions[]) => (await Promise.all(mails.map((mail) => transport.sendMail(mail)))).map((info) => /Stored as ([0-9a-f-]{36})/.exec(info.response)![1]);
    const earlyIds = await send(early);
    await waitUntilSettled(earlyIds);
    const ids = [...earlyIds, ...(await send(late))];
    transport.close();
    const rows = await waitUntilSettled(ids);
    expect(rows.filter((row) => row.status === 'processed')).toHaveLength(threads * 3);
    // Tickets opened by replies that came first are merged into their thread's ticket when the mail tying them arrives.
    const all = await server.services.db.select().from(tickets).where(inArray(tickets.id, [...new Set(rows.map((row) => row.ticketId!))]));
    const finalTicket = new Map(all.map((ticket) => [ticket.id, ticket.mergedIntoId ?? ticket.id]));
    for (const row of rows) row.ticketId = finalTicket.get(row.ticketId!)!;
    const byThread = new Map<string, Set<string | null>>();
    for (const row of rows) {
      const thread = /smtp-race-(\d+)/.exec(row.messageId)![1];
      byThread.set(thread, (byThread.get(thread) ?? new Set()).add(row.ticketId));
    }
    expect([...byThread.values()].filter((ticketIds) => ticketIds.size !== 1)).toEqual([]);
    const ticketIds = [...new Set(rows.map((row) => row.ticketId!))];
    expect(ticketIds).toHaveLength(threads);
    const counted = await server.services.db.select({ ticketId: messages.ticketId }).from(messages).where(inArray(messages.ticketId, ticketIds));
    expect(counted).toHaveLength(threads * 3);
  });
});
