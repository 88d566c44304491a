// Issue 19: the audit log showed "scenario 9f6ba714" and raw timestamps. It names the scenario
// (the API looks the name up), says when it was deleted, and dates like the history.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditPanel, objectText, summary } from './AuditPanel';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ID = '9f6ba714-1111-4222-8333-444455556666';

describe('AuditPanel', () => {
  it('names objects instead of ids', () => {
    expect(objectText({ entityType: 'scenario', entityId: ID, entity: { name: 'Blackwell B200 — owned fleet', deleted: false } })).toBe('scenario Blackwell B200 — owned fleet');
    expect(objectText({ entityType: 'scenario', entityId: ID, entity: { name: null, deleted: true } })).toBe('deleted scenario (id 9f6ba714)');
    expect(objectText({ entityType: 'scenario', entityId: ID, entity: { name: 'Old plan', deleted: true } })).toBe('deleted scenario Old plan (id 9f6ba714)');
    expect(objectText({ entityType: 'user', entityId: ID, entity: { name: 'Ada', deleted: false } })).toBe('member Ada');
  });

  it('drops internal ids from the details and dates timestamps like the rest of the log', () => {
    const text = summary({ role: 'VIEWER', inviteId: ID, expiresAt: '2026-12-06T07:04:39.417Z', sharingVersion: 2 });
    expect(text).toMatch(/^role: VIEWER · expiresAt: 0?6 Dec 2026, \d\d:\d\d$/);
  });

  it('renders the row in words with a human date', async () => {
    const events = [{ id: 'e1', createdAt: '2026-12-03T06:17:00.000Z', action: 'scenario.share', entityType: 'scenario', entityId: ID, details: { visibility: 'WORKSPACE' }, actor: { id: 'u', name: 'Olivia', email: 'o@x' }, entity: { name: 'Blackwell B200 — owned fleet', deleted: false } }];
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ events, nextCursor: null }), { status: 200, headers: { 'content-type': 'application/json' } })));
    render(<AuditPanel version={0} />);
    const cell = await screen.findByText('scenario Blackwell B200 — owned fleet');
    const row = cell.closest('tr')?.textContent ?? '';
    expect(row).toContain('Changed who sees a scenario');
    expect(row).not.toContain('2026-12-03T');
    expect(row).toMatch(/0?3 Dec 2026, \d\d:\d\d/);
  });
});
