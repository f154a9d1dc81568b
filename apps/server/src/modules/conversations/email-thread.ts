import { randomBytes } from 'node:crypto';
import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import { compiledStatement, placeholders, rowFromJson, type Db } from '../../db/client.ts';
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

type ThreadInput = { workspaceId: string; ticketId: string; mailboxId: string | null; ccAddresses?: string[] };

/** The values of `threadUpsertSql`, or placeholders of a statement compiled once. */
type ThreadValues<V> = { workspaceId: V; ticketId: V; mailboxId: V; replyToken: V; ccAddresses: V };

const threadPlaceholders: ThreadValues<Placeholder> = placeholders('workspaceId', 'ticketId', 'mailboxId', 'replyToken', 'ccAddresses');

/** The values of the thread upsert for an input: a fresh reply token (used when the thread is new), copied addresses as a jsonb array. */
function threadValues({ workspaceId, ticketId, mailboxId, ccAddresses = [] }: ThreadInput): ThreadValues<string | null> {
  const cc = [...new Set(ccAddresses.map((address) => address.trim().toLowerCase()).filter(Boolean))];
  return { workspaceId, ticketId, mailboxId, replyToken: newReplyToken(), ccAddresses: JSON.stringify(cc) };
}

/**
 * The statement that creates a ticket's thread, or adds newly copied addresses (first-seen order) and a missing mailbox
 * to it; it writes nothing when there is nothing new. Shared by `upsertEmailThread` and `recordInboundThread`.
 */
function threadUpsertSql({ workspaceId, ticketId, mailboxId, replyToken, ccAddresses }: ThreadValues<Placeholder>): SQL {
  return sql`
    insert into ${ticketEmailThreads} (ticket_id, workspace_id, mailbox_id, reply_token, cc_addresses)
    values (${ticketId}::uuid, ${workspaceId}::uuid, ${mailboxId}::uuid, ${replyToken}, array(select jsonb_array_elements_text(${ccAddresses}::jsonb)))
    on conflict (ticket_id) do update
    set cc_addresses = array(select a from unnest(ticket_email_threads.cc_addresses || excluded.cc_addresses) with ordinality u(a, n) group by a order by min(n)),
        mailbox_id = coalesce(ticket_email_threads.mailbox_id, excluded.mailbox_id)
    where not (excluded.cc_addresses <@ ticket_email_threads.cc_addresses) or (ticket_email_threads.mailbox_id is null and excluded.mailbox_id is not null)`;
}

const upsertThread = compiledStatement<{ thread: Record<string, unknown> }>(
  'tuki_upsert_email_thread',
  () => sql`${threadUpsertSql(threadPlaceholders)} returning to_jsonb(ticket_email_threads) as thread`,
);

/** Creates or extends the thread (see `threadUpsertSql`); returns the row when it wrote one. */
async function upsertEmailThread(db: Db, input: ThreadInput): Promise<EmailThreadRow | undefined> {
  const [row] = await upsertThread(db, threadValues(input));
  return row ? rowFromJson(ticketEmailThreads, row.thread) : undefined;
}

/** Creates the e-mail thread of a ticket when missing and adds newly copied addresses; one statement. */
export async function recordEmailThread(db: Db, input: ThreadInput): Promise<void> {
  await upsertEmailThread(db, input);
}

/** Like `recordEmailThread`, returning the thread (its reply token, copied addresses). */
export async function ensureEmailThread(db: Db, input: ThreadInput): Promise<EmailThreadRow> {
  const written = await upsertEmailThread(db, input);
  if (written) return written;
  const existing = await findThread(db, input.ticketId);
  if (!existing) throw new Error(`The e-mail thread of ticket ${input.ticketId} vanished`);
  return existing;
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
 * ends, so a reply and its parent never decide their tickets concurrently. A worker takes the locks of all the mails it
 * processes in one transaction at once, in hash order, so two workers never deadlock on them.
 */
export async function lockEmailThreads(db: Db, threads: { workspaceId: string; keys: string[] }[]): Promise<void> {
  const names = [...new Set(threads.flatMap(({ workspaceId, keys }) => keys.map((key) => `${workspaceId}:${key}`)))];
  if (!names.length) return;
  await lockThreadNames(db, { names: JSON.stringify(names) });
}

const lockThreadNames = compiledStatement(
  'tuki_lock_email_threads',
  () =>
    sql`select pg_advisory_xact_lock(${THREAD_LOCK_CLASS}, h) from (select distinct hashtext(k) as h from jsonb_array_elements_text(${sql.placeholder('names')}::jsonb) as v(k) order by h) as s`,
);

/**
 * Everything an inbound mail leaves on its ticket's e-mail side, in one statement: the thread (created, or given newly
 * copied addresses) as `recordEmailThread`; its own Message-ID mapped to its ticket message (`in`); and the Message-IDs
 * it referenced that are not known yet (its parent has not arrived or not been processed) as `ref` rows of the ticket,
 * so that when the parent arrives later it finds this ticket by its own Message-ID.
 */
export async function recordInboundThread(
  db: Db,
  input: { workspaceId: string; ticketId: string; mailboxId: string; ccAddresses: string[]; ticketMessageId: string; messageId: string | null; referenced: string[] },
): Promise<void> {
  const { ticketMessageId, messageId } = input;
  const ids = [...(messageId ? [{ id: messageId, own: true }] : []), ...input.referenced.filter((id) => id !== messageId).map((id) => ({ id, own: false }))];
  await writeInboundThread(db, { ...threadValues(input), ticketMessageId, ids: JSON.stringify(ids) });
}

const writeInboundThread = compiledStatement('tuki_record_inbound_thread', () => {
  const { workspaceId, ticketId } = threadPlaceholders;
  return sql`
    with thread as (${threadUpsertSql(threadPlaceholders)})
    insert into ${emailMessageIds} (workspace_id, message_id, ticket_id, ticket_message_id, direction)
    select ${workspaceId}::uuid, v.id, ${ticketId}::uuid, case when v.own then ${sql.placeholder('ticketMessageId')}::uuid end, case when v.own then 'in' else 'ref' end
    from jsonb_to_recordset(${sql.placeholder('ids')}::jsonb) as v(id text, own boolean)
    left join lateral (select true as known from ${emailMessageIds} e where e.workspace_id = ${workspaceId}::uuid and e.message_id = v.id limit 1) k on not v.own
    where k.known is null`;
});

/** Strips reply/forward prefixes and our `[#1234]` marker from a subject, for a new ticket's subject. */
export function cleanSubject(subject: string): string {
  let cleaned = subject.replace(/\[(?:[A-Za-z][A-Za-z0-9_-]{0,31}\s*)?#\d{1,12}\]/g, ' ');
  const prefix = /^\s*(re|fw|fwd|aw|wg|vs|vl|sv|vb|vast|vs|ynt|tr|r|antw|odp)\s*(\[\d+\])?\s*:\s*/i;
  while (prefix.test(cleaned)) cleaned = cleaned.replace(prefix, '');
  cleaned = cleaned.replace(/\s+/g, ' ').trim();
  return cleaned.slice(0, 500) || '(no subject)';
}
