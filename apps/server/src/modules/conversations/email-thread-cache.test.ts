import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { messages } from '../../db/schema/index.ts';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { buildTicket, buildWorkspace, type TestUser } from '../../../test/factories.ts';
import { buildMailbox } from '../../channels/email/test-support.ts';
import type { MailboxRow } from '../mailboxes/queries.ts';
import { findContactByEmail } from '../contacts/queries.ts';
import { recordInboundThread } from './email-thread.ts';
import { emptyEmailThreadCache, lookupIds, prefetchEmailThreads } from './email-thread-cache.ts';
import { findTicketsByMessageIds } from './queries.ts';

let server: TestServer;
let admin: TestUser;
let mailbox: MailboxRow;

beforeAll(async () => {
  server = await startTestServer();
  ({ admin } = await buildWorkspace(server));
  mailbox = await buildMailbox(server, admin);
});
afterAll(async () => server?.close());

/** A ticket whose first mail had `messageId` and referred to `referenced`. */
async function threadWith(messageId: string, referenced: string[] = []) {
  const ticket = await buildTicket(server, admin, { requester: { email: `sender-${messageId.replace(/\W/g, '')}@customer.test`, name: 'Sender' } });
  const [first] = await server.services.db.select({ id: messages.id }).from(messages).where(eq(messages.ticketId, ticket.id)).limit(1);
  await recordInboundThread(server.services.db, { workspaceId: admin.workspaceId, ticketId: ticket.id, mailboxId: mailbox.id, ccAddresses: [], ticketMessageId: first.id, messageId, referenced: [messageId, ...referenced] });
  return ticket;
}

describe('the e-mail thread cache of an inbound batch', () => {
  it('answers threading lookups as the database does, from one read for the whole batch', async () => {
    const parent = await threadWith('<parent-1@customer.test>');
    // A reply processed before its own parent arrived named the parent: a `ref` row of the reply's ticket.
    const early = await threadWith('<reply-1@customer.test>', ['<missing-1@customer.test>']);
    const workspaceId = admin.workspaceId;
    const mails = [
      { messageId: '<new-1@customer.test>', inReplyTo: '<parent-1@customer.test>', references: ['<parent-1@customer.test>'] },
      { messageId: '<missing-1@customer.test>', inReplyTo: null, references: [] },
      { messageId: '<lonely-1@customer.test>', inReplyTo: '<unknown-1@customer.test>', references: [] },
    ];
    const cache = await prefetchEmailThreads(server.services.db, mails.map((mail) => ({ workspaceId, fromAddress: null, messageIds: lookupIds(mail) })));
    for (const mail of mails) {
      const fromDatabase = await findTicketsByMessageIds(server.services.db, workspaceId, [mail.inReplyTo ?? '', ...mail.references], mail.messageId);
      expect(await cache.findTicketsByMessageIds(server.services.db, workspaceId, [mail.inReplyTo ?? '', ...mail.references], mail.messageId)).toEqual(fromDatabase);
    }
    expect(await cache.findTicketsByMessageIds(server.services.db, workspaceId, ['<parent-1@customer.test>'], '<new-1@customer.test>')).toEqual({ referenced: parent.id, earlyReply: undefined });
    expect(await cache.findTicketsByMessageIds(server.services.db, workspaceId, [], '<missing-1@customer.test>')).toEqual({ referenced: undefined, earlyReply: early.id });
    // An id the batch never read is looked up in the database.
    expect(await cache.findTicketsByMessageIds(server.services.db, workspaceId, ['<parent-1@customer.test>'], '<not-read@customer.test>')).toEqual({ referenced: parent.id, earlyReply: undefined });
  });

  it('learns what the batch writes, so a reply finds its parent processed earlier in the same batch, and forgets it when rolled back', async () => {
    const workspaceId = admin.workspaceId;
    const parent = { messageId: '<batch-parent@customer.test>', inReplyTo: null, references: [] };
    const reply = { messageId: '<batch-reply@customer.test>', inReplyTo: parent.messageId, references: [parent.messageId] };
    const cache = await prefetchEmailThreads(server.services.db, [parent, reply].map((mail) => ({ workspaceId, fromAddress: null, messageIds: lookupIds(mail) })));
    expect(await cache.findTicketsByMessageIds(server.services.db, workspaceId, [parent.messageId], reply.messageId)).toEqual({ referenced: undefined, earlyReply: undefined });

    const restore = cache.checkpoint();
    cache.rememberMessageIds({ workspaceId, ticketId: 'ticket-of-parent', messageId: parent.messageId, referenced: [parent.messageId] });
    expect(await cache.findTicketsByMessageIds(server.services.db, workspaceId, [parent.messageId], reply.messageId)).toEqual({ referenced: 'ticket-of-parent', earlyReply: undefined });
    restore();
    expect(await cache.findTicketsByMessageIds(server.services.db, workspaceId, [parent.messageId], reply.messageId)).toEqual({ referenced: undefined, earlyReply: undefined });

    // A reply remembered first leaves a `ref` row for its parent: the parent then finds the reply's ticket as an early reply.
    cache.rememberMessageIds({ workspaceId, ticketId: 'ticket-of-reply', messageId: reply.messageId, referenced: lookupIds(reply) });
    expect(await cache.findTicketsByMessageIds(server.services.db, workspaceId, [], parent.messageId)).toEqual({ referenced: undefined, earlyReply: 'ticket-of-reply' });
  });

  it('creates a new sender once and remembers it, and finds known senders without asking again', async () => {
    const workspaceId = admin.workspaceId;
    const known = await buildTicket(server, admin, { requester: { email: 'Known.Sender@Customer.test', name: 'Known' } });
    const cache = await prefetchEmailThreads(server.services.db, [
      { workspaceId, fromAddress: 'known.sender@customer.test', messageIds: [] },
      { workspaceId, fromAddress: 'brand.new@customer.test', messageIds: [] },
    ]);
    expect(await cache.findOrCreateContact(server.services.db, { workspaceId, email: 'KNOWN.sender@customer.test', name: null })).toMatchObject({ id: known.requesterId, created: false });
    const created = await cache.findOrCreateContact(server.services.db, { workspaceId, email: 'brand.new@customer.test', name: 'Brand New' });
    expect(created).toMatchObject({ created: true });
    expect(await findContactByEmail(server.services.db, workspaceId, 'brand.new@customer.test')).toMatchObject({ id: created.id });
    expect(await cache.findOrCreateContact(server.services.db, { workspaceId, email: 'brand.new@customer.test', name: 'Brand New' })).toMatchObject({ id: created.id, created: false });
    // Without a read up front it behaves like findOrCreateContact.
    expect(await emptyEmailThreadCache().findOrCreateContact(server.services.db, { workspaceId, email: 'brand.new@customer.test', name: null })).toMatchObject({ id: created.id, created: false });
  });
});
