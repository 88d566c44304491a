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
});
