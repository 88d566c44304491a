import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComparePage, parseIds } from './ComparePage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ComparePage', () => {
  it('reads ?ids= as a deduplicated list of at most six', () => {
    expect(parseIds(' a, b ,a,,c ')).toEqual(['a', 'b', 'c']);
    expect(parseIds('1,2,3,4,5,6,7')).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(parseIds(null)).toEqual([]);
  });

  it('explains how to pick scenarios when fewer than two are given', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ items: [{ id: 's1', name: 'Plan A' }, { id: 's2', name: 'Plan B' }] }), { status: 200 })),
    );
    render(
      <MemoryRouter initialEntries={['/compare?ids=s1']}>
        <ComparePage />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Nothing to compare yet' })).toBeTruthy();
    expect(await screen.findByRole('checkbox', { name: 'Plan A' })).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Plan A' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('button', { name: 'Compare 1 scenario' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
