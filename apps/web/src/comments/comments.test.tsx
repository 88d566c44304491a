// Issue 19: comments on a scenario — threads, @mentions stored as user ids, edit/delete your own.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyParts, mentionQuery, suggestions, toEditable, toStored } from './mentions';

const ME = { id: '11111111-1111-4111-8111-111111111111', name: 'Olivia Owner', email: 'o@x.test' };
const VERA = { id: '22222222-2222-4222-8222-222222222222', name: 'Vera Viewer', email: 'v@x.test' };
const VICTOR = { id: '33333333-3333-4333-8333-333333333333', name: 'Victor Vance', email: 'vv@x.test' };

vi.mock('../auth/AuthContext', () => ({ useAuth: () => ({ me: { user: { id: ME.id, name: ME.name, email: ME.email, role: 'EDITOR' }, via: 'session', canWrite: true } }) }));
const { CommentsPanel } = await import('./CommentsPanel');

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('mentions', () => {
  it('stores picked names as ids and reads them back as names', () => {
    const stored = toStored('Is this right, @Vera Viewer? cc @Victor Vance', [VERA, VICTOR]);
    expect(stored).toBe(`Is this right, <@${VERA.id}>? cc <@${VICTOR.id}>`);
    expect(bodyParts(stored, [VERA, VICTOR])).toEqual([{ text: 'Is this right, ' }, { mention: VERA }, { text: '? cc ' }, { mention: VICTOR }]);
    expect(toEditable(stored, [VERA, VICTOR])).toBe('Is this right, @Vera Viewer? cc @Victor Vance');
    // An id no longer known reads as "former member", never the raw token.
    expect(bodyParts(`<@${VERA.id}>`, [])).toEqual([{ mention: { id: VERA.id, name: 'former member' } }]);
  });

  it('finds the query before the caret and suggests members by any word of their name', () => {
    expect(mentionQuery('hello @ve', 9)).toEqual({ query: 've', start: 6 });
    expect(mentionQuery('mail a@b', 8)).toBeNull(); // an email is not a mention
    expect(suggestions([ME, VERA, VICTOR], 'v').map((p) => p.name)).toEqual(['Vera Viewer', 'Victor Vance']);
    expect(suggestions([ME, VERA, VICTOR], 'view').map((p) => p.name)).toEqual(['Vera Viewer']);
  });
});

describe('CommentsPanel', () => {
  it('shows threads, posts a comment with a picked mention, and offers edit/delete on your own only', async () => {
    const comments = [
      { id: 'c1', parentId: null, authorId: VERA.id, authorName: VERA.name, body: `Price ok, <@${ME.id}>?`, mentions: [{ id: ME.id, name: ME.name }], createdAt: '2026-12-03T06:00:00Z', editedAt: null, deletedAt: null },
      { id: 'c2', parentId: 'c1', authorId: ME.id, authorName: ME.name, body: 'Yes: list price.', mentions: [], createdAt: '2026-12-03T06:05:00Z', editedAt: null, deletedAt: null },
    ];
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith('/sharing')) return new Response(JSON.stringify({ members: [ME, VERA, VICTOR] }), { status: 200 });
      if (init?.method === 'POST') return new Response(JSON.stringify({ comment: comments[0] }), { status: 201 });
      return new Response(JSON.stringify({ comments }), { status: 200 });
    });
    vi.stubGlobal('fetch', fetchMock);
    render(<CommentsPanel scenarioId="s1" />);
    const root = await screen.findByRole('article', { name: 'Comment by Vera Viewer' });
    expect(within(root).getByText(`@${ME.name}`).className).toBe('mention');
    // Vera's comment is not mine: no Edit; my reply has Edit and Delete.
    expect(within(root).queryByRole('button', { name: 'Edit' })).toBeNull();
    const reply = screen.getByRole('article', { name: 'Comment by Olivia Owner' });
    expect(within(reply).getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(reply.closest('.comment-replies')).not.toBeNull();

    const box = screen.getByRole('combobox', { name: 'New comment' }) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Over to @vic', selectionStart: 12 } });
    const list = screen.getByRole('listbox', { name: 'Mention a member' });
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Victor Vance']);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box.value).toBe('Over to @Victor Vance ');
    fireEvent.click(screen.getByRole('button', { name: 'Comment' }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(post?.[0]).toBe('/api/v1/scenarios/s1/comments');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ body: `Over to <@${VICTOR.id}>` });
  }, 20_000);
});
