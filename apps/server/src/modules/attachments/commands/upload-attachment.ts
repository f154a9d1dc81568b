import { withinTransaction, type CommandContext } from '../../../lib/context.ts';
import { attachments } from '../../../db/schema/index.ts';
import { actorUserId } from '../../../lib/context.ts';
import { insertAttachmentContents, placeAttachmentContent } from '../content.ts';
import { AppError } from '../../../lib/errors.ts';
import { cleanFilename, effectiveContentType, normalizeContentType, refusedBecause, sniffContentType } from '../file-type.ts';
import type { AttachmentRow } from '../queries.ts';

/** An uploaded file as the edge received it. */
export type UploadAttachmentInput = { filename: string | undefined; contentType: string | undefined; bytes: Buffer };

/** Stores an uploaded file (refusing programs and scripts) for a message to claim later. */
export async function uploadAttachment(ctx: CommandContext, input: UploadAttachmentInput): Promise<AttachmentRow> {
  if (!input.bytes.length) throw new AppError('bad_request', 'The file is empty');
  if (input.bytes.length > ctx.config.maxAttachmentBytes) {
    throw new AppError('payload_too_large', `The file is larger than the limit of ${ctx.config.maxAttachmentBytes} bytes`, { limit: ctx.config.maxAttachmentBytes });
  }
  const filename = cleanFilename(input.filename);
  const declared = normalizeContentType(input.contentType);
  const sniffed = sniffContentType(input.bytes);
  const refused = refusedBecause(filename, declared, sniffed);
  if (refused) {
    throw new AppError(
      'unsupported_media_type',
      refused === 'extension' ? `Files ending in .${filename.split('.').pop()} are not accepted because they can run programs` : 'Programs and scripts are not accepted as attachments',
      { filename },
    );
  }
  const placed = await placeAttachmentContent(ctx.storage, input.bytes);
  try {
    return await withinTransaction(ctx, async (tx) => {
      const [row] = await tx.db
        .insert(attachments)
        .values({
          workspaceId: ctx.actor.workspaceId,
          uploadedBy: actorUserId(ctx.actor),
          filename,
          contentType: effectiveContentType(declared, sniffed),
          size: placed.size,
          sha256: placed.sha256,
          storageKey: placed.storageKey,
        })
        .returning();
      await insertAttachmentContents(tx.db, ctx.actor.workspaceId, [{ id: row.id, content: placed.content }]);
      return row;
    });
  } catch (error) {
    if (placed.storageKey) await ctx.storage.remove(placed.storageKey);
    throw error;
  }
}
