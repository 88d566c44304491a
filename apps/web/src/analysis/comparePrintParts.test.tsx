// The compare page's printed KPI table: more than three scenarios print as parts of two beside the
// baseline (the paper is too narrow for 17 columns), every other scenario's value, Δ and Δ % in exactly one part.
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CompareView } from './CompareView';
import { installResizeObserver, KPIS, PROJECTION } from './testing/fixture';
import type { ProjectionView } from './types';

beforeAll(installResizeObserver);
afterEach(cleanup);

const item = (k: number) => {
  const projection: ProjectionView = { ...PROJECTION, scenarioName: `S${k}`, kpis: { ...KPIS, npv: String(1000 * (k + 1)) } };
  return { id: `s${k}`, name: `Scenario ${k}`, projection };
};

/** The scenario columns of each printed part (after the KPI and baseline columns). */
function parts(): string[][] {
  return [...document.querySelectorAll('.tp-compare-kpis-print table')].map((t) =>
    [...t.querySelectorAll('thead th')].slice(2).map((th) => th.textContent ?? ''),
  );
}

describe('CompareView in print', () => {
  it('six scenarios: three printed parts of two, each other scenario once with its Δ and Δ %, every KPI row in each', () => {
    render(<CompareView items={[0, 1, 2, 3, 4, 5].map(item)} />);
    expect(parts()).toEqual([
      ['Scenario 1', 'Δ', 'Δ %', 'Scenario 2', 'Δ', 'Δ %'],
      ['Scenario 3', 'Δ', 'Δ %', 'Scenario 4', 'Δ', 'Δ %'],
      ['Scenario 5', 'Δ', 'Δ %'],
    ]);
    const screenRows = document.querySelectorAll('.tp-compare-kpis-screen tbody tr').length;
    expect(screenRows).toBeGreaterThan(5);
    for (const t of document.querySelectorAll('.tp-compare-kpis-print table')) {
      expect(t.querySelectorAll('tbody tr')).toHaveLength(screenRows);
    }
    // NPV of each part: the baseline $1.0k, then its first other scenario (k = 1, 3, 5): $2.0k, $4.0k, $6.0k,
    // Δ +$1.0k, +$3.0k, +$5.0k and Δ % +100 %, +300 %, +500 %.
    const npv = [...document.querySelectorAll('.tp-compare-kpis-print tbody tr')]
      .filter((tr) => tr.querySelector('th')?.textContent === 'NPV')
      .map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent));
    expect(npv).toEqual([
      ['$1.0k', '$2.0k', '+$1.0k', '+100.0%'],
      ['$1.0k', '$4.0k', '+$3.0k', '+300.0%'],
      ['$1.0k', '$6.0k', '+$5.0k', '+500.0%'],
    ]);
    // The screen's table keeps its row keys; the printed parts do not repeat them.
    expect(document.querySelectorAll('[data-compare-kpi="npv"]')).toHaveLength(1);
  });

  it('two or three scenarios: one table, no printed parts', () => {
    render(<CompareView items={[0, 1, 2].map(item)} />);
    expect(document.querySelector('.tp-compare-kpis-print')).toBeNull();
    expect(document.querySelectorAll('table.tp-compare-kpis')).toHaveLength(1);
  });
});
