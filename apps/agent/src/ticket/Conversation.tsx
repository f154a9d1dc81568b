import { useEffect, useMemo, useRef } from 'react';
import type { MessageSchema, TicketEventSchema } from '@tuki/shared';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useDirectory } from '../session/DirectoryProvider.tsx';
import { Avatar } from '../common/Avatar.tsx';
import { Icon } from '../common/Icon.tsx';
import { channelLabel } from '../common/labels.ts';
import { eventText } from './eventText.ts';
import { MessageBody } from './MessageBody.tsx';
import { AttachmentList } from './AttachmentList.tsx';

type Entry = { kind: 'message'; at: string; message: MessageSchema } | { kind: 'event'; at: string; event: TicketEventSchema };

/** The ticket's conversation: replies, internal notes and timeline events in time order. */
export function Conversation({ messages, events, showEvents }: { messages: MessageSchema[]; events: TicketEventSchema[]; showEvents: boolean }) {
  const t = useT();
  const format = useFormat();
  const directory = useDirectory();
  const endRef = useRef<HTMLLIElement>(null);

  const entries = useMemo(() => {
    const list: Entry[] = messages.map((message) => ({ kind: 'message', at: message.createdAt, message }));
    if (showEvents) for (const event of events) list.push({ kind: 'event', at: event.createdAt, event });
    return list.sort((a, b) => a.at.localeCompare(b.at));
  }, [messages, events, showEvents]);

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [messages.length]);

  return (
    <ol className="conversation" aria-label={t('ticket.conversation')}>
      {entries.map((entry) =>
        entry.kind === 'event' ? (
          <li key={`e-${entry.event.id}`} className="timeline-event">
            <span className="timeline-dot" aria-hidden="true" />
            <span>{eventText(t, entry.event, directory, format)}</span>
            <time dateTime={entry.at} title={format.dateTime(entry.at)}>{format.relative(entry.at)}</time>
          </li>
        ) : (
          <MessageItem key={`m-${entry.message.id}`} message={entry.message} />
        ),
      )}
      <li ref={endRef} className="conversation-end" aria-hidden="true" />
    </ol>
  );
}

function MessageItem({ message }: { message: MessageSchema }) {
  const t = useT();
  const format = useFormat();
  const isNote = message.kind === 'note';
  const classes = ['message', isNote ? 'message-note' : `message-${message.authorType}`];
  return (
    <li className={classes.join(' ')}>
      <Avatar name={message.authorName} size={30} />
      <article className="message-card" aria-label={isNote ? t('message.noteBy', { name: message.authorName }) : t('message.replyBy', { name: message.authorName })}>
        <header className="message-header">
          <strong>{message.authorName}</strong>
          {isNote ? (
            <span className="message-kind note-label"><Icon name="lock" /> {t('message.internalNote')}</span>
          ) : (
            <span className="message-kind">{message.authorType === 'contact' ? t('message.fromCustomer', { channel: channelLabel(t, message.channel) }) : t('message.publicReply')}</span>
          )}
          <time dateTime={message.createdAt} title={format.dateTime(message.createdAt)}>{format.dateTime(message.createdAt)}</time>
        </header>
        <MessageBody message={message} />
        <AttachmentList attachments={visibleAttachments(message)} />
        {message.deliveryStatus === 'failed' && (
          <p className="delivery-error" role="alert">{t('message.deliveryFailed', { error: message.deliveryError ?? '' })}</p>
        )}
      </article>
    </li>
  );
}

/** Files to list under a message: inline images its HTML already shows are left out. */
function visibleAttachments(message: MessageSchema) {
  const html = message.bodyHtml;
  return html ? message.attachments.filter((attachment) => !(attachment.inline && html.includes(attachment.url))) : message.attachments;
}
