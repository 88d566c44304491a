import { useState, type FormEvent } from 'react';
import { Navigate } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { AuthShell } from './AuthShell';
import { continueTo, useAuth } from './AuthContext';
import { Field, FormError } from './Field';

export const PASSWORD_HINT = 'At least 12 characters. A short sentence is easy to remember and hard to guess.';

/** First run: create the workspace owner. */
export function SetupPage() {
  const { status } = useAuth();
  const [form, setForm] = useState({ name: '', email: '', password: '', confirm: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);

  if (status && !status.setupRequired) return <Navigate to={status.me ? '/' : '/login'} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMismatch(form.password !== form.confirm);
    if (form.password !== form.confirm) return;
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/v1/auth/setup', { name: form.name, email: form.email, password: form.password }, { redirectOn401: false });
      continueTo('/');
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', 'Setup failed.'));
      setBusy(false);
    }
  }

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  return (
    <AuthShell
      title="Set up your workspace"
      lede="Welcome to Tokenplan. Create the owner account: the owner invites colleagues, assigns roles and sees the audit log."
      footer="Budgets stay on this server. Passwords are stored as scrypt hashes only."
    >
      <form onSubmit={submit} noValidate>
        <Field label="Your name" autoComplete="name" required value={form.name} onChange={set('name')} error={error?.fieldError('name')} />
        <Field label="Work email" type="email" autoComplete="email" required value={form.email} onChange={set('email')} error={error?.fieldError('email')} />
        <Field label="Password" type="password" autoComplete="new-password" required value={form.password} onChange={set('password')} hint={PASSWORD_HINT} error={error?.fieldError('password')} />
        <Field label="Confirm password" type="password" autoComplete="new-password" required value={form.confirm} onChange={set('confirm')} error={mismatch ? 'The passwords do not match.' : undefined} />
        <FormError message={error && error.details.length === 0 ? error.message : null} />
        <button className="btn btn-primary btn-block" type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create owner account'}
        </button>
      </form>
    </AuthShell>
  );
}
