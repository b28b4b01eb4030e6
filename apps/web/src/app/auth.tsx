import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client.ts';
import { authApi } from '../api/endpoints.ts';
import type { Me } from '../api/types.ts';

type AuthState =
  | { status: 'loading' }
  /**
   * `sessionEnded`: a request found the session over (idle, expired), so sign-in says why;
   * `returnTo`: the address the user was at then, to come back to after signing in again.
   */
  | { status: 'signedOut'; sessionEnded?: boolean; returnTo?: string }
  | { status: 'signedIn'; me: Me };

interface AuthValue {
  state: AuthState;
  signIn: (username: string, password: string) => Promise<Me>;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const accept = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setState({ status: 'signedIn', me });
  }, []);

  const clear = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'signedOut' });
  }, []);

  // Only a session that was open can end: a late answer after signing out changes nothing. The way
  // back is read from the address bar now: the router's location lags behind it while a navigation
  // is still loading its screen, and reading it there lost the page the user had just opened.
  const sessionEnded = useCallback(() => {
    setCsrfToken(null);
    const returnTo = window.location.pathname + window.location.search;
    setState((current) =>
      current.status === 'signedIn' ? { status: 'signedOut', sessionEnded: true, returnTo } : current,
    );
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await authApi.me());
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) clear();
      else throw error;
    }
  }, [accept, clear]);

  useEffect(() => {
    setUnauthorizedHandler(sessionEnded);
    refresh().catch(() => clear());
    return () => setUnauthorizedHandler(null);
  }, [refresh, clear, sessionEnded]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const me = await authApi.signIn(username, password);
      accept(me);
      return me;
    },
    [accept],
  );

  const signOut = useCallback(async () => {
    try {
      await authApi.signOut();
    } finally {
      clear();
    }
  }, [clear]);

  const value = useMemo(() => ({ state, signIn, signOut, refresh }), [state, signIn, signOut, refresh]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in person; only for pages rendered inside the authenticated layout. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'signedIn') throw new Error('useMe without a session');
  return state.me;
}
