import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { MessageKind, MessageSchema, TicketStatus } from '@tuki/shared';
import { TICKET_STATUSES } from '@tuki/shared/enums';
import { ticketsApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useDirectory } from '../session/DirectoryProvider.tsx';
import { useRealtime } from '../session/RealtimeProvider.tsx';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { Icon } from '../common/Icon.tsx';
import { statusLabel } from '../common/labels.ts';
import { useDraft } from './useDraft.ts';
import { useMentions } from './useMentions.ts';
import { AttachmentPicker, useAttachmentUpload } from './AttachmentPicker.tsx';

/** What the ticket page can ask of the composer (keyboard shortcuts r and n). */
export type ComposerHandle = { focus: (kind: MessageKind) => void };

type Props = { ticketId: string; onSent: (message: MessageSchema) => void };

/** Reply / internal note editor with a persistent draft, @mentions and drag-and-drop attachments. */
export const Composer = forwardRef<ComposerHandle, Props>(function Composer({ ticketId, onSent }, ref) {
  const t = useT();
  const directory = useDirectory();
  const { client } = useRealtime();
  const [kind, setKind] = useState<MessageKind>('reply');
  const { draft, update, clear } = useDraft(ticketId, kind);
  const [status, setStatus] = useState<TicketStatus | ''>('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  // Where the caret goes once an inserted mention is on screen; set before the next key press is handled.
  const caretAfterUpdate = useRef<number | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mentions = useMentions(directory.users);

  useLayoutEffect(() => {
    if (caretAfterUpdate.current === null || !textareaRef.current) return;
    textareaRef.current.setSelectionRange(caretAfterUpdate.current, caretAfterUpdate.current);
    caretAfterUpdate.current = null;
  }, [draft.text]);
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
      requestAnimationFrame(() => textareaRef.current?.focus());
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

  const insertMention = (index: number) => {
    const user = mentions.options[index];
    const textarea = textareaRef.current;
    if (!user || !textarea) return;
    const caret = textarea.selectionStart;
    const text = `${draft.text.slice(0, mentions.start)}@${user.name} ${draft.text.slice(caret)}`;
    update((current) => ({ text, mentionIds: [...new Set([...current.mentionIds, user.id])] }));
    mentions.close();
    const position = mentions.start + user.name.length + 2;
    caretAfterUpdate.current = position;
  };

  const send = async () => {
    const body = draft.text.trim();
    if (!body || sending || upload.busy) return;
    setSending(true);
    setError(null);
    const mentionIds = draft.mentionIds.filter((id) => {
      const name = directory.userName(id);
      return name !== null && draft.text.includes(`@${name}`);
    });
    try {
      const message = await ticketsApi.addMessage(ticketId, {
        kind,
        body,
        attachmentIds: draft.attachments.map((attachment) => attachment.id),
        ...(mentionIds.length ? { mentionIds } : {}),
        ...(status ? { status } : {}),
      });
      clear();
      setStatus('');
      onSent(message);
    } catch (caught) {
      // The draft stays in localStorage and on screen so nothing typed is lost.
      setError(caught);
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (mentions.open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        mentions.move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        insertMention(mentions.index);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        mentions.close();
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    } else if (event.key === 'Escape') {
      event.currentTarget.blur();
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    upload.uploadFiles(event.dataTransfer.files);
  };

  const listboxId = `mentions-${ticketId}`;
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
      <div className="composer-tabs" role="tablist" aria-label={t('composer.kind')}>
        <button type="button" role="tab" aria-selected={kind === 'reply'} className="composer-tab" onClick={() => setKind('reply')}>
          {t('composer.reply')} <kbd>r</kbd>
        </button>
        <button type="button" role="tab" aria-selected={kind === 'note'} className="composer-tab composer-tab-note" onClick={() => setKind('note')}>
          <Icon name="lock" /> {t('composer.note')} <kbd>n</kbd>
        </button>
        {draft.text && <span className="composer-draft faint">{t('composer.draftSaved')}</span>}
      </div>
      <ErrorBanner error={error} onRetry={() => void send()} />
      <ErrorBanner error={upload.error} />
      <div className="composer-editor">
        <label htmlFor={`composer-${ticketId}`} className="visually-hidden">
          {kind === 'note' ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
        </label>
        <textarea
          id={`composer-${ticketId}`}
          ref={textareaRef}
          rows={3}
          className={draft.text ? 'has-text' : undefined}
          value={draft.text}
          placeholder={kind === 'note' ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={mentions.open}
          aria-controls={listboxId}
          aria-activedescendant={mentions.open ? `${listboxId}-${mentions.index}` : undefined}
          onChange={(event) => {
            update({ text: event.target.value });
            mentions.track(event.target.value, event.target.selectionStart);
            announceTyping();
          }}
          onKeyDown={onKeyDown}
          onBlur={() => mentions.close()}
        />
        {mentions.open && (
          <ul id={listboxId} role="listbox" className="mention-list" aria-label={t('composer.mentionSuggestions')}>
            {mentions.options.map((user, index) => (
              <li
                key={user.id}
                id={`${listboxId}-${index}`}
                role="option"
                aria-selected={index === mentions.index}
                className={index === mentions.index ? 'mention-option mention-option-active' : 'mention-option'}
                onMouseDown={(event) => {
                  event.preventDefault();
                  insertMention(index);
                }}
              >
                <strong>{user.name}</strong> <span className="faint">{user.email}</span>
              </li>
            ))}
          </ul>
        )}
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
