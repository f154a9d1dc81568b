import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { attachments } from '../../db/schema/index.ts';
import { found } from '../../lib/errors.ts';

/** An attachment row. */
export type AttachmentRow = typeof attachments.$inferSelect;

/** Loads an attachment in a workspace; throws not_found. */
export async function getAttachment(db: Db, workspaceId: string, attachmentId: string): Promise<AttachmentRow> {
  const [row] = await db.select().from(attachments).where(and(eq(attachments.workspaceId, workspaceId), eq(attachments.id, attachmentId))).limit(1);
  return found(row, 'Attachment');
}
