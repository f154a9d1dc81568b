import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { ticketEmailThreads } from '../../db/schema/index.ts';
import { findThread, type EmailThreadRow } from './queries.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random reply token for `support+t-<token>@domain` (16 base-62 characters, ~95 bits). */
export function newReplyToken(): string {
  return [...randomBytes(16)].map((byte) => ALPHABET[byte % 62]).join('');
}

/** The reply address of a thread: the mailbox address with `+t-<token>` in its local part. */
export function replyAddress(mailboxAddress: string, token: string): string {
  const at = mailboxAddress.lastIndexOf('@');
  return `${mailboxAddress.slice(0, at)}+t-${token}${mailboxAddress.slice(at)}`;
}

/** Creates the e-mail thread of a ticket when missing and adds newly copied addresses; returns the thread. */
export async function ensureEmailThread(
  db: Db,
  { workspaceId, ticketId, mailboxId, ccAddresses = [] }: { workspaceId: string; ticketId: string; mailboxId: string | null; ccAddresses?: string[] },
): Promise<EmailThreadRow> {
  const existing = await findThread(db, ticketId);
  const cc = [...new Set(ccAddresses.map((address) => address.trim().toLowerCase()).filter(Boolean))];
  if (!existing) {
    const [row] = await db
      .insert(ticketEmailThreads)
      .values({ workspaceId, ticketId, mailboxId, replyToken: newReplyToken(), ccAddresses: cc })
      .onConflictDoNothing()
      .returning();
    if (row) return row;
    return ensureEmailThread(db, { workspaceId, ticketId, mailboxId, ccAddresses });
  }
  const merged = [...new Set([...existing.ccAddresses, ...cc])];
  const changes: Partial<EmailThreadRow> = {};
  if (merged.length !== existing.ccAddresses.length) changes.ccAddresses = merged;
  if (!existing.mailboxId && mailboxId) changes.mailboxId = mailboxId;
  if (!Object.keys(changes).length) return existing;
  const [row] = await db.update(ticketEmailThreads).set(changes).where(eq(ticketEmailThreads.ticketId, ticketId)).returning();
  return row;
}

/** Strips reply/forward prefixes and our `[#1234]` marker from a subject, for a new ticket's subject. */
export function cleanSubject(subject: string): string {
  let cleaned = subject.replace(/\[(?:[A-Za-z][A-Za-z0-9_-]{0,31}\s*)?#\d{1,12}\]/g, ' ');
  const prefix = /^\s*(re|fw|fwd|aw|wg|vs|vl|sv|vb|vast|vs|ynt|tr|r|antw|odp)\s*(\[\d+\])?\s*:\s*/i;
  while (prefix.test(cleaned)) cleaned = cleaned.replace(prefix, '');
  cleaned = cleaned.replace(/\s+/g, ' ').trim();
  return cleaned.slice(0, 500) || '(no subject)';
}
