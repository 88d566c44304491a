import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AllocationView } from './AllocationView';
import { CompareView } from './CompareView';
import { LedgerView } from './LedgerView';
import { installResizeObserver, PROJECTION, SCENARIO } from './testing/fixture';
import { PROJECTION_COST_CENTRE, PROJECTION_V2, SCENARIO_V2 } from './testing/fixtureV2';

beforeAll(installResizeObserver);
afterEach(cleanup);

const compareRows = () => [...document.querySelectorAll('[data-compare-kpi]')].map((tr) => tr.getAttribute('data-compare-kpi'));
const compareCells = (kpi: string) => [...document.querySelectorAll(`[data-compare-kpi="${kpi}"] td`)].map((td) => td.textContent);

describe('CompareView (§8)', () => {
  it('leads cost centres with present value of cost, then total and economic cost', () => {
    const other = { ...PROJECTION_COST_CENTRE, kpis: { ...PROJECTION_COST_CENTRE.kpis, presentValueOfCost: '900.5', totalCost: '905.005' } };
    render(
      <CompareView
        items={[
          { id: 'a', name: 'Hopper', projection: PROJECTION_COST_CENTRE, revenueMode: 'costCentre' },
          { id: 'b', name: 'Blackwell', projection: other, revenueMode: 'costCentre' },
        ]}
      />,
    );
    expect(compareRows().slice(0, 4)).toEqual(['presentValueOfCost', 'totalCost', 'economicCostPerMTokens', 'npv']);
    expect(screen.getAllByRole('rowheader')[0]?.textContent).toContain('Present value of cost');
    // 900.5 − 1,100.5 = −200: lower cost is better.
    const pv = document.querySelector('[data-compare-kpi="presentValueOfCost"] [data-delta]');
    expect(pv?.getAttribute('data-delta')).toBe('-200');
    expect(pv?.className).toContain('tp-delta--better');
  });

  it('adds after-tax NPV beside NPV, and the cost rows, for revenue scenarios', () => {
    render(
      <CompareView
        items={[
          { id: 'a', name: 'Taxed', projection: PROJECTION_V2 },
          { id: 'b', name: 'Plain', projection: PROJECTION },
        ]}
      />,
    );
    const rows = compareRows();
    expect(rows.slice(0, 2)).toEqual(['npv', 'afterTax.npv']);
    expect(rows).toEqual(expect.arrayContaining(['totalCost', 'presentValueOfCost', 'economicCostPerMTokens']));
    // The untaxed scenario has no after-tax NPV: "—", no delta.
    expect(compareCells('afterTax.npv')).toEqual(['$900', '—', '—', '—']);
    // Total cost 1,645.005 − 1,105.005 = +540.
    expect(document.querySelector('[data-compare-kpi="totalCost"] [data-delta]')?.getAttribute('data-delta')).toBe('540');
  });
});

function ledgerCells(name: RegExp): string[] {
  const row = screen.getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error('no row');
  return within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
}

describe('LedgerView (§8/§9)', () => {
  it('shows disposals, terminal value, tax and capital charge, and seat revenue', () => {
    render(<LedgerView projection={PROJECTION_V2} scenario={SCENARIO_V2} />);
    expect(ledgerCells(/^Disposal proceedsUSD$/)).toEqual(['–', '–', '40', '40']);
    expect(ledgerCells(/^Terminal valueUSD$/)).toEqual(['–', '–', '500', '500']);
    expect(ledgerCells(/^Cash flowUSD$/)).toEqual(['(220)', '890', '1,525', '2,195']); // 984.995 + 540
    expect(ledgerCells(/^TaxUSD$/)).toEqual(['(10)', '200', '300', '490']);
    expect(ledgerCells(/^After-tax cash flowUSD$/)).toEqual(['(210)', '690', '1,225', '1,705']);
    expect(ledgerCells(/^Tax depreciationUSD$/)).toEqual(['250', '30', '30', '310']);
    expect(ledgerCells(/^Capital chargeUSD$/)).toEqual(['25', '25', '25', '75']);
    expect(ledgerCells(/^of which seat revenueUSD$/)).toEqual(['100', '110', '120', '330']);
    fireEvent.click(screen.getByLabelText('Fiscal years'));
    // Seat revenue by calendar fiscal year: 100 + 110 in FY2027, 120 in FY2028.
    expect(ledgerCells(/^of which seat revenueUSD$/)).toEqual(['210', '120', '330']);
  });

  it('leaves out the §8 lines a projection does not use', () => {
    render(<LedgerView projection={PROJECTION} scenario={SCENARIO} />);
    for (const name of [/^Terminal value/, /^Tax/, /^After-tax/, /^Capital charge/, /seat revenue/]) expect(screen.queryByRole('rowheader', { name })).toBeNull();
  });
});

const lineText = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')?.textContent ?? '';

describe('AllocationView (§8/§9)', () => {
  it('shows an API commitment’s unused minimum as an idle line, and spreads it on request', () => {
    render(<AllocationView projection={PROJECTION_V2} scenario={SCENARIO_V2} />);
    expect(lineText('Unused commitment — Vendor API')).toContain('$60.00');
    // Agent (Research) = 40 + 30 + 35.005 = 105.005 → $105.00 (half-even cents by largest remainder).
    expect(lineText('Research')).toContain('$105.0');
    fireEvent.click(screen.getByLabelText('Spread to apps'));
    expect(screen.queryByRole('rowheader', { name: 'Unused commitment — Vendor API' })).toBeNull();
    expect(lineText('Research')).toContain('$165.0'); // + 60
  });

  it('groups an application on a migration path by the month’s platform', () => {
    render(<AllocationView projection={PROJECTION_V2} scenario={SCENARIO_V2} />);
    fireEvent.click(screen.getByLabelText('Platform'));
    // GPU fleet: Nov 90 + 60, Dec 120 + 60, Jan Chat 100.3375 = 430.3375; B200: Search in Jan 66.3375.
    expect(lineText('GPU fleet')).toContain('$430.34');
    expect(lineText('B200')).toContain('$66.34');
  });
});
