import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REFERENCE_ENTRIES } from '@tokenplan/model';
import { ReferenceLibraryPage } from './ReferenceLibraryPage';
import { ReferencePicker } from './ReferencePicker';

afterEach(cleanup);
// ≈ 230 table rows in jsdom on a shared two-core machine.
vi.setConfig({ testTimeout: 30_000 });

function renderPage(url = '/reference') {
  render(
    <MemoryRouter initialEntries={[url]}>
      <ReferenceLibraryPage />
      <SearchProbe />
    </MemoryRouter>,
  );
}

/** The router's current query string, to assert what the URL holds. */
function SearchProbe() {
  return <output data-testid="search">{useLocation().search}</output>;
}

const rowIds = () => [...document.querySelectorAll('tr[data-entry-id]')].map((r) => r.getAttribute('data-entry-id'));

describe('ReferenceLibraryPage', () => {
  it('lists every entry with its value, unit, range, confidence, source link, date and note', () => {
    renderPage();
    expect(rowIds()).toHaveLength(REFERENCE_ENTRIES.length);
    const row = document.getElementById('acc.b200.capex-per-node') as HTMLElement;
    expect(row.textContent).toContain('515,000');
    expect(row.textContent).toContain('USD per node');
    expect(row.textContent).toContain('range 450,000–600,000');
    expect(within(row).getByText('estimate').className).toContain('ref-badge');
    expect(row.textContent).toMatch(/No public node list price/);
    const cbre = document.getElementById('hosting.cbre-na.h2-2024') as HTMLElement;
    const link = within(cbre).getByRole('link', { name: 'North America Data Center Trends H2 2024' });
    expect(link.getAttribute('href')).toBe('https://www.cbre.com/insights/reports/north-america-data-center-trends-h2-2024');
    expect(cbre.textContent).toContain('2025-02-26'); // source date
    expect(cbre.textContent).toContain('2024-12'); // as of
  });

  it('filters by category, then subject', () => {
    renderPage();
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'energy' } });
    // Energy: US industrial, US commercial, 5 states × (commercial, industrial), escalation = 13.
    expect(rowIds()).toHaveLength(13);
    expect(screen.getByText(`13 of ${REFERENCE_ENTRIES.length} entries`)).toBeTruthy();
    const subjects = within(screen.getByLabelText('Subject')).getAllByRole('option').map((o) => o.textContent);
    expect(subjects).toEqual(['All subjects', 'United States', 'Virginia', 'Texas', 'Georgia', 'Oregon', 'California']);
    fireEvent.change(screen.getByLabelText('Subject'), { target: { value: 'Virginia' } });
    expect(rowIds()).toEqual(['energy.us-va.commercial', 'energy.us-va.industrial']);
  });

  it('filters by free text across subject, model and source; says so when nothing matches', () => {
    renderPage();
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'sonnet 4.5' } });
    expect(rowIds().sort()).toEqual([
      'api.anthropic.claude-sonnet-4.5.batch-discount',
      'api.anthropic.claude-sonnet-4.5.cached-input',
      'api.anthropic.claude-sonnet-4.5.input',
      'api.anthropic.claude-sonnet-4.5.output',
    ]);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'no such thing anywhere' } });
    expect(rowIds()).toEqual([]);
    expect(screen.getByText('No entry matches these filters.')).toBeTruthy();
  });

  it('keeps both filters when the search is cleared and a category chosen before the next render', () => {
    renderPage('/reference?q=sonnet%204.5');
    expect(rowIds()).toHaveLength(4);
    // Two writes in one tick: the second must build on the first, not on the URL of the last render.
    act(() => {
      fireEvent.change(screen.getByLabelText('Search'), { target: { value: '' } });
      fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'energy' } });
    });
    expect(screen.getByTestId('search').textContent).toBe('?category=energy');
    // The 13 energy entries (see 'filters by category, then subject'), no text filter left.
    expect(rowIds()).toHaveLength(13);
  });

  it('opens on one entry from a link (?id=) and shows the change log', () => {
    renderPage('/reference?id=rent.h100.contract-3yr');
    expect(rowIds()).toEqual(['rent.h100.contract-3yr']);
    const log = screen.getByRole('region', { name: 'Change log' });
    expect(within(log).getAllByRole('listitem').length).toBeGreaterThan(0);
  });
});

describe('ReferencePicker', () => {
  it('lists the entries for a field path and hands the picked one back', () => {
    const onPick = vi.fn();
    render(
      <MemoryRouter>
        <ReferencePicker path={['energy', 'pue']} label="PUE" onPick={onPick} />
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'ref: reference values' }));
    const items = within(screen.getByRole('list', { name: 'Library entries' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['Industry average', 'New large facilities', 'Hyperscale (Google fleet)']);
    fireEvent.click(screen.getByRole('button', { name: 'Use 1.3 (New large facilities)' }));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ id: 'pue.new-large-facility', value: '1.3' }));
  });

  it('shows a fraction in percent for a percent field', () => {
    render(
      <MemoryRouter>
        <ReferencePicker path={['platforms', 0, 'fleet', 'targetUtilization']} label="Target utilisation" percent onPick={() => {}} />
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'ref: reference values' }));
    // fin.target-utilization: 0.6 of capacity = 60 %.
    expect(screen.getByRole('list', { name: 'Library entries' }).textContent).toMatch(/0\.6 share of capacity \(range 0\.4–0\.8\) = 60 %/);
  });

  it('renders nothing for a field without reference figures', () => {
    const { container } = render(
      <MemoryRouter>
        <ReferencePicker path={['name']} label="Name" onPick={() => {}} />
      </MemoryRouter>,
    );
    expect(container.innerHTML).toBe('');
  });
});
