import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './AuthContext';

/** The app itself: first run → setup screen; signed out → sign-in; otherwise the children. */
export function RequireAuth({ children, role }: { children: ReactNode; role?: 'OWNER' }) {
  const { status, error } = useAuth();
  const location = useLocation();
  if (error) return <p className="auth-loading" role="alert">{error}</p>;
  if (!status) return <p className="auth-loading">Loading…</p>;
  if (status.setupRequired) return <Navigate to="/setup" replace />;
  if (!status.me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (role && status.me.user.role !== role) return <Navigate to="/" replace />;
  return <>{children}</>;
}
