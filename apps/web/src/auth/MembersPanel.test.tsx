import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from './AuthContext';
import { MembersPanel } from './MembersPanel';
import type { User } from './types';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const user = (id: string, name: string, role: User['role'], disabled = false): User => ({
  id,
  email: `${id}@example.com`,
  name,
  role,
  createdAt: '2026-01-05T10:00:00.000Z',
  disabled,
  disabledAt: disabled ? '2026-02-01T10:00:00.000Z' : null,
});

const owner = user('owner', 'Ada Owner', 'OWNER');
const editor = user('editor', 'Grace Editor', 'EDITOR');
const viewer = user('viewer', 'Former Viewer', 'VIEWER', true);

/** The API as the panel sees it: the signed-in owner, three members, PATCH answers the changed user. */
function stubApi() {
  const patches: { url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/v1/auth/status') return Response.json({ setupRequired: false, me: { user: owner, via: 'session', canWrite: true } });
      if (url === '/api/v1/users') return Response.json({ users: [owner, editor, viewer] });
      if (init?.method === 'PATCH') {
        const body = JSON.parse(String(init.body)) as { disabled?: boolean };
        patches.push({ url, body });
        const target = [owner, editor, viewer].find((u) => url.endsWith(`/${u.id}`));
        return Response.json({ user: { ...target, disabled: body.disabled, disabledAt: body.disabled ? '2026-03-01T00:00:00.000Z' : null } });
      }
      return new Response(null, { status: 404 });
    }),
  );
  return patches;
}

async function renderPanel() {
  render(
    <AuthProvider>
      <MembersPanel version={0} />
    </AuthProvider>,
  );
  await screen.findByText('Grace Editor', { selector: 'td' });
  await screen.findByText('Owner (you)'); // the signed-in user is known
}

const row = (name: string) => screen.getByText(name, { selector: 'td' }).closest('tr') as HTMLElement;

describe('MembersPanel', () => {
  it('shows who is disabled, and offers Deactivate / Reactivate for everyone but you', async () => {
    stubApi();
    await renderPanel();
    expect(within(row('Former Viewer')).getByText('Disabled')).toBeTruthy();
    expect(within(row('Grace Editor')).queryByText('Disabled')).toBeNull();
    expect(within(row('Grace Editor')).getByRole('button', { name: 'Deactivate Grace Editor' })).toBeTruthy();
    expect(within(row('Former Viewer')).getByRole('button', { name: 'Reactivate Former Viewer' })).toBeTruthy();
    expect(within(row('Ada Owner')).queryByRole('button')).toBeNull();
  });

  it('asks before deactivating, and sends nothing when cancelled', async () => {
    const patches = stubApi();
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Deactivate Grace Editor' }));
    const dialog = screen.getByRole('dialog', { name: 'Deactivate Grace Editor?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(patches).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Deactivate Grace Editor' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Deactivate' }));
    await waitFor(() => expect(within(row('Grace Editor')).getByText('Disabled')).toBeTruthy());
    expect(patches).toEqual([{ url: '/api/v1/users/editor', body: { disabled: true } }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('reactivates without asking', async () => {
    const patches = stubApi();
    await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Reactivate Former Viewer' }));
    await waitFor(() => expect(within(row('Former Viewer')).queryByText('Disabled')).toBeNull());
    expect(patches).toEqual([{ url: '/api/v1/users/viewer', body: { disabled: false } }]);
  });
});
