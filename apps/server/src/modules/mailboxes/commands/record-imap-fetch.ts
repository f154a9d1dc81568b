import { eq } from 'drizzle-orm';
import { mailboxes } from '../../../db/schema/index.ts';
import type { Services } from '../../../lib/context.ts';

/** Fetch state of an IMAP mailbox: progress (UIDVALIDITY + last UID) after each stored mail, success time, or the error admins should see. */
export type ImapFetchRecord = { uidValidity: number; lastUid: number } | { fetchedAt: Date } | { error: string };

/** Records IMAP fetch progress, a successful round, or a connection/fetch error on the mailbox. */
export async function recordImapFetch(services: Services, mailboxId: string, record: ImapFetchRecord): Promise<void> {
  const values =
    'error' in record
      ? { lastError: record.error.slice(0, 2000), lastErrorAt: new Date() }
      : 'fetchedAt' in record
        ? { lastFetchAt: record.fetchedAt, lastError: null, lastErrorAt: null }
        : { imapUidValidity: record.uidValidity, imapLastUid: record.lastUid };
  await services.db.update(mailboxes).set(values).where(eq(mailboxes.id, mailboxId));
}
