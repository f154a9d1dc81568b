import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildWorkspace, type TestUser } from '../../../test/factories.ts';
import { messages, tickets } from '../../db/schema/index.ts';
import { findOrCreateContact } from '../../modules/contacts/commands/find-or-create-contact.ts';
import type { MailboxRow } from '../../modules/mailboxes/queries.ts';
import { findThread } from '../../modules/conversations/queries.ts';
import { receiveRawEmail } from './receive-raw-email.ts';
import { processInboundEmail } from './process-inbound-email.ts';
import { registerEmailJobs } from './jobs.ts';
import { sendTicketEmail } from './send-email.ts';
import { parseMail } from './parse-mail.ts';
import { buildMailbox, rawMail } from './test-support.ts';
import { startSmtpSink } from './test-smtp-sink.ts';

let server: TestServer;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let admin: TestUser;
let mailbox: MailboxRow;

async function deliver(raw: Buffer) {
  const stored = await receiveRawEmail(server.services, { mailbox, raw, source: 'smtp' });
  await processInboundEmail(server.services, stored.id);
  return stored;
}

async function messageRow(id: string) {
  const [row] = await server.services.db.select().from(messages).where(eq(messages.id, id));
  return row;
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({ smtpRelayUrl: `smtp://127.0.0.1:${sink.port}`, emailDomain: 'tuki.test' });
  ({ admin } = await buildWorkspace(server));
  mailbox = await buildMailbox(server, admin, { senderName: 'Acme Support', signature: 'Acme team' });
  await registerEmailJobs(server.services);
});
afterAll(async () => {
  await server?.close();
  await sink?.close();
});

describe('outbound e-mail through a real SMTP server', () => {
  it('sends the acknowledgement in the contact language, the agent reply with threading headers, and threads the customer answer back', async () => {
    await findOrCreateContact(server.services.db, { workspaceId: admin.workspaceId, email: 'kalle@asiakas.test', name: 'Kalle Asiakas', language: 'fi' });
    await deliver(rawMail({ from: 'Kalle Asiakas <kalle@asiakas.test>', to: mailbox.address, cc: 'pomo@asiakas.test', subject: 'Tulostin ei toimi', messageId: '<kalle-1@asiakas.test>' }));
    const [ticket] = await server.services.db.select().from(tickets).where(eq(tickets.subject, 'Tulostin ei toimi'));

    const ack = await sink.waitFor((raw) => raw.includes(`[#${ticket.number}]`) && /^Auto-Submitted: auto-replied/im.test(raw));
    const ackMail = await parseMail(ack.raw);
    expect(ack.to).toEqual(['kalle@asiakas.test']);
    expect(ackMail.headers['auto-submitted']).toBe('auto-replied');
    expect(ackMail.subject).toBe(`Olemme vastaanottaneet yhteydenottosi [#${ticket.number}]`);
    expect(ackMail.text).toContain('Hei Kalle Asiakas');

    const reply = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'Kokeile käynnistää se uudelleen.' });
    expect(reply.status).toBe(201);
    expect(reply.body.deliveryStatus).toBe('queued');
    const sent = await sink.waitFor((raw) => raw.includes('Re: Tulostin ei toimi'));
    const mail = await parseMail(sent.raw);
    const thread = await findThread(server.services.db, ticket.id);
    const [local, domain] = mailbox.address.split('@');
    expect(mail.subject).toBe(`Re: Tulostin ei toimi [#${ticket.number}]`);
    expect(mail.from).toEqual({ address: mailbox.address, name: 'Acme Support' });
    expect(mail.replyTo[0].address).toBe(`${local}+t-${thread!.replyToken}@${domain}`);
    expect(mail.messageId).toMatch(/^[0-9a-f-]{36}@tuki\.test$/);
    expect(mail.inReplyTo).toBe('kalle-1@asiakas.test');
    expect(mail.references).toContain('kalle-1@asiakas.test');
    expect(mail.cc.map((entry) => entry.address)).toEqual(['pomo@asiakas.test']);
    expect(sent.to.sort()).toEqual(['kalle@asiakas.test', 'pomo@asiakas.test']);
    expect(mail.text).toContain('Kokeile käynnistää se uudelleen.');
    expect(mail.text).toContain('Acme team');
    expect(mail.html).toContain('Kokeile');
    expect((await until(() => messageRow(reply.body.id), (row) => row.deliveryStatus === 'sent')).deliveryStatus).toBe('sent');

    // The customer answers our mail from a client that drops the token address: In-Reply-To still threads it.
    await deliver(rawMail({ from: 'kalle@asiakas.test', to: mailbox.address, subject: 'Re: something', inReplyTo: `<${mail.messageId}>`, body: 'Nyt toimii, kiitos!' }));
    const rows = await server.services.db.select().from(messages).where(eq(messages.ticketId, ticket.id));
    expect(rows.map((row) => row.bodyText)).toContain('Nyt toimii, kiitos!');
  });

  it('records a refused send as failed with the reason and lets an agent resend it', async () => {
    await deliver(rawMail({ from: 'reject-me@customer.test', to: mailbox.address, subject: 'Will bounce at once' }));
    const [ticket] = await server.services.db.select().from(tickets).where(eq(tickets.subject, 'Will bounce at once'));
    const [reply] = await server.services.db
      .insert(messages)
      .values({ workspaceId: admin.workspaceId, ticketId: ticket.id, kind: 'reply', channel: 'email', authorType: 'agent', authorUserId: admin.id, bodyText: 'Hello', deliveryStatus: 'queued' })
      .returning();
    await sendTicketEmail(server.services, reply.id, { isFinal: false });
    const failed = await messageRow(reply.id);
    expect(failed.deliveryStatus).toBe('failed');
    expect(failed.deliveryError).toMatch(/550|User unknown/);

    const resent = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages/${reply.id}/resend`);
    expect(resent.status).toBe(202);
    // The worker picks the resend up and the sink refuses again: failed once more, with the reason.
    const again = await until(() => messageRow(reply.id), (row) => row.deliveryStatus === 'failed');
    expect(again.deliveryError).toMatch(/550|User unknown/);
    const sentReply = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: 'internal' });
    expect((await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages/${sentReply.body.id}/resend`)).status).toBe(409);
  });

  it('lets an agent start a conversation by e-mail; the customer answer joins it by the reply token', async () => {
    const started = await api(server, admin).post('/api/v1/email-tickets', { to: 'new-customer@customer.test', name: 'Nina New', subject: 'Your order has shipped', body: 'Hello Nina, your order is on its way.' });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ channel: 'email', status: 'open', subject: 'Your order has shipped' });
    const sent = await sink.waitFor((raw) => raw.includes('Your order has shipped'));
    const mail = await parseMail(sent.raw);
    expect(mail.subject).toBe(`Your order has shipped [#${started.body.number}]`);
    expect(sent.to).toEqual(['new-customer@customer.test']);
    expect(mail.headers['auto-submitted']).toBeUndefined();
    await deliver(rawMail({ from: 'new-customer@customer.test', to: mail.replyTo[0].address, subject: `Re: ${mail.subject}`, body: 'Great, thanks!' }));
    const rows = await server.services.db.select().from(messages).where(eq(messages.ticketId, started.body.id));
    expect(rows.map((row) => row.bodyText)).toEqual(expect.arrayContaining(['Hello Nina, your order is on its way.', 'Great, thanks!']));
  });

  it('sends blind copies in the envelope only, keeps them on the message, and keeps added copies on the thread', async () => {
    await deliver(rawMail({ from: 'Bea Buyer <bea@customer.test>', to: mailbox.address, subject: 'Invoice is wrong' }));
    const [ticket] = await server.services.db.select().from(tickets).where(eq(tickets.subject, 'Invoice is wrong'));
    const reply = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, {
      kind: 'reply',
      body: 'We corrected the invoice.',
      cc: ['Boss@Customer.test'],
      bcc: ['audit@acme.test', 'bea@customer.test'],
    });
    expect(reply.status).toBe(201);
    expect(reply.body.recipients).toEqual({ to: [], cc: ['boss@customer.test'], bcc: ['audit@acme.test', 'bea@customer.test'] });
    const sent = await sink.waitFor((raw) => raw.includes('We corrected the invoice.'));
    expect(sent.to.sort()).toEqual(['audit@acme.test', 'bea@customer.test', 'boss@customer.test']);
    expect(sent.raw.toString('utf8')).not.toMatch(/audit@acme\.test|^bcc:/im);
    const mail = await parseMail(sent.raw);
    expect(mail.cc.map((entry) => entry.address)).toEqual(['boss@customer.test']);
    const listed = await until(
      () => api(server, admin).get(`/api/v1/tickets/${ticket.id}/messages`),
      (res) => res.body.data.find((message: { id: string }) => message.id === reply.body.id)?.deliveryStatus === 'sent',
    );
    // Agents see who got it: the requester, the copy and the blind copy (the requester is not copied twice).
    expect(listed.body.data.find((message: { id: string }) => message.id === reply.body.id).recipients).toEqual({ to: ['bea@customer.test'], cc: ['boss@customer.test'], bcc: ['audit@acme.test'] });

    // The next reply goes to the copied person again (reply-all) but not to the earlier blind copy.
    await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'One more detail.' });
    const next = await sink.waitFor((raw) => raw.includes('One more detail.'));
    expect(next.to.sort()).toEqual(['bea@customer.test', 'boss@customer.test']);
  });

  it('refuses copies on internal notes and on tickets that are not e-mail, and addresses that are not addresses', async () => {
    await deliver(rawMail({ from: 'cole@customer.test', to: mailbox.address, subject: 'Copies refused' }));
    const [ticket] = await server.services.db.select().from(tickets).where(eq(tickets.subject, 'Copies refused'));
    const note = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: 'internal', bcc: ['audit@acme.test'] });
    expect(note.status).toBe(400);
    expect(note.body.error.code).toBe('validation_failed');
    const web = await api(server, admin).post('/api/v1/tickets', { subject: 'From the web form', body: 'Hi', requester: { email: 'dana@customer.test' }, channel: 'webform' });
    const onWeb = await api(server, admin).post(`/api/v1/tickets/${web.body.id}/messages`, { kind: 'reply', body: 'Hi', cc: ['x@customer.test'] });
    expect(onWeb.status).toBe(400);
    expect(onWeb.body.error.code).toBe('validation_failed');
    const bad = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'Hi', bcc: ['not an address'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
  });

  it('sends blind copies of the first mail of a conversation an agent starts', async () => {
    const started = await api(server, admin).post('/api/v1/email-tickets', { to: 'erin@customer.test', cc: ['frank@customer.test'], bcc: ['records@acme.test'], subject: 'Your refund', body: 'Your refund is on its way.' });
    expect(started.status).toBe(201);
    const sent = await sink.waitFor((raw) => raw.includes('Your refund is on its way.'));
    expect(sent.to.sort()).toEqual(['erin@customer.test', 'frank@customer.test', 'records@acme.test']);
    expect(sent.raw.toString('utf8')).not.toContain('records@acme.test');
    const listed = await api(server, admin).get(`/api/v1/tickets/${started.body.id}/messages`);
    expect(listed.body.data[0].recipients).toMatchObject({ cc: ['frank@customer.test'], bcc: ['records@acme.test'] });
  });

  it('never acknowledges an automatic reply', async () => {
    await deliver(rawMail({ from: 'robot@customer.test', to: mailbox.address, subject: 'Out of office', headers: { 'Auto-Submitted': 'auto-replied' } }));
    const [ticket] = await server.services.db.select().from(tickets).where(eq(tickets.subject, 'Out of office'));
    expect(ticket).toBeDefined();
    const notifications = async (ticketId: string) =>
      (await queryRows<{ n: number }>(server.services.db, sql`select count(*)::int as n from pgboss.job where name = 'email.notify' and data->>'ticketId' = ${ticketId}`))[0].n;
    expect(await notifications(ticket.id)).toBe(0);
    await deliver(rawMail({ from: 'human@customer.test', to: mailbox.address, subject: 'A real question' }));
    const [human] = await server.services.db.select().from(tickets).where(eq(tickets.subject, 'A real question'));
    expect(await notifications(human.id)).toBe(1);
  });
});
