// Issue 19 (numbers): allocation amounts in one format, partial fiscal years marked, the energy
// basis explained where rented fleets are present, KPI cards that never print 20-digit figures.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AllocationView } from './AllocationView';
import { Dashboard } from './Dashboard';
import { fiscalYearLabel, monthsPerFiscalYear } from './fiscalLabels';
import { LedgerView } from './LedgerView';
import { installResizeObserver, PROJECTION, SCENARIO } from './testing/fixture';
import type { ScenarioView } from './types';

afterEach(cleanup);

const RENTED: ScenarioView = { ...SCENARIO, platforms: [{ id: 'gpu', name: 'GPU fleet', acquisition: { type: 'rent' } }] };

describe('numbers a board can read', () => {
  it('counts the months of each fiscal year and marks the partial ones', () => {
    // Jun 2027 – May 2029 with the fiscal year starting in July (named by the year it ends in):
    // FY2027 = Jun 2027 (1 month), FY2028 = Jul 2027 – Jun 2028 (12), FY2029 = Jul 2028 – May 2029 (11).
    const months = Array.from({ length: 24 }, (_, i) => {
      const m = 5 + i; // 0-based month index from Jan 2027
      return `${2027 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    });
    const counts = monthsPerFiscalYear(months, 7);
    expect([...counts.entries()]).toEqual([
      [2027, 1],
      [2028, 12],
      [2029, 11],
    ]);
    expect(fiscalYearLabel(2027, 1)).toBe('FY2027 (1 month)');
    expect(fiscalYearLabel(2028, 12)).toBe('FY2028');
    expect(fiscalYearLabel(2029, 11)).toBe('FY2029 (11 months)');
  });

  it('shows allocated cost and revenue both to the cent, and partial years in the period choice', () => {
    render(<AllocationView projection={PROJECTION} scenario={SCENARIO} />);
    const total = screen.getByRole('rowheader', { name: 'Total' }).closest('tr') as HTMLElement;
    // Revenue of the fixture: 1,000 + 1,100 + 1,200 = 3,300 → "$3,300.00", like the cost "$705.00".
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual(expect.arrayContaining(['$705.00', '$3,300.00']));
    expect(within(screen.getByLabelText('Period')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Whole horizon',
      'FY2027 (2 months)',
      'FY2028 (1 month)',
    ]);
  });

  it('explains on the energy chart and in the ledger that MWh include rented fleets and the cost does not', () => {
    installResizeObserver();
    render(<Dashboard projection={PROJECTION} scenario={RENTED} />);
    const energy = screen.getByRole('figure', { name: 'Energy' });
    expect(energy.textContent).toMatch(/MWh include rented fleets.*energy cost counts owned fleets only/);
    cleanup();
    render(<LedgerView projection={PROJECTION} scenario={RENTED} />);
    expect(screen.getByText(/MWh include rented fleets/)).toBeTruthy();
    cleanup();
    render(<LedgerView projection={PROJECTION} scenario={SCENARIO} />);
    expect(screen.queryByText(/MWh include rented fleets/)).toBeNull();
  });

  it('caps a 20-digit NPV on its card: "< −$1,000T", never the digits', () => {
    installResizeObserver();
    // NPV −9.94 × 10^19 (a 1,000 %/month growth): beyond 999.95 × 10^12 → capped.
    render(<Dashboard projection={{ ...PROJECTION, kpis: { ...PROJECTION.kpis, npv: '-99365865238091950000' } }} scenario={SCENARIO} />);
    const card = document.querySelector('[data-kpi-card="npv"] .tp-kpi__value');
    expect(card?.textContent).toBe('< \u2212$1,000T');
  });
});

describe('warning figures on the dashboard', () => {
  it('reads 26054415496287.09329 tokens as 26.05 T and 1,000,000,000,000,000 as 1,000 T', async () => {
    const { readableFigures } = await import('./Warnings');
    // 26,054,415,496,287.09 / 10^12 = 26.05; 10^15 / 10^12 = 1,000.
    expect(readableFigures('26054415496287.09329 tokens unmet')).toBe('26.05 T tokens unmet');
    expect(readableFigures('is above 1,000,000,000,000,000, unusually high')).toBe('is above 1,000 T, unusually high');
    expect(readableFigures('needs 1,200 nodes from 2027')).toBe('needs 1,200 nodes from 2027');
  });
});
