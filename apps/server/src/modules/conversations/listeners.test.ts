import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { api, buildTicket, buildWorkspace, type TestUser } from '../../../test/factories.ts';
import { registerEmailJobs } from '../../channels/email/jobs.ts';
import { parseMail } from '../../channels/email/parse-mail.ts';
import { buildMailbox } from '../../channels/email/test-support.ts';
import { startSmtpSink } from '../../channels/email/test-smtp-sink.ts';

let server: TestServer;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let admin: TestUser;

/** How many solved notices were queued for a ticket (pg-boss keeps finished jobs). */
async function solvedNotices(ticketId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    server.services.db,
    sql`select count(*)::int as n from pgboss.job where name = 'email.notify' and data->>'ticketId' = ${ticketId} and data->>'kind' = 'solved'`,
  );
  return row.n;
}

/** The automatic notice the sink received for an address (subjects are RFC 2047 encoded, so match the envelope). */
async function noticeTo(address: string) {
  return sink.waitFor((raw) => /^Auto-Submitted: auto-replied/im.test(raw) && raw.includes(address));
}

async function emailTicket(subject: string, requester: { email: string; name?: string; language?: 'en' | 'fi' | 'et' | 'nb' }) {
  return buildTicket(server, admin, { subject, channel: 'email', requester });
}

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({ smtpRelayUrl: `smtp://127.0.0.1:${sink.port}`, emailDomain: 'tuki.test' });
  ({ admin } = await buildWorkspace(server));
  await buildMailbox(server, admin, { senderName: 'Acme Support' });
  await registerEmailJobs(server.services);
});
afterAll(async () => {
  await server?.close();
  await sink?.close();
});

describe('the solved notice, whichever path solves an e-mail ticket', () => {
  it('is sent when PATCH /api/v1/tickets/:id solves the ticket, in the contact language with the edited template, once per solve', async () => {
    const saved = await api(server, admin).put('/api/v1/email-templates/solved/nb', { subject: 'Løst: {{subject}} [#{{number}}]', body: 'Hei {{name}}, saken er løst. Hilsen {{senderName}}' });
    expect(saved.status).toBe(200);
    const ticket = await emailTicket('Pakken kom ikke', { email: 'ola@kunde.test', name: 'Ola Nordmann', language: 'nb' });

    const solved = await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { status: 'solved' });
    expect(solved.status).toBe(200);
    const notice = await noticeTo('ola@kunde.test');
    const mail = await parseMail(notice.raw);
    expect(notice.to).toEqual(['ola@kunde.test']);
    expect(mail.subject).toBe(`Løst: Pakken kom ikke [#${ticket.number}]`);
    expect(mail.text).toContain('Hei Ola Nordmann, saken er løst. Hilsen Acme Support');

    // Saving it as solved again, or closing it, is not a new solve.
    expect((await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { status: 'solved', tags: ['shipping'] })).status).toBe(200);
    expect((await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { status: 'closed' })).status).toBe(200);
    expect(await solvedNotices(ticket.id)).toBe(1);
  });

  it('is sent again when a reopened ticket is solved again', async () => {
    const ticket = await emailTicket('Solved twice', { email: 'twice@customer.test' });
    await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { status: 'solved' });
    await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { status: 'open' });
    await api(server, admin).patch(`/api/v1/tickets/${ticket.id}`, { status: 'solved' });
    expect(await solvedNotices(ticket.id)).toBe(2);
  });

  it('is sent for each e-mail ticket a bulk update solves, and never for tickets from other channels', async () => {
    const first = await emailTicket('Bulk one', { email: 'bulk-one@customer.test', language: 'fi' });
    const second = await emailTicket('Bulk two', { email: 'bulk-two@customer.test', language: 'et' });
    const web = await buildTicket(server, admin, { subject: 'Bulk web form', channel: 'webform', requester: { email: 'bulk-web@customer.test' } });
    const res = await api(server, admin).post('/api/v1/tickets/bulk', { ids: [first.id, second.id, web.id], changes: { status: 'solved' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ updated: 3, failed: [] });
    const fi = await noticeTo('bulk-one@customer.test');
    expect((await parseMail(fi.raw)).subject).toBe(`Pyyntösi on ratkaistu [#${first.number}]`);
    const et = await noticeTo('bulk-two@customer.test');
    expect((await parseMail(et.raw)).subject).toBe(`Teie pöördumine on lahendatud [#${second.number}]`);
    expect(await solvedNotices(web.id)).toBe(0);
    expect(sink.mails.some((mail) => mail.to.includes('bulk-web@customer.test'))).toBe(false);
  });

  it('is sent for an e-mail ticket created already solved, and not for one created open', async () => {
    const solved = await buildTicket(server, admin, { subject: 'Solved on the spot', channel: 'email', requester: { email: 'on-the-spot@customer.test' }, status: 'solved' });
    const notice = await noticeTo('on-the-spot@customer.test');
    expect((await parseMail(notice.raw)).subject).toBe(`Your request has been solved [#${solved.number}]`);
    expect(await solvedNotices(solved.id)).toBe(1);
    const open = await emailTicket('Still open', { email: 'still-open@customer.test' });
    expect(await solvedNotices(open.id)).toBe(0);
  });

  it('is sent once when a reply solves the ticket', async () => {
    const ticket = await emailTicket('Solved by a reply', { email: 'reply-solved@customer.test' });
    const reply = await api(server, admin).post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'Fixed it for you.', status: 'solved' });
    expect(reply.status).toBe(201);
    await sink.waitFor((raw) => raw.includes('Fixed it for you.'));
    const notice = await noticeTo('reply-solved@customer.test');
    expect(notice.to).toEqual(['reply-solved@customer.test']);
    expect((await parseMail(notice.raw)).subject).toBe(`Your request has been solved [#${ticket.number}]`);
    expect(await solvedNotices(ticket.id)).toBe(1);
  });
});
