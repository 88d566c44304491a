// Issue 19: a scenario could not be shared from the UI. The dialog shares with the workspace or
// named members (viewer/editor), saves with If-Match, shows the current settings on a 412, and is
// read-only for people who may not manage it.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from './ShareDialog';
import { SharedBadge, sharedText } from './SharedBadge';

const OWNER = { id: 'u-owner', name: 'Olivia Owner', email: 'o@x.test' };
const VERA = { id: 'u-vera', name: 'Vera Viewer', email: 'v@x.test' };
const EDDIE = { id: 'u-eddie', name: 'Eddie Editor', email: 'e@x.test' };
const sharing = (over: Record<string, unknown> = {}) => ({
  visibility: 'PRIVATE', workspaceRole: 'EDITOR', grants: [{ ...EDDIE, role: 'EDITOR' }], ownerId: OWNER.id, manage: true, etag: '"sharing-2"', members: [OWNER, VERA, EDDIE], ...over,
});
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ShareDialog', () => {
  it('adds a viewer, changes a role, removes nobody by accident, and saves with If-Match', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => (init?.method === 'PUT' ? json(sharing()) : json(sharing())));
    vi.stubGlobal('fetch', fetchMock);
    render(<ShareButton scenarioId="s1" scenarioName="B200 plan" />);
    const trigger = screen.getByRole('button', { name: 'Share' });
    fireEvent.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Share “B200 plan”' });
    await within(dialog).findByText('Eddie Editor');
    // The owner is never offered, nor someone already granted.
    const picker = within(dialog).getByLabelText('Add a person');
    expect([...picker.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Choose a member…', 'Vera Viewer (v@x.test)']);
    fireEvent.change(picker, { target: { value: VERA.id } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    fireEvent.change(within(dialog).getByLabelText('Access of Eddie Editor'), { target: { value: 'VIEWER' } });
    fireEvent.change(within(dialog).getByLabelText('Everyone in the workspace'), { target: { value: 'VIEWER' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(put?.[0]).toBe('/api/v1/scenarios/s1/sharing');
    expect((put?.[1]?.headers as Record<string, string>)['if-match']).toBe('"sharing-2"');
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({
      visibility: 'WORKSPACE',
      workspaceRole: 'VIEWER',
      grants: [
        { userId: EDDIE.id, role: 'VIEWER' },
        { userId: VERA.id, role: 'VIEWER' },
      ],
    });
    // Focus goes back to the Share button.
    expect(document.activeElement).toBe(trigger);
  });

  it('removes a person; on 412 shows the current settings and keeps the dialog open', async () => {
    const current = sharing({ grants: [{ ...VERA, role: 'EDITOR' }], etag: '"sharing-3"' });
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'PUT' ? json({ error: { code: 'stale_sharing', message: 'changed' }, current }, 412) : json(sharing()),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(<ShareButton scenarioId="s1" scenarioName="B200 plan" />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Remove Eddie Editor' }));
    expect(within(dialog).queryByText('Eddie Editor')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveProperty('textContent', expect.stringMatching(/Someone changed the sharing/));
    expect(within(dialog).getByText('Vera Viewer')).toBeTruthy();
    expect((within(dialog).getByLabelText('Access of Vera Viewer') as HTMLSelectElement).value).toBe('EDITOR');
  });

  it('is read-only for someone who may not manage the scenario', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(sharing({ manage: false }))));
    render(<ShareButton scenarioId="s1" scenarioName="B200 plan" />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/Only the owner of this scenario/)).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Save' })).toBeNull();
    expect((within(dialog).getByLabelText('Access of Eddie Editor') as HTMLSelectElement).disabled).toBe(true);
  });
});

describe('SharedBadge', () => {
  it('says who else sees a scenario', () => {
    expect(sharedText({ workspace: true, people: 0 })).toBe('Shared with the workspace');
    expect(sharedText({ workspace: false, people: 1 })).toBe('Shared with 1 person');
    expect(sharedText({ workspace: true, people: 3 })).toBe('Shared with the workspace and 3 people');
    render(<SharedBadge shared={{ workspace: false, people: 2 }} />);
    expect(screen.getByText('Shared').textContent).toBe('Shared: Shared with 2 people');
    cleanup();
    const { container } = render(<SharedBadge shared={undefined} />);
    expect(container.textContent).toBe('');
  });
});
