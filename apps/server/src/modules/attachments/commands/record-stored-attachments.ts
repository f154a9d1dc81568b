import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import { compiledStatement, placeholders, queryRows, type Db } from '../../../db/client.ts';
import { attachmentContentsInsert } from '../content.ts';

/**
 * A file from a channel such as e-mail, its bytes placed by `placeAttachmentContent` (in storage already, or `content`
 * to be written with the row); `id` is chosen up front so inline `cid:` links can point at it.
 */
export type StoredAttachment = {
  id: string;
  storageKey: string | null;
  content: Buffer | null;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  inline: boolean;
  contentId: string | null;
};

/**
 * Records files as attachments, unclaimed or already on a message, with the bytes kept in the database: rows and bytes
 * in one statement (a mail's single attachment, the usual case, as a statement compiled once and prepared).
 */
export async function recordStoredAttachments(
  db: Db,
  workspaceId: string,
  files: StoredAttachment[],
  owner: { ticketId: string; messageId: string } | null = null,
): Promise<string[]> {
  if (!files.length) return [];
  const rows = JSON.stringify(
    files.map((file) => ({ id: file.id, filename: file.filename, content_type: file.contentType, size: file.size, sha256: file.sha256, storage_key: file.storageKey, inline: file.inline, content_id: file.contentId })),
  );
  const values = { workspaceId, ticketId: owner?.ticketId ?? null, messageId: owner?.messageId ?? null, rows };
  if (files.length === 1) {
    const [file] = files;
    await (file.content ? recordOneWithContent(db, { ...values, fileId: file.id, content: file.content }) : recordOne(db, values));
  } else {
    const contents = attachmentContentsInsert(workspaceId, files);
    const insert = insertRows(values);
    await queryRows(db, contents ? sql`with file as (${insert} returning id) ${contents}` : insert);
  }
  return files.map((file) => file.id);
}

type RowValues<V> = { workspaceId: V; ticketId: V; messageId: V; rows: V };

/** The attachment rows' insert; its values are given, or placeholders of a compiled statement. */
function insertRows({ workspaceId, ticketId, messageId, rows }: RowValues<unknown>): SQL {
  return sql`
    insert into attachments (id, workspace_id, ticket_id, message_id, filename, content_type, size, sha256, storage_key, inline, content_id)
    select (f->>'id')::uuid, ${workspaceId}::uuid, ${ticketId}::uuid, ${messageId}::uuid, f->>'filename', f->>'content_type',
           (f->>'size')::int, f->>'sha256', f->>'storage_key', (f->>'inline')::boolean, f->>'content_id'
    from jsonb_array_elements(${rows}::jsonb) f`;
}

const rowPlaceholders: RowValues<Placeholder> = placeholders('workspaceId', 'ticketId', 'messageId', 'rows');
const recordOne = compiledStatement('tuki_record_attachment', () => insertRows(rowPlaceholders));
const recordOneWithContent = compiledStatement(
  'tuki_record_attachment_content',
  () => sql`with file as (${insertRows(rowPlaceholders)} returning id) ${attachmentContentsInsert(rowPlaceholders.workspaceId, [{ id: sql.placeholder('fileId'), content: sql.placeholder('content') }])}`,
);
