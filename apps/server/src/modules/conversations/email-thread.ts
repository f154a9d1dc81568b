import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { emailMessageIds, ticketEmailThreads } from '../../db/schema/index.ts';
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

/** Advisory-lock class of e-mail threads (the two-key form keeps it apart from other advisory locks). */
const THREAD_LOCK_CLASS = 7411;

/** The Message-IDs that tie a mail to its thread: its own, In-Reply-To and References (the root and the newest, at most 42). */
export function threadKeys(mail: { messageId: string | null; inReplyTo: string | null; references: string[] }): string[] {
  const references = mail.references.length > 40 ? [...mail.references.slice(0, 20), ...mail.references.slice(-20)] : mail.references;
  return [...new Set([mail.messageId, mail.inReplyTo, ...references].filter((id): id is string => Boolean(id)))];
}

/**
 * Serialises the processing of mails that share any Message-ID (own, In-Reply-To, References) until the transaction
 * ends, so a reply and its parent never decide their tickets concurrently. Locks are taken in hash order (no deadlocks).
 */
export async function lockEmailThread(db: Db, workspaceId: string, keys: string[]): Promise<void> {
  if (!keys.length) return;
  const values = sql.join(keys.map((key) => sql`(${`${workspaceId}:${key}`})`), sql`, `);
  await db.execute(sql`select pg_advisory_xact_lock(${THREAD_LOCK_CLASS}, h) from (select distinct hashtext(k) as h from (values ${values}) as v(k) order by h) as s`);
}

/**
 * Records Message-IDs a mail referenced that are not known yet (its parent has not arrived or not been processed), as
 * `ref` rows of the mail's ticket: when the parent arrives later it finds this ticket by its own Message-ID.
 */
export async function recordReferencedMessageIds(db: Db, { workspaceId, ticketId, referenced }: { workspaceId: string; ticketId: string; referenced: string[] }): Promise<void> {
  if (!referenced.length) return;
  const values = sql.join(referenced.map((id) => sql`(${id})`), sql`, `);
  await db.execute(sql`
    insert into ${emailMessageIds} (workspace_id, message_id, ticket_id, direction)
    select ${workspaceId}, v.id, ${ticketId}, 'ref' from (values ${values}) as v(id)
    where not exists (select 1 from ${emailMessageIds} e where e.workspace_id = ${workspaceId} and e.message_id = v.id)`);
}

/** Strips reply/forward prefixes and our `[#1234]` marker from a subject, for a new ticket's subject. */
export function cleanSubject(subject: string): string {
  let cleaned = subject.replace(/\[(?:[A-Za-z][A-Za-z0-9_-]{0,31}\s*)?#\d{1,12}\]/g, ' ');
  const prefix = /^\s*(re|fw|fwd|aw|wg|vs|vl|sv|vb|vast|vs|ynt|tr|r|antw|odp)\s*(\[\d+\])?\s*:\s*/i;
  while (prefix.test(cleaned)) cleaned = cleaned.replace(prefix, '');
  cleaned = cleaned.replace(/\s+/g, ' ').trim();
  return cleaned.slice(0, 500) || '(no subject)';
}
