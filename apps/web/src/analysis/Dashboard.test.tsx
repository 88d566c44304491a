import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Dashboard } from './Dashboard';
import { installResizeObserver, PROJECTION, SCENARIO } from './testing/fixture';

beforeAll(installResizeObserver);
afterEach(cleanup);

function card(key: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-kpi-card="${key}"]`);
  if (!el) throw new Error(`no KPI card ${key}`);
  return el;
}

describe('Dashboard', () => {
  it('shows each KPI formatted, with its secondary figure', () => {
    render(<Dashboard projection={PROJECTION} scenario={SCENARIO} />);
    expect(card('npv').textContent).toContain('$1.2k');
    expect(card('irr').textContent).toContain('12.3%');
    expect(card('irr').textContent).toContain('MIRR 10.0%');
    expect(card('payback').textContent).toContain('0.2 months'); // §4 (v2): 0 + 220 / 890
    expect(card('payback').textContent).toContain('Discounted —');
    expect(card('revenueMultiple').textContent).toContain('3.3x');
    expect(card('costPerMTokens').textContent).toContain('$62.19');
    expect(card('breakEvenApiPrice').textContent).toContain('$57.69');
    expect(card('joulesPerToken').textContent).toContain('0.00105 J/token');
    expect(card('joulesPerToken').textContent).toContain('3.4B tokens/MWh');
    expect(card('energyCostPerRevenueDollar').textContent).toContain('$0.0909');
    expect(card('totalRevenue').textContent).toContain('$3.3k');
    // Gross margin 77.6 %; P&L cost = opex 645.005 + depreciation 90 = 735.005.
    expect(card('grossMargin').textContent).toContain('77.6%');
    expect(card('grossMargin').textContent).toContain('P&L cost $735');
    expect(card('energyCostPerRevenueDollar').textContent).toContain('9.1% of revenue');
    expect(card('totalCapex').textContent).toContain('$1.0k');
    expect(card('totalTokens').textContent).toContain('100k tokens unmet');
  });

  it('gives every KPI a keyboard-accessible definition', () => {
    render(<Dashboard projection={PROJECTION} scenario={SCENARIO} />);
    const button = within(card('npv')).getByRole('button', { name: 'Definition of NPV' });
    const tipId = button.getAttribute('aria-describedby');
    const tip = tipId ? document.getElementById(tipId) : null;
    expect(tip?.textContent).toMatch(/^Net present value: the sum of monthly cash flows/);
    expect(tip?.hidden).toBe(true);
    fireEvent.focus(button);
    expect(screen.getByRole('tooltip').textContent).toContain('Month 0 is not discounted');
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(tip?.hidden).toBe(true);
    // IRR's tip explains MIRR too.
    const irr = within(card('irr')).getByRole('button');
    fireEvent.focus(irr);
    expect(screen.getByRole('tooltip').textContent).toContain('Modified IRR');
  });

  it('says why IRR is missing', () => {
    const none = { ...PROJECTION.kpis, irrAnnual: null, mirrAnnual: null };
    render(<Dashboard projection={{ ...PROJECTION, kpis: none }} scenario={SCENARIO} />);
    expect(card('irr').textContent).toContain('Undefined: cash flow never changes sign');
    cleanup();
    const multiple = { ...PROJECTION, kpis: { ...none, mirrAnnual: '0.08' }, warnings: [{ code: 'irr_multiple', message: 'Several IRRs.' }] };
    render(<Dashboard projection={multiple} scenario={SCENARIO} />);
    expect(card('irr').textContent).toContain('—MIRR 8.0%');
  });

  it('puts the warnings first', () => {
    render(<Dashboard projection={PROJECTION} scenario={SCENARIO} />);
    const region = screen.getByRole('region', { name: 'Warnings' });
    expect(region.textContent).toContain('1 warning on this projection');
    expect(region.textContent).toContain('cannot serve all its demand');
    expect(region.textContent).toContain('unmet_demand · GPU fleet'); // the platform's name, not platforms[0]
    expect(region.textContent).not.toContain('platforms[0]');
  });

  it('shows no warnings panel on a clean projection', () => {
    render(<Dashboard projection={{ ...PROJECTION, warnings: [] }} scenario={SCENARIO} />);
    expect(screen.queryByRole('region', { name: 'Warnings' })).toBeNull();
  });
});
