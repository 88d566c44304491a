// The analysis screens on a real projection: the Blackwell preset, projected by @tokenplan/model.
import { cleanup, render } from '@testing-library/react';
import { findPreset, project, showback, validateScenario, type Projection, type Scenario } from '@tokenplan/model';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney, sumDecimals } from '../format';
import { Dashboard } from './Dashboard';
import { installResizeObserver } from './testing/fixture';

beforeAll(installResizeObserver);
afterEach(cleanup);

function blackwell(): { scenario: Scenario; projection: Projection } {
  const document = findPreset('blackwell-vs-hopper')?.scenarios[0];
  const result = validateScenario(document);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return { scenario: result.scenario, projection: project(result.scenario) };
}

describe('on the Blackwell preset', () => {
  const { scenario, projection } = blackwell();

  it('allocates exactly the self-hosted plus API cost of the horizon, in every view', () => {
    const expected = sumDecimals(
      projection.months.flatMap((m) => [
        m.apiCost,
        ...m.platforms.flatMap((p) => [p.energyCost, p.hosting, p.maintenance, p.depreciation, p.rentalCost]),
      ]),
    );
    for (const dimension of ['team', 'application', 'model', 'platform'] as const) {
      for (const idle of ['separate', 'spread'] as const) {
        const r = showback(projection, scenario, { dimension, idle, period: 'horizon' });
        expect(r.total, `${dimension}/${idle}`).toBe(expected);
        expect(r.lines.reduce((s, l) => s + l.cents, 0n)).toBe(r.totalCents);
      }
    }
  });

  it('renders the dashboard with the projection’s KPIs', () => {
    render(<Dashboard projection={projection} scenario={scenario} />);
    const npv = document.querySelector('[data-kpi-card="npv"]');
    expect(npv?.textContent).toContain(formatMoney(projection.kpis.npv));
  });
});
