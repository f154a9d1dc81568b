import { useContext } from 'react';
import type { SessionSchema } from '@tuki/shared';
import { SessionContext, type SessionContextValue } from './SessionProvider.tsx';

/** The session context: state, login, logout, updateProfile. */
export function useSessionContext(): SessionContextValue {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSessionContext must be used inside <SessionProvider>');
  return context;
}

/** The signed-in session; only call this below the signed-in part of the app. */
export function useSession(): SessionSchema {
  const { state } = useSessionContext();
  if (state.status !== 'signed-in') throw new Error('useSession needs a signed-in session');
  return state.session;
}
