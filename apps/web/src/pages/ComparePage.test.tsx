import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareExports, ComparePage, parseIds } from './ComparePage';

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

  it('exports the compared scenarios as one board pack and one workbook (issue 19)', async () => {
    const fetchMock = vi.fn(async () => new Response('%PDF', { status: 200, headers: { 'content-disposition': 'attachment; filename="comparison.pdf"' } }));
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    render(<CompareExports ids={['a', 'b', 'c']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Board pack (PDF)' }));
    expect(await screen.findByText('Downloaded comparison.pdf.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Workbook (XLSX)' }));
    await screen.findByText(/Downloaded/);
    const calls = fetchMock.mock.calls as unknown as [string, RequestInit][];
    expect(calls.map(([url, init]) => [url, init.method, JSON.parse(String(init.body))])).toEqual([
      ['/api/v1/exports/pdf', 'POST', { scenarios: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], paper: 'a4' }],
      ['/api/v1/exports/xlsx', 'POST', { scenarios: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }],
    ]);
  });
});
