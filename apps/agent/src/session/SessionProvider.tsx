import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionSchema, UserSchema } from '@tuki/shared';
import { ApiError, setCsrfToken, setUnauthenticatedHandler } from '../api/client.ts';
import { authApi, type ProfileChanges } from '../api/endpoints.ts';
import { useI18n } from '../i18n/useT.ts';

/** Session state: still checking, signed out, or signed in. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; error?: unknown }
  | { status: 'signed-in'; session: SessionSchema };

/** What the session context offers. */
export type SessionContextValue = {
  state: SessionState;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  updateProfile: (changes: ProfileChanges) => Promise<UserSchema>;
};

/** The session React context (read it with `useSession`). */
export const SessionContext = createContext<SessionContextValue | null>(null);

/** Loads the cookie session, keeps the CSRF token, and applies the user's language and time zone. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const { setLanguage, setTimeZone } = useI18n();

  const accept = useCallback(
    (session: SessionSchema) => {
      setCsrfToken(session.csrfToken);
      setLanguage(session.user.language);
      setTimeZone(session.user.timeZone || session.workspace.timeZone);
      setState({ status: 'signed-in', session });
    },
    [setLanguage, setTimeZone],
  );

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setState({ status: 'signed-out' });
    });
    authApi.session().then(accept, (error: unknown) => {
      const expected = error instanceof ApiError && error.status === 401;
      setState({ status: 'signed-out', error: expected ? undefined : error });
    });
    return () => setUnauthenticatedHandler(null);
  }, [accept]);

  const login = useCallback(async (email: string, password: string) => accept(await authApi.login(email, password)), [accept]);

  const logout = useCallback(async () => {
    await authApi.logout();
    setCsrfToken(null);
    setState({ status: 'signed-out' });
  }, []);

  const updateProfile = useCallback(
    async (changes: ProfileChanges) => {
      const user = await authApi.updateMe(changes);
      setState((current) => (current.status === 'signed-in' ? { status: 'signed-in', session: { ...current.session, user } } : current));
      if (changes.language) setLanguage(user.language);
      if (changes.timeZone) setTimeZone(user.timeZone);
      return user;
    },
    [setLanguage, setTimeZone],
  );

  const value = useMemo(() => ({ state, login, logout, updateProfile }), [state, login, logout, updateProfile]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
