import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { AuthShell } from './AuthShell';
import { continueTo, useAuth } from './AuthContext';
import { Field, FormError } from './Field';

export function LoginPage() {
  const { status } = useAuth();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (status?.setupRequired) return <Navigate to="/setup" replace />;
  if (status?.me) return <Navigate to="/" replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/v1/auth/login', { email, password }, { redirectOn401: false });
      continueTo(params.get('next'));
    } catch (e) {
      setError(e instanceof ApiError && e.code !== 'validation_failed' ? e.message : 'Enter your email and password.');
      setBusy(false);
    }
  }

  return (
    <AuthShell title="Sign in" lede="Multi-year AI inference budgets for finance teams." footer="No account? Ask your workspace owner for an invite link.">
      <form onSubmit={submit} noValidate>
        <Field label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <Field label="Password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <FormError message={error} />
        <button className="btn btn-primary btn-block" type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </AuthShell>
  );
}
