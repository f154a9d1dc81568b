import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ViewSchema } from '@tuki/shared';
import { viewsApi } from '../api/endpoints.ts';
import { useRealtimeMessages } from '../session/RealtimeProvider.tsx';

/** Views with their live counts. */
export type ViewsState = { views: ViewSchema[] | undefined; error: unknown; reload: () => Promise<void> };

const ViewsContext = createContext<ViewsState | null>(null);

/** Loads views and refreshes their counts when tickets change. */
export function ViewsProvider({ children }: { children: ReactNode }) {
  const [views, setViews] = useState<ViewSchema[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const reload = useCallback(async () => {
    try {
      const result = await viewsApi.list();
      setViews([...result.data].sort((a, b) => a.position - b.position));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, []);

  useEffect(() => {
    void reload();
    const interval = setInterval(() => void reload(), 60_000);
    return () => clearInterval(interval);
  }, [reload]);

  useRealtimeMessages((message) => {
    if (message.type !== 'event' || !message.name.startsWith('ticket.')) return;
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void reload();
    }, 1500);
  });

  const value = useMemo(() => ({ views, error, reload }), [views, error, reload]);
  return <ViewsContext.Provider value={value}>{children}</ViewsContext.Provider>;
}

/** The workspace's views with live counts. */
export function useViews(): ViewsState {
  const context = useContext(ViewsContext);
  if (!context) throw new Error('useViews must be used inside <ViewsProvider>');
  return context;
}
