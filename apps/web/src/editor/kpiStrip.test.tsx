// Issue 19: the KPI strip prints IRR's value past 1,000 % and says why it is missing.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECTION } from '../analysis/testing/fixture';
import { KpiStrip } from './KpiStrip';

afterEach(cleanup);
const irrCell = () => document.querySelector('[data-kpi="irr"] dd') as HTMLElement;

describe('KPI strip', () => {
  it('shows an IRR of 3,613.52 % a year as "3,614%", not "> 1,000%"', () => {
    render(<KpiStrip projection={{ ...PROJECTION, kpis: { ...PROJECTION.kpis, irrAnnual: '36.1352', mirrAnnual: '0.8' } }} stale={false} computing={false} horizonMonths={60} />);
    expect(irrCell().textContent).toBe('3,614% (80.0%)');
  });
  it('says why IRR is missing', () => {
    render(<KpiStrip projection={{ ...PROJECTION, kpis: { ...PROJECTION.kpis, irrAnnual: null, mirrAnnual: null } }} stale={false} computing={false} horizonMonths={60} />);
    expect(irrCell().getAttribute('title')).toMatch(/^No IRR: the cash flow never changes sign/);
    expect(screen.getByText(/No IRR/)).toBeTruthy();
  });
  it('dims stale figures and keeps the status short', () => {
    render(<KpiStrip projection={PROJECTION} stale computing={false} horizonMonths={60} />);
    expect(document.querySelector('.kpi-strip--stale')).not.toBeNull();
    expect(screen.getByText('Last valid inputs: fix the highlighted fields')).toBeTruthy();
  });
  it('leads a cost-centre budget with its cost (no "Never" payback, no $0 revenue)', () => {
    const kpis = { ...PROJECTION.kpis, paybackMonths: null, totalRevenue: '0', presentValueOfCost: '78500000', totalCost: '82800000', economicCostPerMTokens: '0.322' };
    render(<KpiStrip projection={{ ...PROJECTION, kpis }} stale={false} computing={false} horizonMonths={60} costCentre />);
    const keys = [...document.querySelectorAll('[data-kpi]')].map((e) => e.getAttribute('data-kpi'));
    expect(keys).toEqual(['pvCost', 'cost', 'capex', 'cpm', 'ecpm']);
    expect(screen.queryByText('Never')).toBeNull();
    expect((document.querySelector('[data-kpi="pvCost"] dd') as HTMLElement).textContent).toBe('$78.5M');
  });
});
