import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Dashboard } from './Dashboard';
import { installResizeObserver, PROJECTION, SCENARIO } from './testing/fixture';
import { PROJECTION_COST_CENTRE, PROJECTION_V2, SCENARIO_COST_CENTRE, SCENARIO_V2 } from './testing/fixtureV2';

beforeAll(installResizeObserver);
afterEach(cleanup);

function card(key: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-kpi-card="${key}"]`);
  if (!el) throw new Error(`no KPI card ${key}`);
  return el;
}
const cardKeys = () => [...document.querySelectorAll('[data-kpi-card]')].map((el) => el.getAttribute('data-kpi-card'));

describe('Dashboard (§8/§9)', () => {
  it('shows after-tax returns beside pre-tax ones when tax is on', () => {
    render(<Dashboard projection={PROJECTION_V2} scenario={SCENARIO_V2} />);
    // NPV 1,234.5 | 900.25; IRR 12.3 % | 9.9 %; MIRR 10.0 % | 8.0 %; payback 220/890 = 0.2 | 210/690 = 0.3 months.
    expect(card('npv').querySelector('.tp-kpi__value')?.textContent).toBe('$1.2k | $900');
    expect(card('npv').textContent).toContain('Pre-tax | after-tax');
    expect(card('irr').querySelector('.tp-kpi__value')?.textContent).toBe('12.3% | 9.9%');
    expect(card('irr').textContent).toContain('MIRR 10.0% | 8.0%');
    expect(card('payback').querySelector('.tp-kpi__value')?.textContent).toBe('0.2 | 0.3 months');
    fireEvent.focus(within(card('npv')).getByRole('button'));
    expect(screen.getByRole('tooltip').textContent).toContain('after-tax cash flow');
  });

  it('keeps one figure per card without tax', () => {
    render(<Dashboard projection={PROJECTION} scenario={SCENARIO} />);
    expect(card('npv').querySelector('.tp-kpi__value')?.textContent).toBe('$1.2k');
    expect(card('npv').textContent).not.toContain('after-tax');
  });

  it('shows the economic cost per M tokens beside the accounting one', () => {
    render(<Dashboard projection={PROJECTION_V2} scenario={SCENARIO_V2} />);
    const keys = cardKeys();
    expect(keys.indexOf('economicCostPerMTokens')).toBe(keys.indexOf('costPerMTokens') + 1);
    // (645.005 + 75) / 11.9 = 60.50
    expect(card('economicCostPerMTokens').textContent).toContain('$60.50');
    expect(card('economicCostPerMTokens').textContent).toContain('incl. capital charge');
  });

  it('leads a cost centre with what the fleet costs, and says why returns are missing', () => {
    render(<Dashboard projection={PROJECTION_COST_CENTRE} scenario={SCENARIO_COST_CENTRE} />);
    expect(cardKeys().slice(0, 4)).toEqual(['totalCost', 'presentValueOfCost', 'economicCostPerMTokens', 'costPerMTokens']);
    expect(card('totalCost').textContent).toContain('$1.1k'); // 1,105.005
    expect(card('presentValueOfCost').textContent).toContain('$1.1k'); // 1,100.5
    for (const key of ['totalRevenue', 'revenueMultiple', 'grossMargin', 'energyCostPerRevenueDollar']) expect(cardKeys()).not.toContain(key);
    const irr = card('irr');
    expect(irr.querySelector('.tp-kpi__value')?.textContent).toBe('—');
    expect(irr.querySelector('.tp-kpi__value')?.getAttribute('title')).toBe('No revenue in a cost-centre budget');
    fireEvent.focus(within(irr).getByRole('button'));
    expect(screen.getByRole('tooltip').textContent).toMatch(/^No revenue in a cost-centre budget\. Internal rate of return/);
    expect(card('payback').querySelector('.tp-kpi__value')?.textContent).toBe('—');
    // NPV stays: −present value of cost.
    expect(card('npv').textContent).toContain('−$1.1k');
  });

  it('tabulates the all-in cost per GPU-hour per platform, with its help', () => {
    render(<Dashboard projection={PROJECTION_V2} scenario={SCENARIO_V2} />);
    const table = screen.getByRole('region', { name: 'All-in cost per GPU-hour' });
    expect(table.textContent).toContain('the figure to hold against a rental quote');
    const row = (id: string) => [...(table.querySelector(`[data-platform-kpi="${id}"]`)?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    expect(row('gpu')).toEqual(['$2.15/GPU-h', '4,320', '$75', '2', '1']); // money from $10 is compact
    expect(row('b200')).toEqual(['$3.40/GPU-h', '1,440', '$0.00', '0', '0']);
    cleanup();
    render(<Dashboard projection={PROJECTION} scenario={SCENARIO} />);
    expect(screen.queryByRole('region', { name: 'All-in cost per GPU-hour' })).toBeNull();
  });

  it('names the migration in the fleet chart’s summary', () => {
    render(<Dashboard projection={PROJECTION_V2} scenario={SCENARIO_V2} />);
    const fleet = screen.getByRole('figure', { name: 'Fleet and utilisation' });
    expect(fleet.textContent).toContain('Migrations: Search → B200, Jan 2028.');
    const cash = screen.getByRole('figure', { name: 'Cash flow and payback' });
    expect(cash.textContent).toContain('Terminal value $500 in Jan 2028.');
    // After-tax cumulative: −210 + 690 + 1,224.995 = 1,704.995.
    expect(cash.textContent).toContain('After tax it ends at $1.7k.');
  });

  it('reads a projection made before §8 (no v2 fields at all) as v1', () => {
    const strip = <T extends object>(o: T, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k))) as T;
    const monthKeys = ['disposalProceeds', 'terminalValue', 'capitalCharge', 'taxDepreciation', 'tax', 'afterTaxCashFlow', 'apiOptions'];
    const old = {
      ...PROJECTION,
      months: PROJECTION.months.map((m) => ({
        ...strip(m, monthKeys),
        platforms: m.platforms.map((p) => strip(p, ['nodesOrdered', 'nodesRetired', 'reservedNodes', 'capitalCharge', 'allInCostPerGpuHour'])),
        applications: m.applications.map((a) => strip(a, ['target', 'seatRevenue'])),
      })),
      kpis: strip(PROJECTION.kpis, ['totalCost', 'presentValueOfCost', 'economicCostPerMTokens', 'afterTax', 'platforms']),
    };
    render(<Dashboard projection={old} scenario={SCENARIO} />);
    // The twelve v1 cards, no §8 card, no all-in table, no after-tax pair.
    expect(cardKeys()).toHaveLength(12);
    expect(screen.queryByRole('region', { name: 'All-in cost per GPU-hour' })).toBeNull();
    expect(card('npv').querySelector('.tp-kpi__value')?.textContent).toBe('$1.2k');
  });
});
