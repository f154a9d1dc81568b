import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ViewSchema } from '@tuki/shared';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useViews } from '../shell/ViewsProvider.tsx';
import { rememberTicketList } from '../shell/ticketNavigation.ts';
import { useSession } from '../session/useSession.ts';
import { ticketsApi } from '../api/endpoints.ts';
import { useToast } from '../common/ToastProvider.tsx';
import { useShortcuts } from '../common/useShortcuts.ts';
import { ErrorBanner } from '../common/ErrorBanner.tsx';
import { Loading } from '../common/Loading.tsx';
import { useViewTickets, type TicketSort } from './useViewTickets.ts';
import { TicketTable } from './TicketTable.tsx';
import { BulkBar } from './BulkBar.tsx';
import { viewName } from '../common/labels.ts';
import './inbox.css';
import { useDocumentTitle } from '../common/useDocumentTitle.ts';

/** A view's ticket list: sortable, multi-select with bulk actions, paged, live. */
export function InboxPage() {
  const t = useT();
  const format = useFormat();
  const toast = useToast();
  const navigate = useNavigate();
  const { user } = useSession();
  const { viewId = '' } = useParams();
  const { views, reload: reloadViews } = useViews();
  const view: ViewSchema | undefined = views?.find((candidate) => candidate.id === viewId);
  const [sort, setSort] = useState<TicketSort | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [cursorIndex, setCursorIndex] = useState(0);

  useEffect(() => {
    if (view) setSort({ sortBy: view.sortBy, sortOrder: view.sortOrder });
    setSelected(new Set());
    setCursorIndex(0);
    // Reset only when the view changes, not when its live count does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewId, view?.sortBy, view?.sortOrder]);

  useDocumentTitle(view ? viewName(t, view) : null);
  const list = useViewTickets(viewId, sort);
  const ids = useMemo(() => list.tickets.map((ticket) => ticket.id), [list.tickets]);

  useEffect(() => {
    rememberTicketList({ viewId, ids });
    setSelected((current) => new Set([...current].filter((id) => ids.includes(id))));
  }, [viewId, ids]);

  const focused = list.tickets[Math.min(cursorIndex, list.tickets.length - 1)];

  const bulkUpdate = async (changes: Parameters<typeof ticketsApi.bulk>[0]['changes'], targetIds: string[]) => {
    if (targetIds.length === 0) return;
    try {
      const result = await ticketsApi.bulk({ ids: targetIds, changes });
      toast.success(t('inbox.bulkDone', { count: result.updated }));
      setSelected(new Set());
      await Promise.all([list.refresh(), reloadViews()]);
    } catch (error) {
      toast.error(error);
    }
  };

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  useShortcuts({
    j: () => setCursorIndex((index) => Math.min(index + 1, list.tickets.length - 1)),
    k: () => setCursorIndex((index) => Math.max(index - 1, 0)),
    o: () => focused && navigate(`/tickets/${focused.id}`),
    Enter: () => focused && navigate(`/tickets/${focused.id}`),
    x: () => focused && toggle(focused.id),
    a: () => void bulkUpdate({ assigneeId: user.id }, selected.size > 0 ? [...selected] : focused ? [focused.id] : []),
    s: () => document.getElementById('bulk-status')?.focus(),
  });

  if (!views) return <Loading />;
  if (!view) return <div className="page-pad"><ErrorBanner error={new Error(t('inbox.viewMissing'))} /></div>;

  return (
    <div className="inbox">
      <div className="inbox-header">
        <h1>{viewName(t, view)}</h1>
        {view.count !== undefined && <span className="muted">{view.countCapped ? t('tickets.countAtLeast', { count: view.count }) : t('tickets.count', { count: view.count })}</span>}
        <span className="spacer" />
        <button
          type="button"
          className="btn btn-small"
          title={t('inbox.sortOrder')}
          onClick={() => sort && setSort({ ...sort, sortOrder: sort.sortOrder === 'asc' ? 'desc' : 'asc' })}
        >
          {sort?.sortOrder === 'asc' ? t('inbox.ascending') : t('inbox.descending')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => void list.refresh()}>{t('common.refresh')}</button>
      </div>
      <BulkBar
        count={selected.size}
        onApply={(changes) => void bulkUpdate(changes, [...selected])}
        onClear={() => setSelected(new Set())}
      />
      <ErrorBanner error={list.error} onRetry={() => void list.refresh()} />
      {list.loading ? (
        <Loading />
      ) : list.tickets.length === 0 ? (
        <p className="empty-state">{t('inbox.empty')}</p>
      ) : (
        <TicketTable
          tickets={list.tickets}
          sort={sort}
          onSort={setSort}
          selected={selected}
          onToggle={toggle}
          onToggleAll={(all) => setSelected(all ? new Set(ids) : new Set())}
          cursorId={focused?.id}
          changedIds={list.changedIds}
        />
      )}
      <div className="inbox-footer">
        <span className="muted">{t('inbox.showing', { shown: format.number(list.tickets.length) })}</span>
        {list.hasMore && (
          <button type="button" className="btn" disabled={list.loadingMore} onClick={() => void list.loadMore()}>
            {list.loadingMore ? t('common.loading') : t('inbox.loadMore')}
          </button>
        )}
      </div>
    </div>
  );
}
