import type { AttachmentSchema } from '@tuki/shared';
import type { AttachmentRow } from './queries.ts';

/** Attachment row → API shape, with the URL that downloads it. */
export function presentAttachment(row: AttachmentRow): AttachmentSchema {
  return { id: row.id, filename: row.filename, contentType: row.contentType, size: row.size, url: `/api/v1/attachments/${row.id}`, inline: row.inline };
}
