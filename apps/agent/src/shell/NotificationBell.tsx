import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { NotificationSchema } from '@tuki/shared';
import { notificationsApi } from '../api/endpoints.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useRealtimeMessages } from '../session/RealtimeProvider.tsx';
import { useToast } from '../common/ToastProvider.tsx';
import { useDismiss } from '../common/useDismiss.ts';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { Icon } from '../common/Icon.tsx';
import type { Translate } from '../i18n/I18nProvider.tsx';

function notificationText(t: Translate, item: NotificationSchema): string {
  const values = { actor: item.actorName, number: item.ticketNumber, subject: item.ticketSubject };
  switch (item.kind) {
    case 'assigned': return t('notifications.assigned', values);
    case 'mentioned': return t('notifications.mentioned', values);
    case 'followed_reply': return t('notifications.followedReply', values);
  }
}

/** The bell with the unread count and a dropdown of recent notifications. */
export function NotificationBell() {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const navigate = useNavigate();
  const [count, setCount] = useState(0);
  const [open, setOpen] = useState(false);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [items, setItems] = useState<NotificationSchema[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [countFailed, setCountFailed] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const refreshCount = useCallback(() => {
    notificationsApi.unreadCount().then(
      (result) => {
        setCount(result.count);
        setCountFailed(false);
      },
      (caught: unknown) => {
        console.error('Could not load the unread notification count', caught);
        setCountFailed(true);
      },
    );
  }, []);

  const loadList = useCallback(async () => {
    try {
      setItems((await notificationsApi.list(unreadOnly)).data);
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [unreadOnly]);

  useEffect(refreshCount, [refreshCount]);
  useEffect(() => {
    if (open) void loadList();
  }, [open, loadList]);

  useRealtimeMessages((message) => {
    if (message.type !== 'event' || message.name !== 'notification.created') return;
    refreshCount();
    if (open) void loadList();
  });

  const close = useCallback(() => setOpen(false), []);
  useDismiss(panelRef, open, close, buttonRef);

  const openItem = async (item: NotificationSchema) => {
    setOpen(false);
    navigate(`/tickets/${item.ticketId}`);
    if (item.readAt) return;
    try {
      await notificationsApi.markRead(item.id);
      refreshCount();
    } catch (caught) {
      toast.error(caught);
    }
  };

  const markAll = async () => {
    try {
      await notificationsApi.markAllRead();
      setCount(0);
      await loadList();
    } catch (caught) {
      toast.error(caught);
    }
  };

  return (
    <div className="popover-anchor" ref={panelRef}>
      <button
        ref={buttonRef}
        type="button"
        className="icon-btn"
        aria-haspopup="true"
        aria-expanded={open}
        aria-label={countFailed ? t('notifications.countFailed') : t('notifications.button', { count })}
        title={countFailed ? t('notifications.countFailed') : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        <Icon name="bell" />
        {countFailed && <span className="bell-count bell-warning" aria-hidden="true">!</span>}
        {!countFailed && count > 0 && <span className="bell-count" aria-hidden="true">{count > 99 ? '99+' : format.number(count)}</span>}
      </button>
      {open && (
        <div className="popover notifications" role="region" aria-label={t('notifications.title')}>
          <div className="popover-header">
            <strong>{t('notifications.title')}</strong>
            <label className="row small">
              <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} />
              {t('notifications.unreadOnly')}
            </label>
            <button type="button" className="btn btn-small btn-ghost" onClick={markAll} disabled={count === 0}>
              {t('notifications.markAllRead')}
            </button>
          </div>
          <ErrorBanner error={error} onRetry={() => void loadList()} />
          {items && items.length === 0 && <p className="empty-state small">{t('notifications.empty')}</p>}
          <ul className="notification-list">
            {items?.map((item) => (
              <li key={item.id}>
                <button type="button" className={item.readAt ? 'notification' : 'notification notification-unread'} onClick={() => void openItem(item)}>
                  <span className="notification-text">{notificationText(t, item)}</span>
                  <time className="faint" dateTime={item.createdAt} title={format.dateTime(item.createdAt)}>
                    {format.relative(item.createdAt)}
                  </time>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
