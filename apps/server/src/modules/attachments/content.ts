import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { and, eq, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.ts';
import { attachmentContents } from '../../db/schema/index.ts';
import type { Storage } from '../../lib/storage.ts';
import { AppError } from '../../lib/errors.ts';

/**
 * Files up to this size are kept in the database (`attachment_contents`), written in the same transaction as their
 * attachment row; larger files go to storage. Most mail attachments are small (signature logos, inline screenshots),
 * and a file of its own costs more than the row: on the reference machine creating one file took 0.75 ms of kernel CPU
 * against a few hundredths of a millisecond for the row. The bytes also share the row's fate: a rolled-back batch
 * leaves no orphaned file, and deleting the attachment deletes them (GDPR erasure needs no second step).
 */
export const DATABASE_CONTENT_MAX = 64 * 1024;

/** Where a file's bytes are: `content` to be written with the attachment row, or a `storageKey` already in storage. */
export type PlacedContent = { storageKey: string | null; content: Buffer | null; sha256: string; size: number };

/** Places a file's bytes: small files are kept for the database, larger ones written to storage now. */
export async function placeAttachmentContent(storage: Storage, bytes: Buffer): Promise<PlacedContent> {
  if (bytes.length <= DATABASE_CONTENT_MAX) {
    return { storageKey: null, content: bytes, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  }
  const stored = await storage.put(bytes);
  return { storageKey: stored.key, content: null, sha256: stored.sha256, size: stored.size };
}

/**
 * The statement writing the database-kept bytes of attachments (null when none keeps its bytes in the database). Values
 * may be `sql.placeholder`s, for a statement compiled once.
 */
export function attachmentContentsInsert(workspaceId: string | Placeholder, files: { id: string | Placeholder; content: Buffer | Placeholder | null }[]): SQL | null {
  const rows = files.filter((file) => file.content !== null);
  if (!rows.length) return null;
  return sql`insert into attachment_contents (attachment_id, workspace_id, content)
    values ${sql.join(rows.map((file) => sql`(${file.id}::uuid, ${workspaceId}::uuid, ${file.content})`), sql`, `)}`;
}

/** Writes the database-kept bytes of attachments whose rows are written in the same transaction (one statement). */
export async function insertAttachmentContents(db: Db, workspaceId: string, files: { id: string; content: Buffer | null }[]): Promise<void> {
  const statement = attachmentContentsInsert(workspaceId, files);
  if (statement) await queryRows(db, statement);
}

/** The bytes of an attachment as a stream, from the database or from storage; not_found when they are missing. */
export async function readAttachmentContent(db: Db, storage: Storage, attachment: { id: string; workspaceId: string; storageKey: string | null }): Promise<Readable> {
  if (attachment.storageKey) {
    return storage.read(attachment.storageKey).catch((error: NodeJS.ErrnoException) => {
      // A missing file will not come back; any other storage error may pass (a mail send is then retried).
      if (error.code === 'ENOENT') throw new AppError('not_found', 'The file of this attachment is missing from storage');
      throw error;
    });
  }
  const [row] = await db
    .select({ content: attachmentContents.content })
    .from(attachmentContents)
    .where(and(eq(attachmentContents.attachmentId, attachment.id), eq(attachmentContents.workspaceId, attachment.workspaceId)))
    .limit(1);
  if (!row) throw new AppError('not_found', 'The file of this attachment is missing from the database');
  return Readable.from([row.content]);
}
