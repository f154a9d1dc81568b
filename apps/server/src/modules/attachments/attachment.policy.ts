import type { Actor } from '../../lib/context.ts';
import { AppError } from '../../lib/errors.ts';
import { requireRole } from '../../lib/roles.ts';
import type { AttachmentRow } from './queries.ts';

/** Things one can do with an attachment. */
export type AttachmentAction = 'upload' | 'download';

/** Throws unless the actor may do `action`: agents upload; a file not yet on a message is visible only to its uploader. */
export function authorizeAttachment(actor: Actor, action: AttachmentAction, attachment?: AttachmentRow): void {
  if (attachment && attachment.workspaceId !== actor.workspaceId) throw new AppError('not_found', 'Attachment not found');
  if (action === 'upload') return requireRole(actor, 'agent', 'upload files');
  if (attachment && !attachment.messageId && actor.kind === 'user' && attachment.uploadedBy !== actor.id) {
    throw new AppError('not_found', 'Attachment not found');
  }
}
