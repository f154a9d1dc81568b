import { and, desc, eq, getTableColumns, inArray, notInArray, sql } from 'drizzle-orm';
import { keysetAfter } from '../../db/keyset.ts';
import { columnList, compiledStatement, queryRows, rowFromJson, type Db } from '../../db/client.ts';
import { inboundEmails, mailboxes } from '../../db/schema/index.ts';
import { found } from '../../lib/errors.ts';
import { cached } from '../../events/shared-cache.ts';

/** How long mailbox routing stays cached; every mailbox change also drops it on every instance at once. */
const MAILBOX_CACHE_MS = 30_000;

/** A mailbox row (with its secrets: never send it to a client as is; use the presenter). */
export type MailboxRow = typeof mailboxes.$inferSelect;
/** An inbound mail row without its raw bytes. */
export type InboundEmailRow = Omit<typeof inboundEmails.$inferSelect, 'raw'>;
/** Statuses an inbound mail moves through. */
export const INBOUND_STATUSES = ['received', 'processed', 'ignored', 'spam', 'failed'] as const;
/** One inbound mail status. */
export type InboundStatus = (typeof INBOUND_STATUSES)[number];

const { raw: _raw, ...inboundColumns } = getTableColumns(inboundEmails);

/** Lower-cases an address and drops a `+tag` from its local part (`support+t-x@a.fi` → `support@a.fi`). */
export function baseAddress(address: string): string {
  const normalized = address.trim().toLowerCase();
  const at = normalized.lastIndexOf('@');
  if (at < 0) return normalized;
  return `${normalized.slice(0, at).split('+')[0]}${normalized.slice(at)}`;
}

/** Loads a mailbox of a workspace; throws not_found. */
export async function getMailbox(db: Db, workspaceId: string, mailboxId: string): Promise<MailboxRow> {
  const [row] = await db.select().from(mailboxes).where(and(eq(mailboxes.workspaceId, workspaceId), eq(mailboxes.id, mailboxId))).limit(1);
  return found(row, 'Mailbox');
}

/** Loads a mailbox by id in any workspace (transport edges that only know the id); throws not_found. */
export async function getMailboxById(db: Db, mailboxId: string): Promise<MailboxRow> {
  const [row] = await db.select().from(mailboxes).where(eq(mailboxes.id, mailboxId)).limit(1);
  return found(row, 'Mailbox');
}

/** Like getMailboxById, from the shared cache (inbound mail processing: routing settings, not IMAP fetch state). */
export async function getCachedMailboxById(db: Db, mailboxId: string): Promise<MailboxRow> {
  return cached('mailboxes', `id:${mailboxId}`, MAILBOX_CACHE_MS, () => getMailboxById(db, mailboxId));
}

/** The active mailbox that receives mail for an address (plus-tags ignored), or undefined; cached (every SMTP recipient asks). */
export async function findActiveMailboxByAddress(db: Db, address: string): Promise<MailboxRow | undefined> {
  const base = baseAddress(address);
  return cached('mailboxes', `address:${base}`, MAILBOX_CACHE_MS, async () => {
    const [row] = await db.select().from(mailboxes).where(and(eq(mailboxes.address, base), eq(mailboxes.active, true))).limit(1);
    return row;
  });
}

/** The mailboxes of a workspace, by address. */
export async function findMailboxes(db: Db, workspaceId: string): Promise<MailboxRow[]> {
  return db.select().from(mailboxes).where(eq(mailboxes.workspaceId, workspaceId)).orderBy(mailboxes.address).limit(500);
}

/** Every address of an active mailbox (our own addresses, for loop detection). */
export async function findOwnAddresses(db: Db): Promise<string[]> {
  return cached('mailboxes', 'own', MAILBOX_CACHE_MS, async () => {
    const rows = await db.select({ address: mailboxes.address }).from(mailboxes).where(eq(mailboxes.active, true));
    return rows.map((row) => row.address);
  });
}

/** Active mailboxes that fetch over IMAP. */
export async function findImapMailboxes(db: Db): Promise<MailboxRow[]> {
  return db
    .select()
    .from(mailboxes)
    .where(and(eq(mailboxes.active, true), sql`${mailboxes.imapHost} is not null`));
}

/** Loads an inbound mail (without raw bytes) of a workspace; throws not_found. */
export async function getInboundEmail(db: Db, workspaceId: string, id: string): Promise<InboundEmailRow> {
  const [row] = await db.select(inboundColumns).from(inboundEmails).where(and(eq(inboundEmails.workspaceId, workspaceId), eq(inboundEmails.id, id))).limit(1);
  return found(row, 'Inbound email');
}

/** The raw RFC 822 bytes of an inbound mail. */
export async function getInboundEmailRaw(db: Db, id: string): Promise<Buffer> {
  const [row] = await db.select({ raw: inboundEmails.raw }).from(inboundEmails).where(eq(inboundEmails.id, id)).limit(1);
  return found(row, 'Inbound email').raw;
}

/** Inbound mail of a mailbox, newest first, optionally by status; cursor is the last (receivedAt, id). */
export async function findInboundEmails(
  db: Db,
  mailbox: MailboxRow,
  { status, limit, before }: { status?: InboundStatus; limit: number; before?: { receivedAt: string; id: string } },
) {
  const rows = await db
    .select(inboundColumns)
    .from(inboundEmails)
    .where(
      and(
        eq(inboundEmails.mailboxId, mailbox.id),
        status ? eq(inboundEmails.status, status) : undefined,
        before
          ? keysetAfter(inboundEmails.receivedAt, inboundEmails.id, { value: new Date(before.receivedAt), id: before.id }, 'desc')
          : undefined,
      ),
    )
    .orderBy(desc(inboundEmails.receivedAt), desc(inboundEmails.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** A stored mail claimed for processing: its row with the raw bytes, locked until the claiming transaction ends. */
export type ClaimedInboundEmail = typeof inboundEmails.$inferSelect;

/**
 * Claims mail due for processing (or the given mails, whatever their schedule) and locks it until the transaction ends:
 * other workers skip it, and if this worker dies the lock goes and the mail is due again. Oldest first.
 */
export async function claimDueInboundEmails(db: Db, { limit, ids }: { limit: number; ids?: string[] }): Promise<ClaimedInboundEmail[]> {
  if (ids) {
    if (!ids.length) return [];
    return db
      .select()
      .from(inboundEmails)
      .where(and(inArray(inboundEmails.id, ids), inArray(inboundEmails.status, ['received', 'failed'])))
      .orderBy(inboundEmails.receivedAt)
      .for('update');
  }
  return (await claimDue(db, { limit })).map((row) => rowFromJson(inboundEmails, row));
}

/** The claim of every batch: compiled once and prepared. */
const claimDue = compiledStatement<Record<string, unknown>>(
  'tuki_claim_inbound',
  () =>
    sql`select ${columnList(inboundEmails)} from ${inboundEmails} where next_attempt_at <= now() order by next_attempt_at limit ${sql.placeholder('limit')} for update skip locked`,
);

/**
 * Claims unsettled mails (received, or failed with a retry ahead) of the given mailboxes whose Message-IDs are among
 * `messageIds`: the parents a batch's replies refer to, processed first. Mails another worker holds are skipped.
 */
export async function claimPendingParents(db: Db, { mailboxIds, messageIds, excludeIds }: { mailboxIds: string[]; messageIds: string[]; excludeIds: string[] }): Promise<ClaimedInboundEmail[]> {
  const ids = [...new Set(messageIds.filter(Boolean))].slice(0, 200);
  if (!ids.length || !mailboxIds.length) return [];
  return db
    .select()
    .from(inboundEmails)
    .where(
      and(
        inArray(inboundEmails.mailboxId, [...new Set(mailboxIds)]),
        inArray(inboundEmails.messageId, ids),
        inArray(inboundEmails.status, ['received', 'failed']),
        sql`${inboundEmails.nextAttemptAt} is not null`,
        excludeIds.length ? notInArray(inboundEmails.id, excludeIds) : undefined,
      ),
    )
    .orderBy(inboundEmails.receivedAt)
    .limit(20)
    .for('update', { skipLocked: true });
}

/** How many mails each sender sent its workspace since `since` (the per-sender rate limit), keyed `workspaceId sender`. */
export async function countRecentInboundBySender(db: Db, senders: { workspaceId: string; fromAddress: string }[], since: Date): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (!senders.length) return counts;
  const unique = [...new Map(senders.map((sender) => [`${sender.workspaceId} ${sender.fromAddress}`, sender])).values()];
  const rows = await queryRows<{ workspace_id: string; from_address: string; n: number }>(
    db,
    // A lateral count per sender probes the sender index; a join let PostgreSQL hash the whole table on every batch.
    sql`
    select s.w as workspace_id, s.f as from_address, c.n
    from jsonb_to_recordset(${JSON.stringify(unique.map((sender) => ({ w: sender.workspaceId, f: sender.fromAddress })))}::jsonb) as s(w uuid, f text)
    cross join lateral (
      select count(*)::int as n from ${inboundEmails} i where i.workspace_id = s.w and i.from_address = s.f and i.received_at > ${since.toISOString()}::timestamptz
    ) c
    where c.n > 0`,
    { prepare: 'tuki_count_inbound_by_sender' },
  );
  for (const row of rows) counts.set(`${row.workspace_id} ${row.from_address}`, row.n);
  return counts;
}
