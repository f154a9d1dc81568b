import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildAgent, buildWorkspace, type TestUser } from '../../../test/factories.ts';
import { attachments, contactIdentities, inboundEmails, messages, ticketEvents, ticketFollowers, ticketLinks, tickets } from '../../db/schema/index.ts';
import { receiveRawEmail } from '../../channels/email/receive-raw-email.ts';
import { processInboundEmail } from '../../channels/email/process-inbound-email.ts';
import { buildMailbox, rawMail } from '../../channels/email/test-support.ts';
import type { MailboxRow } from '../mailboxes/queries.ts';
import { findThread } from './queries.ts';

let server: TestServer;
let admin: TestUser;
let mailbox: MailboxRow;

async function deliver(raw: Buffer, target: MailboxRow = mailbox) {
  const stored = await receiveRawEmail(server.services, { mailbox: target, raw, source: 'smtp' });
  await processInboundEmail(server.services, stored.id);
  const [row] = await server.services.db.select().from(inboundEmails).where(eq(inboundEmails.id, stored.id));
  return { ...row, duplicate: stored.duplicate };
}

async function ticketOf(id: string | null) {
  const [row] = await server.services.db.select().from(tickets).where(eq(tickets.id, id!));
  return row;
}

async function messagesOf(ticketId: string) {
  return server.services.db.select().from(messages).where(eq(messages.ticketId, ticketId)).orderBy(messages.createdAt);
}

beforeAll(async () => {
  server = await startTestServer({ emailDomain: 'tuki.test', emailRateLimit: 5 });
  ({ admin } = await buildWorkspace(server));
  mailbox = await buildMailbox(server, admin);
});
afterAll(async () => server?.close());

describe('inbound e-mail', () => {
  it('stores the raw mail, then opens a ticket from the visible reply with the quote kept in metadata', async () => {
    const inbound = await deliver(
      rawMail({ to: mailbox.address, cc: 'Boss <boss@customer.test>', subject: 'Printer on fire', body: 'It is burning.\n\nOn Mon, 1 Jan 2026, Someone wrote:\n> old text' }),
    );
    expect(inbound).toMatchObject({ status: 'processed', source: 'smtp', fromAddress: 'casey@customer.test', subject: 'Printer on fire' });
    expect(inbound.raw.toString()).toContain('It is burning.');
    const ticket = await ticketOf(inbound.ticketId);
    expect(ticket).toMatchObject({ subject: 'Printer on fire', channel: 'email', status: 'new' });
    const [message] = await messagesOf(ticket.id);
    expect(message.id).toBe(inbound.createdMessageId);
    expect(message.bodyText).toBe('It is burning.');
    expect(message.metadata).toMatchObject({ email: { quotedText: expect.stringContaining('old text'), rawUrl: `/api/v1/inbound-emails/${inbound.id}/raw` } });
    const thread = await findThread(server.services.db, ticket.id);
    expect(thread?.ccAddresses).toEqual(['boss@customer.test']);
    expect(thread?.replyToken).toMatch(/^[A-Za-z0-9]{16}$/);
  });

  it('makes agents the customer copied followers of the ticket, on the timeline, and keeps only the copied customers for e-mail replies', async () => {
    const agent = await buildAgent(server, admin.workspaceId);
    const first = await deliver(rawMail({ to: mailbox.address, cc: `Our Agent <${agent.email.toUpperCase()}>, Partner <partner@customer.test>`, subject: 'Copying our account manager' }));
    const ticket = await ticketOf(first.ticketId);
    const followers = await server.services.db.select().from(ticketFollowers).where(eq(ticketFollowers.ticketId, ticket.id));
    expect(followers.map((row) => row.userId)).toEqual([agent.id]);
    const timeline = await server.services.db.select().from(ticketEvents).where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.field, 'followerIds')));
    expect(timeline).toHaveLength(1);
    expect(timeline[0].after).toEqual([agent.id]);
    const thread = await findThread(server.services.db, ticket.id);
    // The agent follows the ticket in Tuki; e-mail replies still go to the copied customer, not to the agent as well.
    expect(thread?.ccAddresses).toEqual(['partner@customer.test']);
    // Copied again on the customer's next mail: still one follower, no second timeline entry.
    const messageId = (first.raw.toString().match(/Message-ID: (<[^>]+>)/) ?? [])[1];
    const again = await deliver(rawMail({ to: mailbox.address, cc: agent.email, inReplyTo: messageId, subject: 'Re: Copying our account manager' }));
    expect(again.ticketId).toBe(ticket.id);
    expect(await server.services.db.select().from(ticketFollowers).where(eq(ticketFollowers.ticketId, ticket.id))).toHaveLength(1);
    expect(await server.services.db.select().from(ticketEvents).where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.field, 'followerIds')))).toHaveLength(1);
    expect((await findThread(server.services.db, ticket.id))?.ccAddresses).toEqual(['partner@customer.test']);
  });

  it('makes one message of the same mail delivered twice', async () => {
    const raw = rawMail({ from: 'twice@customer.test', to: mailbox.address, messageId: '<twice-1@customer.test>' });
    const first = await deliver(raw);
    const second = await deliver(raw);
    expect(second.duplicate).toBe(true);
    expect(second.id).toBe(first.id);
    expect((await messagesOf(first.ticketId!)).length).toBe(1);
  });

  it('threads by reply token, by References and by [#number] from the requester, never by subject alone', async () => {
    const opened = await deliver(rawMail({ from: 'threader@customer.test', to: mailbox.address, subject: 'Invoice missing', messageId: '<thread-root@customer.test>' }));
    const ticket = await ticketOf(opened.ticketId);
    const thread = await findThread(server.services.db, ticket.id);
    const [local, domain] = mailbox.address.split('@');

    const byToken = await deliver(rawMail({ from: 'threader@customer.test', to: `${local}+t-${thread!.replyToken}@${domain}`, subject: 'something else' }));
    expect(byToken.ticketId).toBe(ticket.id);
    const byReference = await deliver(rawMail({ from: 'threader@customer.test', to: mailbox.address, subject: 'Re: whatever', inReplyTo: '<thread-root@customer.test>' }));
    expect(byReference.ticketId).toBe(ticket.id);
    const byNumber = await deliver(rawMail({ from: 'threader@customer.test', to: mailbox.address, subject: `Re: Invoice missing [#${ticket.number}]` }));
    expect(byNumber.ticketId).toBe(ticket.id);

    const stranger = await deliver(rawMail({ from: 'mallory@evil.test', to: mailbox.address, subject: `Re: Invoice missing [#${ticket.number}]` }));
    expect(stranger.ticketId).not.toBe(ticket.id);
    const sameSubject = await deliver(rawMail({ from: 'threader@customer.test', to: mailbox.address, subject: 'Invoice missing' }));
    expect(sameSubject.ticketId).not.toBe(ticket.id);
    expect((await messagesOf(ticket.id)).length).toBe(4);
  });

  it('reopens a solved ticket and opens a linked follow-up for a closed one', async () => {
    const opened = await deliver(rawMail({ from: 'solver@customer.test', to: mailbox.address, messageId: '<solve-root@customer.test>' }));
    const solved = await api(server, admin).patch(`/api/v1/tickets/${opened.ticketId}`, { status: 'solved' });
    expect(solved.body).toMatchObject({ status: 'solved' });
    await deliver(rawMail({ from: 'solver@customer.test', to: mailbox.address, inReplyTo: '<solve-root@customer.test>', body: 'Still broken' }));
    expect((await ticketOf(opened.ticketId)).status).toBe('open');

    await server.services.db.update(tickets).set({ status: 'closed', closedAt: new Date(Date.now() - 30 * 86_400_000) }).where(eq(tickets.id, opened.ticketId!));
    const late = await deliver(rawMail({ from: 'solver@customer.test', to: mailbox.address, inReplyTo: '<solve-root@customer.test>', body: 'Broken again' }));
    expect(late.reason).toBe('follow_up');
    expect(late.ticketId).not.toBe(opened.ticketId);
    const links = await server.services.db.select().from(ticketLinks).where(eq(ticketLinks.workspaceId, admin.workspaceId));
    expect(links.some((link) => [link.ticketId, link.relatedId].sort().join() === [late.ticketId, opened.ticketId].sort().join())).toBe(true);
    // A second mail on the old thread joins the follow-up instead of splitting again.
    const again = await deliver(rawMail({ from: 'solver@customer.test', to: mailbox.address, inReplyTo: '<solve-root@customer.test>', body: 'Hello?' }));
    expect(again.ticketId).toBe(late.ticketId);
  });

  it('marks bounces on the contact, adds auto-replies without a ticket split, drops our own mail and flags spam', async () => {
    const opened = await deliver(rawMail({ from: 'gone@customer.test', to: mailbox.address, messageId: '<bounce-root@customer.test>' }));
    const dsn = [
      'From: MAILER-DAEMON@mx.customer.test',
      `To: ${mailbox.address}`,
      'Subject: Undelivered Mail Returned to Sender',
      'Message-ID: <dsn-1@mx.customer.test>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.customer.test',
      '',
      'Final-Recipient: rfc822; gone@customer.test',
      'Action: failed',
      'Status: 5.1.1',
      '--b1--',
      '',
    ].join('\r\n');
    const bounce = await deliver(Buffer.from(dsn));
    expect(bounce).toMatchObject({ status: 'processed', reason: 'bounce' });
    const [identity] = await server.services.db.select().from(contactIdentities).where(and(eq(contactIdentities.workspaceId, admin.workspaceId), eq(contactIdentities.value, 'gone@customer.test')));
    expect(identity.bouncingAt).toBeInstanceOf(Date);

    const auto = await deliver(rawMail({ from: 'gone@customer.test', to: mailbox.address, inReplyTo: '<bounce-root@customer.test>', subject: 'Automatic reply: away', headers: { 'Auto-Submitted': 'auto-replied' } }));
    expect(auto).toMatchObject({ status: 'processed', reason: 'auto_reply', ticketId: opened.ticketId });

    const own = await deliver(rawMail({ from: mailbox.address, to: mailbox.address }));
    expect(own).toMatchObject({ status: 'ignored', reason: 'own_loop', ticketId: null });
    const spam = await deliver(rawMail({ to: mailbox.address, headers: { 'X-Spam-Flag': 'YES' } }));
    expect(spam).toMatchObject({ status: 'spam', ticketId: null });
  });

  it('stops a runaway sender with the per-sender rate limit', async () => {
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await deliver(rawMail({ from: 'loop@robot.test', to: mailbox.address, subject: `Loop ${i}` })));
    expect(results.filter((row) => row.status === 'processed').length).toBe(5);
    expect(results.slice(5).map((row) => row.reason)).toEqual(['rate_limited', 'rate_limited']);
  });

  it('keeps a mail that cannot be processed as failed with its error', async () => {
    const broken = await deliver(Buffer.from('this is not a mail at all'));
    expect(broken.status).toBe('failed');
    expect(broken.error).toBeTruthy();
  });

  it('stores attachments and rewrites inline cid images to the stored file', async () => {
    const raw = [
      'From: shooter@customer.test',
      `To: ${mailbox.address}`,
      'Subject: Screenshot',
      'Message-ID: <cid-1@customer.test>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="r1"',
      '',
      '--r1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>See <img src="cid:shot@x"> <script>alert(1)</script></p>',
      '--r1',
      'Content-Type: image/png; name="shot.png"',
      'Content-ID: <shot@x>',
      'Content-Disposition: inline; filename="shot.png"',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      '--r1--',
      '',
    ].join('\r\n');
    const inbound = await deliver(Buffer.from(raw));
    const [message] = await messagesOf(inbound.ticketId!);
    const files = await server.services.db.select().from(attachments).where(eq(attachments.messageId, message.id));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ filename: 'shot.png', contentType: 'image/png', inline: true });
    expect(message.bodyHtml).toContain(`/api/v1/attachments/${files[0].id}`);
    expect(message.bodyHtml).not.toContain('script');
    // The decoded image is served byte for byte (kept in the database: it is small).
    const image = await server.app.inject({ method: 'GET', url: `/api/v1/attachments/${files[0].id}`, headers: { authorization: `Bearer ${admin.token}` } });
    expect(image.statusCode).toBe(200);
    expect(image.rawPayload.equals(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'))).toBe(true);
    expect(files[0].storageKey).toBeNull();
  });

  it('never lets a reply overtake its unprocessed parent (the parent is processed first)', async () => {
    const parent = await receiveRawEmail(server.services, { mailbox, raw: rawMail({ from: 'racer@customer.test', to: mailbox.address, messageId: '<race-parent@customer.test>' }), source: 'smtp' });
    const child = await receiveRawEmail(server.services, { mailbox, raw: rawMail({ from: 'racer@customer.test', to: mailbox.address, inReplyTo: '<race-parent@customer.test>', body: 'More info' }), source: 'smtp' });
    await processInboundEmail(server.services, child.id);
    await processInboundEmail(server.services, parent.id);
    const rows = await server.services.db.select().from(inboundEmails).where(eq(inboundEmails.mailboxId, mailbox.id));
    const [p, c] = [rows.find((row) => row.id === parent.id)!, rows.find((row) => row.id === child.id)!];
    expect(p.status).toBe('processed');
    expect(c.status).toBe('processed');
    expect(c.ticketId).toBe(p.ticketId);
    expect((await messagesOf(p.ticketId!)).map((message) => message.bodyText)).toEqual(['Hello,\n\nmy printer is on fire.\n\nCasey', 'More info']);
  });
});
