import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { ImapFlow } from 'imapflow';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { buildWorkspace, type TestUser } from '../../../test/factories.ts';
import { inboundEmails, mailboxes } from '../../db/schema/index.ts';
import { getMailboxById, type MailboxRow } from '../../modules/mailboxes/queries.ts';
import { connectImap, fetchImapMailbox, startImapFetchers } from './imap-fetcher.ts';
import { buildMailbox, rawMail } from './test-support.ts';
import { hasDovecot, startDovecot, type TestDovecot } from './test-dovecot.ts';

if (!hasDovecot) console.warn('IMAP tests skipped: /usr/sbin/dovecot is missing (apt-get install dovecot-imapd)');

describe.skipIf(!hasDovecot)('IMAP fetching from a real Dovecot', () => {
  let server: TestServer;
  let dovecot: TestDovecot;
  let admin: TestUser;
  let client: ImapFlow;

  const imap = (folder = 'INBOX', extra: Record<string, unknown> = {}) => ({
    host: '127.0.0.1',
    port: dovecot.port,
    secure: false,
    user: dovecot.user,
    password: dovecot.password,
    folder,
    ...extra,
  });

  async function append(folder: string, count: number, tag: string) {
    for (let i = 0; i < count; i++) await client.append(folder, rawMail({ to: 'support@help.test', subject: `${tag} ${i}`, messageId: `<${tag}-${i}@customer.test>` }));
  }

  async function storedOf(mailbox: MailboxRow) {
    return server.services.db.select().from(inboundEmails).where(eq(inboundEmails.mailboxId, mailbox.id));
  }

  async function fetchOnce(mailbox: MailboxRow) {
    const connection = connectImap(await getMailboxById(server.services.db, mailbox.id));
    await connection.connect();
    try {
      return await fetchImapMailbox(server.services, await getMailboxById(server.services.db, mailbox.id), connection);
    } finally {
      await connection.logout();
    }
  }

  beforeAll(async () => {
    dovecot = await startDovecot();
    server = await startTestServer();
    ({ admin } = await buildWorkspace(server));
    client = new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
    await client.connect();
  });
  afterAll(async () => {
    await client?.logout().catch(() => undefined);
    await server?.close();
    await dovecot?.stop();
  });

  it('stores new mail, flags it \\Seen and resumes after a restart without duplicates', async () => {
    await client.mailboxCreate('Flagged');
    const mailbox = await buildMailbox(server, admin, { imap: imap('Flagged') });
    await append('Flagged', 3, 'flag');
    expect(await fetchOnce(mailbox)).toEqual({ stored: 3, duplicates: 0 });
    const rows = await storedOf(mailbox);
    expect(rows.map((row) => row.source)).toEqual(['imap', 'imap', 'imap']);
    const seen = (await client.status('Flagged', { unseen: true })) as { unseen?: number };
    expect(seen.unseen).toBe(0);
    const state = await getMailboxById(server.services.db, mailbox.id);
    expect(state.imapLastUid).toBe(3);
    expect(state.imapUidValidity).toBeGreaterThan(0);
    expect(state.lastFetchAt).toBeInstanceOf(Date);

    await dovecot.restart();
    await client.logout().catch(() => undefined);
    client = new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
    await client.connect();
    await append('Flagged', 1, 'after-restart');
    expect(await fetchOnce(mailbox)).toEqual({ stored: 1, duplicates: 0 });

    // A crash after storing but before saving the UID: the next round sees the mail again and stores nothing twice.
    await server.services.db.update(mailboxes).set({ imapLastUid: 0 }).where(eq(mailboxes.id, mailbox.id));
    expect(await fetchOnce(mailbox)).toEqual({ stored: 0, duplicates: 4 });
    expect(await storedOf(mailbox)).toHaveLength(4);
  });

  it('moves processed mail to a folder when configured', async () => {
    await client.mailboxCreate('Moving');
    const mailbox = await buildMailbox(server, admin, { imap: imap('Moving', { processedAction: 'move', processedFolder: 'Moving.Done' }) });
    await append('Moving', 2, 'move');
    expect(await fetchOnce(mailbox)).toEqual({ stored: 2, duplicates: 0 });
    expect(((await client.status('Moving', { messages: true })) as { messages?: number }).messages).toBe(0);
    expect(((await client.status('Moving.Done', { messages: true })) as { messages?: number }).messages).toBe(2);
  });

  it('runs one loop per mailbox concurrently, records connection errors on the mailbox and keeps retrying', async () => {
    await client.mailboxCreate('LoopA');
    await client.mailboxCreate('LoopB');
    const a = await buildMailbox(server, admin, { imap: imap('LoopA') });
    const b = await buildMailbox(server, admin, { imap: imap('LoopB') });
    const broken = await buildMailbox(server, admin, { imap: imap('INBOX', { password: 'wrong-password' }) });
    await append('LoopA', 1, 'loop-a');
    await append('LoopB', 1, 'loop-b');
    const stop = startImapFetchers(server.services, { pollMs: 200, rescanMs: 200 });
    try {
      const deadline = Date.now() + 20_000;
      let state = { a: 0, b: 0, error: null as string | null };
      while (Date.now() < deadline) {
        state = { a: (await storedOf(a)).length, b: (await storedOf(b)).length, error: (await getMailboxById(server.services.db, broken.id)).lastError };
        if (state.a && state.b && state.error) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(state.a).toBe(1);
      expect(state.b).toBe(1);
      expect(state.error).toBeTruthy();
      // New mail while the loop is waiting (IDLE or the next poll) is picked up too.
      await append('LoopA', 1, 'loop-a-late');
      const until = Date.now() + 10_000;
      while (Date.now() < until && (await storedOf(a)).length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await storedOf(a)).toHaveLength(2);
    } finally {
      await stop();
    }
  });
});
