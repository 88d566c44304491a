/**
 * The §8/§9 presentation helpers on the hand-built fixture: showback by the month's target
 * (migration paths) and with API commitments' unused minimum; cash-flow parts, fleet activity,
 * migration markers and the per-platform table. Expected values are worked by hand below.
 */
import { describe, expect, it } from 'vitest';
import { cashFlowPartsRows, fleetActivity, platformKpiRows } from '../../src/output/capitalSeries';
import { migrationMarkers } from '../../src/output/monthTargets';
import { showback, type ShowbackScenario } from '../../src/output/showback';
import type { MonthRow, Projection } from '../../src/projection/types';
import { PROJECTION, SCENARIO } from './fixture';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The fixture with month `t` changed by `edit` (a deep-enough copy to edit freely). */
function withMonths(edit: (m: Mutable<MonthRow>) => Partial<MonthRow>, base: Projection = PROJECTION): Projection {
  return { ...base, months: base.months.map((m) => ({ ...m, ...edit({ ...m }) })) };
}

/** Search (a2) moves from the GPU fleet to the API from month 2 (Jan 2028). */
const MIGRATING: ShowbackScenario = {
  ...SCENARIO,
  applications: SCENARIO.applications.map((a) =>
    a.id === 'a2' ? { ...a, servedBy: [{ fromMonth: 0, target: { platform: 'gpu' } }, { fromMonth: 2, target: { api: 'api' } }] } : a,
  ),
};
const MIGRATED = withMonths((m) =>
  m.t === 2 ? { applications: m.applications.map((a) => (a.id === 'a2' ? { ...a, target: { api: 'api' } } : a)) } : {},
);

const amounts = (r: { lines: { key: string; amount: string }[] }) => Object.fromEntries(r.lines.map((l) => [l.key, l.amount]));

describe('showback along a migration path', () => {
  it('counts each month toward the month’s target', () => {
    const r = showback(MIGRATED, MIGRATING, { dimension: 'platform', idle: 'separate', period: 'horizon' });
    // GPU fleet: Nov 90 + 60, Dec 120 + 60, Jan Chat only 100.3375 = 430.3375.
    // API: Agent 40 + 30 + 35.005, plus Search in Jan 66.3375 = 171.3425. Idle 50 + 20 + 33.325.
    expect(amounts(r)).toEqual({ 'platform:gpu': '430.3375', 'api:api': '171.3425', 'idle:gpu': '103.325' });
    expect(r.total).toBe('705.005');
  });

  it('spreads a platform’s idle only over the applications on it that month', () => {
    const r = showback(MIGRATED, MIGRATING, { dimension: 'application', idle: 'spread', period: 'horizon' });
    // Jan: Search is on the API, so the 33.325 idle goes all to Chat.
    // Chat = 90 + 30 + 120 + 13.33333333333333333334 + 100.3375 + 33.325 = 386.99583333333333333334.
    // Search = 60 + 20 + 60 + 6.66666666666666666666 + 66.3375 = 213.00416666666666666666.
    expect(amounts(r)).toEqual({ 'app:a1': '386.99583333333333333334', 'app:a2': '213.00416666666666666666', 'app:a3': '105.005' });
    expect(r.total).toBe('705.005');
  });

  it('reads the schedule from the scenario when the months carry no target', () => {
    const bare = withMonths((m) => ({ applications: m.applications.map(({ target: _target, ...a }) => a as MonthRow['applications'][number]) }));
    const r = showback(bare, MIGRATING, { dimension: 'platform', idle: 'separate', period: 2028 });
    // Jan only: GPU Chat 100.3375; API Search 66.3375 + Agent 35.005 = 101.3425.
    expect(amounts(r)).toEqual({ 'api:api': '101.3425', 'platform:gpu': '100.3375', 'idle:gpu': '33.325' });
  });
});

describe('showback with an API commitment', () => {
  // Nov: a minimum of 100 against 40 used: 60 unused.
  const COMMITTED = withMonths((m) => (m.t === 0 ? { apiOptions: [{ id: 'api', cost: '100', unusedCommitment: '60' }] } : {}));

  it('keeps the unused commitment on an idle line of its option', () => {
    const r = showback(COMMITTED, SCENARIO, { dimension: 'team', idle: 'separate', period: 'horizon' });
    expect(r.lines.find((l) => l.key === 'idle:api:api')).toMatchObject({ label: 'Unused commitment — Vendor API', amount: '60', idle: true });
    expect(r.total).toBe('765.005'); // 705.005 + 60
  });

  it('spreads it over the option’s applications when asked', () => {
    const r = showback(COMMITTED, SCENARIO, { dimension: 'application', idle: 'spread', period: 'horizon' });
    // Agent alone uses the API in Nov: 105.005 + 60.
    expect(amounts(r)['app:a3']).toBe('165.005');
    expect(r.lines.some((l) => l.idle)).toBe(false);
  });

  it('does not count it twice when the scenario already spread it, and keeps an unused month idle', () => {
    // Scenario "spread": Nov's 60 is inside Agent's allocated cost (40 + 60 = 100). Dec: no usage,
    // a minimum of 100 nobody can carry: it stays idle whatever the toggle.
    const spreadScenario: ShowbackScenario = { ...SCENARIO, idlePolicy: 'spread' };
    const p = withMonths((m) => {
      const agent = (allocatedCost: string, servedTokens: string) => m.applications.map((a) => (a.id === 'a3' ? { ...a, allocatedCost, servedTokens } : a));
      if (m.t === 0) return { applications: agent('100', '500000'), apiOptions: [{ id: 'api', cost: '100', unusedCommitment: '60' }] };
      if (m.t === 1) return { applications: agent('0', '0'), apiOptions: [{ id: 'api', cost: '100', unusedCommitment: '100' }] };
      return {};
    });
    const separate = showback(p, spreadScenario, { dimension: 'application', idle: 'separate', period: 'horizon' });
    // Agent = 100 + 0 + 35.005; the API idle line holds only December's 100.
    expect(amounts(separate)['app:a3']).toBe('135.005');
    expect(amounts(separate)['idle:api:api']).toBe('100');
    const spread = showback(p, spreadScenario, { dimension: 'application', idle: 'spread', period: 'horizon' });
    expect(amounts(spread)['idle:api:api']).toBe('100');
    expect(spread.unspreadable).toBe('100');
  });
});

describe('capital series', () => {
  it('splits cash flow into operating flow, disposal proceeds and terminal value, with the after-tax cumulative', () => {
    const p = withMonths((m) =>
      m.t === 1 ? { disposalProceeds: '40', cashFlow: '890', afterTaxCashFlow: '800' }
      : m.t === 2 ? { terminalValue: '500', cashFlow: '1484.995', afterTaxCashFlow: '1400' }
      : { cashFlow: '-220', afterTaxCashFlow: '-220' },
    );
    const taxed = { ...p, kpis: { ...p.kpis, afterTax: { npv: '1', irrAnnual: null, mirrAnnual: null, paybackMonths: null } } };
    const rows = cashFlowPartsRows(taxed);
    // Operating = cash flow − disposal − terminal: −220; 890 − 40 = 850; 1484.995 − 500 = 984.995.
    expect(rows.map((r) => [r.operating, r.disposal, r.terminal])).toEqual([[-220, 0, 0], [850, 40, 0], [984.995, 0, 500]]);
    // After-tax cumulative: −220, −220 + 800 = 580, 580 + 1400 = 1980.
    expect(rows.map((r) => r.afterTaxCumulative)).toEqual([-220, 580, 1980]);
    expect(cashFlowPartsRows(p).every((r) => r.afterTaxCumulative === null)).toBe(true);
  });

  it('draws orders up and retirements down, and says which series carry anything', () => {
    const p = withMonths((m) => ({
      platforms: m.platforms.map((pl) => ({ ...pl, nodesOrdered: m.t === 0 ? 2 : 0, nodesRetired: m.t === 2 ? 1 : 0 })),
    }));
    const { rows, present } = fleetActivity(p);
    expect(rows.map((r) => [r['ordered:gpu'], r['retired:gpu'], r['nodes:gpu']])).toEqual([[2, 0, 2], [0, 0, 2], [0, -1, 2]]);
    expect(present.get('gpu')).toEqual({ ordered: true, retired: true, reserved: false });
  });

  it('marks where an application changes target, from the months or from the scenario', () => {
    expect(migrationMarkers(MIGRATED, MIGRATING)).toEqual([
      { t: 2, month: '2028-01', applicationId: 'a2', application: 'Search', from: { platform: 'gpu' }, to: { api: 'api' }, label: 'Search → Vendor API' },
    ]);
    const bare = withMonths((m) => ({ applications: m.applications.map(({ target: _target, ...a }) => a as MonthRow['applications'][number]) }));
    expect(migrationMarkers(bare, MIGRATING).map((m) => `${m.label}, ${m.month}`)).toEqual(['Search → Vendor API, 2028-01']);
    expect(migrationMarkers(PROJECTION, SCENARIO)).toEqual([]);
  });

  it('names the per-platform KPIs in scenario order', () => {
    const p = { ...PROJECTION, kpis: { ...PROJECTION.kpis, platforms: [
      { id: 'x', gpuHours: '1', capitalCharge: '0', nodesOrdered: 0, nodesRetired: 0, allInCostPerGpuHour: null },
      { id: 'gpu', gpuHours: '1440', capitalCharge: '90', nodesOrdered: 2, nodesRetired: 0, allInCostPerGpuHour: '2.1' },
    ] } };
    expect(platformKpiRows(p, SCENARIO).map((r) => [r.id, r.name])).toEqual([['gpu', 'GPU fleet'], ['x', 'x']]);
  });
});
