import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { RealtimeClient, type ConnectionState, type RealtimeMessage } from '../api/realtime.ts';

type RealtimeContextValue = { client: RealtimeClient; state: ConnectionState };

const RealtimeContext = createContext<RealtimeContextValue | null>(null);

/** Keeps one realtime socket open while signed in. */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const clientRef = useRef<RealtimeClient | null>(null);
  clientRef.current ??= new RealtimeClient();
  const client = clientRef.current;
  const [state, setState] = useState<ConnectionState>(client.state);

  useEffect(() => {
    const unsubscribe = client.onState(setState);
    client.start();
    return () => {
      unsubscribe();
      client.stop();
    };
  }, [client]);

  return <RealtimeContext.Provider value={{ client, state }}>{children}</RealtimeContext.Provider>;
}

/** The realtime client and its connection state. */
export function useRealtime(): RealtimeContextValue {
  const context = useContext(RealtimeContext);
  if (!context) throw new Error('useRealtime must be used inside <RealtimeProvider>');
  return context;
}

/** Calls `handler` for every realtime message while mounted. */
export function useRealtimeMessages(handler: (message: RealtimeMessage) => void): void {
  const { client } = useRealtime();
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  useEffect(() => client.subscribe((message) => handlerRef.current(message)), [client]);
}
