// usePeople names people for every signed-in user, not the owner only: a viewer sees who saved a
// revision (GET /api/v1/people, names without e-mails), "you" for themselves, "a teammate" for an unknown id.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const VIEWER = { id: '11111111-1111-4111-8111-111111111111', name: 'Vera Viewer', email: 'v@x.test', role: 'VIEWER' };
const OWEN = { id: '22222222-2222-4222-8222-222222222222', name: 'Owen Owner' };
const UNKNOWN = '33333333-3333-4333-8333-333333333333';

vi.mock('../auth/AuthContext', () => ({ useAuth: () => ({ me: { user: VIEWER, via: 'session', canWrite: false } }) }));
const { usePeople } = await import('./usePeople');

function Names() {
  const { nameOf } = usePeople();
  return (
    <ul>
      <li data-testid="owen">{nameOf(OWEN.id)}</li>
      <li data-testid="me">{nameOf(VIEWER.id)}</li>
      <li data-testid="unknown">{nameOf(UNKNOWN)}</li>
    </ul>
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('usePeople for a viewer', () => {
  it('resolves another member’s name from /api/v1/people', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ people: [{ id: VIEWER.id, name: VIEWER.name }, OWEN] }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    render(<Names />);
    expect(await screen.findByText('Owen Owner')).toBeTruthy();
    expect(screen.getByTestId('me').textContent).toBe('you');
    expect(screen.getByTestId('unknown').textContent).toBe('a teammate');
    const urls = fetchMock.mock.calls.map((call) => String((call as unknown[])[0]));
    expect(urls.some((url) => url.endsWith('/api/v1/people'))).toBe(true);
    expect(urls.some((url) => url.endsWith('/api/v1/users'))).toBe(false); // the owner's list (with e-mails) is not asked for
  });
});
