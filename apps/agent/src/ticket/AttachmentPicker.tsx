import { useCallback, useRef, useState } from 'react';
import type { AttachmentSchema } from '@tuki/shared';
import { uploadAttachment } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { Icon } from '../common/Icon.tsx';

/** Uploads files one by one, reporting each stored attachment and any failure. */
export function useAttachmentUpload(onUploaded: (attachment: AttachmentSchema) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const uploadFiles = useCallback(
    async (files: FileList | File[]) => {
      const list = [...files];
      if (list.length === 0) return;
      setBusy(true);
      setError(null);
      try {
        for (const file of list) onUploaded(await uploadAttachment(file));
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    },
    [onUploaded],
  );
  return { busy, error, uploadFiles: (files: FileList | File[]) => void uploadFiles(files) };
}

/** The list of attached files plus a keyboard-reachable "attach files" button. */
export function AttachmentPicker({
  attachments,
  busy,
  onFiles,
  onRemove,
}: {
  attachments: AttachmentSchema[];
  busy: boolean;
  onFiles: (files: FileList) => void;
  onRemove: (id: string) => void;
}) {
  const t = useT();
  const format = useFormat();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <div className="attachments">
      <input
        ref={inputRef}
        type="file"
        multiple
        hidden
        onChange={(event) => {
          if (event.target.files) onFiles(event.target.files);
          event.target.value = '';
        }}
      />
      <button type="button" className="btn btn-small btn-ghost" onClick={() => inputRef.current?.click()} disabled={busy}>
        <Icon name="paperclip" /> {busy ? t('composer.uploading') : t('composer.attach')}
      </button>
      {attachments.map((attachment) => (
        <span key={attachment.id} className="attachment-chip">
          {attachment.filename} <span className="faint">{format.bytes(attachment.size)}</span>
          <button type="button" className="chip-remove" onClick={() => onRemove(attachment.id)} aria-label={t('composer.removeAttachment', { name: attachment.filename })}>
            ×
          </button>
        </span>
      ))}
    </div>
  );
}
