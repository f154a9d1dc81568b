import { forwardRef, lazy, Suspense, useEffect, useImperativeHandle, useMemo, useRef, useState, type DragEvent } from 'react';
import type { MessageKind, MessageSchema, TicketStatus } from '@tuki/shared';
import { TICKET_STATUSES } from '@tuki/shared/enums';
import { ticketsApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useDirectory } from '../session/DirectoryProvider.tsx';
import { useRealtime } from '../session/RealtimeProvider.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { Icon } from '../common/Icon.tsx';
import { statusLabel } from '../common/labels.ts';
import { readDraft, useDraft } from './useDraft.ts';
import { AttachmentPicker, useAttachmentUpload } from './AttachmentPicker.tsx';
import type { RichContent, RichEditorHandle } from './RichEditor.tsx';

// The editor (TipTap/ProseMirror) is its own chunk, fetched when a ticket page first shows the composer.
const RichEditor = lazy(() => import('./RichEditor.tsx'));

/** What the ticket page can ask of the composer (keyboard shortcuts r and n). */
export type ComposerHandle = { focus: (kind: MessageKind) => void };

type Props = { ticketId: string; channel: string; onSent: (message: MessageSchema) => void };

/** Addresses typed into a Cc/Bcc field: split on commas, semicolons and whitespace. */
function addressList(value: string): string[] {
  return value.split(/[\s,;]+/).map((address) => address.trim()).filter(Boolean);
}

/** Reply / internal note composer: rich text, a persistent draft, @mentions, drag-and-drop and pasted attachments. */
export const Composer = forwardRef<ComposerHandle, Props>(function Composer({ ticketId, channel, onSent }, ref) {
  const t = useT();
  const directory = useDirectory();
  const { client } = useRealtime();
  const [kind, setKind] = useState<MessageKind>('reply');
  const { draft, update, clear } = useDraft(ticketId, kind);
  const [status, setStatus] = useState<TicketStatus | ''>('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const [copiesOpen, setCopiesOpen] = useState(false);
  const [cc, setCc] = useState('');
  const [bcc, setBcc] = useState('');
  const copiesShown = kind === 'reply' && channel === 'email';
  const editorRef = useRef<RichEditorHandle>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The editor starts from the stored draft of this ticket and kind (it is remounted when either changes).
  const initialHtml = useMemo(() => readDraft(ticketId, kind).html, [ticketId, kind]);

  const upload = useAttachmentUpload((attachment) => update((current) => ({ attachments: [...current.attachments, attachment] })));

  useEffect(
    () => () => {
      // Leaving the ticket must not re-announce "viewing" after PresenceIndicator said "left".
      if (typingTimer.current) clearTimeout(typingTimer.current);
      typingTimer.current = null;
    },
    [ticketId],
  );

  useImperativeHandle(ref, () => ({
    focus: (nextKind) => {
      setKind(nextKind);
      requestAnimationFrame(() => editorRef.current?.focus());
    },
  }));

  const announceTyping = () => {
    if (!typingTimer.current) client.sendPresence(ticketId, 'typing');
    else clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => {
      typingTimer.current = null;
      client.sendPresence(ticketId, 'viewing');
    }, 4000);
  };

  const send = async () => {
    const body = draft.text.trim();
    if (!body || sending || upload.busy) return;
    setSending(true);
    setError(null);
    const mentionIds = draft.mentionIds;
    try {
      const message = await ticketsApi.addMessage(ticketId, {
        kind,
        body,
        ...(draft.html ? { bodyHtml: draft.html } : {}),
        attachmentIds: draft.attachments.map((attachment) => attachment.id),
        ...(mentionIds.length ? { mentionIds } : {}),
        ...(status ? { status } : {}),
        ...(copiesShown && addressList(cc).length ? { cc: addressList(cc) } : {}),
        ...(copiesShown && addressList(bcc).length ? { bcc: addressList(bcc) } : {}),
      });
      clear();
      editorRef.current?.clear();
      setStatus('');
      setCc('');
      setBcc('');
      setCopiesOpen(false);
      onSent(message);
    } catch (caught) {
      // The draft stays in localStorage and on screen so nothing typed is lost.
      setError(caught);
    } finally {
      setSending(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    upload.uploadFiles(event.dataTransfer.files);
  };

  const onContent = (content: RichContent) => {
    update(content);
    announceTyping();
  };

  return (
    <section
      className={`composer composer-${kind}${dragging ? ' composer-dragging' : ''}`}
      aria-label={t('composer.label')}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="composer-head">
        <div className="composer-tabs" role="tablist" aria-label={t('composer.kind')}>
          <button type="button" role="tab" aria-selected={kind === 'reply'} className="composer-tab" onClick={() => setKind('reply')}>
            {t('composer.reply')} <kbd>r</kbd>
          </button>
          <button type="button" role="tab" aria-selected={kind === 'note'} className="composer-tab composer-tab-note" onClick={() => setKind('note')}>
            <Icon name="lock" /> {t('composer.note')} <kbd>n</kbd>
          </button>
          {draft.text && <span className="composer-draft faint">{t('composer.draftSaved')}</span>}
        </div>
        {copiesShown && (
          <button type="button" className="btn btn-small composer-copies-toggle" aria-expanded={copiesOpen} onClick={() => setCopiesOpen((open) => !open)}>
            {t('composer.copies')}
          </button>
        )}
      </div>
      {copiesShown && copiesOpen && (
        <div className="composer-copies">
          <label>
            <span>{t('composer.cc')}</span>
            <input type="text" inputMode="email" autoComplete="off" value={cc} placeholder={t('composer.copiesHint')} onChange={(event) => setCc(event.target.value)} />
          </label>
          <label>
            <span>{t('composer.bcc')}</span>
            <input type="text" inputMode="email" autoComplete="off" value={bcc} placeholder={t('composer.copiesHint')} onChange={(event) => setBcc(event.target.value)} />
          </label>
        </div>
      )}
      <ErrorBanner error={error} onRetry={() => void send()} />
      <ErrorBanner error={upload.error} />
      <div className="composer-editor">
        <Suspense fallback={<div className="rich-editor rich-editor-loading" />}>
          <RichEditor
            key={`${ticketId}.${kind}`}
            ref={editorRef}
            id={`composer-${ticketId}`}
            initialHtml={initialHtml}
            label={kind === 'note' ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
            users={directory.users}
            onChange={onContent}
            onSubmit={() => void send()}
            onPasteFiles={upload.uploadFiles}
          />
        </Suspense>
        {dragging && <div className="drop-hint" aria-hidden="true">{t('composer.dropFiles')}</div>}
      </div>
      <AttachmentPicker
        attachments={draft.attachments}
        busy={upload.busy}
        onFiles={upload.uploadFiles}
        onRemove={(id) => update((current) => ({ attachments: current.attachments.filter((attachment) => attachment.id !== id) }))}
      />
      <div className="composer-actions">
        <label className="composer-status">
          <span>{t('composer.thenSetStatus')}</span>
          <select value={status} onChange={(event) => setStatus(event.target.value as TicketStatus | '')}>
            <option value="">{t('composer.keepStatus')}</option>
            {TICKET_STATUSES.map((value) => <option key={value} value={value}>{statusLabel(t, value)}</option>)}
          </select>
        </label>
        <span className="spacer" />
        <span className="faint small composer-hint">{t('composer.sendHint')}</span>
        <button type="button" className="btn btn-primary" disabled={sending || upload.busy || !draft.text.trim()} onClick={() => void send()}>
          {sending ? t('composer.sending') : kind === 'note' ? t('composer.addNote') : t('composer.sendReply')}
        </button>
      </div>
    </section>
  );
});
