/**
 * The engine against the independent float64 reference calculator (test/reference/contract.ts) on
 * 320 generated v1 scenarios: every month line, platform-month, application-month, fiscal year,
 * KPI and application summary to 1e-9 relative (absolute floor 1e-6 for money and tokens, 1e-9
 * for ratios). The reference itself is pinned first by hand-worked numbers.
 *
 * Paybacks are compared in §4's v2 spreadsheet convention ((k − 1) + …), which the engine took in
 * 31cad2f (before it, every non-zero payback differed by exactly one month).
 */
import { describe, expect, it } from 'vitest';
import { project, validateScenario } from '../../src/index';
import { compareProjection } from './compare';
import { referenceProject } from './contract';
import { generateScenario } from './generate';
import { calendarMonth } from './paths';
import { readScenario } from './scenario';
import { irr, mirr, payback } from './returns';
import { at } from '../helpers/at';

const SCENARIOS = 320;

describe('reference calculator, hand-worked', () => {
  it('counts hours by calendar month with the Gregorian leap rule', () => {
    const hoursOf = (start: string) => calendarMonth(readScenario({ ...generateScenario(1), start }), 0).hours;
    expect(hoursOf('2028-02')).toBe(29 * 24); // 2028 is a leap year: 696
    expect(hoursOf('2000-02')).toBe(696); // divisible by 400: leap
    expect(hoursOf('2100-02')).toBe(672); // divisible by 100, not 400: not leap
    expect(hoursOf('2027-07')).toBe(744);
  });

  it('projects one owned month by hand', () => {
    // Feb 2028: 696 h. D = 3.6e9 tokens at 1,000 tok/s/GPU → B = 3.6e9/1000/3600 = 1,000 GPU-h.
    // c = 8·696·0.5 = 2,784 → N = 1, f = 1, U = 1000/5568.
    // E = 10 kW·(0.2 + 0.8·U)·696·1.5/1000 = 10.44·0.2 + 10.44·800/5568 = 2.088 + 1.5 = 3.588 MWh.
    // Energy 3.588·100 = 358.8; hosting 10·100 = 1,000; maintenance 120,000·0.1/12 = 1,000;
    // depreciation 120,000·0.9/36 = 3,000; capex 120,000; revenue 3,600 M·5 = 18,000.
    // opex 2,358.8; cash flow 18,000 − 2,358.8 − 120,000 = −104,358.8; budget 122,358.8·1.1.
    // Allocation ("separate"): C = 5,358.8, the application gets U·C = 5,358.8·1000/5568.
    const ref = referenceProject({
      name: 'hand', start: '2028-02', horizonMonths: 1, discountRateAnnual: 0.1, fiscalYearStartMonth: 7, contingencyPct: 0.1,
      energy: { pricePerMWh: 100, annualEscalation: 0.05, pue: 1.5 }, hosting: { perKwMonth: 100 },
      platforms: [{
        id: 'p', name: 'p', gpusPerNode: 8, powerKwPerNode: 10, idlePowerFraction: 0.2, capexPerNode: 120000,
        maintenancePctPerYear: 0.1, depreciationMonths: 36, residualValuePct: 0.1, throughput: { m: 1000 },
        softwareCurve: { type: 'none' }, fleet: { mode: 'auto', targetUtilization: 0.5 },
      }],
      apiOptions: [],
      applications: [{
        id: 'a', name: 'a', team: 't', model: 'm', servedBy: { platform: 'p' }, tokensMonth0: 3.6e9, outputShare: 0.3,
        growth: { type: 'compound', monthlyRate: 0.1 }, revenuePerMTokens: 5, annualPriceErosion: 0.2, tokensPerQuery: 1000, queriesPerTask: 2,
      }],
    });
    const month = at(ref.months, 0);
    expect(month.hours).toBe(696);
    expect(at(month.platforms, 0).nodes).toBe(1);
    expect(month.energyMWh).toBeCloseTo(3.588, 12);
    expect(month.energyCost).toBeCloseTo(358.8, 9);
    expect(month.opex).toBeCloseTo(2358.8, 9);
    expect(month.cashFlow).toBeCloseTo(-104358.8, 9);
    expect(month.budget).toBeCloseTo(122358.8 * 1.1, 9);
    expect(at(month.applications, 0).allocatedCost).toBeCloseTo((5358.8 * 1000) / 5568, 9);
    expect(at(month.platforms, 0).idleCost).toBeCloseTo(5358.8 - (5358.8 * 1000) / 5568, 9);
    expect(ref.fiscalYears.map((fy) => fy.fiscalYear)).toEqual([2028]); // Feb 2028 is in Jul 2027 – Jun 2028
    expect(ref.kpis.npv).toBeCloseTo(-104358.8, 9); // month 0 undiscounted
    expect(ref.kpis.mirrAnnual).toBeNull(); // H = 1
  });

  it('pays back by the spreadsheet convention and refuses an ambiguous IRR', () => {
    // cumulative −100, −40, 20: k = 2, (2 − 1) + 40/60 = 1.6667 months.
    expect(payback([-100, 60, 60])).toBeCloseTo(1 + 40 / 60, 14);
    expect(payback([0, -5, 10])).toBe(0); // cumulative_0 ≥ 0
    expect(payback([-100, 10])).toBeNull();
    // −1 + 2.3v − 1.32v² = 0 at v = 1/1.1 and 1/1.2: two monthly roots, 10 % and 20 %.
    expect(irr([-1, 2.3, -1.32])).toMatchObject({ annual: null, roots: 2 });
    // −100 + 110/(1+x) = 0 at x = 0.1 → (1.1)^12 − 1 a year.
    expect(irr([-100, 110]).annual).toBeCloseTo(Math.pow(1.1, 12) - 1, 12);
    // MIRR at m = 0 of [−100, 0, 121]: (121/100)^(1/2) − 1 = 10 % a month.
    expect(mirr([-100, 0, 121], 0)).toBeCloseTo(Math.pow(1.1, 12) - 1, 12);
  });

  it('reports a difference of 2e-9 relative at its path', () => {
    const input = generateScenario(7);
    const checked = validateScenario(input);
    if (!checked.ok) throw new Error('generated scenario 7 is invalid');
    const engine = JSON.parse(JSON.stringify(project(checked.scenario))) as { months: { opex: string }[] };
    const first = at(engine.months, 0);
    first.opex = String(Number(first.opex) * (1 + 2e-9) + 1e-5);
    const mismatches = compareProjection(engine, referenceProject(input), { scope: 'v1', paybacks: true });
    expect(mismatches.map((m) => m.path)).toEqual(['months[0].opex']);
  });
});

describe('engine against the reference, generated v1 scenarios', () => {
  // A few seconds alone; the shared machine can be much slower.
  it(`matches on every value of ${SCENARIOS} scenarios`, { timeout: 180_000 }, () => {
    const failures: string[] = [];
    let irrCompared = 0;
    for (let seed = 1; seed <= SCENARIOS; seed++) {
      const input = generateScenario(seed);
      const checked = validateScenario(input);
      if (!checked.ok) {
        failures.push(`seed ${seed}: invalid ${JSON.stringify(checked.issues.slice(0, 2))}`);
        continue;
      }
      const ref = referenceProject(input);
      if (ref.notes.irr === 'clear') irrCompared += 1;
      const engine = JSON.parse(JSON.stringify(project(checked.scenario))) as unknown;
      for (const m of compareProjection(engine, ref, { scope: 'v1', paybacks: true }).slice(0, 3)) {
        failures.push(`seed ${seed} ${m.path}: engine ${String(m.engine)} reference ${String(m.reference)}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(irrCompared).toBeGreaterThan(SCENARIOS * 0.9);
  });
});
