import { Type } from 'typebox';
import { AttachmentSchema, ErrorResponse, IdParams } from '@tuki/shared';
import type { App } from '../../http/types.ts';
import { AppError } from '../../lib/errors.ts';
import { getAttachment } from './queries.ts';
import { presentAttachment } from './attachment.presenter.ts';
import { authorizeAttachment } from './attachment.policy.ts';
import { uploadAttachment } from './commands/upload-attachment.ts';
import { contentDisposition } from './file-type.ts';
import { readAttachmentContent } from './content.ts';

const tags = ['attachments'];

/** `?inline=1` asks for a preview: PNG, JPEG, GIF and WebP are then served inline; every other type is always an attachment. */
const DownloadQuery = Type.Object({ inline: Type.Optional(Type.Union([Type.Literal('1'), Type.Literal('0')])) });

/** File uploads (multipart, field `file`) for messages to claim, and safe downloads. */
export function registerAttachmentRoutes(app: App) {
  app.post(
    '/api/v1/attachments',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description: 'Upload one file as multipart/form-data in the field `file`; pass the returned id in `attachmentIds` when adding a message.',
        response: { 201: AttachmentSchema, 400: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse },
      },
    },
    async (request, reply) => {
      authorizeAttachment(request.actor, 'upload');
      const part = await request.file();
      if (!part || part.fieldname !== 'file') throw new AppError('bad_request', 'Send the file as multipart/form-data in the field "file"');
      const bytes = await part.toBuffer();
      const attachment = await uploadAttachment(request.ctx, { filename: part.filename, contentType: part.mimetype, bytes });
      return reply.status(201).send(presentAttachment(attachment));
    },
  );

  app.get('/api/v1/attachments/:id', { schema: { tags, params: IdParams, querystring: DownloadQuery, produces: ['application/octet-stream'] } }, async (request, reply) => {
    const attachment = await getAttachment(request.ctx.db, request.actor.workspaceId, request.params.id);
    authorizeAttachment(request.actor, 'download', attachment);
    const stream = await readAttachmentContent(request.ctx.db, request.ctx.storage, attachment);
    return reply
      .header('content-type', attachment.contentType)
      .header('content-length', attachment.size)
      .header('content-disposition', contentDisposition(attachment.filename, attachment.contentType, request.query.inline === '1'))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, max-age=300')
      .send(stream);
  });
}
