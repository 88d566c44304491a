import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client';
import { Field, FormError } from './Field';

type FieldName = 'currentPassword' | 'newPassword' | 'confirmPassword';
type FieldErrors = Partial<Record<FieldName, string>>;

export const PASSWORD_MISMATCH = 'The new passwords do not match.';

/**
 * Change your own password (POST /api/v1/auth/password). The two new entries are compared here before
 * anything is sent; the server checks the current password and the policy, and its message is shown
 * next to the field it names. On success the other sessions are signed out; this one stays.
 */
export function ChangePasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  // Bumped on each refused submission: the first field in error then takes the focus.
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempt) form.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }, [attempt]);

  function refuse(errors: FieldErrors, message: string | null = null) {
    setFieldErrors(errors);
    setError(message);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const local: FieldErrors = {};
    if (!current) local.currentPassword = 'Enter your current password.';
    if (!next) local.newPassword = 'Enter a new password.';
    else if (next !== confirm) local.confirmPassword = PASSWORD_MISMATCH;
    if (Object.keys(local).length) return refuse(local);

    setBusy(true);
    try {
      await api.post('/api/v1/auth/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setConfirm('');
      setFieldErrors({});
      setError(null);
      setDone(true);
    } catch (e) {
      if (e instanceof ApiError) {
        const onFields: FieldErrors = {};
        const currentError = e.fieldError('currentPassword');
        const newError = e.fieldError('newPassword');
        if (currentError) onFields.currentPassword = currentError;
        if (newError) onFields.newPassword = newError;
        refuse(onFields, Object.keys(onFields).length ? null : e.message);
      } else {
        refuse({}, 'Something went wrong.');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="password-form" onSubmit={submit} noValidate aria-labelledby="password-title">
      <Field
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        value={current}
        error={fieldErrors.currentPassword}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters; not a common password and not containing your email."
        value={next}
        error={fieldErrors.newPassword}
        onChange={(e) => setNext(e.target.value)}
      />
      <Field
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        error={fieldErrors.confirmPassword}
        onChange={(e) => setConfirm(e.target.value)}
      />
      <FormError message={error} />
      <div role="status">
        {done ? <p className="form-success">Password changed. Your other sessions were signed out; this one stays signed in.</p> : null}
      </div>
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {busy ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
