import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ticketsApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useSession } from '../session/useSession.ts';
import { useToast } from '../common/ToastProvider.tsx';
import { useShortcuts } from '../common/useShortcuts.ts';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { Loading } from '../common/Loading.tsx';
import { Icon } from '../common/Icon.tsx';
import { channelLabel, statusLabel } from '../common/labels.ts';
import { neighbourTicket, recallTicketList } from '../shell/ticketNavigation.ts';
import { useTicketData } from './useTicketData.ts';
import { Conversation } from './Conversation.tsx';
import { Composer, type ComposerHandle } from './Composer.tsx';
import { PropertiesPanel } from './PropertiesPanel.tsx';
import { RequesterPanel } from './RequesterPanel.tsx';
import { TicketActions } from './TicketActions.tsx';
import { LinksPanel } from './LinksPanel.tsx';
import { PresenceIndicator } from './PresenceIndicator.tsx';
import './ticket.css';
import { useDocumentTitle } from '../common/useDocumentTitle.ts';

/** One ticket: conversation and composer, properties, requester, actions, presence. */
export function TicketPage() {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const navigate = useNavigate();
  const { user } = useSession();
  const { ticketId = '' } = useParams();
  const data = useTicketData(ticketId);
  const composerRef = useRef<ComposerHandle>(null);
  const [showEvents, setShowEvents] = useState(true);
  const list = recallTicketList();
  const previousId = neighbourTicket(ticketId, -1);
  const nextId = neighbourTicket(ticketId, 1);

  const assignToMe = async () => {
    try {
      data.setTicket(await ticketsApi.update(ticketId, { assigneeId: user.id }));
      toast.success(t('ticket.assignedToYou'));
    } catch (error) {
      toast.error(error);
    }
  };

  useShortcuts({
    j: () => nextId && navigate(`/tickets/${nextId}`),
    k: () => previousId && navigate(`/tickets/${previousId}`),
    r: () => composerRef.current?.focus('reply'),
    n: () => composerRef.current?.focus('note'),
    a: () => void assignToMe(),
    s: () => document.getElementById('ticket-status')?.focus(),
  });

  useDocumentTitle(data.ticket ? `#${data.ticket.number} ${data.ticket.subject}` : null);
  const { ticket } = data;
  if (!ticket) {
    if (data.error) return <div className="page-pad"><ErrorBanner error={data.error} onRetry={() => void data.reloadTicket()} /></div>;
    return <Loading />;
  }

  return (
    <div className="ticket-page">
      <header className="ticket-header">
        <div className="ticket-nav">
          {list && (
            <Link to={`/views/${list.viewId}`} className="icon-btn" aria-label={t('ticket.backToList')}>
              <Icon name="arrow-left" />
            </Link>
          )}
          <button type="button" className="btn btn-small" disabled={!previousId} onClick={() => previousId && navigate(`/tickets/${previousId}`)} aria-label={t('ticket.previous')}>‹</button>
          <button type="button" className="btn btn-small" disabled={!nextId} onClick={() => nextId && navigate(`/tickets/${nextId}`)} aria-label={t('ticket.next')}>›</button>
        </div>
        <div className="ticket-heading">
          <h1>
            <span className="ticket-number">#{ticket.number}</span> {ticket.subject}
          </h1>
          <div className="ticket-meta">
            <span className={`badge status-${ticket.status}`}>{statusLabel(t, ticket.status)}</span>
            <span>{channelLabel(t, ticket.channel)}</span>
            <span>{t('ticket.createdAt', { when: format.dateTime(ticket.createdAt) })}</span>
            <PresenceIndicator ticketId={ticket.id} />
          </div>
        </div>
        {user.role !== 'read-only' && (
          <TicketActions ticket={ticket} onChanged={() => void Promise.all([data.reloadTicket(), data.reloadLinks(), data.reloadMessages()])} />
        )}
      </header>
      <ErrorBanner error={data.error} onRetry={() => void data.reloadTicket()} />
      {ticket.mergedIntoId && (
        <p className="notice ticket-merged">
          {t('ticket.mergedNotice')} <Link to={`/tickets/${ticket.mergedIntoId}`}>{t('ticket.openMergeTarget')}</Link>
        </p>
      )}
      <div className="ticket-body">
        <div className="ticket-main">
          <div className="conversation-toolbar">
            <span className="muted small">{t('ticket.messageCount', { count: data.messages.length })}</span>
            <label className="row small">
              <input type="checkbox" checked={showEvents} onChange={(event) => setShowEvents(event.target.checked)} />
              {t('ticket.showEvents')}
            </label>
          </div>
          {data.loading && data.messages.length === 0 ? <Loading /> : <Conversation messages={data.messages} events={data.events} showEvents={showEvents} />}
          {user.role === 'read-only' ? (
            <p className="notice">{t('ticket.readOnly')}</p>
          ) : (
            <Composer
              ref={composerRef}
              ticketId={ticket.id}
              channel={ticket.channel}
              onSent={(message) => {
                data.addMessage(message);
                void data.reloadTicket();
              }}
            />
          )}
        </div>
        <aside className="ticket-side" aria-label={t('ticket.details')}>
          <fieldset className="plain-fieldset" disabled={user.role === 'read-only'}>
            <PropertiesPanel ticket={ticket} onSaved={data.setTicket} />
          </fieldset>
          <LinksPanel links={data.links} />
          <RequesterPanel contactId={ticket.requesterId} currentTicketId={ticket.id} />
        </aside>
      </div>
    </div>
  );
}
