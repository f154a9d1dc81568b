import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { buildWorkspace } from '../../../test/factories.ts';
import { inboundEmails } from '../../db/schema/index.ts';
import type { MailboxRow } from '../../modules/mailboxes/queries.ts';
import { receiveRawEmail } from './receive-raw-email.ts';
import { processDueInboundEmails } from './process-inbound-email.ts';
import { startInboundPump } from './inbound-pump.ts';
import { buildMailbox, rawMail } from './test-support.ts';

let server: TestServer;
let mailbox: MailboxRow;

beforeAll(async () => {
  server = await startTestServer({ emailRateLimit: 10_000 });
  const { admin } = await buildWorkspace(server);
  mailbox = await buildMailbox(server, admin);
});
afterAll(async () => {
  await server?.close();
});

const store = (raw: Buffer) => receiveRawEmail(server.services, { mailbox, raw, source: 'webhook' });
const rowsOf = (ids: string[]) => server.services.db.select().from(inboundEmails).where(inArray(inboundEmails.id, ids));

/** A mail without a From header: it parses, but the mailbox rules cannot take it (a processing failure, not a parse failure). */
function mailWithoutSender(subject: string): Buffer {
  return Buffer.from(`To: ${mailbox.address}\r\nSubject: ${subject}\r\nMessage-ID: <${subject.replace(/\W/g, '')}@customer.test>\r\n\r\nWho sent this?\r\n`);
}

describe('the inbound pump', () => {
  it('processes a batch in one go: one failing mail is kept for a retry and the others are settled', async () => {
    const good = await Promise.all([1, 2, 3].map((n) => store(rawMail({ to: mailbox.address, subject: `Batch mail ${n}` }))));
    const nameless = await store(mailWithoutSender('No sender here'));
    const garbage = await store(Buffer.from('garbage without headers'));
    const result = await processDueInboundEmails(server.services, { limit: 10 });
    expect(result.claimed).toBe(5);

    const rows = new Map((await rowsOf([...good.map((g) => g.id), nameless.id, garbage.id])).map((row) => [row.id, row]));
    for (const { id } of good) expect(rows.get(id)).toMatchObject({ status: 'processed', attempts: 1, nextAttemptAt: null });
    for (const { id } of good) expect(rows.get(id)!.ticketId).toBeTruthy();
    // The processing failure is retried later (backoff); the parse failure waits for an admin.
    expect(rows.get(nameless.id)).toMatchObject({ status: 'failed', attempts: 1, error: 'The mail has no From address' });
    expect(rows.get(nameless.id)!.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now());
    expect(rows.get(garbage.id)).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: null });
    expect(rows.get(garbage.id)!.error).toMatch(/^parse: /);

    // Not due yet: nothing is claimed. Once due, it is tried again, and after the last retry it waits for an admin.
    expect((await processDueInboundEmails(server.services, { limit: 10 })).claimed).toBe(0);
    const attempts = [];
    for (let i = 0; i < 6; i++) {
      const [row] = await rowsOf([nameless.id]);
      if (row.nextAttemptAt === null) break;
      await server.services.db.update(inboundEmails).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(eq(inboundEmails.id, nameless.id));
      await processDueInboundEmails(server.services, { limit: 10 });
      attempts.push((await rowsOf([nameless.id]))[0].attempts);
    }
    expect(attempts).toEqual([2, 3, 4, 5]);
    const [final] = await rowsOf([nameless.id]);
    expect(final).toMatchObject({ status: 'failed', attempts: 5, nextAttemptAt: null });
  });

  it('wakes on a stored mail instead of waiting for its next poll, and claims each mail once across lanes', async () => {
    const listen = (channel: string, handler: (payload: string) => void) => server.database.listen(channel, handler);
    // Polling every minute: only the notification sent by storing can make these quick.
    const pump = await startInboundPump(server.services, { lanes: 3, batchSize: 4, pollMs: 60_000, listen });
    try {
      // Let the lanes find nothing and fall asleep first.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = Date.now();
      const stored = await Promise.all(Array.from({ length: 24 }, (_, n) => store(rawMail({ to: mailbox.address, subject: `Woken ${n}` }))));
      const ids = stored.map((entry) => entry.id);
      let rows = await rowsOf(ids);
      while (rows.some((row) => row.status === 'received') && Date.now() - started < 20_000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        rows = await rowsOf(ids);
      }
      expect(rows.map((row) => row.status)).toEqual(ids.map(() => 'processed'));
      expect(rows.every((row) => row.attempts === 1)).toBe(true);
      expect(new Set(rows.map((row) => row.ticketId)).size).toBe(24);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await pump.stop();
    }
  });
});
