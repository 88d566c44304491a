import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangePasswordForm, PASSWORD_MISMATCH } from './ChangePasswordForm';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function fill(values: { current?: string; next?: string; confirm?: string }) {
  if (values.current !== undefined) fireEvent.change(screen.getByLabelText('Current password'), { target: { value: values.current } });
  if (values.next !== undefined) fireEvent.change(screen.getByLabelText('New password'), { target: { value: values.next } });
  if (values.confirm !== undefined) fireEvent.change(screen.getByLabelText('Confirm new password'), { target: { value: values.confirm } });
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Change password' }));

function stubFetch(status: number, body: unknown) {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response(status === 204 ? null : JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('ChangePasswordForm', () => {
  it('labels every field for assistive technology and the keyboard', () => {
    render(<ChangePasswordForm />);
    for (const label of ['Current password', 'New password', 'Confirm new password']) {
      const input = screen.getByLabelText(label) as HTMLInputElement;
      expect(input.type, label).toBe('password');
    }
    expect((screen.getByLabelText('Current password') as HTMLInputElement).autocomplete).toBe('current-password');
    expect((screen.getByLabelText('New password') as HTMLInputElement).autocomplete).toBe('new-password');
    expect(screen.getByRole('button', { name: 'Change password' }).getAttribute('type')).toBe('submit');
  });

  it('says when the two new passwords differ, on the confirmation field, and sends nothing', () => {
    const fetch = stubFetch(204, null);
    render(<ChangePasswordForm />);
    fill({ current: 'my-old-password-1', next: 'quarterly-close-ledger-84', confirm: 'quarterly-close-ledger-85' });
    submit();
    const confirm = screen.getByLabelText('Confirm new password');
    expect(screen.getByText(PASSWORD_MISMATCH)).toBeTruthy();
    expect(PASSWORD_MISMATCH).toBe('The new passwords do not match.');
    expect(confirm.getAttribute('aria-invalid')).toBe('true');
    expect(confirm.getAttribute('aria-describedby')).toBe(screen.getByText(PASSWORD_MISMATCH).id);
    expect(document.activeElement).toBe(confirm);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends both passwords, then clears the form and says it is done', async () => {
    const fetch = stubFetch(204, null);
    render(<ChangePasswordForm />);
    fill({ current: 'my-old-password-1', next: 'quarterly-close-ledger-84', confirm: 'quarterly-close-ledger-84' });
    submit();
    expect(await screen.findByText(/Password changed\./)).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/auth/password');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ currentPassword: 'my-old-password-1', newPassword: 'quarterly-close-ledger-84' });
    expect((screen.getByLabelText('Current password') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Confirm new password') as HTMLInputElement).value).toBe('');
  });

  it('shows the server’s message next to the field it names', async () => {
    stubFetch(400, {
      error: { code: 'wrong_password', message: 'Your current password is incorrect.', details: [{ path: 'currentPassword', message: 'Your current password is incorrect.' }] },
    });
    render(<ChangePasswordForm />);
    fill({ current: 'not-it-at-all-1', next: 'quarterly-close-ledger-84', confirm: 'quarterly-close-ledger-84' });
    submit();
    const message = await screen.findByText('Your current password is incorrect.');
    const current = screen.getByLabelText('Current password');
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(current.getAttribute('aria-describedby')).toBe(message.id);
    expect(document.activeElement).toBe(current);
    expect(screen.queryByText(/Password changed/)).toBeNull();
  });

  it('shows a message that names no field above the button', async () => {
    stubFetch(429, { error: { code: 'rate_limited', message: 'Too many requests: retry in 42 s.' } });
    render(<ChangePasswordForm />);
    fill({ current: 'not-it-at-all-1', next: 'quarterly-close-ledger-84', confirm: 'quarterly-close-ledger-84' });
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe('Too many requests: retry in 42 s.');
  });
});
