import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client';
import { AuthShell } from './AuthShell';
import { continueTo } from './AuthContext';
import { Field, FormError } from './Field';
import { PASSWORD_HINT } from './SetupPage';
import { ROLE_LABEL, type Role } from './types';

interface InviteInfo {
  role: Role;
  email: string | null;
  expiresAt: string;
}

/** /invite#inv_… — the code stays in the fragment, which browsers never send to the server. */
export function InvitePage() {
  const [code] = useState(() => window.location.hash.slice(1));
  const [info, setInfo] = useState<InviteInfo | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!code) {
      setInvalid('This page needs the full invite link. Copy it again from the message you received.');
      return;
    }
    api.post<InviteInfo>('/api/v1/invites/inspect', { code }, { redirectOn401: false }).then(
      (i) => {
        setInfo(i);
        if (i.email) setForm((f) => ({ ...f, email: i.email ?? '' }));
      },
      (e: unknown) => setInvalid(e instanceof ApiError && e.status !== 400 ? e.message : 'This invite link is not valid.'),
    );
  }, [code]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/v1/invites/accept', { code, ...form }, { redirectOn401: false });
      continueTo('/');
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', 'Could not create the account.'));
      setBusy(false);
    }
  }

  if (invalid) {
    return (
      <AuthShell title="Invite link not valid" footer={<a href="/login">Go to sign in</a>}>
        <p className="form-error" role="alert">{invalid}</p>
      </AuthShell>
    );
  }
  if (!info) return <AuthShell title="Checking your invite…">{null}</AuthShell>;
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  return (
    <AuthShell
      title="Join the workspace"
      lede={
        <>
          You are invited as <strong>{ROLE_LABEL[info.role]}</strong>. Choose your name and a password. The link works once and
          expires {new Date(info.expiresAt).toLocaleString()}.
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Field label="Your name" autoComplete="name" required value={form.name} onChange={set('name')} error={error?.fieldError('name')} />
        <Field label="Work email" type="email" autoComplete="email" required readOnly={Boolean(info.email)} value={form.email} onChange={set('email')} error={error?.fieldError('email')} />
        <Field label="Password" type="password" autoComplete="new-password" required value={form.password} onChange={set('password')} hint={PASSWORD_HINT} error={error?.fieldError('password')} />
        <FormError message={error && error.details.length === 0 ? error.message : null} />
        <button className="btn btn-primary btn-block" type="submit" disabled={busy}>
          {busy ? 'Creating account…' : 'Create account'}
        </button>
      </form>
    </AuthShell>
  );
}
