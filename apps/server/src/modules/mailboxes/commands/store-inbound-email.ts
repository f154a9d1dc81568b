import { and, eq, or, sql } from 'drizzle-orm';
import { compiledStatement, type Db } from '../../../db/client.ts';
import { inboundEmails } from '../../../db/schema/index.ts';
import type { Services } from '../../../lib/context.ts';
import { createWriteBatcher, type WriteBatcher } from '../../../lib/write-batcher.ts';
import type { MailboxRow } from '../queries.ts';

/** What a transport hands over: the raw bytes and the key that makes redelivery idempotent. */
export type StoreInboundEmailInput = { mailbox: MailboxRow; raw: Buffer; source: 'smtp' | 'imap' | 'webhook'; messageId: string; fromAddress: string | null; subject: string | null };

/** The channel workers listen on: a notification means stored mail is due (see channels/email/inbound-pump). */
export const INBOUND_CHANNEL = 'tuki_inbound';

type Stored = { id: string; duplicate: boolean };

/** Tells the workers stored mail is due (delivered on commit when called inside a transaction). */
export async function wakeInboundWorkers(db: Db): Promise<void> {
  await db.execute(sql`select pg_notify(${INBOUND_CHANNEL}, '')`);
}

/**
 * Stores raw inbound mails, due for processing at once, and wakes the workers. One statement and one commit for the
 * whole batch; the same Message-ID in the same mailbox is stored once (a redelivery gets the first copy's id back).
 */
async function storeInboundEmails(db: Db, inputs: StoreInboundEmailInput[]): Promise<Stored[]> {
  const values: Record<string, unknown> = {};
  inputs.forEach((input, index) => {
    const row: Record<(typeof STORED_COLUMNS)[number], unknown> = {
      workspace_id: input.mailbox.workspaceId,
      mailbox_id: input.mailbox.id,
      source: input.source,
      message_id: input.messageId,
      from_address: input.fromAddress,
      subject: input.subject,
      size: input.raw.length,
      raw: input.raw,
    };
    for (const column of STORED_COLUMNS) values[`${column}${index}`] = row[column];
  });
  const inserted = await storeStatement(inputs.length)(db, values);
  const key = (mailboxId: string, messageId: string) => `${mailboxId} ${messageId}`;
  const fresh = new Map(inserted.map((row) => [key(row.mailbox_id, row.message_id), row.id]));
  const missing = inputs.filter((input) => !fresh.has(key(input.mailbox.id, input.messageId)));
  const earlier = new Map<string, string>();
  if (missing.length) {
    const rows = await db
      .select({ id: inboundEmails.id, mailboxId: inboundEmails.mailboxId, messageId: inboundEmails.messageId })
      .from(inboundEmails)
      .where(or(...missing.map((input) => and(eq(inboundEmails.mailboxId, input.mailbox.id), eq(inboundEmails.messageId, input.messageId)))));
    for (const row of rows) earlier.set(key(row.mailboxId, row.messageId), row.id);
  }
  // Within one batch the first of two identical mails is the stored one; the second is its duplicate.
  const claimed = new Set<string>();
  return inputs.map((input) => {
    const k = key(input.mailbox.id, input.messageId);
    const id = fresh.get(k);
    if (id && !claimed.has(k)) {
      claimed.add(k);
      return { id, duplicate: false };
    }
    const existing = id ?? earlier.get(k);
    if (!existing) throw new Error(`Inbound mail ${input.messageId} was neither stored nor found`);
    return { id: existing, duplicate: true };
  });
}

const STORED_COLUMNS = ['workspace_id', 'mailbox_id', 'source', 'message_id', 'from_address', 'subject', 'size', 'raw'] as const;
const CASTS: Partial<Record<(typeof STORED_COLUMNS)[number], string>> = { workspace_id: '::uuid', mailbox_id: '::uuid', size: '::int', raw: '::bytea' };
type StoredRow = { id: string; mailbox_id: string; message_id: string };
const storeStatements = new Map<number, ReturnType<typeof compiledStatement<StoredRow>>>();

/**
 * The insert of `rows` mails (compiled once per batch size, so every delivery runs a prepared statement). Mail that is
 * stored wakes the workers in the same statement, so they hear of it when it commits.
 */
function storeStatement(rows: number) {
  let statement = storeStatements.get(rows);
  if (!statement) {
    statement = compiledStatement<StoredRow>(`tuki_store_inbound_${rows}`, () => {
      const tuples = Array.from({ length: rows }, (_, index) => sql`(${sql.join(STORED_COLUMNS.map((column) => sql`${sql.placeholder(`${column}${index}`)}${sql.raw(CASTS[column] ?? '')}`), sql`, `)})`);
      return sql`
        with stored as (
          insert into ${inboundEmails} (${sql.raw(STORED_COLUMNS.join(', '))}) values ${sql.join(tuples, sql`, `)}
          on conflict (mailbox_id, message_id) do nothing
          returning id, mailbox_id, message_id
        )
        select stored.*, pg_notify(${INBOUND_CHANNEL}, '') from stored`;
    });
    storeStatements.set(rows, statement);
  }
  return statement;
}

/** Concurrent deliveries (SMTP sessions, IMAP fetchers, webhooks) on one database share statements and commits. */
const batchers = new WeakMap<Db, WriteBatcher<StoreInboundEmailInput, Stored>>();

/** Stores a raw inbound mail durably (resolves only after the commit) and makes it due for processing. */
export async function storeInboundEmail(services: Services, input: StoreInboundEmailInput): Promise<Stored> {
  let batcher = batchers.get(services.db);
  if (!batcher) {
    batcher = createWriteBatcher({ run: (inputs) => storeInboundEmails(services.db, inputs), maxBatch: 32, maxConcurrent: 4 });
    batchers.set(services.db, batcher);
  }
  return batcher.submit(input);
}
