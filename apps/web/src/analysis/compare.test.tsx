import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CompareView } from './CompareView';
import { COMPARE_KPIS, delta, overlayRows, ratio, ratioPhrase, cumulativePick } from './compareModel';
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
    // An IRR is shown as its value up to 1,000,000 % (10,000 as a fraction): deltas up to there,
    // none against a capped "> 1,000,000%".
    const irr = COMPARE_KPIS.find((k) => k.key === 'irrAnnual');
    expect(delta('36.14', '0.12', 'higher', irr?.comparable).absolute).toBe('36.02');
    expect(delta('20000', '13.99', 'higher', irr?.comparable).absolute).toBeNull();
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
    // B's IRR is null without a warning: "—" and why, never a bare dash.
    expect(row('irrAnnual')).toMatch(/^12\.0%\/yr\|—IRR undefined: no rate makes NPV zero.*\|—\|—$/);
    const better = document.querySelector('[data-compare-kpi="costPerMTokens"] .tp-delta--better');
    expect(better).not.toBeNull();
    expect(document.querySelector('[data-ratio="costPerMTokens"]')?.textContent).toBe('Cost per M tokens0.250×');
    expect(document.querySelector('[data-ratio="tokensPerMWh"]')?.textContent).toBe('Tokens per MWh4.00×');
    // B costs 0.5 against 2: 0.25 times the cost, 75 % lower; 4,000,000 vs 1,000,000 tokens/MWh: 4×, 300 % more.
    expect(screen.getByText(/0\.250× the cost per M tokens \(75% lower\) · 4\.00× the tokens per MWh \(300% higher\)/)).toBeTruthy();
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

  it('reads a ratio as "× the …" with the change in percent (issue 19: not "3.22x higher")', () => {
    // 3.22 times the cost is (3.22 − 1) × 100 = 222 % more.
    expect(ratioPhrase(3.22, 'cost per M tokens')).toBe('3.22× the cost per M tokens (222% higher)');
    // 0.31 times: (1 − 0.31) × 100 = 69 % less.
    expect(ratioPhrase(0.31, 'cost per M tokens')).toBe('0.310× the cost per M tokens (69% lower)');
  });

  it('shows an IRR beyond 1,000 % as its value, explains a missing one, and has a total cost row', () => {
    const multi: ProjectionView = {
      ...B,
      kpis: { ...B.kpis, irrAnnual: null },
      warnings: [{ code: 'irr_multiple', message: 'several IRRs' }],
    };
    const high: ProjectionView = { ...A, kpis: { ...A.kpis, irrAnnual: '36.14' } };
    render(
      <CompareView
        items={[
          { id: 'h', name: 'Hopper', projection: high },
          { id: 'b', name: 'Blackwell', projection: multi },
        ]}
      />,
    );
    // 36.14 = 3,614 % a year.
    const cells = [...document.querySelectorAll('[data-compare-kpi="irrAnnual"] td')];
    expect(cells[0]?.textContent).toBe('3,614%/yr');
    expect(cells[1]?.getAttribute('data-why')).toMatch(/IRR undefined: the cash flows change sign several times/);
    expect(row('irrAnnual')).not.toMatch(/>/);
    expect(document.querySelector('[data-compare-kpi="totalCost"] th')?.textContent).toMatch(/^Total cost/);
  });

  it('asks for two scenarios when given one', () => {
    render(<CompareView items={[{ id: 'h', name: 'Hopper', projection: A }]} />);
    expect(screen.getByText('Pick at least two scenarios')).toBeTruthy();
  });
});
