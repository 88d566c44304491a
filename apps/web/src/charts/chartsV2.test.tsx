import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type * as Recharts from 'recharts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cashFlowPartsRows, fleetActivity, migrationMarkers, paybackMonthIndex, platformList } from '@tokenplan/model';
import { timelineMarkers } from '../analysis/markers';
import { PROJECTION, SCENARIO } from '../analysis/testing/fixture';
import { PROJECTION_V2, SCENARIO_V2 } from '../analysis/testing/fixtureV2';
import { CashFlowChart } from './CashFlowChart';
import { FleetChart } from './FleetChart';

// jsdom lays nothing out: give the responsive container a size so Recharts draws.
vi.mock('recharts', async (importOriginal) => {
  const mod = await importOriginal<typeof Recharts>();
  const Sized = (props: { children: ReactElement }) => <mod.ResponsiveContainer {...props} width={800} height={300} />;
  return { ...mod, ResponsiveContainer: Sized };
});

afterEach(cleanup);

const legend = () => [...document.querySelectorAll('.recharts-legend-item-text')].map((el) => el.textContent);

function cashChart(projection: typeof PROJECTION) {
  const k = projection.kpis;
  return <CashFlowChart rows={cashFlowPartsRows(projection)} paybackIndex={paybackMonthIndex(k.paybackMonths)} paybackMonths={k.paybackMonths} />;
}

describe('CashFlowChart (§8)', () => {
  it('draws the terminal value and disposal proceeds as their own bars, and the after-tax cumulative', () => {
    render(cashChart(PROJECTION_V2));
    expect(legend()).toEqual(['Operating cash flow', 'Disposal proceeds', 'Terminal value', 'Cumulative cash flow', 'Cumulative cash flow, after tax']);
    // One terminal-value bar (Jan 2028), one disposal bar: Recharts draws no rectangle for a 0.
    const bars = (name: string) => document.querySelectorAll(`.recharts-bar-rectangles [name="${name}"], .recharts-bar-rectangle path[name="${name}"]`).length;
    expect(bars('Terminal value')).toBe(1);
    expect(bars('Disposal proceeds')).toBe(1);
    expect(bars('Operating cash flow')).toBe(3);
  });

  it('keeps v1’s single cash-flow series without capital lines or tax', () => {
    render(cashChart(PROJECTION));
    expect(legend()).toEqual(['Cash flow', 'Cumulative cash flow']);
  });
});

describe('FleetChart (§8/§9)', () => {
  it('draws orders and retirements as bars, nodes in service as a line, reserved nodes, and the migration marker', () => {
    const { rows, present } = fleetActivity(PROJECTION_V2);
    render(<FleetChart rows={rows} platforms={platformList(PROJECTION_V2, SCENARIO_V2)} present={present} markers={timelineMarkers(migrationMarkers(PROJECTION_V2, SCENARIO_V2))} />);
    expect(legend()).toEqual([
      'GPU fleet nodes ordered',
      'GPU fleet nodes retired',
      'GPU fleet in service',
      'B200 in service',
      'B200 reserved nodes',
      'GPU fleet utilisation',
      'B200 utilisation',
    ]);
    const labels = [...document.querySelectorAll('.recharts-reference-line, .recharts-label')].map((el) => el.textContent).filter(Boolean);
    expect(labels).toContain('Search → B200');
  });

  it('is v1’s chart for a fleet without cohorts', () => {
    const { rows, present } = fleetActivity(PROJECTION);
    render(<FleetChart rows={rows} platforms={platformList(PROJECTION, SCENARIO)} present={present} markers={[]} />);
    expect(legend()).toEqual(['GPU fleet nodes', 'GPU fleet utilisation']);
    expect(document.body.textContent).not.toContain('→');
  });
});
