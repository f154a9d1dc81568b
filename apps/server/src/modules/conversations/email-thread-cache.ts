import type { Db } from '../../db/client.ts';
import { findOrCreateContact, type FoundContact } from '../contacts/commands/find-or-create-contact.ts';
import { findContactByEmail, findContactsByEmails, normalizeEmail } from '../contacts/queries.ts';
import { cappedReferences, findMessageIdRows, findTicketsByMessageIds, type MessageIdRow } from './queries.ts';

type CachedRow = MessageIdRow & { order: number };

/**
 * What threading reads for a batch of inbound mail, read up front in one statement per kind and kept up to date with
 * what the batch writes: the senders' contacts and the stored rows of every Message-ID the mails name. Only valid while
 * the batch holds the thread locks of its mails (`lockEmailThreads` with their thread keys and `from:` sender keys), so
 * no one else writes those rows meanwhile. Anything not read up front is looked up in the database as usual.
 */
export type EmailThreadCache = {
  findOrCreateContact(db: Db, input: { workspaceId: string; email: string; name: string | null }): Promise<FoundContact>;
  /** As `findTicketsByMessageIds` in queries.ts. */
  findTicketsByMessageIds(db: Db, workspaceId: string, referencedIds: string[], ownId: string | null): Promise<{ referenced?: string; earlyReply?: string }>;
  /** Mirrors `recordInboundThread` after it wrote: the own id as `in`, each referenced id not known yet as `ref`. */
  rememberMessageIds(input: { workspaceId: string; ticketId: string; messageId: string | null; referenced: string[] }): void;
  /** Marks the current state; the returned function restores it (a mail rolled back to its savepoint). */
  checkpoint(): () => void;
};

/** The ids threading looks up for a mail: its References and In-Reply-To (as `findTicketsByMessageIds` caps them) and its own. */
export function lookupIds(mail: { messageId: string | null; inReplyTo: string | null; references: string[] }): string[] {
  return [...new Set([...cappedReferences([mail.inReplyTo ?? '', ...mail.references]), ...(mail.messageId ? [mail.messageId] : [])])];
}

/** Reads the contacts of the senders and the rows of the Message-IDs of a batch of mail: two statements for the whole batch. */
export async function prefetchEmailThreads(
  db: Db,
  mails: { workspaceId: string; fromAddress: string | null; messageIds: string[] }[],
): Promise<EmailThreadCache> {
  const senders = mails.flatMap((mail) => (mail.fromAddress ? [{ workspaceId: mail.workspaceId, email: mail.fromAddress }] : []));
  const ids = [...new Map(mails.flatMap((mail) => mail.messageIds.map((messageId) => [`${mail.workspaceId} ${messageId}`, { workspaceId: mail.workspaceId, messageId }]))).values()];
  const [contacts, rows] = [await findContactsByEmails(db, senders), await findMessageIdRows(db, ids)];
  return createEmailThreadCache({
    contacts,
    knownSenders: new Set(senders.map((sender) => `${sender.workspaceId} ${normalizeEmail(sender.email)}`)),
    rows,
    knownIds: new Set(ids.map((id) => `${id.workspaceId} ${id.messageId}`)),
  });
}

/** A cache that knows nothing up front: every lookup goes to the database (a mail processed on its own). */
export function emptyEmailThreadCache(): EmailThreadCache {
  return createEmailThreadCache({ contacts: new Map(), knownSenders: new Set(), rows: [], knownIds: new Set() });
}

function createEmailThreadCache(initial: { contacts: Map<string, { id: string; language: string }>; knownSenders: Set<string>; rows: MessageIdRow[]; knownIds: Set<string> }): EmailThreadCache {
  let contacts = new Map(initial.contacts);
  let knownSenders = new Set(initial.knownSenders);
  let knownIds = new Set(initial.knownIds);
  // Rows by `${workspaceId} ${messageId}`; `order` grows with recency (read rows below zero, written rows above).
  let rows = new Map<string, CachedRow[]>();
  initial.rows.forEach((row, index) => push(rows, { ...row, order: -index }));
  let written = 0;

  return {
    async findOrCreateContact(db, { workspaceId, email, name }) {
      const key = `${workspaceId} ${normalizeEmail(email)}`;
      const cached = contacts.get(key);
      if (cached) return { ...cached, created: false };
      const contact = await findOrCreateContact(db, { workspaceId, email, name }, { knownAbsent: knownSenders.has(key) });
      contacts.set(key, { id: contact.id, language: contact.language });
      knownSenders.add(key);
      return contact;
    },
    async findTicketsByMessageIds(db, workspaceId, referencedIds, ownId) {
      const ids = cappedReferences(referencedIds);
      const all = ownId ? [...ids, ownId] : ids;
      if (!all.every((id) => knownIds.has(`${workspaceId} ${id}`))) return findTicketsByMessageIds(db, workspaceId, referencedIds, ownId);
      const found = all.flatMap((id) => rows.get(`${workspaceId} ${id}`) ?? []).sort((a, b) => b.order - a.order);
      const referenced = found.find((row) => ids.includes(row.messageId))?.ticketId;
      const earlyReply = found.findLast((row) => row.messageId === ownId && row.direction === 'ref')?.ticketId;
      return { referenced, earlyReply };
    },
    rememberMessageIds({ workspaceId, ticketId, messageId, referenced }) {
      if (messageId) push(rows, { workspaceId, messageId, ticketId, direction: 'in', order: ++written });
      for (const id of referenced) {
        if (id === messageId) continue;
        const key = `${workspaceId} ${id}`;
        // Unknown here: whether a `ref` row was written depends on rows this cache never read, so ask the database next time.
        if (!knownIds.has(key)) continue;
        if (!rows.get(key)?.length) push(rows, { workspaceId, messageId: id, ticketId, direction: 'ref', order: ++written });
      }
    },
    checkpoint() {
      const saved = { contacts: new Map(contacts), knownSenders: new Set(knownSenders), knownIds: new Set(knownIds), rows: new Map([...rows].map(([key, list]) => [key, [...list]])), written };
      return () => {
        ({ contacts, knownSenders, knownIds, rows, written } = saved);
      };
    },
  };
}

function push(rows: Map<string, CachedRow[]>, row: CachedRow) {
  const key = `${row.workspaceId} ${row.messageId}`;
  const list = rows.get(key);
  if (list) list.push(row);
  else rows.set(key, [row]);
}
