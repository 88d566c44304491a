import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import type { AuthStatus, Me } from './types';
import { safeNext } from './safeNext';

interface AuthState {
  /** null while loading the first time. */
  status: AuthStatus | null;
  error: string | null;
  me: Me | null;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setStatus(await api.get<AuthStatus>('/api/v1/auth/status', { redirectOn401: false }));
      setError(null);
    } catch {
      setError('The server cannot be reached. Check your connection and reload the page.');
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signOut = useCallback(async () => {
    await api.post('/api/v1/auth/logout', undefined, { redirectOn401: false }).catch(() => undefined);
    // A full reload drops every cached answer of the previous user.
    window.location.assign('/login');
  }, []);

  return <AuthContext.Provider value={{ status, error, me: status?.me ?? null, refresh, signOut }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() outside <AuthProvider>');
  return value;
}

/** After signing in: go where the user was heading (this origin only, see safeNext), with a fresh page. */
export function continueTo(next: string | null): void {
  window.location.assign(safeNext(next));
}
