import { useCallback, useEffect, useRef, useState } from 'react';
import type { TicketListItemSchema, ViewSchema } from '@tuki/shared';
import { viewsApi } from '../api/endpoints.ts';
import { useRealtimeMessages } from '../session/RealtimeProvider.tsx';

const PAGE_SIZE = 50;

/** Sort settings of the ticket list. */
export type TicketSort = { sortBy: ViewSchema['sortBy']; sortOrder: 'asc' | 'desc' };

/** A view's tickets with cursor paging and live refresh. */
export type ViewTickets = {
  tickets: TicketListItemSchema[];
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore: () => Promise<void>;
  refresh: () => Promise<void>;
  changedIds: Set<string>;
};

/** Loads tickets of a view page by page, refreshing what is loaded when `ticket.*` events arrive. */
export function useViewTickets(viewId: string, sort: TicketSort | null): ViewTickets {
  const [tickets, setTickets] = useState<TicketListItemSchema[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [changedIds, setChangedIds] = useState<Set<string>>(new Set());
  const generation = useRef(0);
  const loadedCount = useRef(0);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const fetchFirst = useCallback(
    async (limit: number, showSpinner: boolean) => {
      if (!sort) return;
      const mine = ++generation.current;
      if (showSpinner) setLoading(true);
      try {
        const page = await viewsApi.tickets(viewId, { limit, ...sort });
        if (mine !== generation.current) return;
        setTickets((previous) => {
          const before = new Map(previous.map((ticket) => [ticket.id, ticket.updatedAt]));
          const changed = page.data.filter((ticket) => before.size > 0 && before.get(ticket.id) !== ticket.updatedAt);
          setChangedIds(new Set(changed.map((ticket) => ticket.id)));
          return page.data;
        });
        loadedCount.current = page.data.length;
        setCursor(page.nextCursor);
        setError(null);
      } catch (caught) {
        if (mine === generation.current) setError(caught);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [viewId, sort],
  );

  useEffect(() => {
    setTickets([]);
    setCursor(null);
    setChangedIds(new Set());
    void fetchFirst(PAGE_SIZE, true);
  }, [fetchFirst]);

  const loadMore = useCallback(async () => {
    if (!cursor || !sort) return;
    const mine = generation.current;
    setLoadingMore(true);
    try {
      const page = await viewsApi.tickets(viewId, { cursor, limit: PAGE_SIZE, ...sort });
      if (mine !== generation.current) return;
      setTickets((previous) => {
        const seen = new Set(previous.map((ticket) => ticket.id));
        const next = [...previous, ...page.data.filter((ticket) => !seen.has(ticket.id))];
        loadedCount.current = next.length;
        return next;
      });
      setCursor(page.nextCursor);
      setError(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, sort, viewId]);

  const refresh = useCallback(() => fetchFirst(Math.min(200, Math.max(PAGE_SIZE, loadedCount.current)), false), [fetchFirst]);

  useRealtimeMessages((message) => {
    if (message.type !== 'event' || !(message.name.startsWith('ticket.') || message.name === 'message.created')) return;
    if (refreshTimer.current) return;
    refreshTimer.current = setTimeout(() => {
      refreshTimer.current = null;
      void refresh();
    }, 800);
  });

  useEffect(() => () => {
    if (refreshTimer.current) clearTimeout(refreshTimer.current);
  }, []);

  return { tickets, loading, loadingMore, error, hasMore: cursor !== null, loadMore, refresh, changedIds };
}
