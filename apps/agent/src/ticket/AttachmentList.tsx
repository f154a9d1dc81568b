import { useState } from 'react';
import type { AttachmentSchema } from '@tuki/shared';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { Dialog } from '../common/Dialog.tsx';
import { Icon } from '../common/Icon.tsx';

/** Image types the server previews inline (`?inline=1`); never SVG. */
const PREVIEW_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** A message's files: images as thumbnails that open a larger view, everything else as download chips. */
export function AttachmentList({ attachments }: { attachments: AttachmentSchema[] }) {
  const t = useT();
  const format = useFormat();
  const [open, setOpen] = useState<AttachmentSchema | null>(null);
  if (attachments.length === 0) return null;
  const images = attachments.filter((attachment) => PREVIEW_TYPES.has(attachment.contentType));
  const files = attachments.filter((attachment) => !PREVIEW_TYPES.has(attachment.contentType));

  return (
    <div className="message-attachments">
      {images.length > 0 && (
        <ul className="attachment-thumbs">
          {images.map((attachment) => (
            <li key={attachment.id}>
              <button type="button" className="attachment-thumb" onClick={() => setOpen(attachment)} aria-label={t('attachment.preview', { name: attachment.filename })}>
                <img src={`${attachment.url}?inline=1`} alt="" loading="lazy" />
              </button>
              <span className="attachment-caption" title={attachment.filename}>{attachment.filename}</span>
            </li>
          ))}
        </ul>
      )}
      {files.length > 0 && (
        <ul className="attachment-files">
          {files.map((attachment) => (
            <li key={attachment.id}>
              <a className="file-chip" href={attachment.url} download={attachment.filename}>
                <Icon name="file" />
                <span className="file-chip-name">{attachment.filename}</span>
                <span className="faint">{format.bytes(attachment.size)}</span>
                <Icon name="download" />
              </a>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <Dialog title={open.filename} onClose={() => setOpen(null)} wide>
          <div className="lightbox">
            <img src={`${open.url}?inline=1`} alt={open.filename} />
          </div>
          <div className="dialog-actions">
            <span className="faint small">{format.bytes(open.size)}</span>
            <span className="spacer" />
            <a className="btn" href={open.url} download={open.filename}>
              <Icon name="download" /> {t('attachment.download')}
            </a>
            <button type="button" className="btn btn-primary" onClick={() => setOpen(null)}>{t('common.close')}</button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
