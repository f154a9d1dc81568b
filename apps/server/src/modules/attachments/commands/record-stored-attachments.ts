import type { Db } from '../../../db/client.ts';
import { attachments } from '../../../db/schema/index.ts';
import { insertAttachmentContents } from '../content.ts';

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

/** Records files as attachments, unclaimed or already on a message, with the bytes kept in the database. */
export async function recordStoredAttachments(
  db: Db,
  workspaceId: string,
  files: StoredAttachment[],
  owner: { ticketId: string; messageId: string } | null = null,
): Promise<string[]> {
  if (!files.length) return [];
  await db.insert(attachments).values(
    files.map((file) => ({
      id: file.id,
      workspaceId,
      ticketId: owner?.ticketId ?? null,
      messageId: owner?.messageId ?? null,
      filename: file.filename,
      contentType: file.contentType,
      size: file.size,
      sha256: file.sha256,
      storageKey: file.storageKey,
      inline: file.inline,
      contentId: file.contentId,
    })),
  );
  await insertAttachmentContents(db, workspaceId, files);
  return files.map((file) => file.id);
}
