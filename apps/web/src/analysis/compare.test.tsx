import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CompareView } from './CompareView';
import { COMPARE_KPIS, delta, overlayRows, ratio, cumulativePick } from './compareModel';
import { subtractDecimals } from '../format';
import { installResizeObserver, KPIS, PROJECTION } from './testing/fixture';
import type { ProjectionView } from './types';

/** The value cells of a KPI row, joined with "|". */
function row(kpi: string): string {
  return [...document.querySelectorAll(`[data-compare-kpi="${kpi}"] td`)].map((td) => td.textContent).join('|');
}

beforeAll(installResizeObserver);
afterEach(cleanup);

const A: ProjectionView = {
  ...PROJECTION,
  scenarioName: 'Hopper',
  kpis: { ...KPIS, npv: '1000', costPerMTokens: '2', tokensPerMWh: '1000000', paybackMonths: '18.4', irrAnnual: '0.12' },
};
const B: ProjectionView = {
  ...PROJECTION,
  scenarioName: 'Blackwell',
  kpis: { ...KPIS, npv: '1250', costPerMTokens: '0.5', tokensPerMWh: '4000000', paybackMonths: '12', irrAnnual: null },
};

describe('compare deltas and ratios', () => {
  it('computes exact absolute deltas and relative deltas against the baseline', () => {
    expect(delta('1250', '1000', 'higher')).toEqual({ absolute: '250', relative: 0.25, verdict: 'better' });
    expect(delta('0.5', '2', 'lower')).toEqual({ absolute: '-1.5', relative: -0.75, verdict: 'better' });
    expect(delta('0.3', '0.1', 'lower')).toEqual({ absolute: '0.2', relative: 2, verdict: 'worse' }); // exact, not 0.19999…
    // Against a negative baseline the relative change is over |baseline|: −100 → −50 is +50 %.
    expect(delta('-50', '-100', 'higher')).toMatchObject({ absolute: '50', relative: 0.5, verdict: 'better' });
    expect(delta('5', '0')).toEqual({ absolute: '5', relative: null, verdict: null });
    expect(delta(null, '1')).toEqual({ absolute: null, relative: null, verdict: null });
    // An IRR shown as "> 1,000%" gets no delta.
    const irr = COMPARE_KPIS.find((k) => k.key === 'irrAnnual');
    expect(delta('3613.5', '13.99', 'higher', irr?.comparable).absolute).toBeNull();
    expect(delta('0.2', '0.1', 'higher', irr?.comparable).absolute).toBe('0.1');
  });

  it('writes percentage deltas in points', () => {
    const irr = COMPARE_KPIS.find((k) => k.key === 'irrAnnual');
    expect(irr?.formatDelta(subtractDecimals('0.15', '12.2260'))).toBe('\u22121,207.6 pts');
    expect(irr?.formatDelta(subtractDecimals('0.145', '0.121'))).toBe('+2.4 pts');
  });

  it('computes ratios item ÷ baseline', () => {
    expect(ratio('0.5', '2')).toBe(0.25);
    expect(ratio('4000000', '1000000')).toBe(4);
    expect(ratio('1', '0')).toBeNull();
    expect(ratio(null, '1')).toBeNull();
  });

  it('aligns scenarios on calendar months', () => {
    const later: ProjectionView = { ...PROJECTION, months: PROJECTION.months.slice(1).map((m) => ({ ...m })) };
    const rows = overlayRows(
      [
        { id: 'a', name: 'A', projection: PROJECTION },
        { id: 'b', name: 'B', projection: later },
      ],
      cumulativePick,
    );
    expect(rows.map((r) => [r.month, r.s0, r.s1])).toEqual([
      ['2027-11', -220, null],
      ['2027-12', 670, 670],
      ['2028-01', 1654.995, 1654.995],
    ]);
  });
});

describe('CompareView', () => {
  it('shows the KPI table with deltas and the ratio table', () => {
    render(
      <CompareView
        items={[
          { id: 'h', name: 'Hopper', projection: A },
          { id: 'b', name: 'Blackwell', projection: B },
        ]}
      />,
    );
    expect(row('npv')).toBe('$1.0k|$1.3k|+$250|+25.0%');
    expect(row('costPerMTokens')).toBe('$2.00|$0.50|\u2212$1.50|\u221275.0%');
    expect(row('paybackMonths')).toBe('18.4 months|12.0 months|\u22126.4 months|\u221234.8%');
    expect(row('irrAnnual')).toBe('12.0%|—|—|—');
    const better = document.querySelector('[data-compare-kpi="costPerMTokens"] .tp-delta--better');
    expect(better).not.toBeNull();
    expect(document.querySelector('[data-ratio="costPerMTokens"]')?.textContent).toBe('Cost per M tokens0.250×');
    expect(document.querySelector('[data-ratio="tokensPerMWh"]')?.textContent).toBe('Tokens per MWh4.00×');
    expect(screen.getByText(/4\.00x lower cost per M tokens/)).toBeTruthy();
  });

  it('re-bases on another scenario', () => {
    render(
      <CompareView
        items={[
          { id: 'h', name: 'Hopper', projection: A },
          { id: 'b', name: 'Blackwell', projection: B },
        ]}
      />,
    );
    fireEvent.change(screen.getByLabelText('Baseline'), { target: { value: 'b' } });
    expect(document.querySelector('[data-ratio="costPerMTokens"]')?.textContent).toBe('Cost per M tokens4.00×');
    expect(row('npv')).toBe('$1.3k|$1.0k|\u2212$250|\u221220.0%');
  });

  it('asks for two scenarios when given one', () => {
    render(<CompareView items={[{ id: 'h', name: 'Hopper', projection: A }]} />);
    expect(screen.getByText('Pick at least two scenarios')).toBeTruthy();
  });
});
